#include "app/geocode/LocatieserverClient.h"
#include "app/geocode/PlaceFinder.h"
#include "tests/geocode/LocatieserverStub.h"

#include <QTest>

#include <catch2/catch.hpp>
#include <optional>

using namespace burgernet;
using burgernet::test::LocatieserverStub;
using Failure = LocatieserverClient::Failure;

namespace {

std::optional<LocatieserverClient::Reply> ask(LocatieserverClient& client, const QString& text,
                                              bool suggest = false)
{
    std::optional<LocatieserverClient::Reply> out;
    auto connection = QObject::connect(&client, &LocatieserverClient::replied,
                                       [&](const LocatieserverClient::Reply& r) { out = r; });
    if (suggest)
        client.suggest(text);
    else
        client.search(text);
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 10000);
    QObject::disconnect(connection);
    return out;
}

PlaceTable somePlaces()
{
    Place utrecht;
    utrecht.name = QStringLiteral("Utrecht");
    utrecht.lat = 52.0908;
    utrecht.lon = 5.1222;
    utrecht.population = 290000;
    utrecht.province = QStringLiteral("Utrecht");
    Place amsterdam;
    amsterdam.name = QStringLiteral("Amsterdam");
    amsterdam.lat = 52.3740;
    amsterdam.lon = 4.8897;
    amsterdam.population = 870000;
    amsterdam.province = QStringLiteral("Noord-Holland");
    return PlaceTable({utrecht, amsterdam});
}

// A port on loopback where nothing listens.
QUrl refusedUrl()
{
    LocatieserverStub stub;
    const QUrl url = stub.baseUrl();
    stub.stop();
    return url;
}

} // namespace

TEST_CASE("The Locatieserver answer is read into typed hits with WGS84 centroids", "[geocode]")
{
    auto hits = LocatieserverFormat::parse(LocatieserverStub::answerFor(QStringLiteral("3511")));
    REQUIRE(hits);
    REQUIRE(hits->size() == 3);
    CHECK(hits->at(0).kind == PlaceKind::Postcode);
    CHECK(hits->at(0).label == QStringLiteral("3511AB, Utrecht"));
    CHECK(hits->at(0).coordinate.longitude() == Approx(5.11220));
    CHECK(hits->at(0).coordinate.latitude() == Approx(52.09230));
    CHECK(hits->at(1).kind == PlaceKind::Place);
    CHECK(hits->at(2).kind == PlaceKind::Municipality);

    auto damrak =
        LocatieserverFormat::parse(LocatieserverStub::answerFor(QStringLiteral("Damrak")));
    REQUIRE(damrak);
    REQUIRE(damrak->size() == 2); // the parcel is not one of the kinds asked for
    CHECK(damrak->at(0).kind == PlaceKind::Address);
    CHECK(damrak->at(1).kind == PlaceKind::Street);

    CHECK(LocatieserverFormat::parsePoint(QStringLiteral("POINT(4.9 52.3)"))->latitude() == 52.3);
    CHECK(!LocatieserverFormat::parsePoint(QStringLiteral("POINT(121000 487000)")));
    CHECK(!LocatieserverFormat::parsePoint(QStringLiteral("POINT(4.9)")));

    auto notJson = LocatieserverFormat::parse("{\"response\": [");
    REQUIRE(!notJson);
    CHECK(notJson.errorMessage().contains(QLatin1String("not JSON")));
    auto noDocs = LocatieserverFormat::parse("{\"responseHeader\": {}}");
    REQUIRE(!noDocs);
    CHECK(noDocs.errorMessage().contains(QLatin1String("response.docs")));
    auto badPoint = LocatieserverFormat::parse(
        R"j({"response":{"docs":[{"type":"adres","weergavenaam":"Damrak 1","centroide_ll":"POINT(x y)"}]}})j");
    REQUIRE(!badPoint);
    CHECK(badPoint.errorMessage().contains(QLatin1String("Result 1")));
    CHECK(badPoint.errorMessage().contains(QLatin1String("centroide_ll")));
}

