#include "MockServer.h"

#include "PlanReply.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace orch::mock {

namespace {

const HttpHeaders JsonHeaders{{"content-type", "application/json"}};
constexpr qsizetype MaxEchoedPromptBytes = 256 * 1024;

QByteArray requestIdHeader(quint64 number)
{
    return "req_mock_" + QByteArray::number(number);
}

} // namespace

MockServer::MockServer(const MockOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(new QTcpServer(this))
{
    // The CLI opens a few connections per run; many workers together open many more.
    m_server->setMaxPendingConnections(512);
    connect(m_server, &QTcpServer::newConnection, this, &MockServer::onNewConnection);
}

MockServer::~MockServer() = default;

bool MockServer::listen()
{
    if (!m_options.dumpDir.isEmpty())
        QDir().mkpath(m_options.dumpDir);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 MockServer::port() const
{
    return m_server->serverPort();
}

QString MockServer::errorString() const
{
    return m_server->errorString();
}

void MockServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_options.maxBodyBytes, this);
        connect(connection, &HttpConnection::activity, this, &MockServer::activity);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
        emit activity();
    }
}

void MockServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    ++m_requestCount;
    dump(request);
    QString scenario = u"-"_s;
    QByteArray extra;
    int status = 200;
    const bool isPost = request.method == "POST";
    if (request.method == "HEAD" || request.method == "GET") {
        connection->respond(status, {{"content-type", "text/plain"}}, "mock_anthropic\n");
    } else if (isPost && request.path == "/v1/messages/count_tokens") {
        // A rough count is all the CLI needs to decide on compaction.
        const QJsonObject count{{"input_tokens"_L1, qMax(1, int(request.body.size() / 4))}};
        connection->respond(status, JsonHeaders, QJsonDocument(count).toJson(QJsonDocument::Compact));
    } else if (isPost && request.path == "/v1/messages") {
        const MessagesRequest parsed = MessagesRequest::parse(request.body);
        scenario = scenarioName(handleMessages(connection, parsed, &status));
        // The prompt exactly as received, so a test can tell whether the CLI changed it; a huge
        // one only as a digest, to keep the line readable.
        const QByteArray prompt = parsed.prompt.toUtf8();
        if (prompt.size() <= MaxEchoedPromptBytes)
            extra = " prompt64=" + prompt.toBase64();
        else
            extra = " prompt_sha256=" + QCryptographicHash::hash(prompt, QCryptographicHash::Sha256).toHex();
    } else {
        status = 404;
        sendError(connection, status, u"not_found_error"_s,
                  u"mock_anthropic does not serve "_s + QString::fromUtf8(request.method + ' ' + request.path));
    }
    report(request, scenario, status, extra);
}

