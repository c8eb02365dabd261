// CommandDriver: a command template split into words first, placeholders replaced inside words
// (hostile prompts stay one argument, never see a shell), the prompt file, stdin, checks of the
// program, plain-text output with a bounded final text, and classify(). Also runs real commands.
#include "agent/CommandDriver.h"
#include "agent/CommandOutputParser.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using orch::AgentOutcome;
using orch::CommandDriver;
using orch::Config;
using orch::ProcessRunner;
using Kind = orch::AgentOutcome::Kind;
using State = orch::ProcessRunner::State;

namespace {

const QString Hostile = u"it's \"quoted\" $HOME `id` $(rm -rf /) ; | & > x \\ {workdir} {prompt}\n"
                        "line two\ttab é 日本 🎉 -n --flag"_s;

orch::AgentTask sampleTask(const QString &prompt)
{
    orch::AgentTask task;
    task.runId = u"run-9"_s;
    task.workerId = 3;
    task.prompt = prompt;
    task.workDir = u"/work/space/worker 3"_s;
    task.promptFile = u"/work/space/worker 3/.orchestrator-prompt.txt"_s;
    return task;
}

Config commandConfig(const QString &command)
{
    Config config;
    config.agent.kind = Config::AgentKind::Command;
    config.agent.command = command;
    return config;
}

ProcessRunner::Result exitResult(State state, int exitCode = 0, int signal = 0, const QString &message = {})
{
    ProcessRunner::Result result;
    result.state = state;
    result.exitCode = exitCode;
    result.signal = signal;
    result.message = message;
    return result;
}

} // namespace

class TestCommandDriver : public QObject
{
    Q_OBJECT

private slots:
    void substitution_data();
    void substitution();
    void substituteOnePass();
    void promptFile();
    void promptOnStdinWithoutPlaceholder();
    void environment();
    void prepare_data();
    void prepare();
    void validate_data();
    void validate();
    void parser();
    void finalTextBounded();
    void classify_data();
    void classify();
    void runsRealCommands_data();
    void runsRealCommands();

private:
    QTemporaryDir m_dir;
};

void TestCommandDriver::substitution_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    QTest::addRow("prompt alone") << u"echo {prompt}"_s << Hostile << u"echo"_s << QStringList {Hostile};
    QTest::addRow("shell script argument") << u"sh -c 'printf %s \"$1\"' sh {prompt}"_s << Hostile << u"sh"_s
                                           << QStringList {u"-c"_s, u"printf %s \"$1\""_s, u"sh"_s, Hostile};
    QTest::addRow("inside a word") << u"tool --message=<{prompt}>"_s << u"a b"_s << u"tool"_s
                                   << QStringList {u"--message=<a b>"_s};
    QTest::addRow("quoted template word") << u"aider --yes --message \"{prompt}\""_s << u"x 'y' \"z\""_s << u"aider"_s
                                          << QStringList {u"--yes"_s, u"--message"_s, u"x 'y' \"z\""_s};
    QTest::addRow("workdir and id") << u"run {workdir}/out.txt --id={worker_id}"_s << u"p"_s << u"run"_s
                                    << QStringList {u"/work/space/worker 3/out.txt"_s, u"--id=3"_s};
    QTest::addRow("unknown braces kept") << u"awk '{print $1}' {nothing} {prompt"_s << u"p"_s << u"awk"_s
                                         << QStringList {u"{print $1}"_s, u"{nothing}"_s, u"{prompt"_s};
    QTest::addRow("nested braces") << u"x {{prompt}}"_s << u"p"_s << u"x"_s << QStringList {u"{p}"_s};
    QTest::addRow("empty prompt stays an argument")
        << u"echo {prompt} end"_s << QString() << u"echo"_s << QStringList {QString(), u"end"_s};
    QTest::addRow("prompt twice") << u"echo {prompt} {prompt}"_s << u"a b"_s << u"echo"_s
                                  << QStringList {u"a b"_s, u"a b"_s};
    QTest::addRow("leading dash prompt") << u"codex exec -- {prompt}"_s << u"--help"_s << u"codex"_s
                                         << QStringList {u"exec"_s, u"--"_s, u"--help"_s};
    QTest::addRow("escaped space in template")
        << u"my\\ tool {prompt}"_s << u"p"_s << u"my tool"_s << QStringList {u"p"_s};
}

