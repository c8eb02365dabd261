#include "AuthProbe.h"

#include "agent/ClaudeClassifier.h"
#include "agent/ClaudeStreamParser.h"
#include "agent/ToolSummary.h"
#include "process/ProcessRunner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr qsizetype MaxDetailChars = 300;
// Beyond the call's own timeout: the staged stop and the sweep of what it left.
constexpr int StopAllowanceMs = 10000;

// The CLI's own messages for a missing or rejected key (CLAUDE_CLI.md), and the statuses meaning it.
bool isAuthenticationFailure(const AgentResult &result)
{
    const QString text = result.text + u'\n' + result.errors.join(u'\n');
    return result.apiErrorStatus == 401 || result.apiErrorStatus == 403
        || text.contains(u"Not logged in"_s, Qt::CaseInsensitive)
        || text.contains(u"Invalid API key"_s, Qt::CaseInsensitive)
        || text.contains(u"authentication"_s, Qt::CaseInsensitive);
}

} // namespace

AuthProbe::AuthProbe(const QString &binary, const QProcessEnvironment &environment, const QString &model,
                     int timeoutMs)
    : m_binary(binary)
    , m_environment(environment)
    , m_model(model)
    , m_timeoutMs(timeoutMs)
{
}

QByteArray AuthProbe::prompt()
{
    // Not translated: the model reads it.
    return QByteArrayLiteral("Reply with the single word OK.");
}

QStringList AuthProbe::arguments() const
{
    QStringList arguments = {u"-p"_s, u"--max-turns"_s, u"1"_s, u"--output-format"_s, u"json"_s};
    // The configured model: a key that works but cannot use it is not ready either.
    if (!m_model.isEmpty())
        arguments << u"--model"_s << m_model;
    return arguments;
}

Doctor::Check AuthProbe::run() const
{
    Doctor::Check check;
    QTemporaryDir folder;  // a model that reaches for a tool touches nothing of the user's
    if (!folder.isValid()) {
        check.status = Doctor::Status::Failed;
        check.detail = tr("cannot create a temporary folder for the call: %1").arg(folder.errorString());
        check.fix = tr("make the temporary folder (TMPDIR) writable");
        return check;
    }

    ProcessSpec spec;
    spec.program = m_binary;
    spec.arguments = arguments();
    spec.environment = m_environment;
    // Without these the CLI retries a failing API for minutes and sends telemetry on the side.
    if (!spec.environment.contains(u"CLAUDE_CODE_MAX_RETRIES"_s))
        spec.environment.insert(u"CLAUDE_CODE_MAX_RETRIES"_s, u"2"_s);
    spec.environment.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    spec.workingDirectory = folder.path();
    spec.stdinData = prompt();
    spec.timeoutMs = m_timeoutMs;
    spec.interruptGraceMs = 1000;
    spec.terminateGraceMs = 1000;
    spec.tag = {u"doctor-%1"_s.arg(QCoreApplication::applicationPid()), {}};

    ClaudeStreamParser parser;  // the json output is the stream's result line alone
    ProcessRunner runner;
    QEventLoop loop;
    QTimer safety;
    safety.setSingleShot(true);
    QObject::connect(&runner, &ProcessRunner::stdoutLines, &loop,
                     [&parser](const LineBatch &lines) { parser.parse(lines); });
    QObject::connect(&runner, &ProcessRunner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&safety, &QTimer::timeout, &loop, &QEventLoop::quit);
    runner.start(spec);
    safety.start(m_timeoutMs + StopAllowanceMs);
    if (!runner.isFinal())
        loop.exec();

    if (!runner.isFinal()) {  // the safety net fired; the runner's destructor kills what is left
        check.status = Doctor::Status::Failed;
        check.detail = tr("the call did not end within %1 s").arg((m_timeoutMs + StopAllowanceMs) / 1000);
        check.fix = tr("check the network and ANTHROPIC_BASE_URL; --offline skips this check");
        return check;
    }

    const ProcessRunner::Result &exit = runner.result();
    const AgentOutcome outcome =
        ClaudeClassifier::classify(parser, exit, runner.stderrTail(), QDateTime::currentDateTimeUtc());
    const double seconds = exit.durationMs / 1000.0;
    switch (outcome.kind) {
    case AgentOutcome::Kind::Success:
        check.status = Doctor::Status::Ok;
        check.detail = tr("the API answered in %1 s").arg(seconds, 0, 'f', 1);
        break;
    case AgentOutcome::Kind::LimitReached:
        // One turn was spent and the model wanted more: the key works.
        check.status = Doctor::Status::Ok;
        check.detail = tr("the API answered in %1 s (%2)").arg(seconds, 0, 'f', 1).arg(outcome.message);
        break;
    case AgentOutcome::Kind::AgentError:
        check.status = Doctor::Status::Failed;
        check.detail = outcome.message;
        if (parser.result() && isAuthenticationFailure(*parser.result()))
            check.fix = tr("set ANTHROPIC_API_KEY, or run `claude` once and log in with /login");
        else if (parser.result())
            check.fix = tr("the API refused the call: check ai.model (%1) and what the key may use")
                            .arg(m_model.isEmpty() ? tr("not set") : m_model);
        else
            check.fix = tr("run `%1 -p` by hand to see why it refuses; update it with "
                           "`npm install -g @anthropic-ai/claude-code`")
                            .arg(m_binary);
        break;
    case AgentOutcome::Kind::ApiError:
        if (outcome.rateLimited) {
            // Authenticated, only out of quota for now: a run would pause, not fail.
            check.status = Doctor::Status::Warning;
            check.detail = outcome.message;
            check.fix = tr("the key works, but a usage limit is reached: runs wait until it resets");
        } else {
            check.status = Doctor::Status::Failed;
            check.detail = outcome.message;
            check.fix = tr("the Anthropic API did not answer: check the network, the proxy settings and "
                           "ANTHROPIC_BASE_URL");
        }
        break;
    case AgentOutcome::Kind::TimedOut:
        check.status = Doctor::Status::Failed;
        check.detail = tr("no answer within %1 s").arg(m_timeoutMs / 1000.0);
        check.fix = tr("check the network and ANTHROPIC_BASE_URL; --offline skips this check");
        break;
    case AgentOutcome::Kind::Crashed:
    case AgentOutcome::Kind::Cancelled:
    case AgentOutcome::Kind::FailedToStart:
        check.status = Doctor::Status::Failed;
        check.detail = outcome.message;
        check.fix = tr("run `%1 -p` by hand to see why it fails").arg(m_binary);
        break;
    }
    check.detail = ToolSummary::elide(check.detail, MaxDetailChars);
    return check;
}

} // namespace orch
