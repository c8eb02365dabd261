// The mock Messages API itself (tests/fakes/mock_anthropic), spoken to over raw HTTP/1.1 on
// loopback. Runs without the Claude CLI, so the mock's protocol handling is checked on every
// machine, not only where tst_claude_cli_mock can run.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>

#include <optional>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10000;

struct HttpReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;                      // de-chunked
};

struct SseEvent
{
    QByteArray name;
    QJsonObject data;
};

// A keep-alive client connection that reads replies off a buffer, so pipelined and interim
// (100 Continue) responses are handled one at a time.
class RawClient
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }
    bool connected() { return m_socket.waitForConnected(WaitMs); }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Waits up to timeoutMs for bytes (or the peer closing); true when new bytes were buffered.
    bool more(int timeoutMs)
    {
        const bool ready = QTest::qWaitFor(
            [this] { return m_socket.bytesAvailable() > 0 || m_socket.state() != QAbstractSocket::ConnectedState; },
            timeoutMs);
        const QByteArray bytes = m_socket.readAll();
        m_buffer += bytes;
        return ready && !bytes.isEmpty();
    }
    bool closedByPeer()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, WaitMs);
    }
    QByteArray buffered() const { return m_buffer; }

    std::optional<HttpReply> read(bool headRequest = false)
    {
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        while (end < 0) {
            if (!more(WaitMs))
                return std::nullopt;
            end = m_buffer.indexOf("\r\n\r\n");
        }
        HttpReply reply;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        reply.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        m_buffer.remove(0, end + 4);
        if (reply.status == 100 || headRequest)
            return reply;
        if (!readBody(reply))
            return std::nullopt;
        return reply;
    }

