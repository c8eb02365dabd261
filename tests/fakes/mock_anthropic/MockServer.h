#pragma once

#include "HttpConnection.h"
#include "MessagesRequest.h"
#include "Scenario.h"
#include "SseReplies.h"

#include <QObject>
#include <QSet>
#include <QString>

class QTcpServer;

namespace orch::mock {

struct MockOptions
{
    Scenario scenario = Scenario::Write;
    QString dumpDir;            // every request is saved here when set
    int slowDelayMs = 200;      // slow scenario: pause between text deltas
    int slowDeltaCount = 20;    // slow scenario: number of text deltas
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
};

// A loopback stand-in for the Anthropic Messages API, enough for the real Claude Code CLI:
// HEAD/GET -> 200, POST /v1/messages -> an SSE stream (or an error) chosen by scenario,
// POST /v1/messages/count_tokens -> {"input_tokens": N}. A request that offers the StructuredOutput
// tool (the CLI run with --json-schema) is answered, in the write scenario, with a plan through
// that tool. It keeps no conversation state: what to answer is read from the request itself, so
// any number of clients can share one server.
// Each request is reported on stdout as one line (status 0: not answered, the hang scenario):
//   REQUEST <n> <METHOD> <path> scenario=<name|-> status=<code>[ prompt64=<base64 of the UTF-8 prompt>]
// (prompt_sha256=<hex> instead of prompt64 for prompts over 256 KiB).
class MockServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockServer)

public:
    explicit MockServer(const MockOptions &options, QObject *parent = nullptr);
    ~MockServer() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const;
    QString errorString() const;

signals:
    // Any request or bytes from a client: the idle limit starts again.
    void activity();

private:
    void onNewConnection();
    void handle(HttpConnection *connection, const HttpRequest &request);
    Scenario handleMessages(HttpConnection *connection, const MessagesRequest &parsed, int *status);
    void sendTurn(HttpConnection *connection, const MessagesRequest &request, const SseReplies::Turn &turn,
                  bool slowly);
    void streamSlowly(HttpConnection *connection, QList<QByteArray> events);
    void streamAndCut(HttpConnection *connection, const SseReplies::Turn &turn);
    void sendError(HttpConnection *connection, int status, const QString &type, const QString &message,
                   const HttpHeaders &extra = {});
    SseReplies::Turn planWrite(const MessagesRequest &request, SseReplies::Turn turn) const;
    SseReplies::Turn planStructuredOutput(const MessagesRequest &request, SseReplies::Turn turn) const;
    void dump(const HttpRequest &request) const;
    void report(const HttpRequest &request, const QString &scenario, int status, const QByteArray &extra) const;

    MockOptions m_options;
    QTcpServer *m_server;
    quint64 m_requestCount = 0;
    quint64 m_messageCount = 0;
    // error429once: digests of the prompts already answered with a 429.
    QSet<QByteArray> m_rateLimitedPrompts;
};

} // namespace orch::mock
