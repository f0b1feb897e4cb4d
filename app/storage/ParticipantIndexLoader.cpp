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
#include <mutex>
#include <new>
#include <optional>
#include <sqlite3.h>
#include <thread>
#include <vector>

namespace burgernet {

namespace {

// From the narrow index that holds what is read here, in id order: on SQLite the table's wide
// rows cost twice as much to scan.
constexpr const char* kParticipantsSql =
    "SELECT id, reach FROM participants WHERE status = 'active' ORDER BY id";
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
    if (sqlite3_prepare_v2(db, kParticipantsSql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error{ParticipantIndexLoader::tr("Cannot read the participants: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    while (sqlite3_step(stmt) == SQLITE_ROW)
        input.participants.push_back(
            {sqlite3_column_int64(stmt, 0), static_cast<quint8>(sqlite3_column_int(stmt, 1))});
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

// Compacts the rows in place: no second array of millions.
void joinInPlace(OffsetLocations& located, IndexInput& input)
{
    auto& rows = located.rows;
    size_t kept = 0;
    mergeWithParticipants(
        rows.size(), input,
        [&](size_t i) { return located.lowId + static_cast<qint64>(rows[i].participant); },
        [&](size_t i, quint32 position) {
            rows[kept] = rows[i];
            rows[kept].participant = position;
            ++kept;
        });
    rows.resize(kept);
    input.locations = std::move(rows);
}

// On the loader's own connections the rows are handed over inside SQLite's scan, to aggregate
// functions of the loader's: a fifth less time than stepping out of the statement and asking
// for each column of each row. An aggregate sees the rows in the order of the scan, the table's
// own; the loader checks that order rather than relying on it.
constexpr const char* kCollectParticipantsSql =
    "SELECT index_participants(id, reach) FROM participants WHERE status = 'active'";
constexpr const char* kCollectLocationsSql =
    "SELECT index_locations(participant_id, lat, lon, weekdays, start_minute, end_minute) "
    "FROM locations WHERE participant_id BETWEEN ?1 AND ?2";

using LocationRows = std::vector<IndexInput::Location>;

struct Collector
{
    IndexInput* input = nullptr;
    LocationRows* rows = nullptr;
    qint64 lowId = 0;
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
            {sqlite3_value_int64(v[0]), static_cast<quint8>(sqlite3_value_int(v[1]))});
    });
}

void collectLocation(sqlite3_context* context, int, sqlite3_value** v)
{
    collectInto(context, [v](Collector& c) {
        const TimeWindow window{static_cast<quint8>(sqlite3_value_int(v[3])),
                                static_cast<quint16>(sqlite3_value_int(v[4])),
                                static_cast<quint16>(sqlite3_value_int(v[5]))};
        c.rows->push_back({static_cast<quint32>(static_cast<quint64>(sqlite3_value_int64(v[0])) -
                                                static_cast<quint64>(c.lowId)),
                           sqlite3_value_double(v[1]), sqlite3_value_double(v[2]),
                           window.packed()});
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

// A collecting statement: `function` receives every row that a run of `sql` reads.
class CollectingStatement
{
public:
    CollectingStatement(sqlite3* db, const char* function, int arguments,
                        void (*step)(sqlite3_context*, int, sqlite3_value**), const char* sql,
                        Collector& collector, QString failure)
        : m_db(db)
        , m_collector(collector)
        , m_failure(std::move(failure))
    {
        if (sqlite3_create_function(db, function, arguments, SQLITE_UTF8, &collector, nullptr, step,
                                    collectNothing) == SQLITE_OK)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~CollectingStatement() { sqlite3_finalize(m_stmt); }
    CollectingStatement(const CollectingStatement&) = delete;
    CollectingStatement& operator=(const CollectingStatement&) = delete;

    // Over the participant ids from `first` to `last`, or the whole table (no bounds).
    Status run(std::optional<std::pair<qint64, qint64>> bounds = std::nullopt)
    {
        if (!m_stmt)
            return failure();
        if (bounds) {
            sqlite3_bind_int64(m_stmt, 1, bounds->first);
            sqlite3_bind_int64(m_stmt, 2, bounds->second);
        }
        const int rc = sqlite3_step(m_stmt);
        const Status status = m_collector.outOfMemory ? Status(outOfMemory())
                              : rc != SQLITE_ROW      ? Status(failure())
                                                      : Status();
        sqlite3_reset(m_stmt);
        return status;
    }

private:
    Error failure() const { return Error{m_failure.arg(QString::fromUtf8(sqlite3_errmsg(m_db)))}; }

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    Collector& m_collector;
    QString m_failure;
};

Status collectParticipants(sqlite3* db, IndexInput& input)
{
    input.participants.reserve(expectedRows(scalar(db, "SELECT min(id) FROM participants", 0),
                                            scalar(db, "SELECT max(id) FROM participants", -1), 2));
    Collector collector{&input};
    CollectingStatement statement(db, "index_participants", 2, collectParticipant,
                                  kCollectParticipantsSql, collector,
                                  ParticipantIndexLoader::tr("Cannot read the participants: %1"));
    if (auto read = statement.run(); !read)
        return read;
    auto byId = [](const IndexInput::Participant& a, const IndexInput::Participant& b) {
        return a.id < b.id;
    };
    if (!std::is_sorted(input.participants.begin(), input.participants.end(), byId))
        std::sort(input.participants.begin(), input.participants.end(), byId);
    return {};
}

// The locations' participant ids in pieces. The locations' reader takes them from the front;
// the participants' reader, once done with the participants, takes them from the back. The
// two tables differ in size, and this way both cores read until the last piece.
class LocationPieces
{
public:
    enum class End { Front, Back };
    static constexpr int kPieces = 16;

    LocationPieces(qint64 lowId, qint64 highId)
        : m_lowId(lowId)
        , m_span(static_cast<quint64>(highId) - static_cast<quint64>(lowId) + 1)
    {}

    // The ids of the next piece from that end, none once the two ends have met.
    std::optional<std::pair<qint64, qint64>> take(End end)
    {
        std::lock_guard lock(m_mutex);
        if (m_front > m_back)
            return std::nullopt;
        const int piece = end == End::Front ? m_front++ : m_back--;
        return std::pair{idAt(piece), idAt(piece + 1) - 1};
    }

private:
    qint64 idAt(int piece) const
    {
        return m_lowId + static_cast<qint64>(m_span * static_cast<quint64>(piece) / kPieces);
    }

    const qint64 m_lowId;
    const quint64 m_span; // at most 2^32: the pieces' bounds fit in 64 bits
    std::mutex m_mutex;
    int m_front = 0;
    int m_back = kPieces - 1;
};

// Reads pieces of the locations from one end until none is left. From the back, each piece
// goes after the one before it in `rows`, in descending order; `starts` records where each
// began, so that they can be put back in id order.
Status collectLocationPieces(sqlite3* db, LocationPieces& pieces, LocationPieces::End end,
                             qint64 lowId, LocationRows& rows, std::vector<size_t>* starts)
{
    Collector collector{nullptr, &rows, lowId};
    CollectingStatement statement(db, "index_locations", 6, collectLocation, kCollectLocationsSql,
                                  collector,
                                  ParticipantIndexLoader::tr("Cannot read the locations: %1"));
    while (const auto piece = pieces.take(end)) {
        if (starts)
            starts->push_back(rows.size());
        if (auto read = statement.run(*piece); !read)
            return read;
    }
    return {};
}

// A connection of the loader's own, read-only and used by one thread at a time. The file is
// read through a memory map: a scan then reads its pages where they lie instead of copying each
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

// Each connection reads in one read transaction of its own: all of a participant's locations
// come from one snapshot, and the pieces' offsets are taken against the lowest id of the
// snapshot the locations' reader sees (ids only grow, so the other's rows are no lower).
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3* db)
        : m_db(db)
    {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    }
    ~ReadTransaction() { sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr); }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* m_db;
};

// Out of memory (a process under a memory limit) is an error like any other here: an
// exception must neither escape a reader thread nor unwind past it while it runs.
template <typename Read>
Status guarded(Read&& read)
{
    try {
        return read();
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

// The pieces read from the back go after those from the front, in id order.
void appendInIdOrder(LocationRows& front, const LocationRows& back,
                     const std::vector<size_t>& starts)
{
    front.reserve(front.size() + back.size());
    size_t end = back.size();
    for (auto start = starts.rbegin(); start != starts.rend(); ++start) {
        front.insert(front.end(), back.begin() + static_cast<std::ptrdiff_t>(*start),
                     back.begin() + static_cast<std::ptrdiff_t>(end));
        end = *start;
    }
}

// SQLite's own API: a million rows through QtSql's QVariants take seconds, not a fraction.
// Two connections read at once, each in a thread of its own: one the participants and then
// locations from the back, the other locations from the front.
Result<IndexInput> loadSqlite(sqlite3* db)
{
    IndexInput input;
    const char* file = sqlite3_db_filename(db, "main");
    const bool onDisk = file && *file;
    std::optional<ReadConnection> first, second;
    if (onDisk) {
        first.emplace(file);
        second.emplace(file);
    }
    if (!onDisk || !first->db || !second->db) {
        // An in-memory register: the one connection, one table after the other.
        std::vector<RawLocation> raw;
        if (auto read = readParticipants(db, input); !read)
            return read.error();
        if (auto read = readLocations(db, raw, input.participants.size() * 5 / 4); !read)
            return read.error();
        joinLocations(raw, input);
        return input;
    }

    std::optional<ReadTransaction> secondSnapshot(second->db);
    const qint64 lowId = scalar(second->db, "SELECT min(participant_id) FROM locations", 0);
    const qint64 highId = scalar(second->db, "SELECT max(participant_id) FROM locations", -1);
    // A second address for about one in four participants (the demo register has one for one
    // in five); more only costs the vector growing once.
    const size_t expected = expectedRows(lowId, highId, 3);
    // Offsets from the lowest id in 32 bits, while the ids span less than 2^32, which a
    // register's sequence does; else the rows with their full ids, on the one connection.
    const bool inPieces =
        highId < lowId ||
        static_cast<quint64>(highId) - static_cast<quint64>(lowId) <= 0xffffffffULL;
    std::optional<LocationPieces> pieces;
    if (inPieces && highId >= lowId)
        pieces.emplace(lowId, highId);

    OffsetLocations located{lowId, {}};
    LocationRows back;
    std::vector<size_t> backStarts;
    std::vector<RawLocation> raw;
    Status locations;
    std::thread reader([&] {
        locations = guarded([&]() -> Status {
            if (!inPieces)
                return readLocations(second->db, raw, expected);
            located.rows.reserve(expected);
            if (!pieces)
                return {};
            return collectLocationPieces(second->db, *pieces, LocationPieces::End::Front, lowId,
                                         located.rows, nullptr);
        });
        secondSnapshot.reset();
    });
    const Status participants = guarded([&]() -> Status {
        ReadTransaction snapshot(first->db);
        if (auto read = collectParticipants(first->db, input); !read)
            return read;
        if (!pieces)
            return {};
        backStarts.reserve(LocationPieces::kPieces);
        return collectLocationPieces(first->db, *pieces, LocationPieces::End::Back, lowId, back,
                                     &backStarts);
    });
    reader.join();
    if (!participants)
        return participants.error();
    if (!locations)
        return locations.error();
    if (!inPieces) {
        joinLocations(raw, input);
        return input;
    }
    const Status joined = guarded([&]() -> Status {
        appendInIdOrder(located.rows, back, backStarts);
        back = {};
        auto byParticipant = [](const IndexInput::Location& a, const IndexInput::Location& b) {
            return a.participant < b.participant;
        };
        if (!std::is_sorted(located.rows.begin(), located.rows.end(), byParticipant))
            std::stable_sort(located.rows.begin(), located.rows.end(), byParticipant);
        joinInPlace(located, input);
        return {};
    });
    if (!joined)
        return joined.error();
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
    while (participants.next())
        input.participants.push_back({participants.value(0).toLongLong(),
                                      static_cast<quint8>(participants.value(1).toInt())});
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