private:
    bool need(qsizetype bytes)
    {
        while (m_buffer.size() < bytes) {
            if (!more(WaitMs))
                return false;
        }
        return true;
    }
    bool readBody(HttpReply &reply)
    {
        if (reply.headers.value("transfer-encoding") != "chunked") {
            const qsizetype length = reply.headers.value("content-length").toLongLong();
            if (!need(length))
                return false;
            reply.body = m_buffer.left(length);
            m_buffer.remove(0, length);
            return true;
        }
        for (;;) {
            while (m_buffer.indexOf("\r\n") < 0) {
                if (!more(WaitMs))
                    return false;
            }
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            const qsizetype size = m_buffer.left(lineEnd).toLongLong(nullptr, 16);
            if (!need(lineEnd + 2 + size + 2))
                return false;
            reply.body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            if (size == 0)
                return true;
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A request shaped like the CLI's: working directory in the system prompt, a reminder block
// before the prompt, the Write tool on offer.
QByteArray messagesBody(const QString &prompt, const QString &workDir, bool stream = true,
                        const QJsonArray &extraMessages = {})
{
    const QString environment =
        u"# Environment\n - Primary working directory: "_s + workDir + u"\n - Platform: linux\n"_s;
    const QJsonArray system{QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, environment}}};
    const QJsonArray content{QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, u"<system-reminder>\nx\n</system-reminder>"_s}},
                             QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, prompt}}};
    QJsonArray messages{QJsonObject{{"role"_L1, "user"_L1}, {"content"_L1, content}}};
    for (const QJsonValue &message : extraMessages)
        messages.append(message);
    const QJsonObject body{{"model"_L1, "claude-test"_L1}, {"stream"_L1, stream}, {"system"_L1, system},
                           {"tools"_L1, QJsonArray{QJsonObject{{"name"_L1, "Write"_L1}}}}, {"messages"_L1, messages}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A decomposition request as the CLI sends it for --json-schema: the StructuredOutput tool on offer.
QByteArray planningBody(const QString &prompt)
{
    const QJsonDocument base = QJsonDocument::fromJson(messagesBody(prompt, u"/w"_s));
    QJsonObject body = base.object();
    body.insert("tools"_L1, QJsonArray{QJsonObject{{"name"_L1, "Read"_L1}}, QJsonObject{{"name"_L1, "StructuredOutput"_L1}}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<SseEvent> parseSse(const QByteArray &body)
{
    QList<SseEvent> events;
    for (const QByteArray &block : body.split('\n')) {
        if (block.startsWith("event: "))
            events.append({block.mid(7), {}});
        else if (block.startsWith("data: ") && !events.isEmpty())
            events.last().data = QJsonDocument::fromJson(block.mid(6)).object();
    }
    return events;
}

QByteArrayList names(const QList<SseEvent> &events)
{
    QByteArrayList list;
    for (const SseEvent &event : events)
        list.append(event.name);
    return list;
}

} // namespace

class TestMockAnthropic final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void headAndGetOnOneConnection();
    void writeScenarioAsksForTheFile();
    void toolResultGetsTheFinalText();
    void fileNameStaysInTheFolder_data();
    void fileNameStaysInTheFolder();
    void streamingScenarios_data();
    void streamingScenarios();
    void nonStreamingRequest();
    void planningRequestGetsAPlan_data();
    void planningRequestGetsAPlan();
    void errorScenarios_data();
    void errorScenarios();
    void chunkedBodyWithExpectContinue();
    void countTokens();
    void hangNeverAnswers();
    void exitsWhenStdinCloses();
    void rejectsAnUnknownScenario();

private:
    QList<SseEvent> stream(const QByteArray &body);

    QProcess m_mock;
    quint16 m_port = 0;
};

void TestMockAnthropic::initTestCase()
{
    m_mock.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH), {u"--max-seconds"_s, u"60"_s, u"--slow-delay-ms"_s, u"20"_s});
    QVERIFY2(m_mock.waitForStarted(WaitMs), qPrintable(m_mock.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_mock.canReadLine(), WaitMs);
    const QByteArray line = m_mock.readLine().trimmed();
    QVERIFY2(line.startsWith("PORT "), line.constData());
    m_port = line.mid(5).toUShort();
    QVERIFY(m_port != 0);
}

void TestMockAnthropic::cleanupTestCase()
{
    m_mock.closeWriteChannel();
    if (!m_mock.waitForFinished(5000))
        m_mock.kill();
}

QList<SseEvent> TestMockAnthropic::stream(const QByteArray &body)
{
    RawClient client(m_port);
    if (!client.connected())
        return {};
    client.send(post("/v1/messages?beta=true", body));
    const std::optional<HttpReply> reply = client.read();
    if (!reply || reply->status != 200 || reply->headers.value("content-type") != "text/event-stream")
        return {};
    return parseSse(reply->body);
}

void TestMockAnthropic::headAndGetOnOneConnection()
{
    RawClient client(m_port);
    QVERIFY(client.connected());
    // Pipelined: both requests in one write; the second asks to close.
    client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const std::optional<HttpReply> head = client.read(true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    const std::optional<HttpReply> get = client.read();
    QVERIFY(get);
    QCOMPARE(get->status, 200);
    QCOMPARE(get->body, QByteArray("mock_anthropic\n"));
    QVERIFY(client.closedByPeer());
}

void TestMockAnthropic::writeScenarioAsksForTheFile()
{
    const QString prompt = u"write notes.md with \"quotes\"\nand a newline \U0001F600"_s;
    const QList<SseEvent> events = stream(messagesBody(prompt, u"/tmp/some folder"_s));
    const QByteArrayList expected{"message_start", "ping", "content_block_start", "content_block_delta",
                                  "content_block_stop", "content_block_start", "content_block_delta",
                                  "content_block_delta", "content_block_delta", "content_block_stop",
                                  "message_delta", "message_stop"};
    QCOMPARE(names(events), expected);
    QCOMPARE(events.at(5).data.value("content_block"_L1).toObject().value("name"_L1).toString(), u"Write"_s);
    QString json;
    for (const SseEvent &event : events.mid(6, 3)) {
        const QJsonObject delta = event.data.value("delta"_L1).toObject();
        QCOMPARE(delta.value("type"_L1).toString(), u"input_json_delta"_s);
        json += delta.value("partial_json"_L1).toString();
    }
    const QJsonObject input = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(input.value("file_path"_L1).toString(), u"/tmp/some folder/notes.md"_s);
    QCOMPARE(input.value("content"_L1).toString(), u"Written by mock_anthropic. Prompt follows.\n"_s + prompt);
    const QJsonObject stop = events.at(10).data.value("delta"_L1).toObject();
    QCOMPARE(stop.value("stop_reason"_L1).toString(), u"tool_use"_s);
}

void TestMockAnthropic::toolResultGetsTheFinalText()
{
    const QJsonObject assistant{{"role"_L1, "assistant"_L1}, {"content"_L1, QJsonArray()}};
    const QJsonObject toolResult{{"type"_L1, "tool_result"_L1}, {"tool_use_id"_L1, "toolu_1"_L1},
                                 {"content"_L1, "File created"_L1}};
    const QJsonObject user{{"role"_L1, "user"_L1}, {"content"_L1, QJsonArray{toolResult}}};
    const QList<SseEvent> events = stream(messagesBody(u"write a.txt"_s, u"/w"_s, true, {assistant, user}));
    QCOMPARE(names(events), (QByteArrayList{"message_start", "ping", "content_block_start", "content_block_delta",
                                            "content_block_delta", "content_block_stop", "message_delta",
                                            "message_stop"}));
    QString text;
    for (const SseEvent &event : events.mid(3, 2))
        text += event.data.value("delta"_L1).toObject().value("text"_L1).toString();
    QCOMPARE(text, u"Done: wrote a.txt"_s);
    QCOMPARE(events.at(6).data.value("delta"_L1).toObject().value("stop_reason"_L1).toString(), u"end_turn"_s);
}

void TestMockAnthropic::fileNameStaysInTheFolder_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("filePath");
    QTest::addRow("named") << u"please Write 'report.txt' now"_s << u"/w/report.txt"_s;
    QTest::addRow("parent folder") << u"write ../../etc/passwd.txt"_s << u"/w/output.txt"_s;
    QTest::addRow("subfolder") << u"write sub/dir.txt"_s << u"/w/output.txt"_s;
    QTest::addRow("none") << u"do something"_s << u"/w/output.txt"_s;
}

void TestMockAnthropic::fileNameStaysInTheFolder()
{
    QFETCH(QString, prompt);
    QFETCH(QString, filePath);
    RawClient client(m_port);
    QVERIFY(client.connected());
    client.send(post("/v1/messages", messagesBody(prompt, u"/w"_s, false)));
    const std::optional<HttpReply> http = client.read();
    QVERIFY(http);
    const QJsonObject reply = QJsonDocument::fromJson(http->body).object();
    const QJsonArray content = reply.value("content"_L1).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(1).toObject().value("input"_L1).toObject().value("file_path"_L1).toString(), filePath);
}