TEST_CASE("The request asks the free or suggest endpoint for the five kinds", "[geocode]")
{
    const QUrl url = LocatieserverFormat::requestUrl(
        QUrl(QStringLiteral("https://api.pdok.nl/bzk/locatieserver/search/v3_1")),
        LocatieserverFormat::Endpoint::Suggest, QStringLiteral("Damrak 1+2"), 5);
    CHECK(url.path() == QStringLiteral("/bzk/locatieserver/search/v3_1/suggest"));
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded) ==
          QStringLiteral("Damrak 1+2"));
    CHECK(query.queryItemValue(QStringLiteral("rows")) == QStringLiteral("5"));
    CHECK(query.queryItemValue(QStringLiteral("fq"), QUrl::FullyDecoded) ==
          QStringLiteral("type:(adres OR postcode OR weg OR woonplaats OR gemeente)"));
    CHECK(query.queryItemValue(QStringLiteral("fl"), QUrl::FullyDecoded)
              .contains(QLatin1String("centroide_ll")));
}

TEST_CASE("Address search and suggestions through a loopback Locatieserver", "[geocode]")
{
    LocatieserverStub stub;
    LocatieserverClient client(stub.baseUrl());

    auto found = ask(client, QStringLiteral("Damrak 1 Amsterdam"));
    REQUIRE(found);
    CHECK(found->failure == Failure::None);
    CHECK(stub.lastEndpoint() == QStringLiteral("free"));
    CHECK(stub.lastParameter(QStringLiteral("q")) == QStringLiteral("Damrak 1 Amsterdam"));
    REQUIRE(found->hits.size() == 2);
    CHECK(found->hits[0].kind == PlaceKind::Address);
    CHECK(found->hits[0].coordinate.latitude() == Approx(52.37643));

    auto suggested = ask(client, QStringLiteral("3511"), true);
    REQUIRE(suggested);
    CHECK(suggested->failure == Failure::None);
    CHECK(suggested->endpoint == LocatieserverFormat::Endpoint::Suggest);
    CHECK(stub.lastEndpoint() == QStringLiteral("suggest"));
    REQUIRE(suggested->hits.size() == 3);
    CHECK(suggested->hits[0].kind == PlaceKind::Postcode);
}

TEST_CASE("Service errors, malformed answers and timeouts are clear errors", "[geocode]")
{
    LocatieserverStub stub;
    LocatieserverClient client(stub.baseUrl());

    SECTION("an HTTP error with the service's explanation")
    {
        stub.script({400, R"({"type":"about:blank","title":"Bad Request","status":400,)"
                          R"("detail":"unknown query parameter: foo"})"});
        auto r = ask(client, QStringLiteral("Damrak"));
        REQUIRE(r);
        CHECK(r->failure == Failure::ServiceError);
        CHECK(r->error.contains(QLatin1String("400")));
        CHECK(r->error.contains(QLatin1String("unknown query parameter: foo")));
    }
    SECTION("a server error without a body")
    {
        stub.script({503, {}});
        auto r = ask(client, QStringLiteral("Damrak"));
        REQUIRE(r);
        CHECK(r->failure == Failure::ServiceError);
        CHECK(r->error.contains(QLatin1String("503")));
    }
    SECTION("malformed JSON")
    {
        stub.script({200, "<html>maintenance</html>"});
        auto r = ask(client, QStringLiteral("Damrak"));
        REQUIRE(r);
        CHECK(r->failure == Failure::BadAnswer);
        CHECK(r->error.contains(QLatin1String("not JSON")));
    }
    SECTION("no answer in time")
    {
        client.setTimeoutMs(300);
        stub.script({200, LocatieserverStub::answerFor(QStringLiteral("Damrak")), 2000});
        auto r = ask(client, QStringLiteral("Damrak"));
        REQUIRE(r);
        CHECK(r->failure == Failure::Timeout);
        CHECK(r->error.contains(QLatin1String("0.3 s")));
    }
}

