#include "app/storage/PgParticipantWriter.h"

#include "app/core/Logging.h"
#include "app/storage/CopyText.h"
#include "app/storage/Database.h"
#include "app/storage/PgSession.h"
#include "app/storage/SqlTransaction.h"

#include <QElapsedTimer>

#include <algorithm>
#include <unordered_map>

namespace burgernet {

namespace {

// Ids are drawn from the register's own sequence as the rows arrive, so a new participant has
// its id before the merge and its addresses need no look-up to find it; an update keeps the id
// it has, and the drawn one is a gap, as any rolled-back insert leaves.
constexpr const char* kStagingTable =
    "CREATE TEMP TABLE bulk_participants ("
    "id BIGINT NOT NULL DEFAULT nextval('%1'), existing BOOLEAN NOT NULL DEFAULT false, "
    "pseudonym TEXT, external_id TEXT, name TEXT, language TEXT, status TEXT, "
    "unsubscribed_at BIGINT, mobile TEXT, phone TEXT, email TEXT, channel_prefs INTEGER, "
    "reach INTEGER, "
    "registered_at BIGINT, consent_at BIGINT, updated_at BIGINT, "
    "home_street TEXT, home_house_number TEXT, home_postcode TEXT, home_place TEXT, "
    "home_municipality TEXT, home_lat DOUBLE PRECISION, home_lon DOUBLE PRECISION, "
    "home_weekdays INTEGER, home_start_minute INTEGER, home_end_minute INTEGER, "
    "work_street TEXT, work_house_number TEXT, work_postcode TEXT, work_place TEXT, "
    "work_municipality TEXT, work_lat DOUBLE PRECISION, work_lon DOUBLE PRECISION, "
    "work_weekdays INTEGER, work_start_minute INTEGER, work_end_minute INTEGER"
    ") ON COMMIT DROP";

constexpr const char* kCopy =
    "COPY bulk_participants (pseudonym, external_id, name, language, status, unsubscribed_at, "
    "mobile, phone, email, channel_prefs, reach, registered_at, consent_at, updated_at, "
    "home_street, home_house_number, home_postcode, home_place, home_municipality, home_lat, "
    "home_lon, home_weekdays, home_start_minute, home_end_minute, "
    "work_street, work_house_number, work_postcode, work_place, work_municipality, work_lat, "
    "work_lon, work_weekdays, work_start_minute, work_end_minute) FROM STDIN";

// Of two rows with one external id the later wins, as if it had updated the earlier: with the
// earlier one's pseudonym, which an update keeps.
constexpr const char* kKeepFirstPseudonym =
    "WITH firsts AS (SELECT DISTINCT ON (external_id) external_id, pseudonym "
    "FROM bulk_participants b WHERE EXISTS (SELECT 1 FROM bulk_participants o "
    "WHERE o.external_id = b.external_id AND o.id <> b.id) ORDER BY external_id, id) "
    "UPDATE bulk_participants b SET pseudonym = f.pseudonym FROM firsts f "
    "WHERE b.external_id = f.external_id";
constexpr const char* kDropSuperseded =
    "DELETE FROM bulk_participants b USING bulk_participants later "
    "WHERE later.external_id = b.external_id AND later.id > b.id";
constexpr const char* kFindExisting =
    "UPDATE bulk_participants b SET id = p.id, existing = true FROM participants p "
    "WHERE p.external_id = b.external_id";
constexpr const char* kDeleteReplacedLocations =
    "DELETE FROM locations l USING bulk_participants b "
    "WHERE b.existing AND l.participant_id = b.id";
constexpr const char* kUpdateExisting =
    "UPDATE participants p SET name = b.name, language = b.language, status = b.status, "
    "unsubscribed_at = b.unsubscribed_at, mobile = b.mobile, phone = b.phone, email = b.email, "
    "channel_prefs = b.channel_prefs, reach = b.reach, registered_at = b.registered_at, "
    "consent_at = b.consent_at, updated_at = b.updated_at "
    "FROM bulk_participants b WHERE b.existing AND p.id = b.id";
constexpr const char* kInsertNew =
    "INSERT INTO participants (id, pseudonym, external_id, name, language, status, "
    "unsubscribed_at, mobile, phone, email, channel_prefs, reach, registered_at, consent_at, "
    "updated_at) "
    "SELECT id, pseudonym, external_id, name, language, status, unsubscribed_at, mobile, phone, "
    "email, channel_prefs, reach, registered_at, consent_at, updated_at "
    "FROM bulk_participants WHERE NOT existing ORDER BY id";
constexpr const char* kInsertLocations =
    "INSERT INTO locations (participant_id, kind, street, house_number, postcode, place, "
    "municipality, lat, lon, weekdays, start_minute, end_minute) "
    "SELECT id, 'home', home_street, home_house_number, home_postcode, home_place, "
    "home_municipality, home_lat, home_lon, home_weekdays, home_start_minute, home_end_minute "
    "FROM bulk_participants WHERE home_lat IS NOT NULL "
    "UNION ALL "
    "SELECT id, 'work', work_street, work_house_number, work_postcode, work_place, "
    "work_municipality, work_lat, work_lon, work_weekdays, work_start_minute, work_end_minute "
    "FROM bulk_participants WHERE work_lat IS NOT NULL";

// The migrations' own indexes (not those of primary keys), and the addresses' foreign key.
constexpr const char* kSecondaryIndexes =
    "SELECT pg_get_indexdef(i.indexrelid) || ';' || i.indexrelid::regclass::text "
    "FROM pg_index i WHERE i.indrelid IN ('participants'::regclass, 'locations'::regclass) "
    "AND NOT i.indisprimary "
    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)";
constexpr const char* kForeignKeys =
    "SELECT 'ALTER TABLE locations ADD CONSTRAINT ' || quote_ident(conname) || ' ' || "
    "pg_get_constraintdef(oid) || ';' || quote_ident(conname) "
    "FROM pg_constraint WHERE conrelid = 'locations'::regclass AND contype = 'f'";

class PgCopyParticipantWriter final : public ParticipantWriter
{
public:
    using ParticipantWriter::write;