void TestMockAnthropic::streamingScenarios_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("deltas");
    QTest::addRow("text") << u"[[scenario:text]] hi"_s << u"Hello from mock_anthropic."_s << 2;
    QString slow;
    for (int i = 1; i <= 20; ++i)
        slow += u"slow %1. "_s.arg(i);
    QTest::addRow("slow") << u"[[scenario:SLOW]] hi"_s << slow << 20;
}

void TestMockAnthropic::streamingScenarios()
{
    QFETCH(QString, prompt);
    QFETCH(QString, text);
    QFETCH(int, deltas);
    const QList<SseEvent> events = stream(messagesBody(prompt, u"/w"_s));
    QString received;
    int count = 0;
    for (const SseEvent &event : events) {
        if (event.name == "content_block_delta") {
            received += event.data.value("delta"_L1).toObject().value("text"_L1).toString();
            ++count;
        }
    }
    QCOMPARE(received, text);
    QCOMPARE(count, deltas);
    QCOMPARE(events.last().name, QByteArray("message_stop"));
}

void TestMockAnthropic::nonStreamingRequest()
{
    RawClient client(m_port);
    QVERIFY(client.connected());
    client.send(post("/v1/messages", messagesBody(u"[[scenario:text]]"_s, u"/w"_s, false)));
    const std::optional<HttpReply> reply = client.read();
    QVERIFY(reply);
    QCOMPARE(reply->headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject message = QJsonDocument::fromJson(reply->body).object();
    QCOMPARE(message.value("type"_L1).toString(), u"message"_s);
    QCOMPARE(message.value("stop_reason"_L1).toString(), u"end_turn"_s);
    QCOMPARE(message.value("content"_L1).toArray().at(0).toObject().value("text"_L1).toString(),
             u"Hello from mock_anthropic."_s);
}

void TestMockAnthropic::planningRequestGetsAPlan_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QJsonArray>("subtasks");
    const auto subtask = [](const char *id, const QString &title, const QString &prompt, const QStringList &after) {
        return QJsonObject{{"id"_L1, QLatin1String(id)}, {"title"_L1, title}, {"prompt"_L1, prompt},
                           {"depends_on"_L1, QJsonArray::fromStringList(after)}};
    };
    QTest::addRow("files, then one after them")
        << u"Split it.\n<task>\nwrite alpha.txt and write beta.txt, then write summary.md\n</task>\nwrite no.txt"_s
        << QJsonArray{subtask("1", u"Write alpha.txt"_s, u"write alpha.txt"_s, {}),
                      subtask("2", u"Write beta.txt"_s, u"write beta.txt"_s, {}),
                      subtask("3", u"Write summary.md"_s, u"write summary.md"_s, {u"1"_s, u"2"_s})};
    QTest::addRow("repeats and folders")
        << u"<task>write a.txt, write a.txt, write ../b.txt</task>"_s
        << QJsonArray{subtask("1", u"Write a.txt"_s, u"write a.txt"_s, {})};
    QTest::addRow("no file named") << u"<task>\nRefactor the parser\nand test it\n</task>"_s
                                   << QJsonArray{subtask("1", u"Refactor the parser"_s,
                                                         u"Refactor the parser\nand test it"_s, {})};
    QTest::addRow("no task block") << u"write c.txt"_s
                                   << QJsonArray{subtask("1", u"Write c.txt"_s, u"write c.txt"_s, {})};
}

