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

Status readParticipants(sqlite3* db, IndexInput& input)
{
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

Status readLocations(sqlite3* db, std::vector<RawLocation>& out, size_t expected)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, kLocationsSql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error{ParticipantIndexLoader::tr("Cannot read the locations: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    out.reserve(expected);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const TimeWindow window{static_cast<quint8>(sqlite3_column_int(stmt, 3)),
                                static_cast<quint16>(sqlite3_column_int(stmt, 4)),
                                static_cast<quint16>(sqlite3_column_int(stmt, 5))};
        out.push_back({sqlite3_column_int64(stmt, 0), sqlite3_column_double(stmt, 1),
                       sqlite3_column_double(stmt, 2), window.packed()});
    }
    sqlite3_finalize(stmt);
    return {};
}

// SQLite's own API: a million rows through QtSql's QVariants take seconds, not a fraction.
// The locations are read on a second connection in a thread of their own while this one reads
// the participants: the two scans take about as long each, and the load at start halves.
Result<IndexInput> loadSqlite(sqlite3* db)
{
    IndexInput input;
    std::vector<RawLocation> raw;
    const char* file = sqlite3_db_filename(db, "main");
    sqlite3* second = nullptr;
    if (file && *file &&
        sqlite3_open_v2(file, &second, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK) {
        sqlite3_close(second);
        second = nullptr;
    }
    if (!second) {
        if (auto read = readParticipants(db, input); !read)
            return read.error();
        if (auto read = readLocations(db, raw, input.participants.size() * 5 / 4); !read)
            return read.error();
        joinLocations(raw, input);
        return input;
    }
    // Out of memory (a process under a memory limit) is an error like any other here: an
    // exception must neither escape the reader thread nor unwind past it while it runs.
    const auto outOfMemory = [] {
        return Error{ParticipantIndexLoader::tr(
            "Not enough memory to load the participants into the index.")};
    };
    Status locations;
    std::thread reader([&] {
        sqlite3_exec(second, "BEGIN", nullptr, nullptr, nullptr);
        try {
            locations = readLocations(second, raw, 0);
        } catch (const std::bad_alloc&) {
            raw = {};
            locations = outOfMemory();
        }
        sqlite3_exec(second, "COMMIT", nullptr, nullptr, nullptr);
    });
    Status participants;
    try {
        participants = readParticipants(db, input);
    } catch (const std::bad_alloc&) {
        input = {};
        participants = outOfMemory();
    }
    reader.join();
    sqlite3_close(second);
    if (!participants)
        return participants.error();
    if (!locations)
        return locations.error();
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