    PgCopyParticipantWriter(Database& db, PGconn* connection, qint64 partRows)
        : m_partRows(partRows)
        , m_database(db)
        , m_session(connection)
        , m_transaction(db.connection(), SqlTransaction::Mode::Immediate)
        , m_copy(connection)
    {}
    ~PgCopyParticipantWriter() override
    {
        // The connection takes the rollback only once the merge under way has ended.
        if (m_merging)
            (void)m_session.collect();
    }

    Status start(qint64 expected)
    {
        if (!m_transaction.isActive())
            return Error{m_transaction.errorMessage()};
        // The staging rows are text as the client sends it: UTF-8, which QPSQL also speaks.
        if (!m_session.speaksUtf8())
            return failure(ParticipantWriter::tr("the connection's encoding is not UTF-8"));
        m_externalIds.reserve(size_t(std::min<qint64>(expected, 10'000'000)));
        auto empty = m_session.value("SELECT NOT EXISTS (SELECT 1 FROM participants)");
        if (!empty)
            return failure(empty.errorMessage());
        m_empty = *empty == "t";
        auto sequence = m_session.value("SELECT pg_get_serial_sequence('participants', 'id')");
        if (!sequence || sequence->isEmpty())
            return failure(sequence ? ParticipantWriter::tr("participants.id has no sequence")
                                    : sequence.errorMessage());
        const QByteArray staging = QByteArray(kStagingTable).replace("%1", *sequence);
        if (auto created = m_session.exec(staging); !created)
            return failure(created.errorMessage());
        // Into an empty register, a large write builds the indexes once at the end (sorting
        // beats a million index inserts); the tables are locked for the write either way, and
        // nobody reads what is not there yet.
        if (m_empty && expected > 100'000) {
            auto dropped = dropIndexes();
            if (!dropped)
                return dropped.error();
            m_rebuild = *dropped;
        }
        if (auto started = m_copy.start(kCopy); !started)
            return failure(started.errorMessage());
        return {};
    }

    Result<qint64> write(const Participant& p) override { return write(EncodedParticipant(p)); }

