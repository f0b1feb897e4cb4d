#include "tests/support/FaultPeer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace burgernet::test {

namespace {

qint64 steadyMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

QByteArray response(int status, const QByteArray& contentType, const QByteArray& body,
                    const QByteArray& extraHeaders = {}, qsizetype announced = -1)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
        "\r\nContent-Length: " + QByteArray::number(announced >= 0 ? announced : body.size()) +
        "\r\n" + extraHeaders + "\r\n";
    return out + body;
}

} // namespace

const char* faultName(PeerFault fault)
{
    switch (fault) {
    case PeerFault::None:
        return "none";
    case PeerFault::Refused:
        return "refused";
    case PeerFault::Slow:
        return "slow";
    case PeerFault::Status500:
        return "500";
    case PeerFault::Status503:
        return "503 Retry-After";
    case PeerFault::Status429:
        return "429 Retry-After";
    case PeerFault::Status401:
        return "401";
    case PeerFault::ErrorBody:
        return "200 error body";
    case PeerFault::Truncated:
        return "truncated answer";
    case PeerFault::Reset:
        return "reset after request";
    }
    return "?";
}

FaultPeer::FaultPeer(PeerFault fault, int faulty, Answer ok, int slowMs)
    : m_fault(fault)
    , m_faulty(faulty)
    , m_ok(std::move(ok))
    , m_slowMs(slowMs)
{
    steadyMs();
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            // A port of our own; a refused peer lets it go until open().
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, 0))
                m_port = probe.serverPort();
            probe.close();
            if (m_fault != PeerFault::Refused)
                listen();
        },
        Qt::BlockingQueuedConnection);
}

FaultPeer::~FaultPeer()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FaultPeer::open()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (!m_server)
                listen();
        },
        Qt::BlockingQueuedConnection);
}

std::vector<FaultPeer::Request> FaultPeer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void FaultPeer::listen()
{
    m_server = new QTcpServer(m_context);
    QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_server->listen(QHostAddress::LocalHost, m_port);
}

void FaultPeer::read(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            break;
        Request request;
        request.atMs = steadyMs();
        const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        request.head = head;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        bool faulted = false;
        {
            std::lock_guard lock(m_mutex);
            faulted =
                m_fault != PeerFault::None && m_fault != PeerFault::Refused && m_served < m_faulty;
            ++m_served;
            request.faulted = faulted;
            m_requests.push_back(request);
        }
        answer(socket, request, faulted);
        if (faulted && (m_fault == PeerFault::Reset || m_fault == PeerFault::Truncated))
            return; // the connection is gone
    }
    socket->setProperty("buffer", buffer);
}

void FaultPeer::answer(QTcpSocket* socket, const Request& request, bool faulted)
{
    QByteArray body = m_ok.body;
    {
        std::lock_guard lock(m_mutex);
        body.replace("%n", QByteArray::number(m_served));
    }
    const QByteArray ok = response(m_ok.status, m_ok.contentType, body);
    if (!faulted) {
        socket->write(ok);
        return;
    }
    Q_UNUSED(request);
    switch (m_fault) {
    case PeerFault::None:
    case PeerFault::Refused:
        socket->write(ok);
        break;
    case PeerFault::Slow:
        QTimer::singleShot(m_slowMs, socket, [socket = QPointer<QTcpSocket>(socket), ok] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                socket->write(ok);
        });
        break;
    case PeerFault::Status500:
        socket->write(response(500, "text/plain", "internal error\n"));
        break;
    case PeerFault::Status503:
        socket->write(response(503, "text/plain", "busy\n", "Retry-After: 1\r\n"));
        break;
    case PeerFault::Status429:
        socket->write(response(429, "text/plain", "too many requests\n", "Retry-After: 1\r\n"));
        break;
    case PeerFault::Status401:
        socket->write(response(401, "text/plain", "bad token\n"));
        break;
    case PeerFault::ErrorBody:
        socket->write(response(m_ok.status, m_ok.contentType, m_ok.errorBody));
        break;
    case PeerFault::Truncated:
        socket->write(response(m_ok.status, m_ok.contentType, body.left(4), {}, body.size() + 64));
        socket->flush();
        socket->disconnectFromHost();
        break;
    case PeerFault::Reset: {
        // Linger 0: close() sends a reset instead of a orderly end.
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
        break;
    }
    }
}

} // namespace burgernet::test
