#pragma once

#include "app/core/Clock.h"
#include "app/core/DatabaseSpec.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
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
    Status ensureIdentity();

    DatabaseSpec m_spec;
    const Clock* m_clock = &Clock::system();
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_createdNow = false;
};

} // namespace burgernet
