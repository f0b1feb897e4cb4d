#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace burgernet::test {

// A private PostgreSQL 15 server on loopback, in a folder of the test's (tests/support/
// pg-cluster.sh): a primary, or a streaming-replication standby of one.
class PgServer
{
public:
    static std::unique_ptr<PgServer> primary(const QString& dir);
    static std::unique_ptr<PgServer> standbyOf(const PgServer& primary, const QString& dir);
    ~PgServer();

    int port() const { return m_port; }
    void stop(const QString& mode = QStringLiteral("fast"));
    void promote();
    // psql -Atc: the rows, '|' between columns; empty on failure (then `ok` false).
    QString sql(const QString& database, const QString& statement, bool* ok = nullptr) const;
    qint64 number(const QString& database, const QString& statement) const;

private:
    PgServer(QString dir, int port);
    QString m_dir;
    int m_port;
    bool m_running = true;
};

// One workstation: the real burgernetctl with a home of its own (settings, senders, audit log,
// key store), training on the simulated sender at `ratePerSecond` without latency, leases of
// `leaseSeconds`.
class Workstation
{
public:
    Workstation(const QString& home, QStringList base, int ratePerSecond, int leaseSeconds,
                int latencyMs = 0);
    ~Workstation();

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& args, int timeoutMs = 120'000);
    void start(const QStringList& args);
    bool waitForFinished(int timeoutMs);
    void kill(); // SIGKILL
    QProcess& process() { return m_process; }
    const QString& home() const { return m_home; }

private:
    QProcessEnvironment environment() const;
    QString m_home;
    QStringList m_base;
    QProcess m_process;
};

// A live and a training register on one PostgreSQL server (`hosts`: its libpq host list), an
// administrator and two trainers, and demo participants in the training register, made with the
// real burgernetctl as a site does.
class SharedRegister
{
public:
    SharedRegister(const QString& hosts, const PgServer& server, int participants,
                   int ratePerSecond = 4000, int leaseSeconds = 5);

    std::unique_ptr<Workstation> workstation(const QString& name, const QString& trainer);
    // As trainer1 on a workstation of its own: a training action to everyone (SMS), waiting
    // for approval; approved as trainer2 on another. Returns the action's id and its rows.
    std::pair<qint64, qint64> queuedAction();
    // Outbox states of an action: state -> rows.
    QMap<QString, qint64> states(qint64 actionId) const;
    // Rows claimed more than once (attempts > 1).
    qint64 claimedTwice(qint64 actionId) const;

    // The server the registers are on now (after a failover: the promoted standby).
    const PgServer& server() const { return *m_server; }
    void moveTo(const PgServer& server) { m_server = &server; }

    QTemporaryDir dir;
    QString live, training;
    int latencyMs = 0; // each simulated send of the workstations made from now on

private:
    const PgServer* m_server;
    int m_rate;
    int m_lease;
    int m_workstations = 0;
};

} // namespace burgernet::test