Scenario MockServer::handleMessages(HttpConnection *connection, const MessagesRequest &parsed, int *status)
{
    const Scenario scenario = parsed.scenarioMarker.value_or(m_options.scenario);
    if (!parsed.valid) {
        *status = 400;
        sendError(connection, *status, u"invalid_request_error"_s, u"body is not a Messages API request"_s);
        return scenario;
    }
    ++m_messageCount;
    const QString messageId = u"msg_mock_%1"_s.arg(m_messageCount);
    SseReplies::Turn turn{messageId, parsed.model, parsed.approximateTokens, {}, {}, {}, {}};

    switch (scenario) {
    case Scenario::Error500:
        *status = 500;
        sendError(connection, *status, u"api_error"_s, u"Internal server error (mock_anthropic)"_s);
        break;
    case Scenario::Error429:
        *status = 429;
        sendError(connection, *status, u"rate_limit_error"_s, u"Rate limited (mock_anthropic)"_s,
                  {{"retry-after", "2"}});
        break;
    case Scenario::Error401:
        // Measured: claude-code retries a bare 401 like a 500; with x-should-retry: false it
        // stops at once with "Invalid API key", which is what a wrong key should look like.
        *status = 401;
        sendError(connection, *status, u"authentication_error"_s, u"invalid x-api-key"_s,
                  {{"x-should-retry", "false"}});
        break;
    case Scenario::Error429Once: {
        // Keyed by the prompt, so the retry of the same subtask (a new CLI, a new connection)
        // gets through, while every other prompt still meets its own first refusal.
        const QByteArray key = QCryptographicHash::hash(parsed.prompt.toUtf8(), QCryptographicHash::Sha256);
        if (!m_rateLimitedPrompts.contains(key)) {
            m_rateLimitedPrompts.insert(key);
            *status = 429;
            sendError(connection, *status, u"rate_limit_error"_s, u"Rate limited once (mock_anthropic)"_s,
                      {{"retry-after", "1"}});
            break;
        }
        sendTurn(connection, parsed, planWrite(parsed, turn), false);
        break;
    }
    case Scenario::StreamCut:
        turn.textPieces = QStringList{u"This answer "_s, u"is cut "_s, u"off."_s};
        streamAndCut(connection, turn);
        break;
    case Scenario::Hang:
        // Never answered: the connection stays open until the client gives up.
        *status = 0;
        break;
    case Scenario::Slow:
        for (int i = 1; i <= m_options.slowDeltaCount; ++i)
            turn.textPieces.append(u"slow %1. "_s.arg(i));
        sendTurn(connection, parsed, turn, true);
        break;
    case Scenario::Text:
        turn.textPieces = QStringList{u"Hello from "_s, u"mock_anthropic."_s};
        sendTurn(connection, parsed, turn, false);
        break;
    case Scenario::Write:
        sendTurn(connection, parsed, planWrite(parsed, turn), false);
        break;
    }
    return scenario;
}

SseReplies::Turn MockServer::planWrite(const MessagesRequest &request, SseReplies::Turn turn) const
{
    // A decomposition request (the CLI run with --json-schema) gets a plan, so the same server
    // serves the planning call and the workers of a run.
    if (request.offersTool(QString(PlanReply::ToolName)))
        return planStructuredOutput(request, turn);
    const QString fileName = request.requestedFileName();
    if (request.hasToolResult) {
        turn.textPieces = request.toolResultIsError
            ? QStringList{u"Failed: "_s, request.toolResultText}
            : QStringList{u"Done: "_s, u"wrote "_s + fileName};
        return turn;
    }
    // Requests without the Write tool (a side query, a --bare run) or without a folder get a
    // text that says why, rather than a tool call the CLI cannot carry out.
    if (!request.offersTool(u"Write"_s)) {
        turn.textPieces = QStringList{u"mock_anthropic: the request offers no Write tool."_s};
        return turn;
    }
    if (request.workingDirectory.isEmpty()) {
        turn.textPieces = QStringList{u"mock_anthropic: no working directory found in the request."_s};
        return turn;
    }
    turn.textPieces = QStringList{u"I will write "_s + fileName + u"."_s};
    turn.toolUseId = u"toolu_mock_%1"_s.arg(m_messageCount);
    turn.toolName = u"Write"_s;
    turn.toolInput = QJsonObject{{"file_path"_L1, QDir(request.workingDirectory).filePath(fileName)},
                                 {"content"_L1, SseReplies::writtenFileContent(request.prompt)}};
    return turn;
}

SseReplies::Turn MockServer::planStructuredOutput(const MessagesRequest &request, SseReplies::Turn turn) const
{
    if (request.hasToolResult) {
        turn.textPieces = QStringList{u"The plan is ready."_s};
        return turn;
    }
    const QJsonObject plan = PlanReply::planFor(PlanReply::taskOf(request.prompt));
    turn.textPieces = QStringList{u"I will split the task into %1 subtask(s)."_s.arg(plan.value("subtasks"_L1).toArray().size())};
    turn.toolUseId = u"toolu_mock_%1"_s.arg(m_messageCount);
    turn.toolName = QString(PlanReply::ToolName);
    turn.toolInput = plan;
    return turn;
}

void MockServer::sendTurn(HttpConnection *connection, const MessagesRequest &request, const SseReplies::Turn &turn,
                          bool slowly)
{
    const HttpHeaders ids{{"request-id", requestIdHeader(m_messageCount)}};
    if (!request.stream) {
        connection->respond(200, JsonHeaders + ids, SseReplies::wholeMessage(turn));
        return;
    }
    connection->beginChunked(200, HttpHeaders{{"content-type", "text/event-stream"}, {"cache-control", "no-cache"}} + ids);
    const QList<QByteArray> events = SseReplies::streamedEvents(turn);
    if (slowly) {
        streamSlowly(connection, events);
        return;
    }
    connection->sendChunk(events.join());
    connection->finishChunked();
}

