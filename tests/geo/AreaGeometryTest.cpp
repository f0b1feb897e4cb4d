#include "app/geo/AreaGeometry.h"

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("GEOS validity: a valid polygon passes untouched", "[geo][geos]")
{
    const GeoArea square = GeoArea::polygon({{52.0, 5.0}, {52.0, 5.1}, {52.1, 5.1}, {52.1, 5.0}});
    auto checked = AreaGeometry::validated(square);
    REQUIRE(checked);
    CHECK_FALSE(checked->repaired);
    CHECK(checked->area.outer() == square.outer());

    auto circle = AreaGeometry::validated(GeoArea::circle({52, 5}, 500));
    REQUIRE(circle);
    CHECK_FALSE(circle->repaired);
}

TEST_CASE("GEOS validity: a self-intersecting polygon is repaired with a message", "[geo][geos]")
{
    // A bow tie: the two triangles meet at (52.075, 5.075); the right one is five times larger.
    const GeoArea bowTie = GeoArea::polygon({{52.0, 5.0}, {52.2, 5.2}, {52.0, 5.3}, {52.1, 5.0}});
    auto checked = AreaGeometry::validated(bowTie);
    REQUIRE(checked);
    CHECK(checked->repaired);
    CHECK(checked->message.contains(QStringLiteral("Self-intersection")));
    CHECK(checked->message.contains(QStringLiteral("2 parts")));
    // The kept part is the larger right triangle, which holds (52.1, 5.2) but not (52.05, 5.02).
    CHECK(checked->area.contains(52.1, 5.2));
    CHECK_FALSE(checked->area.contains(52.05, 5.02));
    auto repairedAgain = AreaGeometry::validated(checked->area);
    REQUIRE(repairedAgain);
    CHECK_FALSE(repairedAgain->repaired);

    // Too few corners is refused.
    CHECK_FALSE(AreaGeometry::validated(GeoArea::polygon({{52, 5}, {52.1, 5}})));
}

TEST_CASE("GEOS corridor: a buffered route with a true width in metres", "[geo][geos]")
{
    // 2 km due east along 52 N, 200 m wide.
    const GeoRing route{{52.0, 5.0}, {52.0, 5.0 + 2000.0 / 68600.0}};
    auto corridor = AreaGeometry::corridor(route, 200);
    REQUIRE(corridor);
    CHECK(corridor->kind() == GeoArea::Kind::Polygon);
    // 90 m north of the route is inside, 110 m is not (1 m of latitude is 1/111,200 degree).
    CHECK(corridor->contains(52.0 + 90.0 / 111200, 5.01));
    CHECK_FALSE(corridor->contains(52.0 + 110.0 / 111200, 5.01));
    // Round ends: 90 m beyond the first point on the route's line is inside.
    CHECK(corridor->contains(52.0, 5.0 - 90.0 / 68600));
    // Its area is about 2,000 x 200 plus a circle of 100 m: 431,000 m2.
    auto area = AreaGeometry::areaSquareMetres(*corridor);
    REQUIRE(area);
    CHECK(*area == Approx(2000 * 200 + 3.1416 * 100 * 100).epsilon(0.03));

    CHECK_FALSE(AreaGeometry::corridor({{52.0, 5.0}}, 100));
    CHECK_FALSE(AreaGeometry::corridor(route, 0));
}