void TestMockAnthropic::planningRequestGetsAPlan()
{
    QFETCH(QString, prompt);
    QFETCH(QJsonArray, subtasks);
    const QList<SseEvent> events = stream(planningBody(prompt));
    QCOMPARE(names(events).count("content_block_start"), 2);
    const QJsonObject block = events.at(5).data.value("content_block"_L1).toObject();
    QCOMPARE(block.value("type"_L1).toString(), u"tool_use"_s);
    QCOMPARE(block.value("name"_L1).toString(), u"StructuredOutput"_s);
    QString json;
    for (const SseEvent &event : events) {
        if (event.data.value("index"_L1).toInt() == 1 && event.name == "content_block_delta")
            json += event.data.value("delta"_L1).toObject().value("partial_json"_L1).toString();
    }
    const QJsonObject input = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(input.value("subtasks"_L1).toArray(), subtasks);

    // The CLI answers the tool call; the mock then ends the turn with a text.
    const QJsonObject assistant{{"role"_L1, "assistant"_L1}, {"content"_L1, QJsonArray()}};
    const QJsonObject toolResult{{"type"_L1, "tool_result"_L1}, {"tool_use_id"_L1, "toolu_1"_L1},
                                 {"content"_L1, "Structured output provided successfully"_L1}};
    QJsonObject body = QJsonDocument::fromJson(planningBody(prompt)).object();
    QJsonArray messages = body.value("messages"_L1).toArray();
    messages.append(assistant);
    messages.append(QJsonObject{{"role"_L1, "user"_L1}, {"content"_L1, QJsonArray{toolResult}}});
    body.insert("messages"_L1, messages);
    const QList<SseEvent> last = stream(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(names(last).count("content_block_start"), 1);
    QCOMPARE(last.at(3).data.value("delta"_L1).toObject().value("text"_L1).toString(), u"The plan is ready."_s);
}

void TestMockAnthropic::errorScenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("500") << u"error500"_s << 500 << u"api_error"_s << QByteArray() << QByteArray();
    QTest::addRow("429") << u"error429"_s << 429 << u"rate_limit_error"_s << QByteArray("retry-after")
                         << QByteArray("2");
    QTest::addRow("401") << u"error401"_s << 401 << u"authentication_error"_s << QByteArray("x-should-retry")
                         << QByteArray("false");
}

