// Scenario files: every bundled one loads, bad files are refused with the field named, the true
// path and the simulated population behave as the scenario says.
#include "app/training/Scenario.h"

#include "app/training/SimulatedPopulation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

QJsonObject bundledJson(const QString& name)
{
    QFile file(QStringLiteral(":/scenarios/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString errorOf(const QJsonObject& json)
{
    auto s = ScenarioLoader::parse(QJsonDocument(json).toJson());
    REQUIRE_FALSE(s.ok());
    return s.errorMessage();
}

} // namespace

TEST_CASE("Every bundled scenario loads and is complete", "[training][scenario]")
{
    const QStringList names = ScenarioLoader::bundled();
    CHECK(names.size() >= 5);
    QList<IncidentType> types;
    bool gatewayFailure = false;
    bool corridor = false;
    for (const QString& name : names) {
        INFO(name.toStdString());
        auto s = ScenarioLoader::load(QStringLiteral(":/scenarios/") + name);
        REQUIRE(s.ok());
        CHECK_FALSE(s->title.isEmpty());
        CHECK_FALSE(s->goals.isEmpty());
        CHECK(s->path.size() >= 2);
        CHECK_FALSE(s->population.tipTexts.isEmpty());
        types << s->incident.type;
        for (const Inject& i : s->injects)
            gatewayFailure = gatewayFailure || i.kind == InjectKind::GatewayFailure;
        corridor = corridor || (s->incident.type == IncidentType::Robbery && s->referenceArea &&
                                s->referenceArea->kind() == GeoArea::Kind::Polygon);
        if (s->incident.type == IncidentType::Missing) {
            CHECK(s->hasCriterion(Criterion::Consent));
            REQUIRE(s->foundAt());
            CHECK(*s->foundAt() == Approx(40));
        }
    }
    CHECK(types.contains(IncidentType::Burglary));
    CHECK(types.contains(IncidentType::StreetRobbery));
    CHECK(types.contains(IncidentType::Missing));
    CHECK(types.contains(IncidentType::Robbery));
    CHECK(gatewayFailure);
    CHECK(corridor);
}

TEST_CASE("A bad scenario is refused with the field named", "[training][scenario]")
{
    const QJsonObject good = bundledJson(QStringLiteral("woninginbraak-utrecht.json"));
    REQUIRE(ScenarioLoader::parse(QJsonDocument(good).toJson()).ok());

    QJsonObject s = good;
    s.remove(QStringLiteral("title"));
    CHECK(errorOf(s).startsWith(QStringLiteral("title:")));

    s = good;
    QJsonObject incident = s.value(QStringLiteral("incident")).toObject();
    incident.insert(QStringLiteral("timeOfDay"), QStringLiteral("half drie"));
    s.insert(QStringLiteral("incident"), incident);
    CHECK(errorOf(s).startsWith(QStringLiteral("incident.timeOfDay:")));

    s = good;
    incident = s.value(QStringLiteral("incident")).toObject();
    incident.insert(QStringLiteral("type"), QStringLiteral("fietsendiefstal"));
    s.insert(QStringLiteral("incident"), incident);
    CHECK(errorOf(s).contains(QStringLiteral("incident.type: \"fietsendiefstal\"")));

    s = good;
    QJsonArray injects = s.value(QStringLiteral("injects")).toArray();
    QJsonObject inject = injects.at(2).toObject();
    inject.insert(QStringLiteral("kind"), QStringLiteral("gateway-failure"));
    inject.insert(QStringLiteral("channel"), QStringLiteral("postduif"));
    injects.replace(2, inject);
    s.insert(QStringLiteral("injects"), injects);
    CHECK(errorOf(s).startsWith(QStringLiteral("injects[2].channel:")));

    s = good;
    QJsonArray path = s.value(QStringLiteral("truePath")).toArray();
    QJsonObject point = path.at(3).toObject();
    point.insert(QStringLiteral("minute"), 1);
    path.replace(3, point);
    s.insert(QStringLiteral("truePath"), path);
    CHECK(errorOf(s).startsWith(QStringLiteral("truePath[3].minute:")));

    s = good;
    path = s.value(QStringLiteral("truePath")).toArray();
    point = path.at(1).toObject();
    point.insert(QStringLiteral("lat"), 48.85); // Paris
    path.replace(1, point);
    s.insert(QStringLiteral("truePath"), path);
    CHECK(errorOf(s).startsWith(QStringLiteral("truePath[1].lat:")));

    s = good;
    QJsonArray goals = s.value(QStringLiteral("learningGoals")).toArray();
    QJsonObject goal = goals.at(0).toObject();
    goal.insert(
        QStringLiteral("criteria"),
        QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("first-send-within")}}});
    goals.replace(0, goal);
    s.insert(QStringLiteral("learningGoals"), goals);
    CHECK(errorOf(s).startsWith(QStringLiteral("learningGoals[0].criteria[0].minutes:")));

    s = good;
    s.insert(QStringLiteral("titel"), QStringLiteral("typo"));
    CHECK(errorOf(s).startsWith(QStringLiteral("titel: is not a known field")));

    s = good;
    s.insert(QStringLiteral("referenceArea"),
             QJsonObject{{QStringLiteral("circle"), QJsonObject{{QStringLiteral("lat"), 52.09},
                                                                {QStringLiteral("lon"), 5.12}}}});
    CHECK(errorOf(s).startsWith(QStringLiteral("referenceArea.circle.radiusMetres:")));

    auto broken = ScenarioLoader::parse("{\n  \"title\": \"x\",\n  oops\n}");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.errorMessage().startsWith(QStringLiteral("line 3:")));
}

