// Every input the fuzzers found a crash or a hang with (tests/fuzz/regressions/<target>) and
// every seed (tests/fuzz/corpus/<target>), through the same target functions, in the normal
// build: a fixed bug stays fixed without clang. A broken invariant aborts the test.
#include "app/channels/common/CallbackRoutes.h"
#include "app/channels/sms_kannel/KannelSmsSender.h"
#include "app/core/Clock.h"
#include "app/geo/GeoArea.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>
#include <cmath>
#include <utility>

using namespace burgernet;

namespace {

using Target = int (*)(const uint8_t*, size_t);

const std::pair<const char*, Target> kTargets[] = {
    {"participant_csv", fuzz::participantCsv},
    {"boundary_file", fuzz::boundaryFile},
    {"geojson_area", fuzz::geoJsonArea},
    {"cap_roundtrip", fuzz::capRoundTrip},
    {"gateway_callback", fuzz::kannelCallback},
    {"location", fuzz::location},
    {"audit_log", fuzz::auditLog},
    {"scenario", fuzz::scenario},
    {"settings_file", fuzz::settingsFile},
    {"template_file", fuzz::templateFile},
};

int runFolder(const QString& folder, Target target)
{
    int inputs = 0;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        INFO(file.fileName().toStdString());
        QElapsedTimer timer;
        timer.start();
        target(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
        // The fuzzers' limit is one second with sanitizers; without them, far less.
        CHECK(timer.elapsed() < 1000);
        ++inputs;
    }
    return inputs;
}

} // namespace

TEST_CASE("Every saved fuzzing crash and every seed passes its target", "[fuzz][regression]")
{
    fuzz::initialise();
    fuzz::locationWarmUp();
    fuzz::auditLogWarmUp();
    const QString root = QStringLiteral(BURGERNET_SOURCE_DIR "/tests/fuzz/");
    for (const auto& [name, target] : kTargets) {
        SECTION(name)
        {
            const QString target_name = QString::fromLatin1(name);
            const int seeds = runFolder(root + QStringLiteral("corpus/") + target_name, target);
            CHECK(seeds > 0);
            runFolder(root + QStringLiteral("regressions/") + target_name, target);
        }
    }
}

// Found by fuzz_geojson_area on its first seed: compiled by clang, toGeoJson wrote a polygon's
// rings one level too shallow (a braced QJsonArray of one array is a copy of it there), so the
// console could not read back its own areas.
TEST_CASE("An area's GeoJSON reads back as the same area", "[fuzz][regression][geo]")
{
    const GeoRing outer = {{52.08, 5.10}, {52.08, 5.13}, {52.10, 5.13}, {52.10, 5.10}};
    const GeoRing hole = {{52.085, 5.11}, {52.085, 5.12}, {52.09, 5.12}};
    const GeoRing other = {{51.90, 4.40}, {51.90, 4.45}, {51.93, 4.45}};
    for (const GeoArea& area :
         {GeoArea::polygon(outer), GeoArea::polygon(outer, {hole}),
          GeoArea::multiPolygon({GeoPolygon{outer, {hole}}, GeoPolygon{other, {}}}),
          GeoArea::circle(QGeoCoordinate(52.09, 5.12), 750)}) {
        const QByteArray json = QJsonDocument(area.toGeoJson()).toJson(QJsonDocument::Compact);
        INFO(json.toStdString());
        const auto back = GeoArea::fromGeoJson(json);
        REQUIRE(back.ok());
        CHECK(back->kind() == area.kind());
        CHECK(back->parts() == area.parts());
        CHECK(back->vertexCount() == area.vertexCount());
    }
}

// Found by fuzz_geojson_area: a ring that repeats its first position at the end lost one
// position more on every read (closed twice: by the reader and by GeoArea::multiPolygon), and a
// ring [a, b, a, a] left its area without an error.
TEST_CASE("A ring closed twice reads back the same, a degenerate one is refused",
          "[fuzz][regression][geo]")
{
    const QByteArray twice = R"({"type":"Polygon","coordinates":[[[4.40,51.90],[4.50,51.90],)"
                             R"([4.50,51.95],[4.40,51.90],[4.40,51.90]]]})";
    const auto area = GeoArea::fromGeoJson(twice);
    REQUIRE(area.ok());
    const auto back =
        GeoArea::fromGeoJson(QJsonDocument(area->toGeoJson()).toJson(QJsonDocument::Compact));
    REQUIRE(back.ok());
    CHECK(back->vertexCount() == area->vertexCount());

    const auto degenerate = GeoArea::fromGeoJson(
        R"({"type":"MultiPolygon","coordinates":[[[[4.40,51.90],[4.50,51.90],[4.50,51.95],)"
        R"([4.40,51.90]]],[[[5.0,52.0],[5.1,52.0],[5.0,52.0],[5.0,52.0]]]]})");
    REQUIRE_FALSE(degenerate.ok());
    CHECK(degenerate.errorMessage().contains(QLatin1String("Part 1")));
}

// Found while seeding fuzz_gateway_callback: a delivery report with a time stamp beyond
// QDateTime's range reached the outbox with no time at all.
TEST_CASE("A Kannel delivery report with an impossible time stamp gets the console's time",
          "[fuzz][regression][channels]")
{
    SystemClock clock;
    QList<DeliveryReport> reports;
    SenderContext context;
    context.clock = &clock;
    context.deliveryReport = [&reports](const DeliveryReport& r) { reports << r; };
    KannelSmsSender kannel(context);
    CallbackRoutes routes;
    routes.set(QStringLiteral("/callbacks/sms-kannel"),
               [&kannel](const CallbackRequest& r) { return kannel.handleCallback(r); });
    const auto answer = [&routes](const char* target) {
        return routes.answer("GET", QUrl::fromEncoded(QByteArray("http://127.0.0.1") + target), {},
                             {});
    };
    CHECK(answer("/callbacks/sms-kannel/dlr?id=7&type=1&ts=999999999999999999").status == 200);
    CHECK(answer("/callbacks/sms-kannel/dlr?id=8&type=1&ts=1764910000").status == 200);
    CHECK(answer("/callbacks/sms-kannel/dlr?type=1").status == 400);
    CHECK(answer("/callbacks/sms-kannelx/dlr?id=9&type=1").status == 404);
    REQUIRE(reports.size() == 2);
    CHECK(reports[0].at.isValid());
    CHECK(std::abs(reports[0].at.secsTo(clock.nowUtc())) < 60);
    CHECK(reports[1].at == QDateTime::fromSecsSinceEpoch(1764910000, Qt::UTC));
}
