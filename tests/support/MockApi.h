#pragma once

// Starts tests/fakes/mock_anthropic on loopback for an end-to-end test and keeps reading what it
// prints (it blocks when its stdout is not drained): the PORT line first, then one REQUEST line per
// request. The mock dies with the test (PR_SET_PDEATHSIG) and ends when stop() closes its stdin.

#include <QProcess>
#include <QStringList>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace orch::test {

inline void diesWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

class MockApi final
{
public:
    MockApi() = default;
    MockApi(const MockApi &) = delete;
    MockApi &operator=(const MockApi &) = delete;
    ~MockApi() { stop(); }

    // Starts the mock and waits for its port; false (with the reason in error()) when it did not.
    bool start(const QString &program, const QStringList &arguments = {QStringLiteral("--max-seconds"),
                                                                      QStringLiteral("600")})
    {
        m_process.setChildProcessModifier(diesWithParent);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine())
                m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
        });
        m_process.start(program, arguments);
        if (!m_process.waitForStarted()) {
            m_error = m_process.errorString();
            return false;
        }
        if (!QTest::qWaitFor([this] { return !m_lines.isEmpty(); }, 10000)
            || !m_lines.first().startsWith(QLatin1String("PORT "))) {
            m_error = QStringLiteral("the mock printed no PORT line");
            return false;
        }
        m_port = m_lines.first().mid(5).toUShort();
        return m_port != 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }

    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }
    // Every line printed so far (PORT first); clearLines() forgets them.
    const QStringList &lines() const { return m_lines; }
    void clearLines() { m_lines.clear(); }

private:
    QProcess m_process;
    QStringList m_lines;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace orch::test
