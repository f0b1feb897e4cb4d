#include "app/register/DemoPopulation.h"

#include "app/ctl/CtlContext.h"
#include "app/geo/NationalBorder.h"
#include "app/geo/TimeWindow.h"
#include "app/services/SelectionService.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantIndexLoader.h"
#include "app/storage/ParticipantRepository.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>
#include <set>

using namespace burgernet;

namespace {

const PlaceTable& places()
{
    static const PlaceTable table = [] {
        auto loaded = PlaceTable::load();
        REQUIRE(loaded.ok());
        return *loaded;
    }();
    return table;
}

void generatesIntoTheRegister(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    qint64 lastReported = 0;
    const Status generated = DemoPopulation::generate(**db, 3000, 5, [&](qint64 done, qint64) {
        lastReported = done;
        return true;
    });
    INFO(generated.errorMessage().toStdString());
    REQUIRE(generated.ok());
    CHECK(lastReported == 3000);
    CHECK(*ParticipantRepository(**db).countAll() == 3000);
    CHECK((*db)->metaValue(QStringLiteral("content")) == QStringLiteral("demo:3000:5"));

    // The index built from the register agrees with the register itself.
    auto input = ParticipantIndexLoader::load(**db);
    REQUIRE(input.ok());
    QSqlQuery query((*db)->connection());
    REQUIRE(
        query.exec(QStringLiteral("SELECT count(*) FROM locations l JOIN participants p ON p.id = "
                                  "l.participant_id WHERE p.status = 'active'")));
    REQUIRE(query.next());
    CHECK(static_cast<qint64>(input->locations.size()) == query.value(0).toLongLong());
    REQUIRE(
        query.exec(QStringLiteral("SELECT count(*) FROM participants WHERE status = 'active'")));
    REQUIRE(query.next());
    CHECK(static_cast<qint64>(input->participants.size()) == query.value(0).toLongLong());
}

void cancellingLeavesTheRegisterEmpty(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    const QString listIndexes = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                               "sqlite_master WHERE type = 'index' ORDER BY name)");
    QString indexesBefore;
    if (kind == DatabaseKind::Sqlite) {
        QSqlQuery before((*db)->connection());
        REQUIRE(before.exec(listIndexes));
        REQUIRE(before.next());
        indexesBefore = before.value(0).toString();
    }
    const Status cancelled =
        DemoPopulation::generate(**db, 20'000, 1, [](qint64 done, qint64) { return done < 8000; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.errorMessage().contains(QStringLiteral("unchanged")));
    CHECK(*ParticipantRepository(**db).countAll() == 0);
    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM locations")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    // And the indexes dropped for the bulk write are all back.
    if (kind == DatabaseKind::Sqlite) {
        REQUIRE(query.exec(listIndexes));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == indexesBefore);
        CHECK(indexesBefore.contains(QStringLiteral("participants_pseudonym")));
    }
}

} // namespace

TEST_CASE("The same seed gives the same participants", "[demo]")
{
    DemoPopulation a(places(), 7), b(places(), 7), c(places(), 8);
    for (qint64 i : {0LL, 1LL, 999LL, 123456LL}) {
        const Participant pa = a.make(i), pb = b.make(i), pc = c.make(i);
        CHECK(pa.name == pb.name);
        CHECK(pa.mobile == pb.mobile);
        CHECK(pa.locations.size() == pb.locations.size());
        CHECK(pa.locations[0].lat == pb.locations[0].lat);
        CHECK(pa.pseudonym == pc.pseudonym); // pseudonyms follow the number, not the seed
        CHECK((pa.name != pc.name || pa.locations[0].lat != pc.locations[0].lat));
    }
}

