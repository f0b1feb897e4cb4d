// The national border against its definition: inside the basemap's Dutch land polygon or
// within 1 km of it, checked by distance (GEOS, RD New metres) on random points.
#include "app/geo/NationalBorder.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>
#include <random>

using namespace burgernet;

namespace {
const NationalBorder& nl()
{
    return NationalBorder::netherlands();
}
} // namespace

TEST_CASE("National border: Dutch places in, Brussels, Antwerp, Düsseldorf and the sea out",
          "[geo][border]")
{
    struct Place
    {
        const char* name;
        double lat, lon;
    };
    for (const Place& p :
         {Place{"Amsterdam", 52.3731, 4.8922}, Place{"Maastricht", 50.8514, 5.6910},
          Place{"Heerlen", 50.8882, 5.9795}, Place{"Cadzand", 51.3700, 3.3900},
          Place{"Eemshaven", 53.4390, 6.8300}, Place{"Schiermonnikoog", 53.4800, 6.1600},
          Place{"Den Helder", 52.9590, 4.7600}, Place{"Enschede", 52.2215, 6.8937},
          Place{"Baarle-Nassau", 51.4430, 4.9290}}) {
        INFO(p.name);
        CHECK(nl().contains(p.lat, p.lon));
    }
    for (const Place& p : {Place{"Brussels", 50.8467, 4.3525}, Place{"Antwerp", 51.2194, 4.4025},
                           Place{"Düsseldorf", 51.2277, 6.7735}, Place{"Aachen", 50.7753, 6.0839},
                           Place{"Gronau", 52.2125, 7.0230}, Place{"Emden", 53.3670, 7.2060},
                           Place{"North Sea", 52.5, 3.5}, Place{"off Scheveningen", 52.15, 4.15},
                           Place{"Wadden Sea", 53.2, 5.2}, Place{"Ostend", 51.2300, 2.9200}}) {
        INFO(p.name);
        CHECK_FALSE(nl().contains(p.lat, p.lon));
    }
    CHECK_FALSE(nl().contains(std::nan(""), 5.0));
    CHECK(NationalBorder::outsideMessage(52.5, 3.5) ==
          QStringLiteral("52.50000, 3.50000 lies outside the Netherlands (more than 1 km from its "
                         "land)"));
}

TEST_CASE("National border: just inside and just outside the line, 1 km from the land",
          "[geo][border]")
{
    // Off the straight coast of Noord-Holland at 52.7 N: find the beach, then walk west.
    double beach = 0;
    for (double lon = 4.4; lon < 4.8; lon += 0.0001)
        if (nl().land().contains(52.7, lon)) {
            beach = lon;
            break;
        }
    REQUIRE(beach > 4.5);
    const double metresPerDegree = 111320 * std::cos(52.7 * M_PI / 180);
    CHECK(nl().contains(52.7, beach - 800 / metresPerDegree));        // 800 m out at sea: in
    CHECK_FALSE(nl().contains(52.7, beach - 1300 / metresPerDegree)); // 1.3 km: out

    // Random points around the border, and near it, agree with the definition wherever they are
    // more than 15 m from the line (the buffer's round corners are within 5 m of a true 1 km).
    std::mt19937 random(5);
    std::uniform_real_distribution<double> lat(50.6, 53.7), lon(3.2, 7.4);
    int near = 0;
    for (int i = 0; i < 3000; ++i) {
        const double a = lat(random), b = lon(random);
        const double d = nl().distanceToLandMetres(a, b);
        if (std::abs(d - NationalBorder::kMarginMetres) < 15)
            continue;
        near += std::abs(d - NationalBorder::kMarginMetres) < 3000;
        INFO(a << ", " << b << " at " << d << " m from the land");
        CHECK(nl().contains(a, b) == (d < NationalBorder::kMarginMetres));
    }
    CHECK(near > 100);
}

TEST_CASE("National border: a million checks take well under a second", "[geo][border]")
{
    std::mt19937 random(6);
    std::uniform_real_distribution<double> lat(50.7, 53.6), lon(3.3, 7.25);
    std::vector<std::pair<double, double>> points(1'000'000);
    for (auto& p : points)
        p = {lat(random), lon(random)};
    nl(); // built once, outside the timing
    QElapsedTimer timer;
    timer.start();
    qint64 inside = 0;
    for (const auto& [a, b] : points)
        inside += nl().contains(a, b);
    const qint64 ms = timer.elapsed();
    WARN("1,000,000 border checks in " << ms << " ms, " << inside << " inside");
    CHECK(ms < 1000);
    CHECK(inside > 300'000);
}