    Result<qint64> write(const EncodedParticipant& e) override
    {
        using P = EncodedParticipant;
        const Participant& p = e.participant();
        const ParticipantLocation* at[2] = {nullptr, nullptr}; // home, work
        for (const ParticipantLocation& l : p.locations) {
            const ParticipantLocation*& slot =
                at[l.kind == ParticipantLocation::Kind::Home ? 0 : 1];
            if (slot)
                return Error{
                    ParticipantWriter::tr("Cannot write participants: %1 has two %2 addresses.")
                        .arg(p.pseudonym, ParticipantLocation::kindId(l.kind))};
            slot = &l;
        }
        QByteArray& out = m_copy.buffer();
        const qsizetype rowStart = out.size();
        CopyText row(out);
        bool ok = text(row, e.text(P::Pseudonym)) && text(row, e.optionalText(P::ExternalId)) &&
                  text(row, e.text(P::Name)) && text(row, e.text(P::Language));
        const char* status = Participant::statusKey(p.status);
        row.text(status, qstrlen(status));
        time(row, p.unsubscribedAt);
        ok = ok && text(row, e.optionalText(P::Mobile)) && text(row, e.optionalText(P::Phone)) &&
             text(row, e.optionalText(P::Email));
        row.integer(p.channelPrefs);
        row.integer(p.reachableChannels());
        row.integer(p.registeredAt.isValid() ? p.registeredAt.toMSecsSinceEpoch() : 0);
        time(row, p.consentAt);
        row.integer(m_database.clock().nowUtc().toMSecsSinceEpoch());
        for (const ParticipantLocation* l : at) {
            if (!l) {
                for (int column = 0; column < 10; ++column)
                    row.null();
                continue;
            }
            const qsizetype i = l - p.locations.constData();
            for (int column = 0; column < P::kLocationColumns; ++column)
                ok = ok && text(row, e.text(i, static_cast<P::LocationColumn>(column)));
            row.real(l->lat);
            row.real(l->lon);
            row.integer(l->weekdays);
            row.integer(l->startMinute);
            row.integer(l->endMinute);
        }
        if (!ok) {
            out.truncate(rowStart);
            return Error{ParticipantWriter::tr(
                             "Cannot write participants: the text of %1 holds a NUL character, "
                             "which PostgreSQL cannot store.")
                             .arg(p.pseudonym)};
        }
        row.endRow();
        if (!p.externalId.isEmpty()) {
            const auto id = e.text(P::ExternalId);
            const auto [seen, first] =
                m_externalIds.try_emplace(qHashBits(id.data, size_t(id.size)), m_chunk);
            if (!first)
                (seen->second == m_chunk ? m_repeatsInChunk : m_repeatsEarlier) = true;
        }
        ++m_staged;
        ++m_chunkRows;
        if (auto moved = moveOn(); !moved)
            return moved.error();
        return qint64(0); // the id is known at the merge
    }

    Status commit() override
    {
        QElapsedTimer timer;
        timer.start();
        if (auto merged = mergeChunk(true); !merged)
            return merged;
        const qint64 mergeMs = timer.restart();
        if (!m_rebuild.isEmpty()) {
            // Room to sort each index in memory, for this transaction only.
            if (auto set = exec("SET LOCAL maintenance_work_mem = '256MB'"); !set)
                return set.error();
            for (const QByteArray& statement : std::as_const(m_rebuild))
                if (auto built = exec(statement); !built)
                    return built.error();
        }
        const qint64 indexMs = timer.restart();
        if (auto marked = m_database.markRegisterChanged(); !marked)
            return marked;
        if (auto committed = m_transaction.commit(); !committed)
            return failure(committed.errorMessage());
        qCInfo(lcStorage) << "COPY of" << m_staged << "participants in" << m_chunk
                          << "parts: the last merged in" << mergeMs << "ms, indexes built in"
                          << indexMs << "ms, committed in" << timer.elapsed() << "ms";
        return {};
    }

private:
    // Rows go to the server in parts: while it merges one, the client makes the next, which
    // waits in the buffer and is sent when the merge has ended.
    static constexpr qsizetype kMaxWaiting = 256 * 1024 * 1024;

    Status moveOn()
    {
        if (m_merging && (!m_session.busy() || m_copy.buffer().size() > kMaxWaiting)) {
            if (auto merged = endMerge(); !merged)
                return merged;
            if (auto started = m_copy.start(kCopy); !started)
                return failure(started.errorMessage());
        }
        if (!m_copy.isActive())
            return {};
        if (m_chunkRows >= m_partRows)
            return mergeChunk(false);
        if (auto sent = m_copy.sendIfFull(); !sent)
            return failure(sent.errorMessage());
        return {};
    }

    // Ends the COPY of the rows staged so far and merges them: sent and left to run, or at the
    // end waited for.
    Status mergeChunk(bool last)
    {
        if (m_merging)
            if (auto merged = endMerge(); !merged)
                return merged;
        if (!m_copy.isActive())
            if (auto started = m_copy.start(kCopy); !started)
                return failure(started.errorMessage());
        if (auto copied = m_copy.finish(); !copied)
            return failure(copied.errorMessage());
        QByteArray script;
        m_counts.clear();
        auto add = [&](const char* sql, qint64* count) {
            script += sql;
            script += ";\n";
            m_counts << count;
        };
        if (m_repeatsInChunk) {
            add(kKeepFirstPseudonym, nullptr);
            add(kDropSuperseded, &m_updated);
        }
        if (!m_empty || m_repeatsEarlier) {
            add("ANALYZE bulk_participants", nullptr);
            add(kFindExisting, nullptr);
            add(kDeleteReplacedLocations, nullptr);
            add(kUpdateExisting, &m_updated);
        }
        add(kInsertNew, &m_inserted);
        add(kInsertLocations, nullptr);
        add("TRUNCATE bulk_participants", nullptr);
        m_repeatsInChunk = m_repeatsEarlier = false;
        m_chunkRows = 0;
        ++m_chunk;
        if (auto sent = m_session.send(script); !sent)
            return failure(sent.errorMessage());
        m_merging = true;
        return last ? endMerge() : Status{};
    }

