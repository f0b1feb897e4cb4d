#include "app/storage/ParticipantIndexLoader.h"

#include "app/core/Participant.h"
#include "app/geo/TimeWindow.h"
#include "app/storage/Database.h"
#include "app/storage/IndexRows.h"
#include "app/storage/PgIndexLoader.h"
#include "app/storage/PgSession.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <new>
#include <optional>
#include <sqlite3.h>
#include <thread>
#include <vector>

namespace burgernet {

quint8 ParticipantIndexLoader::reachableChannels(int prefs, bool hasMobile, bool hasPhone,
                                                 bool hasEmail)
{
    quint8 channels = 0;
    if ((prefs & channelBit(BuiltinChannel::Sms)) && hasMobile)
        channels |= channelBit(BuiltinChannel::Sms);
    // A voice call goes to the fixed line, or else to the mobile.
    if ((prefs & channelBit(BuiltinChannel::Voice)) && (hasPhone || hasMobile))
        channels |= channelBit(BuiltinChannel::Voice);
    if ((prefs & channelBit(BuiltinChannel::Email)) && hasEmail)
        channels |= channelBit(BuiltinChannel::Email);
    return channels;
}

namespace {

constexpr const char* kParticipantsSql =
    "SELECT id, channel_prefs, mobile IS NOT NULL, phone IS NOT NULL, email IS NOT NULL "
    "FROM participants WHERE status = 'active' ORDER BY id";
// On SQLite a scan of the table in id order: through the (status, id) index the planner would
// pick, every row is a look-up of its own, three times slower.
constexpr const char* kSqliteParticipantsSql =
    "SELECT id, channel_prefs, mobile IS NOT NULL, phone IS NOT NULL, email IS NOT NULL "
    "FROM participants NOT INDEXED WHERE status = 'active' ORDER BY id";
// No join with participants: the locations of participants who are not active find no dense
// index and are skipped, which is cheaper than a lookup per location.
constexpr const char* kLocationsSql =
    "SELECT participant_id, lat, lon, weekdays, start_minute, end_minute FROM locations "
    "ORDER BY participant_id";

// Participants come in id order, so a location's participant is found by binary search.
std::optional<quint32> denseIndex(const IndexInput& input, qint64 id)
{
    const auto it =
        std::lower_bound(input.participants.begin(), input.participants.end(), id,
                         [](const IndexInput::Participant& p, qint64 v) { return p.id < v; });
    if (it == input.participants.end() || it->id != id)
        return std::nullopt;
    return static_cast<quint32>(it - input.participants.begin());
}

// One integer from a single-value query, or `fallback` when it gives none.
qint64 scalar(sqlite3* db, const char* sql, qint64 fallback)
{
    sqlite3_stmt* stmt = nullptr;
    qint64 value = fallback;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

// Room for the rows up front: growing a vector of millions copies it several times over.
// Estimated from the ids (`perTwoIds` rows for every two ids), which the sequence keeps dense;
// bounded, so that ids far apart cannot ask for more than a register could hold.
size_t expectedRows(qint64 lowId, qint64 highId, quint64 perTwoIds)
{
    constexpr quint64 kMostIds = quint64(1) << 27;
    if (highId < lowId)
        return 0;
    const quint64 ids = static_cast<quint64>(highId) - static_cast<quint64>(lowId) + 1;
    return static_cast<size_t>(std::min(ids, kMostIds) * perTwoIds / 2);
}

Status readParticipants(sqlite3* db, IndexInput& input)
{
    input.participants.reserve(expectedRows(scalar(db, "SELECT min(id) FROM participants", 0),
                                            scalar(db, "SELECT max(id) FROM participants", -1), 2));
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, kSqliteParticipantsSql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error{ParticipantIndexLoader::tr("Cannot read the participants: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    while (sqlite3_step(stmt) == SQLITE_ROW)
        input.participants.push_back(
            {sqlite3_column_int64(stmt, 0),
             ParticipantIndexLoader::reachableChannels(
                 sqlite3_column_int(stmt, 1), sqlite3_column_int(stmt, 2) != 0,
                 sqlite3_column_int(stmt, 3) != 0, sqlite3_column_int(stmt, 4) != 0)});
    sqlite3_finalize(stmt);
    return {};
}

TimeWindow windowAt(sqlite3_stmt* stmt)
{
    return {static_cast<quint8>(sqlite3_column_int(stmt, 3)),
            static_cast<quint16>(sqlite3_column_int(stmt, 4)),
            static_cast<quint16>(sqlite3_column_int(stmt, 5))};
}

Status readLocations(sqlite3* db, std::vector<RawLocation>& out, size_t expected)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, kLocationsSql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error{ParticipantIndexLoader::tr("Cannot read the locations: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    out.reserve(expected);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(stmt, 0), sqlite3_column_double(stmt, 1),
                       sqlite3_column_double(stmt, 2), windowAt(stmt).packed()});
    sqlite3_finalize(stmt);
    return {};
}

// The locations straight into the index's input, each with its participant's id as an offset
// from the lowest (`lowId`): joined in place once the participants are read, without a second
// array of millions. Only while the ids span less than 2^32, which a register's sequence does.
struct OffsetLocations
{
    qint64 lowId = 0;
    std::vector<IndexInput::Location> rows;
};

// Both in participant id order: one merge pass gives each location its participant's position
// and leaves out those of participants who are not active.
void joinInPlace(OffsetLocations& located, IndexInput& input)
{
    auto& rows = located.rows;
    size_t kept = 0, p = 0;
    const size_t participants = input.participants.size();
    for (size_t i = 0; i < rows.size(); ++i) {
        const qint64 id = located.lowId + static_cast<qint64>(rows[i].participant);
        while (p < participants && input.participants[p].id < id)
            ++p;
        if (p == participants)
            break;
        if (input.participants[p].id == id) {
            rows[kept] = rows[i];
            rows[kept].participant = static_cast<quint32>(p);
            ++kept;
        }
    }
    rows.resize(kept);
    input.locations = std::move(rows);
}

// On the loader's own connections the rows are handed over inside SQLite's scan, to aggregate
// functions of the loader's: a fifth less time than stepping out of the statement and asking
// for each column of each row. An aggregate sees the rows in the order of the scan, the table's
// own; the loader checks that order rather than relying on it.
constexpr const char* kCollectParticipantsSql =
    "SELECT index_participants(id, channel_prefs, mobile IS NOT NULL, phone IS NOT NULL, "
    "email IS NOT NULL) FROM participants NOT INDEXED WHERE status = 'active'";
constexpr const char* kCollectLocationsSql =
    "SELECT index_locations(participant_id, lat, lon, weekdays, start_minute, end_minute) "
    "FROM locations";

struct Collector
{
    IndexInput* input = nullptr;
    OffsetLocations* located = nullptr;
    bool outOfMemory = false;
};

// No exception may unwind through SQLite: out of memory ends the statement with an error.
template <typename Add>
void collectInto(sqlite3_context* context, Add&& add)
{
    auto* collector = static_cast<Collector*>(sqlite3_user_data(context));
    try {
        add(*collector);
    } catch (const std::bad_alloc&) {
        collector->outOfMemory = true;
        sqlite3_result_error_nomem(context);
    }
}

void collectParticipant(sqlite3_context* context, int, sqlite3_value** v)
{
    collectInto(context, [v](Collector& c) {
        c.input->participants.push_back(
            {sqlite3_value_int64(v[0]),
             ParticipantIndexLoader::reachableChannels(
                 sqlite3_value_int(v[1]), sqlite3_value_int(v[2]) != 0,
                 sqlite3_value_int(v[3]) != 0, sqlite3_value_int(v[4]) != 0)});
    });
}

void collectLocation(sqlite3_context* context, int, sqlite3_value** v)
{
    collectInto(context, [v](Collector& c) {
        const TimeWindow window{static_cast<quint8>(sqlite3_value_int(v[3])),
                                static_cast<quint16>(sqlite3_value_int(v[4])),
                                static_cast<quint16>(sqlite3_value_int(v[5]))};
        c.located->rows.push_back(
            {static_cast<quint32>(static_cast<quint64>(sqlite3_value_int64(v[0])) -
                                  static_cast<quint64>(c.located->lowId)),
             sqlite3_value_double(v[1]), sqlite3_value_double(v[2]), window.packed()});
    });
}

void collectNothing(sqlite3_context* context)
{
    sqlite3_result_null(context);
}

Error outOfMemory()
{
    return Error{
        ParticipantIndexLoader::tr("Not enough memory to load the participants into the index.")};
}

// Runs one collecting statement: `function` receives every row.
Status collect(sqlite3* db, const char* function, int arguments,
               void (*step)(sqlite3_context*, int, sqlite3_value**), const char* sql,
               Collector& collector, const QString& failure)
{
    if (sqlite3_create_function(db, function, arguments, SQLITE_UTF8, &collector, nullptr, step,
                                collectNothing) != SQLITE_OK)
        return Error{failure.arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (collector.outOfMemory)
        return outOfMemory();
    if (rc != SQLITE_ROW)
        return Error{failure.arg(message)};
    return {};
}

Status collectParticipants(sqlite3* db, IndexInput& input)
{
    input.participants.reserve(expectedRows(scalar(db, "SELECT min(id) FROM participants", 0),
                                            scalar(db, "SELECT max(id) FROM participants", -1), 2));
    Collector collector{&input, nullptr};
    if (auto read =
            collect(db, "index_participants", 5, collectParticipant, kCollectParticipantsSql,
                    collector, ParticipantIndexLoader::tr("Cannot read the participants: %1"));
        !read)
        return read;
    auto byId = [](const IndexInput::Participant& a, const IndexInput::Participant& b) {
        return a.id < b.id;
    };
    if (!std::is_sorted(input.participants.begin(), input.participants.end(), byId))
        std::sort(input.participants.begin(), input.participants.end(), byId);
    return {};
}

Status collectLocations(sqlite3* db, OffsetLocations& located, size_t expected)
{
    located.rows.reserve(expected);
    Collector collector{nullptr, &located};
    if (auto read = collect(db, "index_locations", 6, collectLocation, kCollectLocationsSql,
                            collector, ParticipantIndexLoader::tr("Cannot read the locations: %1"));
        !read)
        return read;
    auto byParticipant = [](const IndexInput::Location& a, const IndexInput::Location& b) {
        return a.participant < b.participant;
    };
    if (!std::is_sorted(located.rows.begin(), located.rows.end(), byParticipant))
        std::stable_sort(located.rows.begin(), located.rows.end(), byParticipant);
    return {};
}

// A connection of the loader's own, read-only and used by one thread only. The file is read
// through a memory map: a scan then reads its pages where they lie instead of copying each
// into SQLite's page cache first.
struct ReadConnection
{
    sqlite3* db = nullptr;
    explicit ReadConnection(const char* file)
    {
        if (sqlite3_open_v2(file, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(db);
            db = nullptr;
            return;
        }
        sqlite3_exec(db, "PRAGMA mmap_size = 2147418112", nullptr, nullptr, nullptr);
    }
    ~ReadConnection() { sqlite3_close(db); }
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;
};

// The locations on a connection of their own, in one read transaction: the offsets are taken
// against the lowest id of the same snapshot the rows come from.
Status readLocationsOn(sqlite3* db, OffsetLocations& located, std::vector<RawLocation>& raw)
{
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    Status status;
    try {
        const qint64 low = scalar(db, "SELECT min(participant_id) FROM locations", 0);
        const qint64 high = scalar(db, "SELECT max(participant_id) FROM locations", -1);
        // A second address for about one in four participants (the demo register has one for
        // one in five); more only costs the vector growing once.
        const size_t expected = expectedRows(low, high, 3);
        if (high < low || static_cast<quint64>(high) - static_cast<quint64>(low) <= 0xffffffffULL) {
            located.lowId = low;
            status = collectLocations(db, located, expected);
        } else {
            status = readLocations(db, raw, expected);
        }
    } catch (const std::bad_alloc&) {
        located.rows = {};
        raw = {};
        status = outOfMemory();
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return status;
}

// SQLite's own API: a million rows through QtSql's QVariants take seconds, not a fraction.
// The two tables are read at once, each on a connection of its own in a thread of its own:
// the two scans take about as long each, and the load halves.
Result<IndexInput> loadSqlite(sqlite3* db)
{
    IndexInput input;
    OffsetLocations located;
    std::vector<RawLocation> raw;
    const char* file = sqlite3_db_filename(db, "main");
    const bool onDisk = file && *file;
    std::optional<ReadConnection> first, second;
    if (onDisk) {
        first.emplace(file);
        second.emplace(file);
    }
    if (!onDisk || !first->db || !second->db) {
        // An in-memory register: the one connection, one table after the other.
        if (auto read = readParticipants(db, input); !read)
            return read.error();
        if (auto read = readLocations(db, raw, input.participants.size() * 5 / 4); !read)
            return read.error();
        joinLocations(raw, input);
        return input;
    }
    // Out of memory (a process under a memory limit) is an error like any other here: an
    // exception must neither escape the reader thread nor unwind past it while it runs.
    Status locations;
    std::thread reader([&] { locations = readLocationsOn(second->db, located, raw); });
    Status participants;
    try {
        participants = collectParticipants(first->db, input);
    } catch (const std::bad_alloc&) {
        input = {};
        participants = outOfMemory();
    }
    reader.join();
    if (!participants)
        return participants.error();
    if (!locations)
        return locations.error();
    if (raw.empty())
        joinInPlace(located, input);
    else
        joinLocations(raw, input);
    return input;
}
} // namespace

Result<IndexInput> ParticipantIndexLoader::load(Database& db)
{
    if (db.kind() == DatabaseKind::Sqlite) {
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            return loadSqlite(*static_cast<sqlite3* const*>(handle.constData()));
    }
    // PostgreSQL by binary COPY: through QtSql each of millions of values is a QVariant.
    if (PGconn* connection = PgSession::of(db))
        return loadIndexFromPostgres(db, connection);
    IndexInput input;
    QSqlQuery participants(db.connection());
    participants.setForwardOnly(true);
    if (!participants.exec(QString::fromLatin1(kParticipantsSql)))
        return Error{tr("Cannot read the participants: %1").arg(participants.lastError().text())};
    while (participants.next()) {
        const qint64 id = participants.value(0).toLongLong();
        input.participants.push_back(
            {id,
             reachableChannels(participants.value(1).toInt(), participants.value(2).toBool(),
                               participants.value(3).toBool(), participants.value(4).toBool())});
    }
    participants.finish();

    QSqlQuery locations(db.connection());
    locations.setForwardOnly(true);
    if (!locations.exec(QString::fromLatin1(kLocationsSql)))
        return Error{tr("Cannot read the locations: %1").arg(locations.lastError().text())};
    input.locations.reserve(input.participants.size() * 5 / 4);
    qint64 lastId = -1;
    std::optional<quint32> dense;
    while (locations.next()) {
        const qint64 id = locations.value(0).toLongLong();
        if (id != lastId) {
            dense = denseIndex(input, id);
            lastId = id;
        }
        if (!dense)
            continue;
        const TimeWindow window{static_cast<quint8>(locations.value(3).toInt()),
                                static_cast<quint16>(locations.value(4).toInt()),
                                static_cast<quint16>(locations.value(5).toInt())};
        input.locations.push_back({*dense, locations.value(1).toDouble(),
                                   locations.value(2).toDouble(), window.packed()});
    }
    return input;
}

} // namespace burgernet
