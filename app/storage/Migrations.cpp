#include "app/storage/Migrations.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace burgernet {

namespace {

// Any number that is the same on every workstation: it serialises concurrent migrations.
constexpr qint64 kMigrationLockKey = 0x4275726765726e; // "Burgern"

QStringList tableNames(QSqlDatabase db, DatabaseKind kind)
{
    QSqlQuery query(db);
    query.exec(kind == DatabaseKind::Sqlite
                   ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'")
                   : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = current_schema()"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

Result<QStringList> Migrations::translate(const QString& sql, DatabaseKind kind)
{
    const bool pg = kind == DatabaseKind::PostgreSql;
    QString text = sql;
    text.replace(QRegularExpression(QStringLiteral("--[^\n]*")), QString());
    text.replace(QLatin1String("${ID}"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                            : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    text.replace(QLatin1String("${BIGINT}"),
                 pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    text.replace(QLatin1String("${REAL}"),
                 pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    text.replace(QLatin1String("${BLOB}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    text.replace(QLatin1String("${WITHOUT_ROWID}"),
                 pg ? QLatin1String("") : QLatin1String(" WITHOUT ROWID"));
    if (const auto unknown = QRegularExpression(QStringLiteral("\\$\\{\\w+\\}")).match(text);
        unknown.hasMatch())
        return Error{tr("Unknown token %1 in a migration.").arg(unknown.captured())};

    QStringList statements;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral(";[ \\t]*(\\n|$)")))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

Result<std::vector<Migration>> Migrations::load(DatabaseKind kind)
{
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));

    std::vector<Migration> migrations;
    for (const QString& file : files) {
        const auto match = namePattern.match(file);
        if (!match.hasMatch())
            return Error{tr("Migration file %1 is not named NNNN_name.sql.").arg(file)};
        const int version = match.captured(1).toInt();
        // Numbers are handed out to work done side by side, so one may be missing while its
        // neighbours exist: each number once and in order is what counts (apply() fills a
        // number that arrives later).
        if (version < 1 || (!migrations.empty() && version <= migrations.back().version))
            return Error{tr("Migration %1 is out of sequence.").arg(file)};
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read migration %1.").arg(file)};
        auto statements = translate(QString::fromUtf8(in.readAll()), kind);
        if (!statements)
            return statements.error();
        migrations.push_back({version, match.captured(2), std::move(statements).value()});
    }
    return migrations;
}

int Migrations::latestVersion()
{
    int latest = 0;
    for (const QString& file :
         QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files))
        latest = qMax(latest, file.left(4).toInt());
    return latest;
}

Result<int> Migrations::currentVersion(QSqlDatabase db, DatabaseKind kind)
{
    const QStringList tables = tableNames(db, kind);
    if (!tables.contains(QLatin1String("schema_migrations"))) {
        if (!tables.isEmpty())
            return Error{tr("This database is not a Burgernet Console register: it holds other "
                            "tables (%1) and no schema version.")
                             .arg(tables.mid(0, 5).join(QLatin1String(", ")))};
        return 0;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next())
        return Error{tr("Cannot read the schema version: %1").arg(query.lastError().text())};
    return query.value(0).toInt();
}

Result<bool> Migrations::hasGap(QSqlDatabase db, DatabaseKind kind)
{
    const auto current = currentVersion(db, kind);
    if (!current)
        return current.error();
    if (*current == 0)
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_migrations")))
        return Error{tr("Cannot read the schema version: %1").arg(query.lastError().text())};
    QSet<int> applied;
    while (query.next())
        applied.insert(query.value(0).toInt());
    for (const QString& file :
         QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const int version = file.left(4).toInt();
        if (version < *current && !applied.contains(version))
            return true;
    }
    return false;
}

Status Migrations::migrate(QSqlDatabase db, DatabaseKind kind, int targetVersion,
                           qint64 appliedAtMs)
{
    auto migrations = load(kind);
    if (!migrations)
        return migrations.error();
    return apply(db, kind, *migrations, targetVersion, appliedAtMs);
}

Status Migrations::apply(QSqlDatabase db, DatabaseKind kind,
                         const std::vector<Migration>& migrations, int targetVersion,
                         qint64 appliedAtMs)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const int target = targetVersion < 0 ? latest : qMin(targetVersion, latest);

    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{tr("Cannot start the schema migration: %1").arg(transaction.errorMessage())};
    QSqlQuery query(db);
    if (kind == DatabaseKind::PostgreSql &&
        !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey)))
        return Error{tr("Cannot lock the schema for migration: %1").arg(query.lastError().text())};

    // Read again inside the transaction: another workstation may have migrated meanwhile.
    const auto current = currentVersion(db, kind);
    if (!current)
        return current.error();
    if (*current > latest)
        return Error{tr("The database has schema version %1, which is newer than this program "
                        "understands (up to %2). Use a newer Burgernet Console; the database "
                        "was not changed.")
                         .arg(*current)
                         .arg(latest)};
    // The versions applied: a number missing below the current one (work merged later) is
    // applied as well.
    QSet<int> applied;
    if (*current > 0) {
        if (!query.exec(QStringLiteral("SELECT version FROM schema_migrations")))
            return Error{tr("Cannot read the schema version: %1").arg(query.lastError().text())};
        while (query.next())
            applied.insert(query.value(0).toInt());
    }
    const bool missing = std::any_of(migrations.begin(), migrations.end(), [&](const Migration& m) {
        return m.version <= target && !applied.contains(m.version);
    });
    if (!missing)
        return {};

    if (*current == 0 &&
        !query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY "
                                   "KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")))
        return Error{
            tr("Cannot create the schema version table: %1").arg(query.lastError().text())};

    for (const Migration& migration : migrations) {
        if (applied.contains(migration.version) || migration.version > target)
            continue;
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement))
                return Error{tr("Migration %1 (%2) failed: %3")
                                 .arg(migration.version)
                                 .arg(migration.name, query.lastError().text())};
        }
        query.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        query.addBindValue(appliedAtMs > 0 ? appliedAtMs
                                           : Clock::system().nowUtc().toMSecsSinceEpoch());
        if (!query.exec())
            return Error{tr("Cannot record migration %1: %2")
                             .arg(migration.version)
                             .arg(query.lastError().text())};
        qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    }
    if (auto committed = transaction.commit(); !committed)
        return Error{tr("Cannot commit the schema migration: %1").arg(committed.errorMessage())};
    return {};
}

} // namespace burgernet