void TestMockAnthropic::errorScenarios()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    RawClient client(m_port);
    QVERIFY(client.connected());
    // Twice on one connection: an error answer keeps the connection usable.
    for (int i = 0; i < 2; ++i) {
        client.send(post("/v1/messages", messagesBody(u"[[scenario:%1]] x"_s.arg(scenario), u"/w"_s)));
        const std::optional<HttpReply> reply = client.read();
        QVERIFY(reply);
        QCOMPARE(reply->status, status);
        if (!header.isEmpty())
            QCOMPARE(reply->headers.value(header), value);
        const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
        QCOMPARE(body.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(body.value("error"_L1).toObject().value("type"_L1).toString(), type);
    }
}

void TestMockAnthropic::chunkedBodyWithExpectContinue()
{
    const QByteArray body = messagesBody(u"[[scenario:text]] chunked"_s, u"/w"_s);
    RawClient client(m_port);
    QVERIFY(client.connected());
    client.send("POST /v1/messages HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n");
    const std::optional<HttpReply> interim = client.read();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    const qsizetype half = body.size() / 2;
    client.send(QByteArray::number(half, 16) + ";ext=1\r\n" + body.left(half) + "\r\n");
    client.send(QByteArray::number(body.size() - half, 16) + "\r\n" + body.mid(half) + "\r\n0\r\n\r\n");
    const std::optional<HttpReply> reply = client.read();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QVERIFY(reply->body.contains("Hello from "));
}

void TestMockAnthropic::countTokens()
{
    RawClient client(m_port);
    QVERIFY(client.connected());
    client.send(post("/v1/messages/count_tokens?beta=true", QByteArray(400, 'x')));
    const std::optional<HttpReply> reply = client.read();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(QJsonDocument::fromJson(reply->body).object().value("input_tokens"_L1).toInt(), 100);
}

void TestMockAnthropic::hangNeverAnswers()
{
    {
        RawClient client(m_port);
        QVERIFY(client.connected());
        client.send(post("/v1/messages", messagesBody(u"[[scenario:hang]]"_s, u"/w"_s)));
        QVERIFY(!client.more(1000));
        QVERIFY(client.buffered().isEmpty());
    }
    // The client went away; the server still serves others.
    const QList<SseEvent> events = stream(messagesBody(u"[[scenario:text]]"_s, u"/w"_s));
    QVERIFY(!events.isEmpty());
}

void TestMockAnthropic::exitsWhenStdinCloses()
{
    QProcess mock;
    mock.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH), {u"--scenario"_s, u"text"_s});
    QVERIFY(mock.waitForStarted(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(mock.canReadLine(), WaitMs);
    QVERIFY(mock.readLine().startsWith("PORT "));
    mock.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(mock.state(), QProcess::NotRunning, WaitMs);
    QCOMPARE(mock.exitStatus(), QProcess::NormalExit);
    QCOMPARE(mock.exitCode(), 0);
}

void TestMockAnthropic::rejectsAnUnknownScenario()
{
    QProcess mock;
    mock.start(QStringLiteral(ORCH_MOCK_ANTHROPIC_PATH), {u"--scenario"_s, u"nonsense"_s});
    QVERIFY(mock.waitForFinished(WaitMs));
    QCOMPARE(mock.exitCode(), 2);
    QVERIFY(mock.readAllStandardError().contains("error500"));
}

QTEST_GUILESS_MAIN(TestMockAnthropic)
#include "tst_mock_anthropic.moc"
