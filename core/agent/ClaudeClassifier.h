#pragma once

#include "agent/AgentDriver.h"

#include <QCoreApplication>
#include <QDateTime>

namespace orch {

// Judges how one Claude CLI attempt ended (see CLAUDE_CLI.md, "Classifying a finished run").
//
// The process state decides first (cancelled, failed to start, timed out without a successful
// result). Then the `result` line: success; API errors (429, 5xx, connection) are retryable,
// authentication and other 4xx are not; max turns and budget are limits; an aborted execution
// counts as a crash (retryable). No result line is a crash whatever the exit code, except when
// the CLI refused to start (non-zero exit, no JSON at all, a reason on stderr: bad flags, root).
class ClaudeClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ClaudeClassifier)

public:
    static AgentOutcome classify(const AgentOutputParser &parser, const ProcessRunner::Result &exit,
        const QString &stderrTail, const QDateTime &nowUtc);

    // When a text says to come back: "usage limit reached|1767225600", "retry after 30 seconds",
    // "try again in 5 minutes", "resets 3pm (Europe/Berlin)". Invalid when it says nothing.
    static QDateTime retryAfterFrom(const QString &text, const QDateTime &nowUtc);
};

} // namespace orch
