#include "RunNotifier.h"

#include "run/RunResult.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr int messageMs = 8000;

} // namespace

RunNotifier::RunNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

RunNotifier::~RunNotifier() = default;

bool RunNotifier::runFinished(const RunResult &result)
{
    if (!m_window || m_window->isActiveWindow())
        return false;
    const bool failed = result.status != RunResult::Status::Success;
    if (m_presenter)
        m_presenter(title(result), body(result), failed);
    else
        present(title(result), body(result), failed);
    return true;
}

QString RunNotifier::title(const RunResult &result)
{
    switch (result.status) {
    case RunResult::Status::Success:
        return tr("Run finished");
    case RunResult::Status::Partial:
        return tr("Run finished with failures");
    case RunResult::Status::Failed:
        return tr("Run failed");
    case RunResult::Status::Cancelled:
        return tr("Run cancelled");
    }
    return tr("Run finished");
}

QString RunNotifier::body(const RunResult &result)
{
    // Whole sentences with %n, so each language can pluralise and punctuate them its own way.
    if (result.totalCostUsd() > 0)
        return tr("%1 of %n subtask(s) succeeded, cost $%2", nullptr, result.totalTasks())
            .arg(result.completedTasks())
            .arg(result.totalCostUsd(), 0, 'f', 4);
    return tr("%1 of %n subtask(s) succeeded", nullptr, result.totalTasks()).arg(result.completedTasks());
}

void RunNotifier::present(const QString &title, const QString &body, bool failed)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            // Shown only while it has something to say, so the app does not live in the tray.
            m_tray = new QSystemTrayIcon(m_window ? m_window->windowIcon() : QApplication::windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_window) {
                    m_window->showNormal();
                    m_window->raise();
                    m_window->activateWindow();
                }
                m_tray->hide();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, body, failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, messageMs);
        QTimer::singleShot(messageMs, m_tray, &QSystemTrayIcon::hide);
        return;
    }
    if (m_window)
        QApplication::alert(m_window);
}

} // namespace orch
