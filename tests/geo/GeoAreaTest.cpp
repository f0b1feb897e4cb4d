#include "app/geo/GeoArea.h"

#include "app/geo/TimeWindow.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("Circles are geodesic on the WGS84 ellipsoid", "[geo]")
{
    // Amsterdam Centraal to Utrecht Centraal: about 35.4 km.
    const double d = geo::distanceMetres(52.3791, 4.9003, 52.0894, 5.1100);
    CHECK(d == Approx(35400).margin(400));
    const GeoArea area = GeoArea::circle(QGeoCoordinate(52.3791, 4.9003), 1000);
    CHECK(area.contains(52.3791, 4.9003));
    // 1 km north is 0.0089868 degrees of latitude here (the meridian's radius of curvature at
    // 52.4 degrees is 6,375 km), not the mean sphere's 0.0089932.
    CHECK(area.contains(52.3791 + 0.0089865, 4.9003));
    CHECK_FALSE(area.contains(52.3791 + 0.0089870, 4.9003));
    const GeoArea::Box box = area.boundingBox();
    CHECK(box.north - box.south >= 2 * 0.0089868);
    CHECK(box.north - box.south == Approx(2 * 0.0089868).epsilon(1e-2));
    CHECK(box.east - box.west > box.north - box.south); // longitude degrees are shorter
}

TEST_CASE("Polygons: concave, with holes, edges inside", "[geo]")
{
    // A U shape with a square hole in its left arm.
    const GeoRing u{{52.0, 5.0}, {52.0, 5.3}, {52.3, 5.3}, {52.3, 5.2},
                    {52.1, 5.2}, {52.1, 5.1}, {52.3, 5.1}, {52.3, 5.0}};
    const GeoRing hole{{52.15, 5.02}, {52.15, 5.08}, {52.25, 5.08}, {52.25, 5.02}};
    const GeoArea area = GeoArea::polygon(u, {hole});
    CHECK(area.contains(52.05, 5.15));      // the bottom of the U
    CHECK_FALSE(area.contains(52.2, 5.15)); // the notch
    CHECK(area.contains(52.2, 5.25));       // the right arm
    CHECK_FALSE(area.contains(52.2, 5.05)); // in the hole
    CHECK(area.contains(52.15, 5.05));      // on the hole's edge
    CHECK(area.contains(52.0, 5.15));       // on the outer edge
    CHECK(area.contains(52.3, 5.3));        // a vertex
    CHECK(area.contains(52.1, 5.15));       // on the notch's edge
    CHECK_FALSE(area.contains(51.99, 5.15));
}

TEST_CASE("GeoJSON in and out, CAP strings", "[geo]")
{
    const QByteArray json = R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon",
        "coordinates":[[[4.0,52.0],[4.1,52.0],[4.1,52.1],[4.0,52.0]]]}})";
    const auto area = GeoArea::fromGeoJson(json);
    REQUIRE(area.ok());
    CHECK(area->kind() == GeoArea::Kind::Polygon);
    CHECK(area->outer().size() == 3);
    CHECK(area->toCapPolygons() ==
          QStringList{QStringLiteral(
              "52.000000,4.000000 52.000000,4.100000 52.100000,4.100000 52.000000,4.000000")});
    const auto again = GeoArea::fromGeoJson(QJsonDocument(area->toGeoJson()).toJson());
    REQUIRE(again.ok());
    CHECK(again->outer() == area->outer());

    const auto circle = GeoArea::fromGeoJson(
        R"({"type":"Feature","properties":{"radius":1500},"geometry":{"type":"Point","coordinates":[4.9,52.37]}})");
    REQUIRE(circle.ok());
    CHECK(circle->kind() == GeoArea::Kind::Circle);
    CHECK(circle->toCapCircle() == QStringLiteral("52.370000,4.900000 1.500"));

    CHECK_FALSE(GeoArea::fromGeoJson("{").ok());
    CHECK_FALSE(
        GeoArea::fromGeoJson(R"({"type":"LineString","coordinates":[[4,52],[5,52]]})").ok());
    CHECK_FALSE(
        GeoArea::fromGeoJson(R"({"type":"Polygon","coordinates":[[[4,52],[5,52],[4,52]]]})").ok());
    CHECK_FALSE(
        GeoArea::fromGeoJson(R"({"type":"Polygon","coordinates":[[[4,52],[5,95],[4,53],[4,52]]]})")
            .ok());
}

