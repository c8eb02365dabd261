#pragma once

#include "doctor/Doctor.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace orch {

// The doctor's authentication check: one tiny, one-turn call of the Claude CLI
// (`claude -p --max-turns 1 --output-format json`, the prompt on stdin), judged by the same
// classifier the workers use. Runs in a temporary folder, in its own session, tagged, and is
// stopped (with anything it started) when it outlasts the timeout.
class AuthProbe final
{
    Q_DECLARE_TR_FUNCTIONS(AuthProbe)

public:
    // binary: absolute; environment: what the call runs with (the key, HOME, PATH).
    AuthProbe(const QString &binary, const QProcessEnvironment &environment, const QString &model, int timeoutMs);

    // Blocks (in a local event loop) until the call ends or times out. Fills status, detail, fix.
    Doctor::Check run() const;

    QStringList arguments() const;
    // What goes to stdin: short, and asking for a short answer, so the call costs next to nothing.
    static QByteArray prompt();

private:
    QString m_binary;
    QProcessEnvironment m_environment;
    QString m_model;
    int m_timeoutMs;
};

} // namespace orch
