// End-to-end: the real Claude Code CLI (ORCH_CLAUDE_BIN) against tests/fakes/mock_anthropic, a
// loopback mock of the Messages API. Checks what the orchestrator relies on: the CLI writes files
// through its Write tool, ends with a `result` line that classifies the run, passes the prompt
// through unchanged, and gives up on API errors in bounded time. Needs no orch_core.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int MockStartMs = 15000;
constexpr int RunTimeoutMs = 120000;
// What the mock's write scenario puts before the prompt in the file it asks the CLI to write.
const QString WrittenHeader = u"Written by mock_anthropic. Prompt follows.\n"_s;

// Own session, so the test can kill the child's whole process group; and the child dies with
// the test even if the test is killed.
void ownSessionTiedToParent()
{
    ::setsid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

void killGroup(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    process.waitForFinished(5000);
}

// One claude child in its own folders; killed with its group when it goes out of scope, so a
// failed assertion leaves nothing running.
struct ClaudeRun
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString workDir;
    QElapsedTimer clock;
    qint64 pid = 0;  // kept after exit, to sweep the group the CLI may leave behind
    bool finished = false;
    qint64 elapsedMs = 0;
    QList<QJsonObject> events;  // stdout, one JSON object per line
    QStringList notJson;

    ClaudeRun() = default;
    Q_DISABLE_COPY_MOVE(ClaudeRun)
    ~ClaudeRun()
    {
        if (pid > 0)
            ::kill(-static_cast<pid_t>(pid), SIGKILL);
        process->waitForFinished(5000);
    }

    int exitCode() const { return process->exitCode(); }
    QJsonObject result() const { return events.isEmpty() ? QJsonObject() : events.last(); }
    QList<QJsonObject> eventsOf(const QString &type, const QString &subtype = {}) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : events) {
            if (event.value("type"_L1).toString() == type
                && (subtype.isEmpty() || event.value("subtype"_L1).toString() == subtype))
                found.append(event);
        }
        return found;
    }
    QByteArray describe() const
    {
        const QByteArray last = QJsonDocument(result()).toJson(QJsonDocument::Compact).left(1500);
        return "exit " + QByteArray::number(process->exitCode()) + ", last line: " + last
            + "\nstderr: " + process->readAllStandardError().left(1500);
    }
};

} // namespace

class TestClaudeCliMock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeScenarioWritesTheFile();
    void promptArrivesVerbatim_data();
    void promptArrivesVerbatim();
    void apiErrorEndsTheRun_data();
    void apiErrorEndsTheRun();
    void hangingApiTimesOut();
    void slowStreamArrivesInPieces();
    void parallelRunsShareOneMock();
    void scenarioFlagAndExitOnStdinClose();

private:
    bool startMock(QProcess &mock, QStringList *lines, const QStringList &args, quint16 *port);
    std::unique_ptr<ClaudeRun> startClaude(const QString &prompt, quint16 port, const QStringList &env = {},
                                           const QStringList &extraArgs = {});
    static bool waitFor(ClaudeRun &run, int timeoutMs = RunTimeoutMs);
    QStringList mockRequests(const QString &needle) const;

    QString m_claude;
    QProcess m_mock;
    QStringList m_mockLines;
    quint16 m_port = 0;
    QTemporaryDir m_root;
    int m_runs = 0;
};

void TestClaudeCliMock::initTestCase()
{
    m_claude = qEnvironmentVariable("ORCH_CLAUDE_BIN");
    if (m_claude.isEmpty())
        QSKIP("ORCH_CLAUDE_BIN is not set: run scripts/lib/claude-cli.sh and configure with its path");
    if (!QFileInfo(m_claude).isExecutable())
        QSKIP(qPrintable(u"ORCH_CLAUDE_BIN=%1 is not an executable file"_s.arg(m_claude)));
    QVERIFY(m_root.isValid());
    QVERIFY2(startMock(m_mock, &m_mockLines, {}, &m_port), qPrintable(m_mockLines.join(u'\n')));
}

void TestClaudeCliMock::cleanupTestCase()
{
    if (m_mock.state() == QProcess::NotRunning)
        return;
    m_mock.closeWriteChannel();
    if (!m_mock.waitForFinished(5000))
        killGroup(m_mock);
}