    Status endMerge()
    {
        m_merging = false;
        auto counts = m_session.collect();
        if (!counts)
            return failure(counts.errorMessage());
        for (qsizetype i = 0; i < counts->size() && i < m_counts.size(); ++i)
            if (m_counts[i])
                *m_counts[i] += counts->at(i);
        return {};
    }

    static bool text(CopyText& row, EncodedParticipant::Text t) { return row.text(t.data, t.size); }
    static void time(CopyText& row, const QDateTime& t)
    {
        if (t.isValid())
            row.integer(t.toMSecsSinceEpoch());
        else
            row.null();
    }

    static Status failure(const QString& message)
    {
        return Error{ParticipantWriter::tr("Cannot write participants: %1").arg(message)};
    }

    Result<qint64> exec(const QByteArray& sql) const
    {
        QElapsedTimer timer;
        timer.start();
        auto done = m_session.exec(sql);
        qCDebug(lcStorage) << timer.elapsed() << "ms:" << sql.left(60);
        if (!done)
            return failure(done.errorMessage()).error();
        return done;
    }

    // Drops the secondary indexes and the addresses' foreign key; returns the statements that
    // make them again (the key is checked once, in one join, when it is added back).
    Result<QList<QByteArray>> dropIndexes()
    {
        QList<QByteArray> rebuild;
        for (const char* listing : {kSecondaryIndexes, kForeignKeys}) {
            auto found = m_session.column(listing);
            if (!found)
                return failure(found.errorMessage()).error();
            const bool key = listing == kForeignKeys;
            for (const QByteArray& entry : std::as_const(*found)) {
                const qsizetype split = entry.lastIndexOf(';');
                const QByteArray name = entry.mid(split + 1);
                const QByteArray drop =
                    key ? "ALTER TABLE locations DROP CONSTRAINT " + name : "DROP INDEX " + name;
                if (auto dropped = exec(drop); !dropped)
                    return dropped.error();
                rebuild << entry.left(split);
            }
        }
        return rebuild;
    }

    const qint64 m_partRows;
    Database& m_database;
    PgSession m_session;
    SqlTransaction m_transaction;
    PgCopyIn m_copy; // declared after the transaction: abandoned before it rolls back
    bool m_empty = false;
    QList<QByteArray> m_rebuild; // the indexes and key dropped for the write
    bool m_merging = false;      // a part's merge is running on the server
    QList<qint64*> m_counts;     // what each statement of that merge counts
    qint64 m_chunk = 0, m_chunkRows = 0, m_staged = 0;
    // External ids seen (their hashes) and the part they came in: a repeat is merged as an
    // update, of a row in this part or in one merged before.
    std::unordered_map<size_t, qint64> m_externalIds;
    bool m_repeatsInChunk = false, m_repeatsEarlier = false;
};

} // namespace

Result<std::unique_ptr<ParticipantWriter>> beginPgCopyWriter(Database& db, PGconn* connection,
                                                             qint64 expected, qint64 partRows)
{
    auto writer = std::make_unique<PgCopyParticipantWriter>(db, connection, partRows);
    if (auto s = writer->start(expected); !s)
        return s.error();
    return std::unique_ptr<ParticipantWriter>(std::move(writer));
}

Status erasePgParticipants(PGconn* connection, const std::vector<qint64>& ids)
{
    const PgSession session(connection);
    auto fail = [](const QString& message) {
        return Status(
            Error{ParticipantWriter::tr("Cannot erase the participant: %1").arg(message)});
    };
    if (auto created = session.exec("CREATE TEMP TABLE bulk_erase (id BIGINT NOT NULL)"); !created)
        return fail(created.errorMessage());
    {
        PgCopyIn copy(connection);
        if (auto started = copy.start("COPY bulk_erase (id) FROM STDIN"); !started)
            return fail(started.errorMessage());
        for (const qint64 id : ids) {
            CopyText row(copy.buffer());
            row.integer(id);
            row.endRow();
            if (auto sent = copy.sendIfFull(); !sent)
                return fail(sent.errorMessage());
        }
        if (auto copied = copy.finish(); !copied)
            return fail(copied.errorMessage());
    }
    for (const char* sql :
         {"DELETE FROM locations l USING bulk_erase e WHERE l.participant_id = e.id",
          "DELETE FROM participants p USING bulk_erase e WHERE p.id = e.id",
          "DROP TABLE bulk_erase"})
        if (auto done = session.exec(sql); !done)
            return fail(done.errorMessage());
    return {};
}

} // namespace burgernet