TEST_CASE("Demo participants stay what they were: registers, exercises and counts made before "
          "depend on them",
          "[demo]")
{
    DemoPopulation population(places(), 1);
    const auto describe = [](const Participant& p) {
        QStringList fields{p.pseudonym,
                           p.externalId,
                           p.name,
                           p.language,
                           Participant::statusId(p.status),
                           p.mobile,
                           p.phone,
                           p.email,
                           QString::number(p.channelPrefs),
                           p.registeredAt.toString(Qt::ISODate)};
        for (const ParticipantLocation& l : p.locations)
            fields << l.street << l.houseNumber << l.postcode << l.place << l.municipality
                   << QString::number(l.lat, 'f', 7) << QString::number(l.lon, 'f', 7)
                   << QString::number(l.weekdays) << QString::number(l.startMinute);
        return fields.join(QLatin1Char('|')).toStdString();
    };
    CHECK(describe(population.make(0)) ==
          "P-HWNCBBBB|R10000000|Jeroen Smit|nl|active|+31635272546|+31156014978|"
          "jeroen.smit0@post.example.org|7|2014-09-25T13:53:47Z|Beukenweg|97|9309 KN|Groningen|"
          "Groningen|53.2503696|6.5607753|127|0");
    CHECK(describe(population.make(1)) ==
          "P-JHBJNMCD|R10000001|Julia van der Veen|nl|active|+31643698505||"
          "julia.vanderveen1@example.org|7|2017-03-30T20:19:00Z|Berkenkade|111|5870 DF|Venlo|"
          "Venlo|51.3785115|6.1777832|127|0|Kerkdreef|190|1046 IM|Muiden|Diemen|52.3143594|"
          "5.0565838|31|480");
}

TEST_CASE("A demo population keeps its places after the table it was given is gone", "[demo]")
{
    std::optional<DemoPopulation> population;
    {
        auto loaded = PlaceTable::load();
        REQUIRE(loaded.ok());
        population.emplace(*loaded, 7);
    }
    DemoPopulation reference(places(), 7);
    for (qint64 i : {0LL, 1LL, 999LL}) {
        const Participant made = population->make(i), expected = reference.make(i);
        REQUIRE(made.locations.size() == expected.locations.size());
        for (qsizetype l = 0; l < made.locations.size(); ++l) {
            CHECK(made.locations[l].place.toStdString() ==
                  expected.locations[l].place.toStdString());
            CHECK(made.locations[l].lat == expected.locations[l].lat);
            CHECK(made.locations[l].lon == expected.locations[l].lon);
        }
    }
}

TEST_CASE("Demo participants look Dutch, live inside the border and are spread like the "
          "population",
          "[demo]")
{
    DemoPopulation population(places(), 1);
    const QRegularExpression postcode(QStringLiteral("^[1-9]\\d{3} [A-Z]{2}$"));
    const QRegularExpression mobile(QStringLiteral("^\\+316[1-5]\\d{7}$"));
    const QRegularExpression fixed(QStringLiteral("^\\+31[1-57]\\d{8}$"));
    const QRegularExpression email(QStringLiteral("^[a-z.]+\\d+@([a-z]+\\.)?example\\.org$"));
    const QRegularExpression pseudonym(QStringLiteral("^P-[B-DF-HJ-NP-TV-XZ]{8}$"));
    std::set<QString> pseudonyms;
    int withWork = 0, inAmsterdam = 0, active = 0;
    const int n = 20'000;
    for (int i = 0; i < n; ++i) {
        const Participant p = population.make(i);
        INFO(p.pseudonym.toStdString());
        CHECK(pseudonym.match(p.pseudonym).hasMatch());
        CHECK(pseudonyms.insert(p.pseudonym).second);
        CHECK((p.mobile.isEmpty() || mobile.match(p.mobile).hasMatch()));
        CHECK((p.phone.isEmpty() || fixed.match(p.phone).hasMatch()));
        CHECK((p.email.isEmpty() || email.match(p.email).hasMatch()));
        CHECK((!p.mobile.isEmpty() || !p.phone.isEmpty()));
        for (const ParticipantLocation& l : p.locations) {
            CHECK(postcode.match(l.postcode).hasMatch());
            CHECK(l.lat > 50.6);
            CHECK(l.lat < 53.7);
            CHECK(l.lon > 3.2);
            CHECK(l.lon < 7.3);
            // As the importer demands: a demo register can be exported and imported again.
            CHECK(NationalBorder::netherlands().contains(l.lat, l.lon));
        }
        withWork += p.locations.size() == 2;
        active += p.status == Participant::Status::Active;
        if (geo::distanceMetres(p.locations[0].lat, p.locations[0].lon, 52.3731, 4.8922) < 8000)
            ++inAmsterdam;
    }
    CHECK(withWork > n * 20 / 100);
    CHECK(withWork < n * 30 / 100);
    CHECK(active > n * 90 / 100);
    // Amsterdam holds about 5 % of the places' population.
    CHECK(inAmsterdam > n * 3 / 100);
    CHECK(inAmsterdam < n * 8 / 100);
}