void TestCommandDriver::substitution()
{
    QFETCH(QString, command);
    QFETCH(QString, prompt);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const CommandDriver driver(commandConfig(command));
    const orch::AgentCommand built = driver.command(sampleTask(prompt));
    QCOMPARE(built.program, program);
    QCOMPARE(built.arguments, arguments);
    // Without {prompt} (or {prompt_file}) in the template, the prompt goes to stdin instead.
    QCOMPARE(built.stdinData.has_value(), !command.contains(u"{prompt}"_s));
    QVERIFY(built.files.isEmpty());
}

void TestCommandDriver::substituteOnePass()
{
    // Values are never scanned again: a prompt naming placeholders keeps them as text.
    QStringList used;
    const orch::AgentTask task = sampleTask(u"{workdir} {worker_id} {prompt_file}"_s);
    QCOMPARE(CommandDriver::substitute(u"[{prompt}]"_s, task, &used), u"[{workdir} {worker_id} {prompt_file}]"_s);
    QCOMPARE(used, QStringList {u"prompt"_s});
}

void TestCommandDriver::promptFile()
{
    const CommandDriver driver(commandConfig(u"gemini --file {prompt_file} --cwd {workdir}"_s));
    const orch::AgentCommand built = driver.command(sampleTask(Hostile));
    QCOMPARE(built.arguments,
        (QStringList {
            u"--file"_s, u"/work/space/worker 3/.orchestrator-prompt.txt"_s, u"--cwd"_s, u"/work/space/worker 3"_s}));
    QCOMPARE(built.files.size(), 1);
    QCOMPARE(built.files.first().first, u"/work/space/worker 3/.orchestrator-prompt.txt"_s);
    QCOMPARE(built.files.first().second, Hostile.toUtf8());
    QVERIFY(!built.stdinData.has_value());

    // A task without a prompt file path gets one in its folder.
    orch::AgentTask task = sampleTask(u"p"_s);
    task.promptFile.clear();
    const orch::AgentCommand fallback = driver.command(task);
    QCOMPARE(fallback.files.first().first, u"/work/space/worker 3/.orchestrator-prompt.txt"_s);
    QCOMPARE(fallback.arguments.at(1), fallback.files.first().first);
}

void TestCommandDriver::promptOnStdinWithoutPlaceholder()
{
    const CommandDriver driver(commandConfig(u"wc -c"_s));
    const orch::AgentCommand built = driver.command(sampleTask(Hostile));
    QCOMPARE(built.program, u"wc"_s);
    QCOMPARE(built.arguments, QStringList {u"-c"_s});
    QVERIFY(built.stdinData.has_value());
    QCOMPARE(*built.stdinData, Hostile.toUtf8());
    QVERIFY(built.files.isEmpty());
}

void TestCommandDriver::environment()
{
    const CommandDriver driver(commandConfig(u"echo {prompt}"_s));
    const orch::AgentCommand built = driver.command(sampleTask(u"p"_s));
    QCOMPARE(built.environment.value(u"ORCH_RUN_ID"_s), u"run-9"_s);
    QCOMPARE(built.environment.value(u"ORCH_WORKER_ID"_s), u"3"_s);
    QCOMPARE(driver.name(), u"command"_s);
    QVERIFY(driver.version().isEmpty());
    QVERIFY(driver.notes().isEmpty());
}

void TestCommandDriver::prepare_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("program"); // after prepare; "" when no check, or an error
    QTest::addColumn<QString>("errorPart");
    const QString dir = m_dir.path();
    QTest::addRow("in PATH") << u"tool {prompt}"_s << true << dir + u"/bin/tool"_s << QString();
    QTest::addRow("absolute") << dir + u"/bin/tool {prompt}"_s << true << dir + u"/bin/tool"_s << QString();
    QTest::addRow("not in PATH") << u"no-such-tool {prompt}"_s << false << QString() << u"not in PATH"_s;
    QTest::addRow("absolute missing") << dir + u"/bin/missing"_s << false << QString() << u"does not exist"_s;
    QTest::addRow("not executable") << dir + u"/bin/plain"_s << false << QString() << u"not an executable file"_s;
    QTest::addRow("folder") << dir + u"/bin"_s << false << QString() << u"not an executable file"_s;
    QTest::addRow("empty") << u"  "_s << false << QString() << u"agent.command is empty"_s;
    QTest::addRow("unterminated quote") << u"tool 'oops {prompt}"_s << false << QString() << u"unterminated"_s;
    QTest::addRow("empty program") << u"'' {prompt}"_s << false << QString() << u"names no program"_s;
    QTest::addRow("program from the task") << u"{workdir}/run.sh {prompt}"_s << true << QString() << QString();
}