TEST_CASE("The true path is followed between its points and stops where the person is found",
          "[training][scenario]")
{
    auto s = ScenarioLoader::load(QStringLiteral(":/scenarios/vermissing-kind-eindhoven.json"));
    REQUIRE(s.ok());
    const QGeoCoordinate a = s->path.at(0).position;
    const QGeoCoordinate b = s->path.at(1).position;
    const QGeoCoordinate mid = s->positionAt(5);
    CHECK(mid.latitude() == Approx((a.latitude() + b.latitude()) / 2));
    CHECK(mid.longitude() == Approx((a.longitude() + b.longitude()) / 2));
    CHECK(s->positionAt(-3) == a);
    // Found at 40: the position stays there.
    CHECK(s->positionAt(50) == s->positionAt(40));
}

TEST_CASE("The simulated population calls back less the farther and the later, and repeats "
          "itself",
          "[training][scenario]")
{
    auto s = ScenarioLoader::load(QStringLiteral(":/scenarios/woninginbraak-utrecht.json"));
    REQUIRE(s.ok());
    SimulatedPopulation population(*s);
    CHECK(population.probability(0, 0) == Approx(s->population.baseProbability));
    CHECK(population.probability(100, 0) > population.probability(500, 0));
    CHECK(population.probability(100, 1) > population.probability(100, 20));

    // On the path, at the moment of passing: many call; a kilometre off: hardly anyone.
    int near = 0;
    int far = 0;
    const QGeoCoordinate onPath = s->positionAt(10);
    const QGeoCoordinate off = onPath.atDistanceAndAzimuth(1500, 0);
    for (qint64 id = 1; id <= 2000; ++id) {
        const auto a = population.decide(1, id, {onPath}, 9);
        const auto b = population.decide(1, id, {off}, 9);
        near += a ? 1 : 0;
        far += b ? 1 : 0;
        if (a) {
            CHECK(a->minute >= 9 + s->population.delayMinMinutes);
            CHECK(a->at == onPath);
            CHECK(s->population.tipTexts.contains(a->text));
        }
        // The same participant decides the same way every time.
        CHECK(population.decide(1, id, {onPath}, 9).has_value() == a.has_value());
    }
    CHECK(near > 200);
    CHECK(far < near / 20);
}
