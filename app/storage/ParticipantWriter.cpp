#include "app/storage/ParticipantWriter.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantAppender.h"
#include "app/storage/ParticipantStatement.h"
#include "app/storage/PgParticipantWriter.h"
#include "app/storage/PgSession.h"
#include "app/storage/SqlTransaction.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <sqlite3.h>

namespace burgernet {

namespace {

constexpr const char* kFind = "SELECT id FROM participants WHERE external_id = ?";
using S = ParticipantStatement;
const QByteArray kInsert =
    S::insertSql("participants", S::kParticipantColumns, S::kParticipantParameters, 1);
constexpr const char* kUpdate =
    "UPDATE participants SET name = ?, language = ?, status = ?, unsubscribed_at = ?, mobile = ?, "
    "phone = ?, email = ?, channel_prefs = ?, reach = ?, registered_at = ?, consent_at = ?, "
    "updated_at = ? WHERE id = ?";
// SQLite's, bound as a new participant is (bindNewParticipant), then the id: the pseudonym and
// the external id (parameters 1 and 2) stay as they were.
constexpr const char* kNumberedUpdate =
    "UPDATE participants SET name = ?3, language = ?4, status = ?5, unsubscribed_at = ?6, "
    "mobile = ?7, phone = ?8, email = ?9, channel_prefs = ?10, reach = ?11, registered_at = ?12, "
    "consent_at = ?13, updated_at = ?14 WHERE id = ?15";
constexpr const char* kDeleteLocations = "DELETE FROM locations WHERE participant_id = ?";
const QByteArray kInsertLocation =
    S::insertSql("locations", (QByteArray("participant_id, ") + S::kLocationColumns).constData(),
                 1 + S::kLocationParameters, 1);

class SqliteParticipantWriter final : public ParticipantWriter
{
public:
    SqliteParticipantWriter(Database& database, sqlite3* db)
        : m_database(database)
        , m_db(db)
        , m_find(db, kFind)
        , m_insert(db, kInsert.constData())
        , m_update(db, kNumberedUpdate)
        , m_deleteLocations(db, kDeleteLocations)
        , m_insertLocation(db, kInsertLocation.constData())
    {}
    ~SqliteParticipantWriter() override
    {
        if (m_active)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        restoreConnection();
    }

    Status start(bool rebuildIndexes)
    {
        {
            // Into an empty register nobody can be updated: no lookups, every index rebuilt.
            ParticipantStatement any(m_db, "SELECT 1 FROM participants LIMIT 1");
            bool error = false;
            m_empty = !any.step(error) && !error;
        }
        if (!m_find.ok() || !m_insert.ok() || !m_update.ok() || !m_insertLocation.ok())
            return Error{QString::fromUtf8(sqlite3_errmsg(m_db))};
        {
            ParticipantStatement cacheSize(m_db, "PRAGMA cache_size");
            bool error = false;
            if (cacheSize.step(error))
                m_cacheSize = cacheSize.column(0);
        }
        // Updates and live indexes reach all over the register and thrash SQLite's default
        // 2 MB page cache: give them room for the whole working set. Appends into an empty
        // register touch only the tables' last pages, and filling a large cache would cost
        // more in fresh memory than it saves.
        sqlite3_exec(m_db,
                     m_empty && rebuildIndexes ? "PRAGMA cache_size = -8192"
                                               : "PRAGMA cache_size = -262144",
                     nullptr, nullptr, nullptr);
        // Each location belongs to the participant written just before it, so the foreign
        // key's lookup per row proves nothing here. (Only takes effect outside a transaction.)
        m_leftForeignKeys =
            sqlite3_exec(m_db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) == SQLITE_OK;
        // A write of this size goes through a rollback journal instead of the WAL: the WAL would
        // hold every new page and then copy it again at the checkpoint. Still all or nothing.
        // (Fails harmlessly, staying in WAL, while other connections are open.)
        if (rebuildIndexes)
            m_leftWal = sqlite3_exec(m_db, "PRAGMA journal_mode = DELETE", nullptr, nullptr,
                                     nullptr) == SQLITE_OK;
        if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error{QString::fromUtf8(sqlite3_errmsg(m_db))};
        m_active = true;
        if (!rebuildIndexes)
            return {};
        if (m_empty) {
            // The ids AUTOINCREMENT would give: past any participant ever written.
            ParticipantStatement next(
                m_db, "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = "
                      "'participants'), 0), coalesce((SELECT max(id) FROM participants), 0)) + 1");
            bool error = false;
            if (!next.step(error))
                return failure().error();
            m_appender.emplace(m_db, next.column(0));
            if (!m_appender->ok())
                return failure().error();
        }
        return dropSecondaryIndexes();
    }

