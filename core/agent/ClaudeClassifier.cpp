#include "ClaudeClassifier.h"

#include "agent/ClaudeStreamParser.h"
#include "agent/ToolSummary.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr qsizetype MaxDetailChars = 300;
constexpr qint64 MaxRetryAfterSecs = 8 * 24 * 3600; // beyond this a parsed time is not believed

AgentOutcome outcome(AgentOutcome::Kind kind, const QString &message)
{
    AgentOutcome result;
    result.kind = kind;
    result.message = message;
    return result;
}

// The last non-blank line of stderr; or, for a refusal, the first line that names an error.
QString stderrLine(const QString &stderrTail, bool preferError)
{
    const QStringList lines = stderrTail.split(u'\n', Qt::SkipEmptyParts);
    QString chosen;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (preferError && trimmed.contains(u"error"_s, Qt::CaseInsensitive))
            return ToolSummary::elide(trimmed, MaxDetailChars);
        if (!preferError || chosen.isEmpty())
            chosen = trimmed;
    }
    return ToolSummary::elide(chosen, MaxDetailChars);
}

// "API Error: 500 Internal server error …" -> "Internal server error …" (the status is said apart).
QString apiDetail(const QString &text, int status)
{
    QString detail = ToolSummary::firstLine(text, MaxDetailChars);
    static const QRegularExpression prefix(u"^API Error:\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    detail.remove(prefix);
    if (status > 0 && detail.startsWith(QString::number(status) + u' '))
        detail = detail.mid(QString::number(status).size() + 1);
    return detail.trimmed();
}

QString withRetries(const QString &head, const ClaudeStreamParser *stream)
{
    const int retries = stream ? stream->apiRetries() : 0;
    if (retries == 0)
        return head;
    // Spelled out: without a loaded translation "%n" plurals stay "retries" for one.
    return retries == 1 ? ClaudeClassifier::tr("%1 (after 1 retry)").arg(head)
                        : ClaudeClassifier::tr("%1 (after %2 retries)").arg(head).arg(retries);
}

// "head: detail", or just "head" when there is no detail.
QString withDetail(const QString &head, const QString &detail)
{
    return detail.isEmpty() ? head : head + u": "_s + detail;
}

QDateTime believable(const QDateTime &when, const QDateTime &nowUtc)
{
    if (!when.isValid() || when <= nowUtc || nowUtc.secsTo(when) > MaxRetryAfterSecs)
        return {};
    return when.toUTC();
}

qint64 unitMs(const QString &unit)
{
    const QString u = unit.toLower();
    if (u.startsWith(u"ms"_s) || u.startsWith(u"milli"_s))
        return 1;
    if (u.startsWith(u'h'))
        return 3600 * 1000;
    if (u.startsWith(u'm'))
        return 60 * 1000;
    return 1000; // seconds, also when no unit is given (as in a Retry-After header)
}

AgentOutcome classifyError(
    const AgentResult &result, const ClaudeStreamParser *stream, const QString &stderrTail, const QDateTime &nowUtc)
{
    const int status = result.apiErrorStatus;
    QString text = result.text;
    if (!result.errors.isEmpty())
        text += (text.isEmpty() ? QString() : u"\n"_s) + result.errors.join(u'\n');

    if (text.contains(u"Not logged in"_s, Qt::CaseInsensitive))
        return outcome(AgentOutcome::Kind::AgentError,
            ClaudeClassifier::tr("not logged in: set ANTHROPIC_API_KEY or run claude /login"));
    if (status == 401 || text.contains(u"Invalid API key"_s, Qt::CaseInsensitive)) {
        AgentOutcome failed = outcome(AgentOutcome::Kind::AgentError,
            ClaudeClassifier::tr("authentication failed (%1): check ANTHROPIC_API_KEY").arg(apiDetail(text, status)));
        failed.apiStatus = status;
        return failed;
    }

    static const QRegularExpression usageLimit(
        u"usage limit|rate.?limit|hit your .*limit|limit reached"_s, QRegularExpression::CaseInsensitiveOption);
    const bool rateLimited = status == 429 || (status == 0 && usageLimit.match(text).hasMatch());
    const bool retryable = rateLimited || status == 0 || status == 408 || status == 409 || status >= 500;
    if (!retryable) {
        AgentOutcome failed = outcome(AgentOutcome::Kind::AgentError,
            ClaudeClassifier::tr("API error %1: %2").arg(status).arg(apiDetail(text, status)));
        failed.apiStatus = status;
        return failed;
    }

    const QString head = status > 0 ? ClaudeClassifier::tr("API error %1").arg(status)
        : rateLimited               ? ClaudeClassifier::tr("usage limit")
                                    : ClaudeClassifier::tr("API connection error");
    AgentOutcome failed =
        outcome(AgentOutcome::Kind::ApiError, withRetries(head, stream) + u": "_s + apiDetail(text, status));
    failed.apiStatus = status;
    failed.rateLimited = rateLimited;
    if (stream && stream->rateLimitResetsAt().isValid())
        failed.retryAfter = believable(stream->rateLimitResetsAt(), nowUtc);
    if (!failed.retryAfter.isValid())
        failed.retryAfter = ClaudeClassifier::retryAfterFrom(text + u'\n' + stderrTail, nowUtc);
    // The CLI waited what the last retry-after said before its final try; the best guess left.
    if (!failed.retryAfter.isValid() && rateLimited && stream && stream->lastRetryStatus() == 429
        && stream->lastRetryDelayMs() > 0)
        failed.retryAfter = nowUtc.addMSecs(stream->lastRetryDelayMs());
    return failed;
}

} // namespace

