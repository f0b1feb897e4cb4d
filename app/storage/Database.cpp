#include "app/storage/Database.h"

#include "app/core/Logging.h"
#include "app/core/PrivateFiles.h"
#include "app/core/Version.h"
#include "app/storage/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace burgernet {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("burgernet-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The register holds personal data: its folder and file are for their owner only.
Status prepareSqliteFile(const QString& path, bool createIfMissing)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.isFile() ? Status{} : Error{Database::tr("%1 is not a file.").arg(path)};
    if (!createIfMissing)
        return Error{Database::tr("The database %1 does not exist.").arg(path)};
    if (auto folder = PrivateFiles::makeFolder(info.absolutePath()); !folder)
        return folder;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{
            Database::tr("Cannot create the database %1: %2").arg(path, file.errorString())};
    return PrivateFiles::restrict(file);
}

} // namespace

Database::Database(DatabaseSpec spec, QString connectionName)
    : m_spec(std::move(spec))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseSpec& spec, Options options)
{
    std::unique_ptr<Database> db(new Database(spec, nextConnectionName()));
    if (auto status = db->connect(options); !status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openExisting(const DatabaseSpec& spec)
{
    return open(spec, Options{.migrate = false, .createIfMissing = false});
}

Status Database::connect(const Options& options)
{
    const bool sqlite = m_spec.kind == DatabaseKind::Sqlite;
    if (sqlite) {
        if (auto status = prepareSqliteFile(m_spec.sqlitePath, options.createIfMissing); !status)
            return status;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return Error{tr("The Qt SQL driver for %1 is not installed.")
                         .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))};
    if (sqlite) {
        db.setDatabaseName(m_spec.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setDatabaseName(m_spec.name);
        db.setUserName(m_spec.user);
        db.setPassword(m_spec.password);
        db.setConnectOptions(m_spec.connectOptions);
    }
    if (!db.open())
        return Error{
            tr("Cannot open the database %1: %2").arg(m_spec.displayName(), db.lastError().text())};

    QSqlQuery query(db);
    if (sqlite && !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error{
            tr("%1 is not a SQLite database: %2").arg(m_spec.sqlitePath, query.lastError().text())};

    // Check the version before anything writes: a newer schema must stay untouched.
    const auto version = Migrations::currentVersion(db, m_spec.kind);
    if (!version)
        return version.error();
    const int latest = Migrations::latestVersion();
    if (*version > latest)
        return Error{tr("The database %1 has schema version %2, which is newer than this "
                        "program understands (up to %3). Use a newer Burgernet Console; the "
                        "database was not changed.")
                         .arg(m_spec.displayName())
                         .arg(*version)
                         .arg(latest)};

    if (sqlite) {
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (options.migrate || *version == latest)
            query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    } else {
        applySessionSettings();
    }

    bool gap = false;
    if (options.migrate && *version == latest) {
        const auto missing = Migrations::hasGap(db, m_spec.kind);
        if (!missing)
            return missing.error();
        gap = *missing;
    }
    if (*version < latest || gap) {
        if (!options.migrate)
            return Error{tr("The database %1 has schema version %2 and needs migrating to %3 "
                            "first.")
                             .arg(m_spec.displayName())
                             .arg(*version)
                             .arg(latest)};
        if (auto migrated =
                Migrations::migrate(db, m_spec.kind, -1, m_clock->nowUtc().toMSecsSinceEpoch());
            !migrated)
            return Error{tr("Cannot bring the database %1 up to date: %2")
                             .arg(m_spec.displayName(), migrated.errorMessage())};
        m_createdNow = *version == 0;
    }
    const auto after = Migrations::currentVersion(db, m_spec.kind);
    if (!after)
        return after.error();
    m_schemaVersion = *after;
    if (options.migrate)
        return ensureIdentity();
    return {};
}

// Every register has an id and a creation time, so that audit records and exports can say
// which register they belong to. Two workstations creating it at once keep the first.
Status Database::ensureIdentity()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = m_clock->nowUtc().toString(Qt::ISODate);
    const QString by =
        QStringLiteral("%1 %2").arg(QLatin1String(kApplicationName), QLatin1String(kVersion));
    for (const auto& [key, value] : {std::pair{QStringLiteral("database_id"), id},
                                     std::pair{QStringLiteral("created_at"), now},
                                     std::pair{QStringLiteral("created_by"), by}}) {
        QSqlQuery query(connection());
        query.prepare(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return Error{
                tr("Cannot write %1 to the database: %2").arg(key, query.lastError().text())};
    }
    return {};
}

void Database::applySessionSettings()
{
    if (m_spec.kind != DatabaseKind::PostgreSql)
        return;
    // The register's queries are short; PostgreSQL's JIT compiles the searches' table scans
    // for longer than they run (measured: 1-1.5 s with JIT, about half without).
    QSqlQuery(connection()).exec(QStringLiteral("SET jit = off"));
}

QString Database::nowMsSql() const
{
    return m_spec.kind == DatabaseKind::PostgreSql
               ? QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
               : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

bool Database::isReachable() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

Status Database::reconnect()
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return Error{
            tr("Cannot open the database %1: %2").arg(m_spec.displayName(), db.lastError().text())};
    applySessionSettings();
    if (m_spec.kind == DatabaseKind::Sqlite)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return {};
}

void Database::notifyChange(const QString& payload)
{
    if (m_spec.kind != DatabaseKind::PostgreSql)
        return;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QLatin1String(kChangeChannel));
    query.addBindValue(payload);
    if (!query.exec())
        qCWarning(lcStorage) << "change not announced:" << query.lastError().text();
}

QString Database::processInstance()
{
    static const QString instance = QStringLiteral("%1/%2/%3")
                                        .arg(QSysInfo::machineHostName())
                                        .arg(QCoreApplication::applicationPid())
                                        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    return instance;
}

bool Database::isTransient(const QSqlError& error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    static const QStringList kStates{
        QStringLiteral("40001"), // serialization failure
        QStringLiteral("40P01"), // deadlock detected
        QStringLiteral("57P01"), // admin shutdown (pg_terminate_backend, fast shutdown)
        QStringLiteral("57P02"), // crash shutdown
        QStringLiteral("57P03"), // cannot connect now (starting, or a standby being promoted)
        QStringLiteral("25006"), // read-only transaction: reached a standby
        QStringLiteral("08000"), QStringLiteral("08003"), QStringLiteral("08006"),
        QStringLiteral("08001"), QStringLiteral("08004")};
    if (kStates.contains(error.nativeErrorCode()))
        return true;
    const QString text = error.text();
    // libpq reports a dropped socket without an SQLSTATE.
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("connection to server"));
}

namespace {
const QString kRegisterGenerationKey = QStringLiteral("register_generation");
}

QString Database::registerGeneration() const
{
    return metaValue(kRegisterGenerationKey);
}

Status Database::markRegisterChanged()
{
    notifyChange(QStringLiteral("register||register.changed"));
    return setMetaValue(kRegisterGenerationKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString Database::metaValue(const QString& key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status Database::setMetaValue(const QString& key, const QString& value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Error{tr("Cannot write %1 to the database: %2").arg(key, query.lastError().text())};
    return {};
}

} // namespace burgernet
