// The index is loaded with the active participants' locations only, on SQLite and PostgreSQL.
#include "app/storage/ParticipantIndexLoader.h"

#include "app/core/Participant.h"
#include "app/register/DemoPopulation.h"
#include "app/storage/Database.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>

#include <map>
#include <set>
#include <tuple>

using namespace burgernet;

namespace {

void loadsActiveLocationsOnly(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto opened = Database::open(temp->spec());
    REQUIRE(opened.ok());
    Database& db = **opened;
    REQUIRE(DemoPopulation::generate(db, 900, 5).ok());
    QSqlQuery query(db.connection());
    // Pause and unsubscribe some, with and without a second address.
    REQUIRE(
        query.exec(QStringLiteral("UPDATE participants SET status = 'paused' WHERE id % 7 = 0")));
    REQUIRE(query.exec(QStringLiteral(
        "UPDATE participants SET status = 'unsubscribed', unsubscribed_at = 0 WHERE id % 11 = 0")));

    // The oracle: plain SQL with the join the loader leaves out, and the channels from the
    // addresses themselves.
    std::map<qint64, int> expected; // participant id -> active locations
    std::map<qint64, int> expectedChannels;
    REQUIRE(query.exec(QStringLiteral(
        "SELECT p.id, COUNT(l.participant_id), p.channel_prefs, p.mobile IS NOT NULL, "
        "p.phone IS NOT NULL, p.email IS NOT NULL FROM participants p LEFT JOIN locations l "
        "ON l.participant_id = p.id WHERE p.status = 'active' GROUP BY p.id")));
    while (query.next()) {
        expected[query.value(0).toLongLong()] = query.value(1).toInt();
        expectedChannels[query.value(0).toLongLong()] =
            Participant::reachableChannels(query.value(2).toInt(), query.value(3).toBool(),
                                           query.value(4).toBool(), query.value(5).toBool());
    }
    REQUIRE(expected.size() < 900);
    REQUIRE(expected.size() > 600);
    std::set<std::tuple<qint64, double, double>> expectedPlaces;
    REQUIRE(query.exec(QStringLiteral("SELECT l.participant_id, l.lat, l.lon FROM locations l "
                                      "JOIN participants p ON p.id = l.participant_id "
                                      "WHERE p.status = 'active'")));
    while (query.next())
        expectedPlaces.insert(
            {query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble()});

    auto input = ParticipantIndexLoader::load(db);
    REQUIRE(input.ok());
    std::map<qint64, int> loaded, loadedChannels;
    for (const auto& p : input->participants) {
        loaded[p.id] = 0;
        loadedChannels[p.id] = p.channels;
    }
    std::set<std::tuple<qint64, double, double>> places;
    for (const auto& l : input->locations) {
        REQUIRE(l.participant < input->participants.size());
        ++loaded[input->participants[l.participant].id];
        places.insert({input->participants[l.participant].id, l.lat, l.lon});
    }
    CHECK(loaded == expected);
    CHECK(loadedChannels == expectedChannels);
    CHECK(places == expectedPlaces);
}

// Ids more than 2^32 apart (a register whose sequence was moved on) do not fit the loader's
// 32-bit offsets: it reads them with their full ids instead, and loads the same.
void loadsIdsFarApart(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto opened = Database::open(temp->spec());
    REQUIRE(opened.ok());
    Database& db = **opened;
    QSqlQuery query(db.connection());
    const QList<qint64> ids{3, 17, (qint64(1) << 33) + 5, (qint64(1) << 33) + 9};
    for (const qint64 id : ids) {
        REQUIRE(query.exec(QStringLiteral("INSERT INTO participants (id, pseudonym, name, mobile, "
                                          "channel_prefs, reach, registered_at, updated_at) "
                                          "VALUES (%1, 'P-%1', 'N', '+31612345678', 1, 1, 0, 0)")
                               .arg(id)));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO locations (participant_id, kind, street, "
                                          "house_number, postcode, place, municipality, lat, lon) "
                                          "VALUES (%1, 'home', '', '', '', '', '', %2, 5.1)")
                               .arg(id)
                               .arg(52.0 + static_cast<double>(id % 100) / 1000.0)));
    }
    auto input = ParticipantIndexLoader::load(db);
    REQUIRE(input.ok());
    REQUIRE(input->participants.size() == 4);
    REQUIRE(input->locations.size() == 4);
    for (const auto& l : input->locations) {
        const qint64 id = input->participants[l.participant].id;
        CHECK(ids.contains(id));
        CHECK(l.lat == 52.0 + static_cast<double>(id % 100) / 1000.0);
        CHECK(input->participants[l.participant].channels == 1);
    }
}

} // namespace

BURGERNET_STORAGE_TEST("The index loader reads the active participants' locations only",
                       loadsActiveLocationsOnly)
BURGERNET_STORAGE_TEST("The index loader reads participants whose ids lie more than 2^32 apart",
                       loadsIdsFarApart)

TEST_CASE("The index loaded from PostgreSQL by binary COPY equals the one loaded from SQLite",
          "[storage][postgres]")
{
    auto load = [](DatabaseKind kind) {
        auto temp = test::TempDatabase::create(kind);
        auto db = Database::open(temp->spec());
        REQUIRE(db.ok());
        REQUIRE(DemoPopulation::generate(**db, 3000, 9).ok());
        QSqlQuery query((*db)->connection());
        // Rows moved by updates leave the heap out of id order on PostgreSQL.
        REQUIRE(query.exec(
            QStringLiteral("UPDATE participants SET status = 'paused' WHERE id % 13 = 0")));
        REQUIRE(query.exec(QStringLiteral("UPDATE locations SET weekdays = 31, start_minute = "
                                          "480, end_minute = 1080 WHERE participant_id % 5 = 0")));
        auto input = ParticipantIndexLoader::load(**db);
        REQUIRE(input.ok());
        return std::move(input).value();
    };
    const IndexInput sqlite = load(DatabaseKind::Sqlite);
    const IndexInput postgres = load(DatabaseKind::PostgreSql);
    REQUIRE(sqlite.participants.size() == postgres.participants.size());
    REQUIRE(sqlite.locations.size() == postgres.locations.size());
    for (size_t i = 0; i < sqlite.participants.size(); ++i) {
        CHECK(sqlite.participants[i].id == postgres.participants[i].id);
        CHECK(sqlite.participants[i].channels == postgres.participants[i].channels);
    }
    std::set<std::tuple<quint32, double, double, quint32>> a, b;
    for (const auto& l : sqlite.locations)
        a.insert({l.participant, l.lat, l.lon, l.window});
    for (const auto& l : postgres.locations)
        b.insert({l.participant, l.lat, l.lon, l.window});
    CHECK(a == b);
}
