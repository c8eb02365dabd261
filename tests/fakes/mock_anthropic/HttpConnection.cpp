#include "HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace orch::mock {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 529: return "Overloaded";
    default: return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A peer that resets mid-stream is normal here (a client killed by a test).
        if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
            close();
    });
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isConnected() const
{
    return m_state != State::Closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    emit activity();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    for (;;) {
        bool progressed = false;
        switch (m_state) {
        case State::Headers: progressed = parseHead(); break;
        case State::Body: progressed = readBody(); break;
        case State::Chunks: progressed = readChunks(); break;
        case State::Answering:
        case State::Closed: return;
        }
        if (!progressed)
            return;
    }
}

bool HttpConnection::parseHead()
{
    // Tolerate stray blank lines between keep-alive requests.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MaxHeadBytes)
            reject(431, "request head too large");
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    m_current = HttpRequest();
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        reject(400, "malformed request line");
        return false;
    }
    m_current.method = requestLine.at(0);
    m_current.target = requestLine.at(1);
    m_current.version = requestLine.at(2);
    const qsizetype query = m_current.target.indexOf('?');
    m_current.path = query < 0 ? m_current.target : m_current.target.left(query);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        m_current.headers.append({lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
    }

    const bool chunked = m_current.header("transfer-encoding").toLower().contains("chunked");
    bool lengthOk = true;
    const QByteArray lengthText = m_current.header("content-length");
    m_bodyRemaining = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || m_bodyRemaining < 0) {
        reject(400, "bad content-length");
        return false;
    }
    if (m_bodyRemaining > m_maxBodyBytes) {
        reject(413, "body too large");
        return false;
    }
    const bool hasBody = chunked || m_bodyRemaining > 0;
    if (hasBody && m_current.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (chunked)
        m_state = State::Chunks;
    else if (m_bodyRemaining > 0)
        m_state = State::Body;
    else
        dispatch();
    return true;
}

bool HttpConnection::readBody()
{
    const qsizetype take = qMin<qsizetype>(m_bodyRemaining, m_buffer.size());
    if (take == 0)
        return false;
    m_current.body += m_buffer.left(take);
    m_buffer.remove(0, take);
    m_bodyRemaining -= take;
    if (m_bodyRemaining == 0)
        dispatch();
    return true;
}

bool HttpConnection::readChunks()
{
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    if (lineEnd < 0)
        return false;
    QByteArray sizeText = m_buffer.left(lineEnd);
    if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
        sizeText.truncate(semicolon);
    bool ok = false;
    const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
    if (!ok || size < 0) {
        reject(400, "bad chunk size");
        return false;
    }
    if (size == 0) {
        // Last chunk: skip optional trailers up to the empty line.
        const qsizetype trailerEnd = m_buffer.indexOf("\r\n", lineEnd + 2);
        if (trailerEnd < 0)
            return false;
        if (trailerEnd != lineEnd + 2) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (end < 0)
                return false;
            m_buffer.remove(0, end + 4);
        } else {
            m_buffer.remove(0, trailerEnd + 2);
        }
        dispatch();
        return true;
    }
    if (m_current.body.size() + size > m_maxBodyBytes) {
        reject(413, "body too large");
        return false;
    }
    if (m_buffer.size() < lineEnd + 2 + size + 2)
        return false;
    m_current.body += m_buffer.mid(lineEnd + 2, size);
    m_buffer.remove(0, lineEnd + 2 + size + 2);
    return true;
}

void HttpConnection::dispatch()
{
    m_state = State::Answering;
    m_closeAfterAnswer = !m_current.keepAlive();
    emit requestReceived(m_current);
}

void HttpConnection::reject(int status, const QByteArray &reason)
{
    m_state = State::Answering;
    m_closeAfterAnswer = true;
    respond(status, {{"content-type", "text/plain"}}, reason + '\n');
}

void HttpConnection::writeHead(int status, const HttpHeaders &headers, const QByteArray &framing)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += framing;
    head += m_closeAfterAnswer ? "connection: close\r\n" : "connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::respond(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (m_state != State::Answering)
        return;
    writeHead(status, headers, "content-length: " + QByteArray::number(body.size()) + "\r\n");
    if (m_current.method != "HEAD")
        m_socket->write(body);
    finishAnswer();
}

void HttpConnection::beginChunked(int status, const HttpHeaders &headers)
{
    if (m_state != State::Answering)
        return;
    writeHead(status, headers, "transfer-encoding: chunked\r\n");
    m_socket->flush();
}

void HttpConnection::sendChunk(const QByteArray &data)
{
    if (m_state != State::Answering || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    m_socket->flush();
}

void HttpConnection::finishChunked()
{
    if (m_state != State::Answering)
        return;
    m_socket->write("0\r\n\r\n");
    finishAnswer();
}

void HttpConnection::cutOff()
{
    if (m_state == State::Closed)
        return;
    m_socket->flush();
    m_state = State::Closed;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::finishAnswer()
{
    m_socket->flush();
    if (m_closeAfterAnswer) {
        m_state = State::Closed;
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Headers;
    // Requests already buffered (pipelining) are parsed on the next turn of the event loop, so
    // an owner answering from inside requestReceived() is not re-entered.
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::close()
{
    if (m_state == State::Closed && m_socket->state() != QAbstractSocket::UnconnectedState)
        return;  // waiting for disconnectFromHost() to drain
    m_state = State::Closed;
    deleteLater();
}

} // namespace orch::mock