BURGERNET_STORAGE_TEST("The demo population is written and read back by the index loader",
                       generatesIntoTheRegister)
BURGERNET_STORAGE_TEST("A cancelled demo population leaves the register as it was",
                       cancellingLeavesTheRegisterEmpty)

TEST_CASE("burgernetctl demo and area count", "[demo][ctl]")
{
    auto temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    const QString audit = temp->dir() + QStringLiteral("/audit.sqlite");
    const auto demo = test::runCtl({QStringLiteral("--db"), temp->address(),
                                    QStringLiteral("--audit-log"), audit, QStringLiteral("demo"),
                                    QStringLiteral("--participants"), QStringLiteral("5000")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == ExitOk);
    const auto again = test::runCtl({QStringLiteral("--db"), temp->address(),
                                     QStringLiteral("--audit-log"), audit, QStringLiteral("demo"),
                                     QStringLiteral("--participants"), QStringLiteral("5")});
    CHECK(again.exitCode == ExitFailure); // only into an empty register

    const auto count =
        test::runCtl({QStringLiteral("--db"), temp->address(), QStringLiteral("--audit-log"), audit,
                      QStringLiteral("area"), QStringLiteral("count"), QStringLiteral("--circle"),
                      QStringLiteral("52.3731,4.8922,10000"), QStringLiteral("--at"),
                      QStringLiteral("2026-11-25T14:30:00+01:00"), QStringLiteral("--json")});
    INFO(count.err.toStdString());
    REQUIRE(count.exitCode == ExitOk);
    const QJsonObject json = QJsonDocument::fromJson(count.out.toUtf8()).object();
    const int participants = json.value(QStringLiteral("participants")).toInt();
    CHECK(participants > 100);
    CHECK(json.value(QStringLiteral("locations")).toInt() >= participants);
    CHECK(
        json.value(QStringLiteral("by_channel")).toObject().value(QStringLiteral("sms")).toInt() <=
        participants);

    // The same through the service directly, and at night (work addresses out of hours).
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    SelectionService selection;
    REQUIRE(selection.reload(**db).ok());
    const GeoArea area = GeoArea::circle(QGeoCoordinate(52.3731, 4.8922), 10000);
    const auto afternoon = selection.count(
        area, QDateTime::fromString(QStringLiteral("2026-11-25T14:30:00+01:00"), Qt::ISODate));
    CHECK(afternoon.participants == participants);
    const auto night = selection.count(
        area, QDateTime::fromString(QStringLiteral("2026-11-25T03:00:00+01:00"), Qt::ISODate));
    CHECK(night.locations < afternoon.locations);

    CHECK(test::runCtl({QStringLiteral("--db"), temp->address(), QStringLiteral("area"),
                        QStringLiteral("count")})
              .exitCode == ExitUsage);
    CHECK(
        test::runCtl({QStringLiteral("--db"), temp->address(), QStringLiteral("area"),
                      QStringLiteral("count"), QStringLiteral("--circle"), QStringLiteral("52,4")})
            .exitCode == ExitUsage);
}
