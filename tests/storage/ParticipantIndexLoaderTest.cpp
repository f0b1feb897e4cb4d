// The index is loaded with the active participants' locations only, on SQLite and PostgreSQL.
#include "app/storage/ParticipantIndexLoader.h"

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

    // The oracle: plain SQL with the join the loader leaves out.
    std::map<qint64, int> expected; // participant id -> active locations
    REQUIRE(query.exec(QStringLiteral(
        "SELECT p.id, COUNT(l.participant_id) FROM participants p LEFT JOIN locations l "
        "ON l.participant_id = p.id WHERE p.status = 'active' GROUP BY p.id")));
    while (query.next())
        expected[query.value(0).toLongLong()] = query.value(1).toInt();
    REQUIRE(expected.size() < 900);
    REQUIRE(expected.size() > 600);

    auto input = ParticipantIndexLoader::load(db);
    REQUIRE(input.ok());
    std::map<qint64, int> loaded;
    for (const auto& p : input->participants)
        loaded[p.id] = 0;
    for (const auto& l : input->locations) {
        REQUIRE(l.participant < input->participants.size());
        ++loaded[input->participants[l.participant].id];
        CHECK(l.lat > 50.7);
        CHECK(l.lat < 53.6);
    }
    CHECK(loaded == expected);
}

} // namespace

BURGERNET_STORAGE_TEST("The index loader reads the active participants' locations only",
                       loadsActiveLocationsOnly)

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