void MockServer::streamSlowly(HttpConnection *connection, QList<QByteArray> events)
{
    // The timer belongs to the connection, so a client that leaves mid-stream takes it along.
    auto *timer = new QTimer(connection);
    timer->setInterval(m_options.slowDelayMs);
    const QPointer<HttpConnection> guard(connection);
    auto sendNext = [timer, guard, events = std::move(events)]() mutable {
        if (!guard || !guard->isConnected()) {
            timer->stop();
            return;
        }
        // Everything up to and including the next text delta goes out now; the rest waits.
        while (!events.isEmpty()) {
            const QByteArray event = events.takeFirst();
            guard->sendChunk(event);
            if (event.contains("\"text_delta\""))
                break;
        }
        if (events.isEmpty()) {
            timer->stop();
            timer->deleteLater();
            guard->finishChunked();
        }
    };
    connect(timer, &QTimer::timeout, connection, sendNext);
    timer->start();
}

void MockServer::streamAndCut(HttpConnection *connection, const SseReplies::Turn &turn)
{
    connection->beginChunked(200, HttpHeaders{{"content-type", "text/event-stream"}, {"cache-control", "no-cache"}}
                                      + HttpHeaders{{"request-id", requestIdHeader(m_messageCount)}});
    // Whole events up to the first text delta, then half of the next one, then the connection
    // drops: the client is left inside an SSE event, with no message_stop and no final chunk.
    QList<QByteArray> events = SseReplies::streamedEvents(turn);
    QByteArray sent;
    while (!events.isEmpty()) {
        const QByteArray event = events.takeFirst();
        sent += event;
        if (event.contains("\"text_delta\""))
            break;
    }
    if (!events.isEmpty())
        sent += events.first().left(events.first().size() / 2);
    connection->sendChunk(sent);
    connection->cutOff();
}

void MockServer::sendError(HttpConnection *connection, int status, const QString &type, const QString &message,
                           const HttpHeaders &extra)
{
    const QString requestId = QString::fromLatin1(requestIdHeader(m_requestCount));
    connection->respond(status, JsonHeaders + extra + HttpHeaders{{"request-id", requestId.toLatin1()}},
                        SseReplies::errorBody(type, message, requestId));
}

void MockServer::dump(const HttpRequest &request) const
{
    if (m_options.dumpDir.isEmpty())
        return;
    QString name = QString::fromUtf8(request.path);
    name.replace(u'/', u'_');
    const QString base = QDir(m_options.dumpDir)
                             .filePath(u"%1-%2%3"_s.arg(m_requestCount, 4, 10, QChar(u'0'))
                                           .arg(QString::fromLatin1(request.method), name));
    QByteArray text = request.method + ' ' + request.target + ' ' + request.version + '\n';
    for (const auto &[header, value] : request.headers) {
        // Even a test key is a secret by the project's rules: never written to disk.
        const bool secret = header == "x-api-key" || header == "authorization";
        text += header + ": " + (secret ? QByteArray("<redacted>") : value) + '\n';
    }
    QFile head(base + u".http"_s);
    if (head.open(QIODevice::WriteOnly))
        head.write(text + '\n' + request.body);
    const QJsonDocument json = QJsonDocument::fromJson(request.body);
    QFile pretty(base + u".json"_s);
    if (!json.isNull() && pretty.open(QIODevice::WriteOnly))
        pretty.write(json.toJson(QJsonDocument::Indented));
}

void MockServer::report(const HttpRequest &request, const QString &scenario, int status,
                        const QByteArray &extra) const
{
    const QByteArray line = "REQUEST " + QByteArray::number(m_requestCount) + ' ' + request.method + ' '
        + request.path + " scenario=" + scenario.toUtf8() + " status=" + QByteArray::number(status) + extra + '\n';
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
}

} // namespace orch::mock
