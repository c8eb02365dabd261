// fake_claude on its own: every scenario's exit code and result line, scenario selection,
// attempt counters, signals, flag checks and the invocation log, so engine tests can rely on it.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <limits>

#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString FakeClaude = QStringLiteral(FAKE_CLAUDE_BIN);
const QStringList StreamArgs{u"-p"_s, u"--output-format"_s, u"stream-json"_s, u"--verbose"_s};

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QList<QByteArray> lines;
    QByteArray stdoutData;
    QByteArray stderrData;

    // The last line as a result object, or an empty object when it is not one.
    QJsonObject result() const
    {
        if (lines.isEmpty())
            return {};
        const QJsonObject object = QJsonDocument::fromJson(lines.last()).object();
        return object.value("type"_L1).toString() == "result"_L1 ? object : QJsonObject();
    }
    QList<QJsonObject> objects() const
    {
        QList<QJsonObject> found;
        for (const QByteArray &line : lines) {
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject())
                found << document.object();
        }
        return found;
    }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (exitStatus == QProcess::CrashExit ? " (crash)" : "")
            + "\nstderr: " + stderrData.left(2000)
            + "\nlast line: " + (lines.isEmpty() ? QByteArray() : lines.last().left(2000));
    }
};

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith("FAKE_CLAUDE_"_L1))
            env.remove(name);
    }
    return env;
}

void setUp(QProcess &process, const QStringList &args, const QString &dir, const QProcessEnvironment &env)
{
    process.setProgram(FakeClaude);
    process.setArguments(args);
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(env);
}

Run finish(QProcess &process)
{
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.stdoutData = process.readAllStandardOutput();
    run.stderrData = process.readAllStandardError();
    run.lines = run.stdoutData.split('\n');
    if (!run.lines.isEmpty() && run.lines.last().isEmpty())
        run.lines.removeLast();
    return run;
}

Run runFake(const QStringList &args, const QString &dir, const QProcessEnvironment &env = cleanEnvironment(),
            const QByteArray &input = {}, bool feedStdin = false)
{
    QProcess process;
    setUp(process, args, dir, env);
    if (!feedStdin)
        process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted())
        return {};
    if (feedStdin) {
        process.write(input);
        process.closeWriteChannel();
    }
    return finish(process);
}

Run runPrompt(const QString &prompt, const QString &dir, const QProcessEnvironment &env = cleanEnvironment())
{
    return runFake(StreamArgs + QStringList{u"--"_s, prompt}, dir, env);
}

// A signal mask from /proc/PID/status: "SigIgn" (ignored) or "SigCgt" (caught by a handler).
quint64 signalMask(qint64 pid, const QByteArray &field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().toULongLong(nullptr, 16);
    }
    return 0;
}

constexpr quint64 bit(int signal)
{
    return 1ULL << (signal - 1);
}

// One FAKE_CLAUDE_LOG line: "PID START_MS END_MS EXIT_CODE {json}".
struct LogLine
{
    qint64 pid = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    int exitCode = 0;
    QJsonObject details;
};

QList<LogLine> readLog(const QString &path)
{
    QList<LogLine> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &text : file.readAll().split('\n')) {
        if (text.isEmpty())
            continue;
        const QList<QByteArray> fields = text.split(' ');
        const qsizetype jsonStart = text.indexOf('{');
        if (fields.size() < 5 || jsonStart < 0)
            return {};  // a malformed line fails the caller's size check
        lines.append({fields.at(0).toLongLong(), fields.at(1).toLongLong(), fields.at(2).toLongLong(),
                      fields.at(3).toInt(), QJsonDocument::fromJson(text.mid(jsonStart)).object()});
    }
    return lines;
}

} // namespace

class TestFakeClaude final : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void scenarios_data();
    void scenarios();
    void successWritesTheFile();
    void promptFromStdin();
    void scenarioFromEnvironmentAndMarker();
    void initReportsFlags();
    void attemptsAreCounted_data();
    void attemptsAreCounted();
    void stateDirHoldsCounters();
    void floodIsValidJson();
    void garbageEndsWithAResult();
    void badCommandLines_data();
    void badCommandLines();
    void stopSignals_data();
    void stopSignals();
    void ignoresSigterm();
    void grandchildEscapes();
    void logRecordsConcurrentRuns();

