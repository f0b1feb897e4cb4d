#include "app/storage/PostcodeCentroids.h"

#include "app/core/Participant.h"
#include "app/geocode/PlaceFinder.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using burgernet::test::TempDatabase;

namespace {

// Six addresses in 3511 around (52.09, 5.12), two in 1012 (too few to show), one without a
// postcode.
void writeRegister(Database& db)
{
    auto writer = ParticipantWriter::begin(db);
    REQUIRE(writer.ok());
    auto add = [&](int n, const QString& postcode, double lat, double lon) {
        Participant p;
        p.externalId = QStringLiteral("P%1").arg(n);
        p.pseudonym = QStringLiteral("pseudo-%1").arg(n);
        p.name = QStringLiteral("Deelnemer %1").arg(n);
        p.mobile = QStringLiteral("+316123456%1").arg(n, 2, 10, QLatin1Char('0'));
        ParticipantLocation home;
        home.street = QStringLiteral("Oudegracht");
        home.houseNumber = QString::number(n);
        home.postcode = postcode;
        home.place = QStringLiteral("Utrecht");
        home.municipality = QStringLiteral("Utrecht");
        home.lat = lat;
        home.lon = lon;
        p.locations = {home};
        auto written = (*writer)->write(p);
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
    };
    for (int i = 0; i < 6; ++i)
        add(i, QStringLiteral("3511 A%1").arg(QChar('A' + i)), 52.09 + 0.001 * i, 5.12);
    add(10, QStringLiteral("1012 LG"), 52.37, 4.89);
    add(11, QStringLiteral("1012 AB"), 52.38, 4.90);
    add(12, QStringLiteral(""), 0, 0);
    REQUIRE((*writer)->commit().ok());
}

void centroidsFromRegister(DatabaseKind kind)
{
    auto temp = TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    writeRegister(**db);
    auto centroids = PostcodeCentroids::load(**db);
    REQUIRE(centroids.ok());
    REQUIRE(centroids->size() == 1); // 1012 has two addresses: fewer than five
    CHECK(centroids->at(0).pc4 == QStringLiteral("3511"));
    CHECK(centroids->at(0).addresses == 6);
    CHECK(centroids->at(0).lat == Approx(52.0925));
    CHECK(centroids->at(0).lon == Approx(5.12));
    auto all = PostcodeCentroids::load(**db, 1);
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
}

} // namespace

BURGERNET_STORAGE_TEST("Postcode centres are averaged from the register, small areas left out",
                       centroidsFromRegister)

TEST_CASE("The place finder loads the register's postcode centres off the GUI thread", "[geocode]")
{
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    writeRegister(**db);
    PlaceFinder finder{QUrl(), PlaceTable()};
    int loaded = -1;
    QObject::connect(&finder, &PlaceFinder::postcodeCentroidsLoaded,
                     [&](int areas) { loaded = areas; });
    finder.loadPostcodeCentroids(**db);
    REQUIRE(QTest::qWaitFor([&] { return loaded >= 0; }, 10000));
    CHECK(loaded == 1);

    std::optional<PlaceAnswer> answer;
    QObject::connect(&finder, &PlaceFinder::found, [&](const PlaceAnswer& a) { answer = a; });
    finder.search(QStringLiteral("3511XY"));
    REQUIRE(answer.has_value()); // no service configured: answered at once, offline
    CHECK(answer->offline);
    REQUIRE(answer->hits.size() == 1);
    CHECK(answer->hits[0].kind == PlaceKind::Postcode);
    CHECK(answer->hits[0].coordinate.latitude() == Approx(52.0925));
}