void TestCommandDriver::prepare()
{
    QFETCH(QString, command);
    QFETCH(bool, ok);
    QFETCH(QString, program);
    QFETCH(QString, errorPart);
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath(u"bin"_s);
    QFile tool(m_dir.filePath(u"bin/tool"_s));
    QVERIFY(tool.open(QIODevice::WriteOnly));
    tool.write("#!/bin/sh\n");
    tool.close();
    QVERIFY(tool.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile plain(m_dir.filePath(u"bin/plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();

    QProcessEnvironment env;
    env.insert(u"PATH"_s, m_dir.filePath(u"bin"_s));
    CommandDriver driver(commandConfig(command), env);
    QString error;
    QCOMPARE(driver.prepare(&error), ok);
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(error.isEmpty(), ok);
    if (!program.isEmpty())
        QCOMPARE(driver.command(sampleTask(u"p"_s)).program, program);
}

void TestCommandDriver::validate_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("valid");
    const QString big(CommandDriver::MaxArgumentBytes + 1, u'x');
    QTest::addRow("small argument") << u"echo {prompt}"_s << u"hi"_s << true;
    QTest::addRow("largest argument") << u"echo {prompt}"_s << QString(CommandDriver::MaxArgumentBytes, u'x') << true;
    QTest::addRow("argument too big") << u"echo {prompt}"_s << big << false;
    QTest::addRow("multi-byte too big") << u"echo {prompt}"_s << QString(50000, u'日') << false;
    QTest::addRow("big in a file") << u"cat {prompt_file}"_s << big << true;
    QTest::addRow("big on stdin") << u"cat"_s << big << true;
    QTest::addRow("NUL in argument") << u"echo {prompt}"_s << (u"a"_s + QChar(u'\0') + u"b"_s) << false;
    QTest::addRow("NUL in a file") << u"cat {prompt_file}"_s << (u"a"_s + QChar(u'\0') + u"b"_s) << true;
}

void TestCommandDriver::validate()
{
    QFETCH(QString, command);
    QFETCH(QString, prompt);
    QFETCH(bool, valid);
    const CommandDriver driver(commandConfig(command));
    QString why;
    QCOMPARE(driver.validate(sampleTask(prompt), &why), valid);
    QCOMPARE(why.isEmpty(), valid);
    if (!valid)
        QVERIFY2(why.contains(u"{prompt_file}"_s), qPrintable(why));
}

void TestCommandDriver::parser()
{
    const CommandDriver driver(commandConfig(u"x"_s));
    std::unique_ptr<orch::AgentOutputParser> parser = driver.createParser();
    const QStringList first {u"{\"type\":\"result\"}"_s, QString(), u"  spaced  "_s};
    QList<orch::AgentEvent> events = parser->parse(orch::LineBatch::fromStrings(first));
    events += parser->parse({u"last"_s});
    QCOMPARE(events.size(), 4);
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].kind, orch::AgentEvent::Kind::RawText);
        QCOMPARE(events[i].text, i < 3 ? first.at(i) : u"last"_s);
    }
    QVERIFY(!parser->result()); // plain output never has a result line, even one that looks like it
    QCOMPARE(parser->finalText(), u"{\"type\":\"result\"}\n\n  spaced  \nlast"_s);
    QVERIFY(parser->parse({}).isEmpty());
}

void TestCommandDriver::finalTextBounded()
{
    orch::CommandOutputParser parser;
    const qsizetype bound = orch::CommandOutputParser::MaxFinalChars;
    QStringList lines;
    for (int i = 0; i < 20000; ++i)
        lines << u"line %1 of the output"_s.arg(i);
    parser.parse(orch::LineBatch::fromStrings(lines));
    const QString text = parser.finalText();
    QCOMPARE(text.size(), bound);
    QVERIFY(text.endsWith(u"line 19999 of the output"_s));

    // One huge line: its end is kept, never half a surrogate pair.
    orch::CommandOutputParser huge;
    huge.parse({QString(10, u'a') + u"🎉"_s.repeated(100000) + u"end"_s});
    const QString tail = huge.finalText();
    QVERIFY(tail.size() <= bound);
    QVERIFY(tail.size() >= bound - 1);
    QVERIFY(tail.endsWith(u"end"_s));
    QVERIFY(!tail.front().isLowSurrogate());

    // Many batches: memory stays bounded and the end is exact.
    orch::CommandOutputParser batches;
    for (int i = 0; i < 2000; ++i)
        batches.parse({QString(100, u'x'), u"batch %1"_s.arg(i)});
    QVERIFY(batches.finalText().size() <= bound);
    QVERIFY(batches.finalText().endsWith(u"batch 1999"_s));
}