bool TestClaudeCliMock::startMock(QProcess &mock, QStringList *lines, const QStringList &args, quint16 *port)
{
    const QString path = qEnvironmentVariable("ORCH_MOCK_ANTHROPIC", QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH));
    mock.setChildProcessModifier(ownSessionTiedToParent);
    mock.setProcessChannelMode(QProcess::SeparateChannels);
    mock.setReadChannel(QProcess::StandardOutput);
    connect(&mock, &QProcess::readyReadStandardOutput, this, [&mock, lines] {
        while (mock.canReadLine())
            lines->append(QString::fromUtf8(mock.readLine()).chopped(1));
    });
    // stdin stays an open pipe: the mock exits when the test closes it (or dies).
    mock.start(path, QStringList{u"--max-seconds"_s, u"120"_s} + args);
    if (!mock.waitForStarted(MockStartMs)) {
        lines->append(u"cannot start "_s + path + u": "_s + mock.errorString());
        return false;
    }
    const bool answered =
        QTest::qWaitFor([&] { return !lines->isEmpty() || mock.state() == QProcess::NotRunning; }, MockStartMs);
    if (!answered || lines->isEmpty() || !lines->first().startsWith("PORT "_L1)) {
        lines->append(QString::fromUtf8(mock.readAllStandardError()));
        return false;
    }
    *port = lines->first().mid(5).toUShort();
    return *port != 0;
}

std::unique_ptr<ClaudeRun> TestClaudeCliMock::startClaude(const QString &prompt, quint16 port,
                                                         const QStringList &env, const QStringList &extraArgs)
{
    auto run = std::make_unique<ClaudeRun>();
    const QString base = m_root.filePath(u"run%1"_s.arg(++m_runs));
    run->workDir = base + u"/work"_s;
    const QString home = base + u"/home"_s;
    QDir().mkpath(run->workDir);
    QDir().mkpath(home);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Hermetic: nothing from a developer's own Claude setup, a parent Claude session or a proxy.
    const QStringList inherited = environment.keys();
    for (const QString &key : inherited) {
        const QString lower = key.toLower();
        if (key.startsWith("ANTHROPIC_"_L1) || key.startsWith("CLAUDE"_L1) || lower.endsWith("_proxy"_L1))
            environment.remove(key);
    }
    environment.insert(u"HOME"_s, home);
    environment.insert(u"CLAUDE_CONFIG_DIR"_s, home + u"/.claude"_s);
    environment.insert(u"ANTHROPIC_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(port));
    environment.insert(u"ANTHROPIC_API_KEY"_s, u"test-key-not-secret"_s);
    environment.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
    environment.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
    environment.insert(u"API_TIMEOUT_MS"_s, u"60000"_s);
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));

    QProcess &process = *run->process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(run->workDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier(ownSessionTiedToParent);
    const QStringList args = QStringList{u"-p"_s, u"--output-format"_s, u"stream-json"_s, u"--verbose"_s,
                                         u"--permission-mode"_s, u"acceptEdits"_s}
        + extraArgs + QStringList{u"--"_s, prompt};
    ClaudeRun *raw = run.get();
    connect(&process, &QProcess::started, &process, [raw] { raw->pid = raw->process->processId(); });
    run->clock.start();
    process.start(m_claude, args);
    return run;
}

bool TestClaudeCliMock::waitFor(ClaudeRun &run, int timeoutMs)
{
    QProcess &process = *run.process;
    run.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    run.elapsedMs = run.clock.elapsed();
    if (!run.finished)
        killGroup(process);
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            run.events.append(document.object());
        else
            run.notJson.append(QString::fromUtf8(line));
    }
    return run.finished && process.exitStatus() == QProcess::NormalExit;
}

QStringList TestClaudeCliMock::mockRequests(const QString &needle) const
{
    QStringList found;
    for (const QString &line : m_mockLines) {
        if (line.startsWith("REQUEST "_L1) && line.contains(needle))
            found.append(line);
    }
    return found;
}

void TestClaudeCliMock::writeScenarioWritesTheFile()
{
    const auto run = startClaude(u"write a.txt"_s, m_port);
    QVERIFY2(waitFor(*run), run->describe().constData());
    QCOMPARE(run->exitCode(), 0);
    QVERIFY2(run->notJson.isEmpty(), qPrintable(run->notJson.join(u'\n')));

    QFile written(run->workDir + u"/a.txt"_s);
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
    QCOMPARE(QString::fromUtf8(written.readAll()), WrittenHeader + u"write a.txt"_s);

    QCOMPARE(run->eventsOf(u"system"_s, u"init"_s).size(), 1);
    const QList<QJsonObject> assistant = run->eventsOf(u"assistant"_s);
    const bool calledWrite = std::any_of(assistant.cbegin(), assistant.cend(), [](const QJsonObject &event) {
        const QJsonArray content = event.value("message"_L1).toObject().value("content"_L1).toArray();
        return std::any_of(content.cbegin(), content.cend(), [](const QJsonValue &block) {
            return block.toObject().value("type"_L1).toString() == "tool_use"_L1
                && block.toObject().value("name"_L1).toString() == "Write"_L1;
        });
    });
    QVERIFY(calledWrite);
    QCOMPARE(run->eventsOf(u"user"_s).size(), 1);  // the tool_result

    const QJsonObject result = run->result();
    QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
    QCOMPARE(result.value("subtype"_L1).toString(), u"success"_s);
    QCOMPARE(result.value("is_error"_L1).toBool(true), false);
    QCOMPARE(result.value("num_turns"_L1).toInt(), 2);
    QCOMPARE(result.value("result"_L1).toString(), u"Done: wrote a.txt"_s);
}