TEST_CASE("Time windows: weekdays, hours and nights past midnight", "[geo]")
{
    // Work address Monday to Friday 08:00-18:00.
    const quint32 work = TimeWindow{0b0011111, 8 * 60, 18 * 60}.packed();
    CHECK(TimeWindow::activeAt(work, 0, 8 * 60));
    CHECK(TimeWindow::activeAt(work, 4, 17 * 60 + 59));
    CHECK_FALSE(TimeWindow::activeAt(work, 4, 18 * 60));
    CHECK_FALSE(TimeWindow::activeAt(work, 5, 12 * 60));
    // Night shift Friday and Saturday 22:00-06:00: Saturday 03:00 belongs to Friday's night.
    const quint32 night = TimeWindow{0b0110000, 22 * 60, 6 * 60}.packed();
    CHECK(TimeWindow::activeAt(night, 5, 3 * 60));        // Saturday 03:00 (Friday night)
    CHECK(TimeWindow::activeAt(night, 5, 23 * 60));       // Saturday 23:00
    CHECK(TimeWindow::activeAt(night, 6, 3 * 60));        // Sunday 03:00 (Saturday night)
    CHECK_FALSE(TimeWindow::activeAt(night, 6, 23 * 60)); // Sunday night is not registered
    CHECK_FALSE(TimeWindow::activeAt(night, 0, 5 * 60));  // nor Monday early morning
    CHECK_FALSE(TimeWindow::activeAt(night, 4, 3 * 60));  // Friday 03:00 (Thursday night)
    CHECK(TimeWindow::unpack(work).startMinute == 480);
    CHECK(TimeWindow{}.isAlways());
    // Amsterdam time: 2026-07-01 06:30 UTC is Wednesday 08:30 CEST.
    const LocalMoment m = LocalMoment::of(QDateTime(QDate(2026, 7, 1), QTime(6, 30), Qt::UTC));
    CHECK(m.weekday == 2);
    CHECK(m.minute == 8 * 60 + 30);
}

TEST_CASE("GeoJSON MultiPolygon in and out, the parts' boxes and contains", "[geo]")
{
    const QByteArray json = R"({"type":"MultiPolygon","coordinates":[
        [[[4.0,52.0],[4.1,52.0],[4.1,52.1],[4.0,52.0]]],
        [[[5.0,53.0],[5.2,53.0],[5.2,53.2],[5.0,53.2],[5.0,53.0]],
         [[5.05,53.05],[5.1,53.05],[5.1,53.1],[5.05,53.05]]]]})";
    const auto area = GeoArea::fromGeoJson(json);
    REQUIRE(area.ok());
    REQUIRE(area->parts().size() == 2);
    CHECK(area->parts()[1].holes.size() == 1);
    CHECK(area->vertexCount() == 3 + 4 + 3);
    CHECK(area->contains(52.01, 4.09));
    CHECK(area->contains(53.15, 5.15));
    CHECK_FALSE(area->contains(53.06, 5.09)); // in the hole
    CHECK_FALSE(area->contains(52.5, 4.5));
    const GeoArea::Box box = area->boundingBox();
    CHECK(box.south == 52.0);
    CHECK(box.north == 53.2);
    CHECK(box.west == 4.0);
    CHECK(box.east == 5.2);
    const QJsonObject out = area->toGeoJson();
    CHECK(out.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("type")) ==
          QStringLiteral("MultiPolygon"));
    const auto again = GeoArea::fromGeoJson(QJsonDocument(out).toJson());
    REQUIRE(again.ok());
    CHECK(again->parts() == area->parts());
    CHECK(area->toCapPolygons().size() == 2);

    const auto bad = GeoArea::fromGeoJson(R"({"type":"MultiPolygon","coordinates":[
        [[[4.0,52.0],[4.1,52.0],[4.1,52.1],[4.0,52.0]]], [[[4.0,52.0],[4.1,52.0]]]]})");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().startsWith(QStringLiteral("Part 1: Ring 0")));
}
