#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace orch {

// How one attempt of a subtask ended, as the agent driver classifies it; decides retries.
struct AgentOutcome
{
    Q_GADGET

public:
    enum class Kind {
        Success,
        AgentError,     // not retryable: auth, not logged in, bad flags, a command that failed
        ApiError,       // retryable: 429, 5xx, connection
        LimitReached,   // max turns, budget
        Crashed,        // no result line, whatever the exit code (retryable)
        TimedOut,       // total or inactivity timeout (retryable)
        Cancelled,
        FailedToStart,  // the binary could not be started
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Crashed;
    QString message;           // human, one line: "API error 500: Internal server error"
    int apiStatus = 0;         // for ApiError, when known
    bool rateLimited = false;  // a 429 or a usage limit: the scheduler pauses new starts
    QDateTime retryAfter;      // when the API said to come back, if it said so (UTC)

    bool isRetryable() const
    {
        return kind == Kind::ApiError || kind == Kind::Crashed || kind == Kind::TimedOut;
    }
};

} // namespace orch

Q_DECLARE_METATYPE(orch::AgentOutcome)