void TestClaudeCliMock::promptArrivesVerbatim_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("fileName");
    // Without "--" before it, this prompt would print the version instead.
    QTest::addRow("leading dashes") << u"--version write dash.txt"_s << u"dash.txt"_s;
    QTest::addRow("quotes and newlines")
        << u"write q.txt \"double\" 'single' `tick` $HOME \\back\nsecond line\n\n\tthird"_s << u"q.txt"_s;
    QTest::addRow("non-ascii") << u"write u.txt \u2013 \u00fcn\u00efc\u00f8d\u00e9 \u2713 \U0001F600"_s << u"u.txt"_s;
    // Large request body (the prompt is also echoed back as the tool input).
    QTest::addRow("60 KB") << (u"write big.txt "_s + QString(60000, u'x')) << u"big.txt"_s;
}

void TestClaudeCliMock::promptArrivesVerbatim()
{
    QFETCH(QString, prompt);
    QFETCH(QString, fileName);
    const auto run = startClaude(prompt, m_port);
    QVERIFY2(waitFor(*run), run->describe().constData());
    QCOMPARE(run->exitCode(), 0);
    QCOMPARE(run->result().value("is_error"_L1).toBool(true), false);

    // What the mock received, exactly.
    const QString expected = u" prompt64="_s + QString::fromLatin1(prompt.toUtf8().toBase64());
    QTRY_VERIFY_WITH_TIMEOUT(!mockRequests(expected).isEmpty(), 5000);
    // And what the CLI wrote. Its Write tool strips trailing blanks from lines, so the prompts
    // here have none: the file must then equal the header plus the prompt.
    QFile written(run->workDir + u'/' + fileName);
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
    QCOMPARE(QString::fromUtf8(written.readAll()), WrittenHeader + prompt);
}

void TestClaudeCliMock::apiErrorEndsTheRun_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("posts");  // requests the mock sees: 1 + retries
    QTest::addColumn<QString>("resultText");
    // The mock sends x-should-retry: false with 401, which the CLI obeys; without it the CLI
    // retries a 401 like a 500.
    QTest::addRow("401") << u"error401"_s << 401 << 1 << u"Invalid API key"_s;
    QTest::addRow("500") << u"error500"_s << 500 << 2 << u"API Error: 500"_s;
    QTest::addRow("429") << u"error429"_s << 429 << 2 << u"429"_s;
}

void TestClaudeCliMock::apiErrorEndsTheRun()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(int, posts);
    QFETCH(QString, resultText);
    // A per-run marker keeps this run's requests apart in the shared mock's log.
    const QString prompt = u"[[scenario:%1]] fail run %2"_s.arg(scenario).arg(m_runs + 1);
    const auto run = startClaude(prompt, m_port, {u"CLAUDE_CODE_MAX_RETRIES=1"_s});
    QVERIFY2(waitFor(*run), run->describe().constData());
    QCOMPARE(run->exitCode(), 1);

    const QJsonObject result = run->result();
    QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
    // API errors arrive as subtype "success" with is_error true.
    QCOMPARE(result.value("subtype"_L1).toString(), u"success"_s);
    QCOMPARE(result.value("is_error"_L1).toBool(), true);
    QCOMPARE(result.value("api_error_status"_L1).toInt(), status);
    QVERIFY2(result.value("result"_L1).toString().contains(resultText), run->describe().constData());
    QVERIFY2(result.value("duration_ms"_L1).toInt() < 20000, run->describe().constData());

    const QList<QJsonObject> retries = run->eventsOf(u"system"_s, u"api_retry"_s);
    QCOMPARE(retries.size(), posts - 1);
    for (const QJsonObject &retry : retries)
        QCOMPARE(retry.value("error_status"_L1).toInt(), status);
    if (status == 429)  // retry-after: 2 is honoured exactly
        QCOMPARE(retries.first().value("retry_delay_ms"_L1).toDouble(), 2000.0);

    const QString marker = u" prompt64="_s + QString::fromLatin1(prompt.toUtf8().toBase64());
    QTRY_COMPARE_WITH_TIMEOUT(mockRequests(marker).size(), posts, 5000);
    QCOMPARE(mockRequests(marker).filter(u"status=%1 "_s.arg(status)).size(), posts);
}