    Result<qint64> write(const Participant& p) override { return write(EncodedParticipant(p)); }

    Result<qint64> write(const EncodedParticipant& e) override
    {
        const Participant& p = e.participant();
        const qint64 now = m_database.clock().nowUtc().toMSecsSinceEpoch();
        if (m_appender) {
            auto id = m_appender->append(e, now);
            if (id)
                ++m_inserted;
            return id;
        }
        bool error = false;
        qint64 id = 0;
        if (!p.externalId.isEmpty()) {
            m_find.reset();
            m_find.text(1, e.text(EncodedParticipant::ExternalId));
            if (m_find.step(error))
                id = m_find.column(0);
            m_find.reset();
            if (error)
                return failure();
        }
        if (id == 0) {
            m_insert.reset();
            m_insert.bindNewParticipant(1, e, now);
            m_insert.step(error);
            if (error)
                return failure();
            id = sqlite3_last_insert_rowid(m_db);
            ++m_inserted;
        } else {
            m_update.reset();
            m_update.bindNewParticipant(1, e, now);
            m_update.integer(15, id);
            m_update.step(error);
            m_deleteLocations.reset();
            m_deleteLocations.integer(1, id);
            if (!error)
                m_deleteLocations.step(error);
            if (error)
                return failure();
            ++m_updated;
        }
        for (qsizetype i = 0; i < p.locations.size(); ++i) {
            m_insertLocation.reset();
            m_insertLocation.integer(1, id);
            m_insertLocation.bindLocation(2, e, i);
            m_insertLocation.step(error);
            if (error)
                return failure();
        }
        return id;
    }