private:
    QTemporaryDir m_dir;
};

void TestFakeClaude::version()
{
    const Run run = runFake({u"--version"_s}, m_dir.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.stdoutData, QByteArray("2.1.197 (Claude Code)\n"));
}

void TestFakeClaude::scenarios_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("crashes");
    QTest::addColumn<bool>("hasResult");
    QTest::addColumn<QString>("subtype");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("apiStatus");  // 0: null
    QTest::addColumn<QString>("resultText");  // empty: no "result" key

    QTest::addRow("success") << u"success"_s << 0 << false << true << u"success"_s << false << 0
                             << u"Done: wrote output.txt"_s;
    QTest::addRow("api error") << u"api_error_then_success"_s << 1 << false << true << u"success"_s << true << 500
                               << u"API Error: 500 Internal server error. This is a server-side issue, usually "
                                  "temporary \u2014 try again in a moment."_s;
    QTest::addRow("rate limit")
        << u"rate_limit"_s << 1 << false << true << u"success"_s << true << 429
        << u"API Error: Request rejected (429) \u00b7 Rate limit exceeded, retry after 1 second"_s;
    QTest::addRow("auth error") << u"auth_error"_s << 1 << false << true << u"success"_s << true << 401
                                << u"Invalid API key \u00b7 Please run /login"_s;
    QTest::addRow("not logged in") << u"not_logged_in"_s << 1 << false << true << u"success"_s << true << 0
                                   << u"Not logged in \u00b7 Please run /login"_s;
    QTest::addRow("max turns") << u"max_turns"_s << 1 << false << true << u"error_max_turns"_s << true << 0
                               << QString();
    QTest::addRow("crash") << u"crash"_s << 1 << false << false << QString() << false << 0 << QString();
    QTest::addRow("crash by SEGV") << u"crash:SEGV"_s << 0 << true << false << QString() << false << 0 << QString();
    QTest::addRow("crash by SIGABRT") << u"crash:SIGABRT"_s << 0 << true << false << QString() << false << 0
                                      << QString();
    QTest::addRow("slow") << u"slow:3"_s << 0 << false << true << u"success"_s << false << 0
                          << u"Done: wrote output.txt"_s;
    QTest::addRow("sleep") << u"sleep:0.2"_s << 0 << false << true << u"success"_s << false << 0
                           << u"Done: wrote output.txt"_s;
    QTest::addRow("exit code after success") << u"exit:7"_s << 7 << false << true << u"success"_s << false << 0
                                             << u"Done: wrote output.txt"_s;
    QTest::addRow("unknown scenario") << u"no_such_thing"_s << 2 << false << false << QString() << false << 0
                                      << QString();
}

void TestFakeClaude::scenarios()
{
    QFETCH(QString, marker);
    QFETCH(int, exitCode);
    QFETCH(bool, crashes);
    QFETCH(bool, hasResult);
    QFETCH(QString, subtype);
    QFETCH(bool, isError);
    QFETCH(int, apiStatus);
    QFETCH(QString, resultText);

    QTemporaryDir dir;
    const Run run = runPrompt(u"[[fake:%1]] do the work"_s.arg(marker), dir.path());
    QCOMPARE(run.exitStatus, crashes ? QProcess::CrashExit : QProcess::NormalExit);
    if (!crashes)
        QVERIFY2(run.exitCode == exitCode, run.describe().constData());

    // Every line is one JSON object (garbage is its own scenario).
    const QList<QJsonObject> objects = run.objects();
    QCOMPARE(objects.size(), run.lines.size());
    if (marker != "no_such_thing"_L1) {
        QVERIFY(!objects.isEmpty());
        QCOMPARE(objects.first().value("subtype"_L1).toString(), u"init"_s);
    }

    const QJsonObject result = run.result();
    QCOMPARE(!result.isEmpty(), hasResult);
    if (!hasResult)
        return;
    QCOMPARE(result.value("subtype"_L1).toString(), subtype);
    QCOMPARE(result.value("is_error"_L1).toBool(), isError);
    if (apiStatus == 0)
        QVERIFY(result.value("api_error_status"_L1).isNull());
    else
        QCOMPARE(result.value("api_error_status"_L1).toInt(), apiStatus);
    QCOMPARE(result.contains("result"_L1), !resultText.isEmpty());
    QCOMPARE(result.value("result"_L1).toString(), resultText);
    QVERIFY(result.value("num_turns"_L1).toInt() >= 1);
    QVERIFY(result.value("total_cost_usd"_L1).isDouble());
    QVERIFY(result.value("usage"_L1).toObject().contains("output_tokens"_L1));
    QCOMPARE(result.value("session_id"_L1), objects.first().value("session_id"_L1));
    if (subtype == "error_max_turns"_L1)
        QCOMPARE(result.value("errors"_L1).toArray().first().toString(), u"Reached maximum number of turns (1)"_s);
}

