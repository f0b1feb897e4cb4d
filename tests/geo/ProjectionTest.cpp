#include "app/geo/RdProjection.h"
#include "app/geo/WebMercator.h"

#include <QThread>

#include <atomic>
#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("Web Mercator: tile math on known points", "[geo][projection]")
{
    // The world's origin and centre.
    CHECK(mercator::worldFromLonLat(-180, mercator::kMaxLatitude).x() == Approx(0));
    CHECK(mercator::worldFromLonLat(-180, mercator::kMaxLatitude).y() == Approx(0).margin(1e-9));
    CHECK(mercator::worldFromLonLat(0, 0).x() == Approx(0.5));
    CHECK(mercator::worldFromLonLat(0, 0).y() == Approx(0.5));
    // Dam square, Amsterdam, lies in OSM tile 13/4207/2692 (x = 4207.6, y = 2692.0x).
    const QPointF dam = mercator::worldFromLonLat(4.8932, 52.3731);
    CHECK(static_cast<int>(dam.x() * 8192) == 4207);
    CHECK(static_cast<int>(dam.y() * 8192) == 2692);
    // Round trip to a tenth of a millimetre's worth of degrees.
    const QPointF back = mercator::lonLatFromWorld(dam);
    CHECK(back.x() == Approx(4.8932).margin(1e-9));
    CHECK(back.y() == Approx(52.3731).margin(1e-9));
    // EPSG:3857 metres: 5 E, 52 N is x 556,597.45, y 6,800,125.45.
    const QPointF m = mercator::metresFromWorld(mercator::worldFromLonLat(5, 52));
    CHECK(m.x() == Approx(556597.45).margin(0.01));
    CHECK(m.y() == Approx(6800125.45).margin(0.01));
    const QPointF w = mercator::worldFromMetres(m);
    CHECK(mercator::lonLatFromWorld(w).y() == Approx(52).margin(1e-9));
    // Scale: 0.597 m per pixel at zoom 18 on the equator, times cos(52.37) in Amsterdam.
    CHECK(mercator::metresPerPixel(0, 18) == Approx(0.5972).margin(0.001));
    CHECK(mercator::metresPerPixel(52.37, 18) == Approx(0.3642).margin(0.001));
    CHECK(mercator::metresPerPixel(52.37, 17) == Approx(2 * mercator::metresPerPixel(52.37, 18)));
}

TEST_CASE("RD New: Amersfoort and other known points round-trip through PROJ", "[geo][projection]")
{
    // The origin of the grid, the Onze Lieve Vrouwetoren in Amersfoort: 155,000 / 463,000.
    auto ll = RdProjection::toWgs84(155000, 463000);
    REQUIRE(ll);
    CHECK(ll->y() == Approx(52.1551744).margin(2e-5)); // latitude
    CHECK(ll->x() == Approx(5.38720621).margin(2e-5)); // longitude
    auto rd = RdProjection::fromWgs84(52.1551744, 5.38720621);
    REQUIRE(rd);
    CHECK(rd->x() == Approx(155000).margin(2));
    CHECK(rd->y() == Approx(463000).margin(2));

    // The Dam in Amsterdam: about 121,400 / 487,400.
    auto dam = RdProjection::fromWgs84(52.3731, 4.8932);
    REQUIRE(dam);
    CHECK(dam->x() == Approx(121400).margin(150));
    CHECK(dam->y() == Approx(487400).margin(150));
    CHECK(RdProjection::isPlausibleRd(dam->x(), dam->y()));
    CHECK_FALSE(RdProjection::isPlausibleRd(52.37, 4.89)); // degrees typed as metres

    // A round trip loses less than a centimetre.
    for (const auto& [x, y] : {std::pair{13000.0, 380000.0}, std::pair{260000.0, 600000.0},
                               std::pair{190000.0, 310000.0}}) {
        auto there = RdProjection::toWgs84(x, y);
        REQUIRE(there);
        auto back = RdProjection::fromWgs84(there->y(), there->x());
        REQUIRE(back);
        CHECK(back->x() == Approx(x).margin(0.01));
        CHECK(back->y() == Approx(y).margin(0.01));
    }
}

TEST_CASE("RD New: each thread has its own PROJ context", "[geo][projection]")
{
    std::atomic<int> good{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&good] {
            for (int i = 0; i < 200; ++i) {
                auto rd = RdProjection::fromWgs84(52.0 + i * 0.001, 5.0);
                if (rd && rd->x() > 125000 && rd->x() < 130000)
                    ++good;
            }
        }));
        threads.back()->start();
    }
    for (auto& t : threads)
        t->wait();
    CHECK(good == 800);
}
