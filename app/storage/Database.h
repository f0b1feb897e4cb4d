#pragma once

#include "app/core/Clock.h"
#include "app/core/DatabaseSpec.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace burgernet {

// One open connection to the register, SQLite or PostgreSQL. A connection belongs to the
// thread that opened it: a worker thread opens its own with openAnotherConnection().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::Database)

public:
    struct Options
    {
        bool migrate = true; // apply pending migrations (otherwise the schema must be current)
        bool createIfMissing = true; // SQLite only: create a new file
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseSpec& spec, Options options);
    static Result<std::unique_ptr<Database>> open(const DatabaseSpec& spec)
    {
        return open(spec, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    DatabaseKind kind() const { return m_spec.kind; }
    const DatabaseSpec& spec() const { return m_spec; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when this open created the schema (an empty database became a register).
    bool createdNow() const { return m_createdNow; }
    // The time the register's rows are stamped with: the session's clock (virtual in training)
    // once the composition root sets it, the wall clock before.
    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock& clock) { m_clock = &clock; }

    // A further connection to a register another connection has opened and brought up to date
    // (worker threads): never migrates, never creates.
    static Result<std::unique_ptr<Database>> openExisting(const DatabaseSpec& spec);
    Result<std::unique_ptr<Database>> openAnotherConnection() const { return openExisting(m_spec); }

    // The database's own clock in ms since the epoch, as an SQL expression: leases and heartbeats
    // of several workstations compare against one clock, whatever each machine's says.
    QString nowMsSql() const;
    // One round trip: false when the connection is gone (server restarted, failover, terminated).
    bool isReachable() const;
    // Opens this connection again with the same name and settings (a multi-host address finds
    // the current primary); what holds this Database keeps working with it.
    Status reconnect();
    // Tells the other workstations on a PostgreSQL register that something changed (delivered
    // when the caller's transaction commits); nothing on SQLite. `payload` holds ids only.
    void notifyChange(const QString& payload);
    static constexpr const char* kChangeChannel = "burgernet_changes";
    // Names this process among the workstations of a register: host, process id and a random
    // part, so that a restarted process or two processes on one machine differ.
    static QString processInstance();
    // Errors after which trying the same thing again may work: the connection was lost, the
    // server shut down or failed over, a serialization failure or deadlock.
    static bool isTransient(const QSqlError& error);

    QString metaValue(const QString& key) const;
    Status setMetaValue(const QString& key, const QString& value);

    // A token that changes with every write to the participants (import, demo, erasure), in the
    // writing transaction: windows on this or other workstations compare it to see that their
    // selection index is out of date. Empty before the first such write.
    QString registerGeneration() const;
    Status markRegisterChanged(); // call inside the writing transaction

private:
    Database(DatabaseSpec spec, QString connectionName);
    Status connect(const Options& options);
    void applySessionSettings();
    Status ensureIdentity();

    DatabaseSpec m_spec;
    const Clock* m_clock = &Clock::system();
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_createdNow = false;
};

} // namespace burgernet