void TestFakeClaude::successWritesTheFile()
{
    QTemporaryDir dir;
    const QString prompt = u"Use Python 3.11 and write \"report.md\", please"_s;
    const Run run = runPrompt(prompt, dir.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.result().value("result"_L1).toString(), u"Done: wrote report.md"_s);
    QFile file(dir.filePath(u"report.md"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(prompt));

    // The Write tool_use names the absolute path, as the real CLI does.
    bool sawWrite = false;
    for (const QJsonObject &object : run.objects()) {
        const QJsonArray content = object.value("message"_L1).toObject().value("content"_L1).toArray();
        for (const QJsonValue &block : content) {
            if (block.toObject().value("name"_L1).toString() == "Write"_L1) {
                QCOMPARE(block.toObject().value("input"_L1).toObject().value("file_path"_L1).toString(),
                         dir.filePath(u"report.md"_s));
                sawWrite = true;
            }
        }
    }
    QVERIFY(sawWrite);
}

void TestFakeClaude::promptFromStdin()
{
    QTemporaryDir dir;
    const Run run = runFake(StreamArgs, dir.path(), cleanEnvironment(), "write notes.txt from stdin\n", true);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.result().value("result"_L1).toString(), u"Done: wrote notes.txt"_s);
    QVERIFY(QFile::exists(dir.filePath(u"notes.txt"_s)));
}

void TestFakeClaude::scenarioFromEnvironmentAndMarker()
{
    QTemporaryDir dir;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"FAKE_CLAUDE_SCENARIO"_s, u"auth_error"_s);
    QCOMPARE(runPrompt(u"plain prompt"_s, dir.path(), env).result().value("api_error_status"_L1).toInt(), 401);
    // The marker wins over the environment.
    QCOMPARE(runPrompt(u"[[fake:success]] plain prompt"_s, dir.path(), env).exitCode, 0);
    env.insert(u"FAKE_CLAUDE_SCENARIO"_s, u"exit:4"_s);
    QCOMPARE(runPrompt(u"plain prompt"_s, dir.path(), env).exitCode, 4);
}

void TestFakeClaude::initReportsFlags()
{
    QTemporaryDir dir;
    // Every flag the driver may pass, a variadic one among them, and a prompt that looks like a flag.
    const QStringList flags{u"--model"_s, u"claude-test"_s, u"--permission-mode"_s, u"acceptEdits"_s,
                            u"--session-id"_s, u"abc-123"_s, u"--allowedTools"_s, u"Read"_s, u"Write"_s,
                            u"--max-turns"_s, u"3"_s, u"--append-system-prompt"_s, u"Be brief"_s,
                            u"--dangerously-skip-permissions"_s, u"--"_s, u"-starts with a dash"_s};
    const Run run = runFake(StreamArgs + flags, dir.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject init = run.objects().first();
    QCOMPARE(init.value("model"_L1).toString(), u"claude-test"_s);
    QCOMPARE(init.value("permissionMode"_L1).toString(), u"acceptEdits"_s);
    QCOMPARE(init.value("session_id"_L1).toString(), u"abc-123"_s);
    QCOMPARE(init.value("cwd"_L1).toString(), dir.path());
    QCOMPARE(init.value("claude_code_version"_L1).toString(), u"2.1.197"_s);
    QCOMPARE(run.result().value("session_id"_L1).toString(), u"abc-123"_s);
}

void TestFakeClaude::attemptsAreCounted_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QList<int>>("exitCodes");
    QTest::addRow("api error once") << u"api_error_then_success"_s << QList<int>{1, 0, 0};
    QTest::addRow("api error twice") << u"api_error_then_success:2"_s << QList<int>{1, 1, 0};
    QTest::addRow("rate limit once") << u"rate_limit:1"_s << QList<int>{1, 0};
    QTest::addRow("rate limit always") << u"rate_limit"_s << QList<int>{1, 1, 1};
}