    Status commit() override
    {
        if (!m_active)
            return Error{ParticipantWriter::tr("No transaction to commit.")};
        m_find.reset();
        if (m_appender)
            if (auto finished = m_appender->finish(); !finished)
                return finished;
        QElapsedTimer timer;
        timer.start();
        // SQLite's sorter hands runs to a second core only when a run fills its memory, which
        // is sized by the page cache: with the large cache of the inserts one index is one
        // run, sorted on this thread at the end. Small runs sort in the background while the
        // table is scanned, and merge on two threads: the seven builds take half the time.
        if (!m_droppedIndexes.isEmpty()) {
            sqlite3_exec(m_db, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
            sqlite3_exec(m_db, "PRAGMA cache_size = -2048", nullptr, nullptr, nullptr);
        }
        for (const QByteArray& sql : std::as_const(m_droppedIndexes))
            if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return failure().error();
        if (!m_droppedIndexes.isEmpty())
            qCInfo(lcStorage) << "rebuilt" << m_droppedIndexes.size() << "indexes in"
                              << timer.elapsed() << "ms";
        // Through QtSql on the same connection, so inside this transaction.
        if (auto marked = m_database.markRegisterChanged(); !marked)
            return marked;
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return failure().error();
        m_active = false;
        restoreConnection();
        return {};
    }

private:
    Result<qint64> failure() const
    {
        return Error{ParticipantWriter::tr("Cannot write participants: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
    }

    // Indexes declared by the migrations (those with SQL; UNIQUE constraints stay).
    Status dropSecondaryIndexes()
    {
        // The external id's index stays while existing participants may be updated through it.
        ParticipantStatement list(
            m_db,
            m_empty
                ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                  "AND tbl_name IN ('participants', 'locations')"
                : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                  "AND tbl_name IN ('participants', 'locations') "
                  "AND name <> 'participants_external_id'");
        bool error = false;
        QList<QByteArray> names;
        while (list.step(error)) {
            names << QByteArray(
                reinterpret_cast<const char*>(sqlite3_column_text(list.handle(), 0)));
            m_droppedIndexes << QByteArray(
                reinterpret_cast<const char*>(sqlite3_column_text(list.handle(), 1)));
        }
        for (const QByteArray& name : names)
            if (sqlite3_exec(m_db, ("DROP INDEX \"" + name + "\"").constData(), nullptr, nullptr,
                             nullptr) != SQLITE_OK)
                return failure().error();
        return {};
    }

    // The connection goes on serving the window: its own cache size, one thread, the WAL.
    void restoreConnection()
    {
        if (m_cacheSize) {
            const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(*m_cacheSize);
            sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr);
            sqlite3_exec(m_db, "PRAGMA threads = 0", nullptr, nullptr, nullptr);
            m_cacheSize.reset();
        }
        if (m_leftWal)
            sqlite3_exec(m_db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        m_leftWal = false;
        if (m_leftForeignKeys)
            sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        m_leftForeignKeys = false;
    }

    QList<QByteArray> m_droppedIndexes;
    bool m_leftWal = false;
    bool m_leftForeignKeys = false;
    std::optional<qint64> m_cacheSize; // before the write
    bool m_empty = false;
    Database& m_database;
    sqlite3* m_db; // m_database's connection
    ParticipantStatement m_find, m_insert, m_update, m_deleteLocations, m_insertLocation;
    std::optional<ParticipantAppender> m_appender; // into an empty register
    bool m_active = false;
};

// --- Any QtSql database (PostgreSQL) ---------------------------------------------------------

class QtSqlParticipantWriter final : public ParticipantWriter
{
public:
    using ParticipantWriter::write;
    explicit QtSqlParticipantWriter(Database& db)
        : m_database(db)
        , m_db(db.connection())
        , m_transaction(m_db, SqlTransaction::Mode::Immediate)
        , m_pg(db.kind() == DatabaseKind::PostgreSql)
    {
        m_find = QSqlQuery(m_db);
        m_find.prepare(QString::fromLatin1(kFind));
        m_insert = QSqlQuery(m_db);
        m_insert.prepare(QString::fromLatin1(kInsert) +
                         (m_pg ? QStringLiteral(" RETURNING id") : QString()));
        m_update = QSqlQuery(m_db);
        m_update.prepare(QString::fromLatin1(kUpdate));
        m_deleteLocations = QSqlQuery(m_db);
        m_deleteLocations.prepare(QString::fromLatin1(kDeleteLocations));
        m_insertLocation = QSqlQuery(m_db);
        m_insertLocation.prepare(QString::fromLatin1(kInsertLocation));
    }

    Status start() const
    {
        if (!m_transaction.isActive())
            return Error{m_transaction.errorMessage()};
        return {};
    }

    Result<qint64> write(const Participant& p) override
    {
        qint64 id = 0;
        if (!p.externalId.isEmpty()) {
            m_find.addBindValue(p.externalId);
            if (!m_find.exec())
                return failure(m_find);
            if (m_find.next())
                id = m_find.value(0).toLongLong();
            m_find.finish();
        }
        const qint64 now = m_database.clock().nowUtc().toMSecsSinceEpoch();
        auto time = [](const QDateTime& t) {
            return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
        };
        auto text = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        if (id == 0) {
            for (const QVariant& v :
                 {QVariant(p.pseudonym), text(p.externalId), QVariant(p.name), QVariant(p.language),
                  QVariant(Participant::statusId(p.status)), time(p.unsubscribedAt), text(p.mobile),
                  text(p.phone), text(p.email), QVariant(p.channelPrefs),
                  QVariant(p.reachableChannels()),
                  QVariant(ParticipantStatement::msOrZero(p.registeredAt)), time(p.consentAt),
                  QVariant(now)})
                m_insert.addBindValue(v);
            if (!m_insert.exec())
                return failure(m_insert);
            if (m_pg) {
                m_insert.next();
                id = m_insert.value(0).toLongLong();
            } else {
                id = m_insert.lastInsertId().toLongLong();
            }
            m_insert.finish();
            ++m_inserted;
        } else {
            for (const QVariant& v :
                 {QVariant(p.name), QVariant(p.language), QVariant(Participant::statusId(p.status)),
                  time(p.unsubscribedAt), text(p.mobile), text(p.phone), text(p.email),
                  QVariant(p.channelPrefs), QVariant(p.reachableChannels()),
                  QVariant(ParticipantStatement::msOrZero(p.registeredAt)), time(p.consentAt),
                  QVariant(now), QVariant(id)})
                m_update.addBindValue(v);
            if (!m_update.exec())
                return failure(m_update);
            m_deleteLocations.addBindValue(id);
            if (!m_deleteLocations.exec())
                return failure(m_deleteLocations);
            ++m_updated;
        }
        for (const ParticipantLocation& l : p.locations) {
            for (const QVariant& v :
                 {QVariant(id), QVariant(ParticipantLocation::kindId(l.kind)), QVariant(l.street),
                  QVariant(l.houseNumber), QVariant(l.postcode), QVariant(l.place),
                  QVariant(l.municipality), QVariant(l.lat), QVariant(l.lon), QVariant(l.weekdays),
                  QVariant(l.startMinute), QVariant(l.endMinute)})
                m_insertLocation.addBindValue(v);
            if (!m_insertLocation.exec())
                return failure(m_insertLocation);
        }
        return id;
    }

    Status commit() override
    {
        m_find.finish();
        if (auto marked = m_database.markRegisterChanged(); !marked)
            return marked;
        return m_transaction.commit();
    }

private:
    static Result<qint64> failure(const QSqlQuery& query)
    {
        return Error{
            ParticipantWriter::tr("Cannot write participants: %1").arg(query.lastError().text())};
    }

    Database& m_database;
    QSqlDatabase m_db;
    SqlTransaction m_transaction;
    bool m_pg;
    QSqlQuery m_find, m_insert, m_update, m_deleteLocations, m_insertLocation;
};

} // namespace

Result<std::unique_ptr<ParticipantWriter>> ParticipantWriter::begin(Database& db, qint64 expected)
{
    if (db.kind() == DatabaseKind::Sqlite) {
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            auto writer = std::make_unique<SqliteParticipantWriter>(
                db, *static_cast<sqlite3* const*>(handle.constData()));
            if (auto s = writer->start(expected > 100'000); !s)
                return s.error();
            return std::unique_ptr<ParticipantWriter>(std::move(writer));
        }
    }
    // A bulk write into PostgreSQL goes by COPY: row by row through QtSql, 200,000 demo
    // participants took 95 s. A caller that wants each id back writes without a size.
    if (expected > 0)
        if (PGconn* connection = PgSession::of(db))
            return beginPgCopyWriter(db, connection, expected);
    auto writer = std::make_unique<QtSqlParticipantWriter>(db);
    if (auto s = writer->start(); !s)
        return s.error();
    return std::unique_ptr<ParticipantWriter>(std::move(writer));
}

Status ParticipantWriter::erase(Database& db, const std::vector<qint64>& ids)
{
    if (ids.empty())
        return {};
    if (PGconn* connection = PgSession::of(db))
        return erasePgParticipants(connection, ids);
    QSqlQuery locations(db.connection());
    QSqlQuery participants(db.connection());
    locations.prepare(QStringLiteral("DELETE FROM locations WHERE participant_id = ?"));
    participants.prepare(QStringLiteral("DELETE FROM participants WHERE id = ?"));
    for (const qint64 id : ids) {
        for (QSqlQuery* query : {&locations, &participants}) {
            query->addBindValue(id);
            if (!query->exec())
                return Error{tr("Cannot erase the participant: %1").arg(query->lastError().text())};
        }
    }
    return {};
}

} // namespace burgernet
