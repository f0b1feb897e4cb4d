// Circles are geodesic on the WGS84 ellipsoid: GeographicLib is the reference, and the fast
// estimate in front of it stays within its stated error on random points out to 100 km.
#include "app/geo/GeodesicCircle.h"

#include "app/geo/GeoArea.h"

#include <GeographicLib/Geodesic.hpp>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace burgernet;

namespace {

const GeographicLib::Geodesic& wgs84()
{
    return GeographicLib::Geodesic::WGS84();
}

struct Sample
{
    double lat0, lon0, lat, lon, metres;
};

// A centre anywhere the fast test serves, and a point in a random direction.
Sample randomSample(std::mt19937& random, double maxMetres)
{
    std::uniform_real_distribution<double> lat(-80, 80), lon(-180, 180), azimuth(0, 360),
        unit(0, 1);
    Sample s{lat(random), lon(random), 0, 0, maxMetres * unit(random)};
    wgs84().Direct(s.lat0, s.lon0, azimuth(random), s.metres, s.lat, s.lon);
    return s;
}

} // namespace

TEST_CASE("The circle's fast estimate is within 5 cm of GeographicLib out to 100 km",
          "[geo][geodesic]")
{
    std::mt19937 random(21);
    double worst = 0;
    for (int i = 0; i < 100'000; ++i) {
        const Sample s = randomSample(random, 100'000);
        double exact = 0;
        wgs84().Inverse(s.lat0, s.lon0, s.lat, s.lon, exact);
        const double error =
            std::abs(GeodesicCircle(s.lat0, s.lon0, 1000).estimatedDistance(s.lat, s.lon) - exact);
        worst = std::max(worst, error);
        INFO("from " << s.lat0 << "," << s.lon0 << " to " << s.lat << "," << s.lon << ": " << exact
                     << " m");
        REQUIRE(error <= GeodesicCircle::estimateError(exact));
    }
    INFO("worst " << worst << " m");
    CHECK(worst <= 0.05);
    CHECK(GeodesicCircle::estimateError(100'000) <= 0.05);
}

TEST_CASE("Circles answer as GeographicLib does, also a hair inside and outside the edge",
          "[geo][geodesic]")
{
    std::mt19937 random(22);
    std::uniform_real_distribution<double> radius(10, 150'000), hair(-0.01, 0.01);
    for (int i = 0; i < 20'000; ++i) {
        Sample s = randomSample(random, 1);
        const double r = radius(random);
        // Half the points within a centimetre of the edge, the rest anywhere up to twice r.
        const double distance = i % 2 ? r + hair(random) : 2 * r * (i % 7) / 7.0;
        wgs84().Direct(s.lat0, s.lon0, 360.0 * (i % 97) / 97, distance, s.lat, s.lon);
        double exact = 0;
        wgs84().Inverse(s.lat0, s.lon0, s.lat, s.lon, exact);
        const GeodesicCircle circle(s.lat0, s.lon0, r);
        INFO("r=" << r << " d=" << exact);
        REQUIRE(circle.contains(s.lat, s.lon) == (exact <= r));
        REQUIRE(GeoArea::circle(QGeoCoordinate(s.lat0, s.lon0), r).contains(s.lat, s.lon) ==
                (exact <= r));
    }
}

TEST_CASE("A band's spans hold: inside within the inner one, outside beyond the outer one",
          "[geo][geodesic]")
{
    std::mt19937 random(23);
    std::uniform_real_distribution<double> lat(50, 54), lon(3, 8), radius(100, 60'000), unit(0, 1);
    for (int i = 0; i < 2'000; ++i) {
        const GeodesicCircle circle(lat(random), lon(random), radius(random));
        const double extent = circle.radiusMetres() / 111'000;
        const double south = circle.lat() + extent * (2.4 * unit(random) - 1.2);
        const double north = south + 0.00225;
        const auto [inner, outer] = circle.span(south, north);
        for (int k = 0; k < 20; ++k) {
            const double pLat = south + (north - south) * unit(random);
            if (inner >= 0) {
                const double pLon = circle.lon() + inner * (2 * unit(random) - 1);
                REQUIRE(circle.containsExactly(pLat, pLon));
            }
            const double beyond = (outer < 0 ? 0 : outer) + 1e-6 + 0.01 * unit(random);
            REQUIRE_FALSE(circle.containsExactly(pLat, circle.lon() + beyond));
            REQUIRE_FALSE(circle.containsExactly(pLat, circle.lon() - beyond));
        }
    }
}

TEST_CASE("Distances and circles are on the ellipsoid, not the sphere", "[geo][geodesic]")
{
    // Amsterdam Centraal to Utrecht Centraal, as GeographicLib (and PostGIS geography) say.
    double expected = 0;
    wgs84().Inverse(52.3791, 4.9003, 52.0894, 5.1100, expected);
    CHECK(geo::distanceMetres(52.3791, 4.9003, 52.0894, 5.1100) == expected);
    // The mean-radius sphere puts 5 km due east at 52° N about 10 m short.
    double lat = 0, lon = 0;
    wgs84().Direct(52.0, 5.0, 90, 5000, lat, lon);
    const double sphere =
        6371008.8 * std::acos(std::sin(52.0 * M_PI / 180) * std::sin(lat * M_PI / 180) +
                              std::cos(52.0 * M_PI / 180) * std::cos(lat * M_PI / 180) *
                                  std::cos((lon - 5.0) * M_PI / 180));
    CHECK(5000 - sphere > 8);
    const GeoArea area = GeoArea::circle(QGeoCoordinate(52.0, 5.0), 5000);
    wgs84().Direct(52.0, 5.0, 90, 5000.01, lat, lon);
    CHECK_FALSE(area.contains(lat, lon));
    wgs84().Direct(52.0, 5.0, 90, 4999.99, lat, lon);
    CHECK(area.contains(lat, lon));
}