void TestFakeClaude::attemptsAreCounted()
{
    QFETCH(QString, marker);
    QFETCH(QList<int>, exitCodes);
    QTemporaryDir dir;
    for (int i = 0; i < exitCodes.size(); ++i) {
        const Run run = runPrompt(u"[[fake:%1]] job"_s.arg(marker), dir.path());
        QVERIFY2(run.exitCode == exitCodes.at(i), qPrintable(u"attempt %1: %2"_s.arg(i + 1).arg(run.exitCode)));
        QVERIFY(!run.result().isEmpty());
    }
    // Another prompt has its own counter.
    if (exitCodes.first() == 1)
        QCOMPARE(runPrompt(u"[[fake:%1]] another job"_s.arg(marker), dir.path()).exitCode, 1);
}

void TestFakeClaude::stateDirHoldsCounters()
{
    QTemporaryDir work;
    QTemporaryDir state;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"FAKE_CLAUDE_STATE_DIR"_s, state.path());
    QCOMPARE(runPrompt(u"[[fake:api_error_then_success]] x"_s, work.path(), env).exitCode, 1);
    QCOMPARE(QDir(state.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    // A fresh working folder (a new worktree, say) still sees the count.
    QTemporaryDir otherWork;
    QCOMPARE(runPrompt(u"[[fake:api_error_then_success]] x"_s, otherWork.path(), env).exitCode, 0);
    QVERIFY(QDir(work.path()).entryList(QDir::Files | QDir::Hidden).filter(u"fake_claude"_s).isEmpty());
}

void TestFakeClaude::floodIsValidJson()
{
    QTemporaryDir dir;
    const Run run = runPrompt(u"[[fake:flood:2]] flood"_s, dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.stdoutData.size() >= 2 * 1024 * 1024, QByteArray::number(run.stdoutData.size()).constData());
    QVERIFY(run.stdoutData.size() < 4 * 1024 * 1024);
    QCOMPARE(run.objects().size(), run.lines.size());
    QCOMPARE(run.result().value("subtype"_L1).toString(), u"success"_s);
    QVERIFY(run.lines.size() > 100);
}

void TestFakeClaude::garbageEndsWithAResult()
{
    QTemporaryDir dir;
    const Run run = runPrompt(u"[[fake:garbage]] mess"_s, dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.objects().size() < run.lines.size() - 5);  // plenty of lines are not objects
    QCOMPARE(run.result().value("result"_L1).toString(), u"Done: wrote output.txt"_s);
}

void TestFakeClaude::badCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrText");
    QTest::addRow("unknown flag") << (StreamArgs + QStringList{u"--bogus"_s, u"--"_s, u"x"_s})
                                  << u"error: unknown option '--bogus'"_s;
    QTest::addRow("stream-json needs --verbose")
        << QStringList{u"-p"_s, u"--output-format"_s, u"stream-json"_s, u"--"_s, u"x"_s}
        << u"Error: When using --print, --output-format=stream-json requires --verbose"_s;
    QTest::addRow("bad permission mode") << (StreamArgs + QStringList{u"--permission-mode"_s, u"yolo"_s, u"x"_s})
                                         << u"argument 'yolo' is invalid"_s;
    QTest::addRow("variadic flag swallows the prompt")
        << (StreamArgs + QStringList{u"--allowedTools"_s, u"Read"_s, u"the prompt"_s})
        << u"Input must be provided either through stdin or as a prompt argument"_s;
    QTest::addRow("missing value") << (StreamArgs + QStringList{u"--model"_s}) << u"argument missing"_s;
}

