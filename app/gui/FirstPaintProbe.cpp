#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace orch {

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void FirstPaintProbe::installIfRequested(QWidget *window)
{
    if (!qEnvironmentVariableIsSet(Variable))
        return;
    window->installEventFilter(new FirstPaintProbe(qEnvironmentVariableIntValue(Variable), window));
}

FirstPaintProbe::FirstPaintProbe(int idleMs, QWidget *window)
    : QObject(window)
    , m_idleMs(idleMs)
{
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        // Queued: reported once this paint has been drawn and flushed to the screen.
        QTimer::singleShot(0, this, &FirstPaintProbe::reportPainted);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::reportPainted()
{
    std::fputs("painted\n", stdout);
    std::fflush(stdout);
    QTimer::singleShot(m_idleMs, this, &FirstPaintProbe::reportIdle);
}

void FirstPaintProbe::reportIdle()
{
    std::printf("idle_rss_kb=%lld\n", residentKb());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace orch