void TestClaudeCliMock::hangingApiTimesOut()
{
    const auto run = startClaude(u"[[scenario:hang]] wait"_s, m_port,
                                 {u"API_TIMEOUT_MS=3000"_s, u"CLAUDE_CODE_MAX_RETRIES=0"_s});
    QVERIFY2(waitFor(*run, 60000), run->describe().constData());
    QCOMPARE(run->exitCode(), 1);
    const QJsonObject result = run->result();
    QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
    QCOMPARE(result.value("is_error"_L1).toBool(), true);
    // No HTTP status: a timeout looks like a connection failure.
    QVERIFY(result.value("api_error_status"_L1).isNull());
    QVERIFY2(result.value("result"_L1).toString().contains("timed out"_L1, Qt::CaseInsensitive), run->describe().constData());
    QVERIFY(!mockRequests(u"scenario=hang status=0"_s).isEmpty());
}

void TestClaudeCliMock::slowStreamArrivesInPieces()
{
    const auto run = startClaude(u"[[scenario:slow]] take your time"_s, m_port, {},
                                 {u"--include-partial-messages"_s});
    QVERIFY2(waitFor(*run), run->describe().constData());
    QCOMPARE(run->exitCode(), 0);

    QString streamed;
    for (const QJsonObject &event : run->eventsOf(u"stream_event"_s)) {
        const QJsonObject delta = event.value("event"_L1).toObject().value("delta"_L1).toObject();
        if (delta.value("type"_L1).toString() == "text_delta"_L1)
            streamed += delta.value("text"_L1).toString();
    }
    QString expected;
    for (int i = 1; i <= 20; ++i)
        expected += u"slow %1. "_s.arg(i);
    QCOMPARE(streamed, expected);
    QCOMPARE(run->result().value("result"_L1).toString(), expected);
    // 20 deltas 200 ms apart: the CLI waited for them rather than timing out or buffering oddly.
    QVERIFY2(run->result().value("duration_ms"_L1).toInt() >= 3000, run->describe().constData());
}

void TestClaudeCliMock::parallelRunsShareOneMock()
{
    constexpr int Count = 3;
    std::vector<std::unique_ptr<ClaudeRun>> runs;
    for (int i = 0; i < Count; ++i)
        runs.push_back(startClaude(u"write p%1.txt"_s.arg(i), m_port));
    for (const auto &run : runs)
        QVERIFY2(waitFor(*run), run->describe().constData());
    for (int i = 0; i < Count; ++i) {
        ClaudeRun &run = *runs.at(i);
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(run.result().value("result"_L1).toString(), u"Done: wrote p%1.txt"_s.arg(i));
        QFile written(run.workDir + u"/p%1.txt"_s.arg(i));
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
        QCOMPARE(QString::fromUtf8(written.readAll()), WrittenHeader + u"write p%1.txt"_s.arg(i));
        // Each worker's file landed in its own folder only.
        QCOMPARE(QDir(run.workDir).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);
    }
}

void TestClaudeCliMock::scenarioFlagAndExitOnStdinClose()
{
    QProcess textMock;
    QStringList lines;
    quint16 port = 0;
    QVERIFY2(startMock(textMock, &lines, {u"--scenario"_s, u"text"_s}, &port), qPrintable(lines.join(u'\n')));
    QVERIFY(port != m_port);
    {
        const auto run = startClaude(u"say hello"_s, port);
        QVERIFY2(waitFor(*run), run->describe().constData());
        QCOMPARE(run->exitCode(), 0);
        QCOMPARE(run->result().value("result"_L1).toString(), u"Hello from mock_anthropic."_s);
        QCOMPARE(QDir(run->workDir).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!lines.filter(u"POST /v1/messages scenario=text status=200"_s).isEmpty(), 5000);

    // Closing its stdin is how a parent stops the mock.
    textMock.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(textMock.state(), QProcess::NotRunning, 5000);
    QCOMPARE(textMock.exitStatus(), QProcess::NormalExit);
    QCOMPARE(textMock.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestClaudeCliMock)
#include "tst_claude_cli_mock.moc"