void TestFakeClaude::badCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrText);
    QTemporaryDir dir;
    const Run run = runFake(args, dir.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.stdoutData.isEmpty());
    QVERIFY2(QString::fromUtf8(run.stderrData).contains(stderrText), run.stderrData.constData());
}

void TestFakeClaude::stopSignals_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("resultSubtype");  // empty: no result line
    QTest::addRow("hang, SIGTERM") << u"hang"_s << SIGTERM << 143 << QString();
    QTest::addRow("hang, SIGINT") << u"hang"_s << SIGINT << 0 << QString();
    QTest::addRow("hang, SIGHUP") << u"hang"_s << SIGHUP << 129 << QString();
    QTest::addRow("silent hang, SIGTERM") << u"silent_hang"_s << SIGTERM << 143 << QString();
    QTest::addRow("slow, SIGINT in a tool") << u"slow:1000"_s << SIGINT << 1 << u"error_during_execution"_s;
    QTest::addRow("sleep, SIGTERM") << u"sleep:600"_s << SIGTERM << 143 << QString();
    QTest::addRow("flood, SIGTERM") << u"flood:100000"_s << SIGTERM << 143 << QString();
}

void TestFakeClaude::stopSignals()
{
    QFETCH(QString, marker);
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QFETCH(QString, resultSubtype);

    QTemporaryDir dir;
    QProcess process;
    setUp(process, StreamArgs + QStringList{u"--"_s, u"[[fake:%1]] wait"_s.arg(marker)}, dir.path(),
          cleanEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    QVERIFY(process.waitForStarted());
    // Signal only once the handlers are in place (they are the first thing it sets up), and,
    // but for silent_hang, once init is out.
    QTRY_VERIFY_WITH_TIMEOUT(signalMask(process.processId(), "SigCgt") & bit(signal), 10000);
    if (marker != "silent_hang"_L1)
        QTRY_VERIFY_WITH_TIMEOUT(process.bytesAvailable() > 0, 10000);
    QCOMPARE(process.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(process.processId()), signal);
    const Run run = finish(process);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());
    const QJsonObject result = run.result();
    QCOMPARE(result.value("subtype"_L1).toString(), resultSubtype);
    if (marker == "silent_hang"_L1)
        QVERIFY(run.stdoutData.isEmpty());
}

void TestFakeClaude::ignoresSigterm()
{
    QTemporaryDir dir;
    QProcess process;
    setUp(process, StreamArgs + QStringList{u"--"_s, u"[[fake:ignore_sigterm]] stubborn"_s}, dir.path(),
          cleanEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const qint64 pid = process.processId();
    const quint64 ignored = signalMask(pid, "SigIgn");
    QVERIFY(ignored & bit(SIGTERM));
    QVERIFY(ignored & bit(SIGINT));
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    ::kill(static_cast<pid_t>(pid), SIGINT);
    QVERIFY(!process.waitForFinished(300));
    process.kill();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
}

void TestFakeClaude::grandchildEscapes()
{
    QTemporaryDir dir;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"ORCH_TEST_TAG"_s, u"fake-claude-grandchild"_s);
    const Run run = runPrompt(u"[[fake:grandchild:30]] spawn"_s, dir.path(), env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.result().value("subtype"_L1).toString(), u"success"_s);

    qint64 grandchild = 0;
    for (const QJsonObject &object : run.objects()) {
        const QJsonArray content = object.value("message"_L1).toObject().value("content"_L1).toArray();
        for (const QJsonValue &block : content) {
            const QString text = block.toObject().value("content"_L1).toString();
            if (text.startsWith("Command running in background with ID: "_L1))
                grandchild = text.section(u' ', -1).toLongLong();
        }
    }
    QVERIFY(grandchild > 0);
    // It lives on in its own session, with the environment (so a sweep can find it by its tag).
    QVERIFY(QFile::exists(u"/proc/%1"_s.arg(grandchild)));
    QCOMPARE(::getsid(static_cast<pid_t>(grandchild)), static_cast<pid_t>(grandchild));
    QFile environ(u"/proc/%1/environ"_s.arg(grandchild));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    QVERIFY(environ.readAll().split('\0').contains("ORCH_TEST_TAG=fake-claude-grandchild"));
    QCOMPARE(::kill(static_cast<pid_t>(grandchild), SIGKILL), 0);
}

