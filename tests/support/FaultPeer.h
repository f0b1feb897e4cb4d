#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <mutex>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace burgernet::test {

// What a gateway does wrong, on the wire.
enum class PeerFault {
    None,
    Refused,   // nothing listens on the port until open() (connection refused)
    Slow,      // answers only after slowMs, beyond the sender's timeout
    Status500, // 500 Internal Server Error
    Status503, // 503 with Retry-After: 1
    Status429, // 429 with Retry-After: 1
    Status401, // 401 Unauthorized
    ErrorBody, // 200 (or the API's success status) whose body says it failed
    Truncated, // the success answer, cut off after a few bytes of its announced length
    Reset,     // the whole request read, then the connection reset without an answer
};

const char* faultName(PeerFault fault);

// A gateway's HTTP API on loopback, written at the socket level on a thread of its own so that
// it can misbehave as real ones do: the first `faulty` requests get `fault`, the rest the
// success answer (keep-alive, as a gateway answers). Records every request with the time it
// arrived (for the rate the gateway saw) and the reference it carried.
class FaultPeer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body; // "%n" is replaced by a running number (the gateway's id)
        QByteArray errorBody;
    };
    struct Request
    {
        qint64 atMs = 0; // steady clock
        QByteArray method;
        QByteArray target; // path and query
        QByteArray head;   // request line and headers
        QByteArray body;
        bool faulted = false;
    };

    FaultPeer(PeerFault fault, int faulty, Answer ok, int slowMs = 0);
    ~FaultPeer();
    FaultPeer(const FaultPeer&) = delete;
    FaultPeer& operator=(const FaultPeer&) = delete;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }
    // Starts listening (a refused peer opens late).
    void open();
    std::vector<Request> requests() const;

private:
    void listen();
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request, bool faulted);

    PeerFault m_fault;
    int m_faulty;
    Answer m_ok;
    int m_slowMs;
    quint16 m_port = 0;
    QThread m_thread;
    QObject* m_context = nullptr;
    QTcpServer* m_server = nullptr;
    mutable std::mutex m_mutex;
    std::vector<Request> m_requests;
    int m_served = 0;
};

} // namespace burgernet::test
