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

TEST_CASE("GEOS validity: a self-intersecting polygon is repaired keeping every part",
          "[geo][geos]")
{
    // A bow tie: the two triangles meet at (52.075, 5.075); the right one is five times larger.
    const GeoArea bowTie = GeoArea::polygon({{52.0, 5.0}, {52.2, 5.2}, {52.0, 5.3}, {52.1, 5.0}});
    auto checked = AreaGeometry::validated(bowTie);
    REQUIRE(checked);
    CHECK(checked->repaired);
    CHECK(checked->message.contains(QStringLiteral("Self-intersection")));
    CHECK(checked->message.contains(QStringLiteral("2 parts")));
    // Both triangles are kept: the larger right one and the small left one.
    REQUIRE(checked->area.parts().size() == 2);
    CHECK(checked->area.contains(52.1, 5.2));
    CHECK(checked->area.contains(52.05, 5.02));
    CHECK_FALSE(checked->area.contains(52.15, 5.05)); // between the lobes, outside both
    // The lobes' shoelace areas cancel: as drawn it was much smaller than what is kept, so the
    // dispatcher is asked.
    CHECK(checked->areaChange > 0.3);
    CHECK(checked->needsConfirmation());
    auto repairedAgain = AreaGeometry::validated(checked->area);
    REQUIRE(repairedAgain);
    CHECK_FALSE(repairedAgain->repaired);
    CHECK(AreaGeometry::usable(bowTie)->parts().size() == 2);

    // A corner dragged a hair across the opposite edge: repaired, the area barely changes, and
    // nobody is asked.
    const GeoArea nick =
        GeoArea::polygon({{52.0, 5.0}, {52.0, 5.1}, {52.1, 5.1}, {52.1, 4.998}, {52.102, 5.0}});
    auto small = AreaGeometry::validated(nick);
    REQUIRE(small);
    CHECK(small->repaired);
    CHECK(small->areaChange < 0.01);
    CHECK_FALSE(small->needsConfirmation());

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

TEST_CASE("GEOS validity: parts that overlap are joined, parts apart stay apart", "[geo][geos]")
{
    const GeoPolygon a{{{52.0, 5.0}, {52.0, 5.1}, {52.1, 5.1}, {52.1, 5.0}}, {}};
    const GeoPolygon b{{{52.05, 5.05}, {52.05, 5.15}, {52.15, 5.15}, {52.15, 5.05}}, {}};
    const GeoPolygon c{{{52.3, 5.0}, {52.3, 5.1}, {52.4, 5.1}, {52.4, 5.0}}, {}};
    auto apart = AreaGeometry::validated(GeoArea::multiPolygon({a, c}));
    REQUIRE(apart);
    CHECK_FALSE(apart->repaired);
    CHECK(apart->area.parts().size() == 2);
    auto overlapping = AreaGeometry::validated(GeoArea::multiPolygon({a, b, c}));
    REQUIRE(overlapping);
    CHECK(overlapping->repaired);
    CHECK(overlapping->area.parts().size() == 2);
    // The overlap is inside (not cut out as an even-odd hole would be).
    CHECK(overlapping->area.contains(52.07, 5.07));
    CHECK(overlapping->area.contains(52.12, 5.12));
    CHECK(overlapping->area.contains(52.35, 5.05));
    // Areas add up over the parts.
    const double one = *AreaGeometry::areaSquareMetres(GeoArea::multiPolygon({a}));
    CHECK(*AreaGeometry::areaSquareMetres(apart->area) == Approx(2 * one).epsilon(0.01));
}