void TestFakeClaude::logRecordsConcurrentRuns()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(u"invocations.log"_s);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"FAKE_CLAUDE_LOG"_s, logPath);

    // Three runs at once, each sleeping long enough to overlap the others.
    QList<QProcess *> processes;
    for (int i = 0; i < 3; ++i) {
        auto *process = new QProcess(this);
        setUp(*process, StreamArgs + QStringList{u"--"_s, u"[[fake:sleep:0.5]] job %1"_s.arg(i)}, dir.path(), env);
        process->setStandardInputFile(QProcess::nullDevice());
        process->start();
        processes << process;
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(20000));
        QCOMPARE(process->exitCode(), 0);
        delete process;
    }
    // A run stopped with SIGTERM is logged; one killed with SIGKILL cannot be; --version is not a run.
    for (const int signal : {SIGTERM, SIGKILL}) {
        QProcess stopped;
        setUp(stopped, StreamArgs + QStringList{u"--"_s, u"[[fake:hang]] stopped"_s}, dir.path(), env);
        stopped.setStandardInputFile(QProcess::nullDevice());
        stopped.start();
        QTRY_VERIFY_WITH_TIMEOUT(stopped.bytesAvailable() > 0, 10000);
        ::kill(static_cast<pid_t>(stopped.processId()), signal);
        QVERIFY(stopped.waitForFinished());
    }
    QCOMPARE(runFake({u"--version"_s}, dir.path(), env).exitCode, 0);
    QCOMPARE(runFake({u"--bogus"_s}, dir.path(), env).exitCode, 1);

    const QList<LogLine> lines = readLog(logPath);
    QCOMPARE(lines.size(), 5);
    for (const LogLine &line : lines) {
        QVERIFY(line.pid > 0);
        QVERIFY(line.endMs >= line.startMs);
        QCOMPARE(line.details.value("cwd"_L1).toString(), dir.path());
        QCOMPARE(line.details.value("argv"_L1).toArray().first().toString(), FakeClaude);
    }
    QCOMPARE(lines.at(3).details.value("scenario"_L1).toString(), u"hang"_s);
    QCOMPARE(lines.at(3).exitCode, 143);
    QCOMPARE(lines.at(4).details.value("scenario"_L1).toString(), u"invalid_arguments"_s);
    QCOMPARE(lines.at(4).details.value("argv"_L1).toArray().last().toString(), u"--bogus"_s);

    // All three sleeping runs overlapped: each started before any of them ended.
    qint64 lastStart = 0;
    qint64 firstEnd = std::numeric_limits<qint64>::max();
    for (const LogLine &line : lines.mid(0, 3)) {
        QCOMPARE(line.details.value("scenario"_L1).toString(), u"sleep"_s);
        QCOMPARE(line.details.value("arg"_L1).toString(), u"0.5"_s);
        QVERIFY(line.details.value("argv"_L1).toArray().contains(u"--verbose"_s));
        QCOMPARE(line.exitCode, 0);
        QVERIFY(line.endMs - line.startMs >= 450);
        lastStart = std::max(lastStart, line.startMs);
        firstEnd = std::min(firstEnd, line.endMs);
    }
    QVERIFY2(lastStart < firstEnd, qPrintable(u"%1 >= %2"_s.arg(lastStart).arg(firstEnd)));
}

QTEST_GUILESS_MAIN(TestFakeClaude)
#include "tst_fakeclaude.moc"