void TestCommandDriver::classify_data()
{
    QTest::addColumn<ProcessRunner::Result>("exit");
    QTest::addColumn<QString>("stderrTail");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("success") << exitResult(State::Finished, 0) << u"warning: noise\n"_s << Kind::Success
                             << u"exited with code 0"_s;
    QTest::addRow("failure") << exitResult(State::Finished, 3) << u"first\nError: model not found\n\n"_s
                             << Kind::AgentError << u"exited with code 3: Error: model not found"_s;
    QTest::addRow("failure, silent") << exitResult(State::Finished, 1) << QString() << Kind::AgentError
                                     << u"exited with code 1"_s;
    QTest::addRow("killed") << exitResult(State::Crashed, -1, SIGKILL) << QString() << Kind::Crashed
                            << u"killed by SIGKILL"_s;
    QTest::addRow("segfault") << exitResult(State::Crashed, -1, SIGSEGV) << u"oops\n"_s << Kind::Crashed
                              << u"killed by SIGSEGV: oops"_s;
    QTest::addRow("timed out") << exitResult(State::TimedOut, -1, SIGTERM, u"timed out after 5 s"_s) << QString()
                               << Kind::TimedOut << u"timed out after 5 s"_s;
    QTest::addRow("cancelled") << exitResult(State::Cancelled, -1, SIGINT, u"cancelled"_s) << QString()
                               << Kind::Cancelled << u"cancelled"_s;
    QTest::addRow("failed to start") << exitResult(State::FailedToStart, -1, 0, u"failed to start: no such file"_s)
                                     << QString() << Kind::FailedToStart << u"no such file"_s;
}

void TestCommandDriver::classify()
{
    QFETCH(ProcessRunner::Result, exit);
    QFETCH(QString, stderrTail);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    const CommandDriver driver(commandConfig(u"x"_s));
    const std::unique_ptr<orch::AgentOutputParser> parser = driver.createParser();
    const AgentOutcome outcome = driver.classify(*parser, exit, stderrTail);
    QCOMPARE(outcome.kind, kind);
    QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
    QCOMPARE(outcome.isRetryable(), kind == Kind::Crashed || kind == Kind::TimedOut);
    QVERIFY(!outcome.rateLimited);
}

void TestCommandDriver::runsRealCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expectedOutput"); // the final text
    // The prompt reaches the program as one argument, byte for byte, whatever it holds.
    QTest::addRow("argument") << u"sh -c 'printf \"%s\" \"$1\"' sh {prompt}"_s << Hostile;
    QTest::addRow("prompt file") << u"cat {prompt_file}"_s << Hostile;
    QTest::addRow("stdin") << u"cat"_s << Hostile;
    QTest::addRow("argument count") << u"sh -c 'echo $#' sh {prompt} {worker_id}"_s << u"2"_s;
}

void TestCommandDriver::runsRealCommands()
{
    QFETCH(QString, command);
    QFETCH(QString, expectedOutput);
    QVERIFY(m_dir.isValid());
    CommandDriver driver(commandConfig(command));
    QString error;
    QVERIFY2(driver.prepare(&error), qPrintable(error));
    orch::AgentTask task = sampleTask(Hostile);
    task.workDir = m_dir.path();
    task.promptFile = m_dir.filePath(u"prompt.txt"_s);
    QString why;
    QVERIFY2(driver.validate(task, &why), qPrintable(why));
    const orch::AgentCommand built = driver.command(task);
    for (const auto &[path, content] : built.files) { // what the Worker does before starting
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    orch::ProcessSpec spec;
    spec.program = built.program;
    spec.arguments = built.arguments;
    spec.workingDirectory = task.workDir;
    spec.environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : built.environment.keys())
        spec.environment.insert(key, built.environment.value(key));
    spec.stdinData = built.stdinData;
    spec.timeoutMs = 20000;
    spec.tag = {u"tst-commanddriver-%1"_s.arg(QCoreApplication::applicationPid()), u"3"_s};
    ProcessRunner runner;
    const std::unique_ptr<orch::AgentOutputParser> parser = driver.createParser();
    connect(&runner, &ProcessRunner::stdoutLines, this, [&parser](const orch::LineBatch &lines) { parser->parse(lines); });
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start(spec));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const AgentOutcome outcome = driver.classify(*parser, runner.result(), runner.stderrTail());
    QCOMPARE(outcome.kind, Kind::Success);
    QCOMPARE(parser->finalText(), expectedOutput);
}

QTEST_GUILESS_MAIN(TestCommandDriver)
#include "tst_commanddriver.moc"