QDateTime ClaudeClassifier::retryAfterFrom(const QString &text, const QDateTime &nowUtc)
{
    static const QRegularExpression epoch(u"limit reached\\|(\\d{9,13})"_s, QRegularExpression::CaseInsensitiveOption);
    if (const auto match = epoch.match(text); match.hasMatch()) {
        qint64 value = match.captured(1).toLongLong();
        if (value > 100'000'000'000LL)
            value /= 1000; // milliseconds
        if (const QDateTime when = believable(QDateTime::fromSecsSinceEpoch(value, Qt::UTC), nowUtc); when.isValid())
            return when;
    }

    static const QRegularExpression delay(
        u"(?:retry[- ]after|try again in|retry in|resets in)[:\\s]*(\\d+(?:\\.\\d+)?)\\s*"
        "(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)?\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = delay.match(text); match.hasMatch()) {
        const double amount = match.captured(1).toDouble();
        const qint64 ms = qint64(amount * double(unitMs(match.captured(2))));
        if (const QDateTime when = believable(nowUtc.addMSecs(ms), nowUtc); when.isValid())
            return when;
    }

    // "resets 3pm (Europe/Berlin)", "resets at 14:30": the next such time in that zone.
    static const QRegularExpression clock(
        u"resets\\s+(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?(?:\\s*\\(([^)]+)\\))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = clock.match(text); match.hasMatch() && (match.hasCaptured(2) || match.hasCaptured(3))) {
        int hour = match.captured(1).toInt();
        const int minute = match.captured(2).toInt();
        const QString half = match.captured(3).toLower();
        if (half == u"pm"_s && hour < 12)
            hour += 12;
        else if (half == u"am"_s && hour == 12)
            hour = 0;
        QTimeZone zone = QTimeZone::systemTimeZone();
        if (match.hasCaptured(4)) {
            const QTimeZone named(match.captured(4).trimmed().toUtf8());
            if (named.isValid())
                zone = named;
        }
        const QTime time(hour, minute);
        if (time.isValid()) {
            const QDateTime now = nowUtc.toTimeZone(zone);
            QDateTime when(now.date(), time, zone);
            if (when <= now)
                when = QDateTime(now.date().addDays(1), time, zone);
            return believable(when, nowUtc);
        }
    }
    return {};
}

AgentOutcome ClaudeClassifier::classify(const AgentOutputParser &parser, const ProcessRunner::Result &exit,
    const QString &stderrTail, const QDateTime &nowUtc)
{
    using Kind = AgentOutcome::Kind;
    using State = ProcessRunner::State;
    const auto *stream = dynamic_cast<const ClaudeStreamParser *>(&parser);
    const std::optional<AgentResult> &result = parser.result();
    const bool succeeded = result && !result->isError && (result->subtype == u"success"_s || result->subtype.isEmpty());

    switch (exit.state) {
    case State::Cancelled:
        return outcome(Kind::Cancelled, exit.message.isEmpty() ? tr("cancelled") : exit.message);
    case State::FailedToStart:
        return outcome(Kind::FailedToStart, exit.message);
    case State::TimedOut:
        // The work is done once the success result is out, even if the CLI then lingers.
        if (!succeeded)
            return outcome(Kind::TimedOut, exit.message);
        break;
    case State::Finished:
    case State::Crashed:
        break;
    case State::NotStarted:
    case State::Starting:
    case State::Running:
        return outcome(Kind::Crashed, tr("ended while %1").arg(ProcessRunner::stateName(exit.state)));
    }

    if (!result) {
        const bool sawJson = stream && stream->sawJson();
        const QString refusal = stderrLine(stderrTail, true);
        if (exit.state == State::Finished && exit.exitCode != 0 && !sawJson && !refusal.isEmpty())
            return outcome(Kind::AgentError, tr("the Claude CLI refused to run: %1").arg(refusal));
        QString message = exit.state == State::Crashed
            ? tr("killed by %1 before reporting a result").arg(ProcessRunner::signalName(exit.signal))
            : tr("exited with code %1 without reporting a result").arg(exit.exitCode);
        if (const QString last = stderrLine(stderrTail, false); !last.isEmpty())
            message += u": "_s + last;
        return outcome(Kind::Crashed, message);
    }

    if (succeeded)
        return outcome(Kind::Success, tr("succeeded in %n turn(s)", nullptr, result->turns));

    const QString errors = ToolSummary::firstLine(result->errors.join(u"; "_s), MaxDetailChars);
    if (result->subtype == u"error_max_turns"_s)
        return outcome(Kind::LimitReached,
            withDetail(tr("reached the maximum number of turns (%1 turns)").arg(result->turns), errors));
    if (result->subtype == u"error_max_budget_usd"_s)
        return outcome(Kind::LimitReached,
            withDetail(tr("reached the budget limit ($%1 spent)").arg(result->costUsd, 0, 'f', 4), errors));
    if (result->subtype == u"error_during_execution"_s)
        // Aborted mid-run (interrupted tool, internal error): worth another attempt.
        return outcome(Kind::Crashed, withDetail(tr("aborted during execution"), errors));
    if (result->isError && (result->subtype == u"success"_s || result->subtype.isEmpty()))
        return classifyError(*result, stream, stderrTail, nowUtc);
    if (!result->isError)
        return outcome(Kind::Success, tr("succeeded in %n turn(s)", nullptr, result->turns));
    return outcome(Kind::Crashed,
        withDetail(tr("ended with %1").arg(result->subtype), errors.isEmpty() ? apiDetail(result->text, 0) : errors));
}

} // namespace orch
