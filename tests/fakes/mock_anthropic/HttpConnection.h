#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include <utility>

class QTcpSocket;

namespace orch::mock {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // as sent: path and query
    QByteArray path;    // without the query
    QByteArray version;
    HttpHeaders headers;  // names in lower case, in arrival order
    QByteArray body;      // de-chunked when it came chunked

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool keepAlive() const;
};

// One HTTP/1.1 server connection: parses requests (Content-Length or chunked bodies,
// "Expect: 100-continue", keep-alive, pipelining), hands each to the owner, and writes the
// answer either whole or as a chunked stream. One request is answered at a time; bytes that
// arrive meanwhile wait in the buffer. Deletes itself when the peer goes away.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, QObject *parent = nullptr);
    ~HttpConnection() override;

    bool isConnected() const;

    // Answers the current request in one piece. A HEAD request gets the headers only.
    void respond(int status, const HttpHeaders &headers, const QByteArray &body);
    // Starts a chunked answer to the current request; then sendChunk() any number of times and
    // finishChunked() once.
    void beginChunked(int status, const HttpHeaders &headers);
    void sendChunk(const QByteArray &data);
    void finishChunked();
    // Drops the connection at once, mid-answer: what a proxy or a crashed server does.
    void cutOff();

signals:
    void requestReceived(const orch::mock::HttpRequest &request);
    // Bytes arrived from the peer (keeps an idle timer alive).
    void activity();

private:
    enum class State { Headers, Body, Chunks, Answering, Closed };

    void onReadyRead();
    void processBuffer();
    bool parseHead();
    bool readBody();
    bool readChunks();
    void dispatch();
    void reject(int status, const QByteArray &reason);
    void writeHead(int status, const HttpHeaders &headers, const QByteArray &framing);
    void finishAnswer();
    void close();

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    State m_state = State::Headers;
    QByteArray m_buffer;
    HttpRequest m_current;
    qint64 m_bodyRemaining = 0;
    bool m_closeAfterAnswer = false;
};

} // namespace orch::mock

Q_DECLARE_METATYPE(orch::mock::HttpRequest)