TEST_CASE("A suggestion replaces the one still under way", "[geocode]")
{
    LocatieserverStub stub;
    LocatieserverClient client(stub.baseUrl());
    std::vector<QString> answered;
    QObject::connect(&client, &LocatieserverClient::replied,
                     [&](const LocatieserverClient::Reply& r) { answered.push_back(r.query); });
    stub.script({200, LocatieserverStub::answerFor(QStringLiteral("Damrak")), 500});
    client.suggest(QStringLiteral("Dam"));
    client.suggest(QStringLiteral("Damrak"));
    REQUIRE(QTest::qWaitFor([&] { return !client.isBusy(); }, 5000));
    REQUIRE(answered == std::vector<QString>{QStringLiteral("Damrak")});
}

TEST_CASE("Without network, search falls back to the places and postcode centres", "[geocode]")
{
    PlaceFinder finder(refusedUrl(), somePlaces());
    finder.offlinePlaces().setPostcodeCentroids({{QStringLiteral("3511"), 52.0921, 5.1190, 212},
                                                 {QStringLiteral("1012"), 52.3737, 4.8924, 97}});
    std::optional<PlaceAnswer> answer;
    QObject::connect(&finder, &PlaceFinder::found, [&](const PlaceAnswer& a) { answer = a; });

    finder.search(QStringLiteral("3511 AB"));
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    CHECK(finder.isOffline());
    CHECK(answer->offline);
    CHECK(answer->problem.contains(QLatin1String("cannot be reached")));
    REQUIRE(answer->hits.size() == 1);
    CHECK(answer->hits[0].kind == PlaceKind::Postcode);
    CHECK(answer->hits[0].label.contains(QLatin1String("3511")));
    CHECK(answer->hits[0].coordinate.latitude() == Approx(52.0921));

    answer.reset();
    finder.search(QStringLiteral("Damrak 1, 1012 LG Amsterdam"));
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    REQUIRE(answer->hits.size() >= 2);
    CHECK(answer->hits[0].kind == PlaceKind::Postcode); // 1012, then the place
    CHECK(answer->hits[1].kind == PlaceKind::Place);
    CHECK(answer->hits[1].label.startsWith(QLatin1String("Amsterdam")));

    // Suggestions do not wait for the service while it is known to be unreachable.
    std::optional<PlaceAnswer> suggested;
    QObject::connect(&finder, &PlaceFinder::suggestions,
                     [&](const PlaceAnswer& a) { suggested = a; });
    finder.suggest(QStringLiteral("Utr"));
    REQUIRE(suggested.has_value()); // at once, not after a round trip
    CHECK(suggested->offline);
    REQUIRE(suggested->hits.size() == 1);
    CHECK(suggested->hits[0].label == QStringLiteral("Utrecht (Utrecht)"));
}

TEST_CASE("A service error falls back too, and says why, success is online again", "[geocode]")
{
    LocatieserverStub stub;
    PlaceFinder finder(stub.baseUrl(), somePlaces());
    std::optional<PlaceAnswer> answer;
    QObject::connect(&finder, &PlaceFinder::found, [&](const PlaceAnswer& a) { answer = a; });
    stub.script({200, "{not json"});
    finder.search(QStringLiteral("Utrecht"));
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    CHECK(answer->offline);
    CHECK(answer->problem.contains(QLatin1String("not JSON")));
    REQUIRE(answer->hits.size() == 1);
    CHECK(!finder.isOffline()); // the service answered: the network is there

    answer.reset();
    finder.search(QStringLiteral("3511"));
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    CHECK(!answer->offline);
    CHECK(answer->problem.isEmpty());
    CHECK(answer->hits.size() == 3);
}

TEST_CASE("Offline postcodes are recognised in what a dispatcher types", "[geocode]")
{
    CHECK(OfflinePlaces::pc4In(QStringLiteral("3511AB")) == QStringLiteral("3511"));
    CHECK(OfflinePlaces::pc4In(QStringLiteral("3511 ab 12")) == QStringLiteral("3511"));
    CHECK(OfflinePlaces::pc4In(QStringLiteral("Oudegracht 12, 3511 AB Utrecht")) ==
          QStringLiteral("3511"));
    CHECK(OfflinePlaces::pc4In(QStringLiteral("0123 AB")).isEmpty());
    CHECK(OfflinePlaces::pc4In(QStringLiteral("Oudegracht 12345")).isEmpty());
    CHECK(OfflinePlaces::pc4In(QStringLiteral("Utrecht")).isEmpty());
}
