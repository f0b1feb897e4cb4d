// The index against a brute-force reference (GeoArea::contains over every stored location) on
// random circles and polygons: concave, with holes, with points on edges and vertices, with
// time windows and participants with two (or three) addresses in one area.
#include "app/geo/ParticipantIndex.h"

#include "app/geo/TimeWindow.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>

using namespace burgernet;

namespace {

struct World
{
    IndexInput input;
    std::shared_ptr<const ParticipantIndex> index;
};

World randomWorld(unsigned seed, int participants)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> lat(51.8, 52.6), lon(4.2, 5.6), unit(0, 1);
    World w;
    for (int p = 0; p < participants; ++p) {
        w.input.participants.push_back({1000 + p * 3, static_cast<quint8>(random() % 8)});
        // Two addresses at most in the register; three or more keep the index general.
        const double kind = unit(random);
        const int locations = kind < 0.3 ? 2 : kind < 0.35 ? 3 : 1;
        for (int l = 0; l < locations; ++l) {
            double a = lat(random), b = lon(random);
            // Some on a coarse lattice, so that edges and vertices of the test areas hit them.
            if (unit(random) < 0.2) {
                a = std::round(a * 100) / 100;
                b = std::round(b * 100) / 100;
            }
            // A second address sometimes right next to the first, both inside the same area.
            if (l >= 1 && unit(random) < 0.5) {
                a = w.input.locations.back().lat + 0.001;
                b = w.input.locations.back().lon;
            }
            quint32 window = TimeWindow::kAlways;
            if (unit(random) < 0.3)
                window = TimeWindow{static_cast<quint8>(random() % 128),
                                    static_cast<quint16>(random() % 1440),
                                    static_cast<quint16>(random() % 1441)}
                             .packed();
            w.input.locations.push_back({static_cast<quint32>(p), a, b, window});
        }
    }
    w.index = ParticipantIndex::build(w.input);
    return w;
}

struct Reference
{
    std::set<qint64> ids;
    SelectionCount count;
};

// Straight from the definition, over the locations as the index stores them.
Reference bruteForce(const ParticipantIndex& index, const GeoArea& area, const QDateTime& at)
{
    const LocalMoment m = LocalMoment::of(at);
    Reference ref;
    for (const auto& l : index.storedLocations()) {
        if (!area.contains(l.lat, l.lon) || !TimeWindow::activeAt(l.window, m.weekday, m.minute))
            continue;
        ++ref.count.locations;
        if (ref.ids.insert(l.participantId).second) {
            ++ref.count.participants;
            for (int ch = 0; ch < kAddressedChannelBits; ++ch)
                ref.count.perChannelBit[static_cast<size_t>(ch)] += (l.channels >> ch) & 1;
        }
    }
    return ref;
}

void agree(const ParticipantIndex& index, const GeoArea& area, const QDateTime& at)
{
    const Reference ref = bruteForce(index, area, at);
    for (const QueryCores cores : {QueryCores::One, QueryCores::Available}) {
        const SelectionCount count = index.count(area, at, cores);
        CHECK(count.participants == ref.count.participants);
        CHECK(count.locations == ref.count.locations);
        CHECK(count.perChannelBit == ref.count.perChannelBit);
    }
    const std::vector<qint64> ids = index.select(area, at);
    CHECK(ids.size() == ref.ids.size());
    CHECK(std::set<qint64>(ids.begin(), ids.end()) == ref.ids);
    // Dense numbers into a reused buffer, mapped by the caller.
    thread_local std::vector<quint32> dense{7, 7, 7};
    index.select(area, at, dense);
    std::set<qint64> mapped;
    for (const quint32 d : dense)
        mapped.insert(index.registerId(d));
    CHECK(dense.size() == ref.ids.size());
    CHECK(mapped == ref.ids);
}

GeoRing randomRing(std::mt19937& random, double clat, double clon, double radius, int vertices)
{
    // A star-shaped, usually concave ring: random radii around a centre.
    std::uniform_real_distribution<double> unit(0.3, 1.0);
    GeoRing ring;
    for (int v = 0; v < vertices; ++v) {
        const double angle = 2 * M_PI * v / vertices;
        const double r = radius * unit(random);
        double a = clat + r * std::sin(angle), b = clon + r * 1.6 * std::cos(angle);
        if (v % 3 == 0) { // vertices on the lattice of the grid-snapped points
            a = std::round(a * 100) / 100;
            b = std::round(b * 100) / 100;
        }
        ring << QGeoCoordinate(a, b);
    }
    return ring;
}

} // namespace

TEST_CASE("Circle counts and selections match brute force", "[geo][index]")
{
    const World w = randomWorld(7, 20'000);
    std::mt19937 random(11);
    std::uniform_real_distribution<double> lat(51.7, 52.7), lon(4.1, 5.7), radius(50, 40'000);
    const QDateTime start(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 60; ++i) {
        const GeoArea area =
            GeoArea::circle(QGeoCoordinate(lat(random), lon(random)), radius(random));
        const QDateTime at = start.addSecs(static_cast<qint64>(random() % (7 * 24 * 3600)));
        INFO("circle " << i << " r=" << area.radiusMetres() << " at "
                       << at.toString(Qt::ISODate).toStdString());
        agree(*w.index, area, at);
    }
}

TEST_CASE("Polygon counts and selections match brute force, holes and edges included",
          "[geo][index]")
{
    const World w = randomWorld(8, 20'000);
    std::mt19937 random(12);
    std::uniform_real_distribution<double> lat(51.9, 52.5), lon(4.3, 5.5), size(0.01, 0.3);
    const QDateTime start(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 60; ++i) {
        const double clat = lat(random), clon = lon(random), r = size(random);
        GeoRing outer = randomRing(random, clat, clon, r, 5 + static_cast<int>(random() % 56));
        QList<GeoRing> holes;
        if (i % 2 == 0)
            holes << GeoRing{{clat - r * 0.15, clon - r * 0.2},
                             {clat - r * 0.15, clon + r * 0.2},
                             {clat + r * 0.15, clon + r * 0.2},
                             {clat + r * 0.15, clon - r * 0.2}};
        const GeoArea area = GeoArea::polygon(outer, holes);
        const QDateTime at = start.addSecs(static_cast<qint64>(random() % (7 * 24 * 3600)));
        INFO("polygon " << i << " with " << outer.size() << " vertices");
        agree(*w.index, area, at);
    }
}

TEST_CASE("An index of more locations than one thread builds agrees with brute force",
          "[geo][index]")
{
    // About 80,000 locations: the build splits its passes over two threads, and the cells that
    // both halves fill must come out as one pass would fill them.
    const World w = randomWorld(21, 60'000);
    REQUIRE(w.input.locations.size() > 70'000);
    CHECK(w.index->locationCount() == static_cast<qint64>(w.input.locations.size()));
    std::mt19937 random(23);
    std::uniform_real_distribution<double> lat(51.8, 52.6), lon(4.2, 5.6), radius(100, 20'000);
    const QDateTime start(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 12; ++i) {
        const QDateTime at = start.addSecs(static_cast<qint64>(random() % (7 * 24 * 3600)));
        const GeoArea area =
            i % 2 ? GeoArea::circle(QGeoCoordinate(lat(random), lon(random)), radius(random))
                  : GeoArea::polygon(randomRing(random, lat(random), lon(random), 0.1,
                                                5 + static_cast<int>(random() % 20)));
        INFO("area " << i);
        agree(*w.index, area, at);
    }
}

TEST_CASE("A participant with two addresses in the area counts once", "[geo][index]")
{
    IndexInput input;
    input.participants = {{1, channelBit(BuiltinChannel::Sms) | channelBit(BuiltinChannel::Email)},
                          {2, channelBit(BuiltinChannel::Voice)}};
    input.locations = {{0, 52.0, 5.0, TimeWindow::kAlways},
                       {0, 52.001, 5.0, TimeWindow{0b0011111, 8 * 60, 18 * 60}.packed()},
                       {1, 52.5, 5.5, TimeWindow::kAlways}};
    const auto index = ParticipantIndex::build(input);
    const GeoArea area = GeoArea::circle(QGeoCoordinate(52.0, 5.0), 1000);
    const QDateTime mondayNoon(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);
    const SelectionCount c = index->count(area, mondayNoon);
    CHECK(c.participants == 1);
    CHECK(c.locations == 2);
    CHECK(c.perChannelBit == std::array<qint64, 3>{1, 0, 1});
    CHECK(index->select(area, mondayNoon) == std::vector<qint64>{1});
    // Sunday: only the home address is active, still one participant.
    const SelectionCount sunday = index->count(area, mondayNoon.addDays(-1));
    CHECK(sunday.participants == 1);
    CHECK(sunday.locations == 1);
    CHECK(index->count(GeoArea(), mondayNoon).participants == 0);
}

TEST_CASE("A count over many edge points, split over two cores, agrees with one core and with "
          "brute force",
          "[geo][index]")
{
    // 300,000 participants packed around a jagged ring: its edge cells hold several times the
    // points that send a count to a second core, and the two threads take turns on its rows. A
    // fifth have a second address, half of those in office hours, mirrored across the centre:
    // one thread may meet the first address and the other the second, and each counts once.
    IndexInput input;
    std::mt19937 random(31);
    constexpr double kLat = 52.1, kLon = 5.1;
    std::uniform_real_distribution<double> dlat(-0.06, 0.06), dlon(-0.1, 0.1), unit(0, 1);
    const quint32 office = TimeWindow{0b0011111, 8 * 60, 18 * 60}.packed();
    for (quint32 p = 0; p < 300'000; ++p) {
        input.participants.push_back({1000 + p, static_cast<quint8>(random() % 8)});
        const double a = dlat(random), b = dlon(random);
        input.locations.push_back({p, kLat + a, kLon + b, TimeWindow::kAlways});
        if (unit(random) < 0.2)
            input.locations.push_back(
                {p, kLat - a, kLon - b, unit(random) < 0.5 ? office : TimeWindow::kAlways});
    }
    const auto index = ParticipantIndex::build(input);
    GeoRing ring;
    for (int v = 0; v < 120; ++v) {
        const double angle = 2 * M_PI * v / 120, r = v % 2 ? 0.05 : 0.02;
        ring << QGeoCoordinate(kLat + r * std::sin(angle), kLon + 1.6 * r * std::cos(angle));
    }
    const QDateTime mondayNoon(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);
    agree(*index, GeoArea::polygon(ring), mondayNoon);
    agree(*index, GeoArea::polygon(ring), mondayNoon.addDays(-1));
}

TEST_CASE("More addresses with hours than 21 bits can count are counted per channel all the same",
          "[geo][index]")
{
    // A count packs three channels' counts of such addresses into one word, 21 bits each.
    constexpr quint32 kParticipants = (1u << 21) + 5'000;
    const quint32 dayTime = TimeWindow{0x7f, 6 * 60, 22 * 60}.packed();
    IndexInput input;
    input.participants.reserve(kParticipants);
    input.locations.reserve(kParticipants);
    for (quint32 p = 0; p < kParticipants; ++p) {
        input.participants.push_back({p + 1, 0b111});
        input.locations.push_back({p, 52.1 + (p % 1000) * 1e-6, 5.1 + (p / 1000) * 1e-6, dayTime});
    }
    const auto index = ParticipantIndex::build(input);
    const QDateTime mondayNoon(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);
    const SelectionCount c =
        index->count(GeoArea::circle(QGeoCoordinate(52.1, 5.1), 2000), mondayNoon);
    CHECK(c.participants == kParticipants);
    CHECK(c.perChannelBit == std::array<qint64, 3>{kParticipants, kParticipants, kParticipants});
}

TEST_CASE("The index stays within 16 bytes per location", "[geo][index]")
{
    // Spread as a register is: around towns, a quarter with a work address for office hours.
    std::mt19937 random(9);
    std::uniform_real_distribution<double> lat(50.8, 53.4), lon(3.4, 7.1), unit(0, 1);
    std::vector<std::pair<double, double>> towns(600);
    for (auto& town : towns)
        town = {lat(random), lon(random)};
    IndexInput input;
    std::normal_distribution<double> spread(0, 0.02);
    const quint32 office = TimeWindow{0b0011111, 8 * 60, 18 * 60}.packed();
    for (quint32 p = 0; p < 1'000'000; ++p) {
        input.participants.push_back({p + 1, static_cast<quint8>(1 + random() % 7)});
        for (int l = 0; l < (unit(random) < 0.25 ? 2 : 1); ++l) {
            const auto& town = towns[random() % towns.size()];
            input.locations.push_back({p, town.first + spread(random),
                                       town.second + 1.6 * spread(random),
                                       l == 0 ? TimeWindow::kAlways : office});
        }
    }
    const auto index = ParticipantIndex::build(input);
    const double perLocation =
        static_cast<double>(index->memoryBytes()) / static_cast<double>(index->locationCount());
    INFO(perLocation << " bytes per location");
    CHECK(perLocation <= 16);
}

TEST_CASE("A crowd on one spot and ids far apart still agree with brute force", "[geo][index]")
{
    // 70,000 addresses in one cell overflow the 16-bit cell offsets; register ids more than
    // 2^32 apart overflow the 32-bit id offsets. Both fall back to 32 and 64 bits.
    IndexInput input;
    std::mt19937 random(5);
    std::uniform_real_distribution<double> jitter(-0.0005, 0.0005);
    for (int p = 0; p < 70'000; ++p) {
        const qint64 id = p % 2 ? p : (qint64(1) << 40) + p;
        input.participants.push_back({id, static_cast<quint8>(p % 8)});
        input.locations.push_back(
            {static_cast<quint32>(p), 52.1 + jitter(random), 5.1 + jitter(random),
             p % 5 ? TimeWindow::kAlways : TimeWindow{0b0011111, 8 * 60, 18 * 60}.packed()});
    }
    const auto index = ParticipantIndex::build(input);
    const QDateTime mondayNoon(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);
    agree(*index, GeoArea::circle(QGeoCoordinate(52.1, 5.1), 40), mondayNoon);
    agree(*index, GeoArea::circle(QGeoCoordinate(52.1, 5.1), 400), mondayNoon);
    agree(*index,
          GeoArea::polygon({{52.0995, 5.0995}, {52.1002, 5.1}, {52.1, 5.1004}, {52.0997, 5.1001}}),
          mondayNoon);
}

TEST_CASE("Areas of several parts count and select like brute force, holes and shared edges "
          "included",
          "[geo][index]")
{
    const World w = randomWorld(9, 20'000);
    std::mt19937 random(13);
    std::uniform_real_distribution<double> lat(51.9, 52.5), lon(4.3, 5.5), size(0.01, 0.15);
    const QDateTime start(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 30; ++i) {
        QList<GeoPolygon> parts;
        const int count = 2 + i % 3;
        for (int p = 0; p < count; ++p) {
            // Side by side, apart (so the parts do not overlap, as in a valid MultiPolygon).
            const double clat = lat(random), clon = 4.3 + p * 0.4, r = size(random) * 0.5;
            GeoPolygon part{randomRing(random, clat, clon + 0.2, r, 5 + int(random() % 20)), {}};
            if (p % 2 == 1)
                part.holes << GeoRing{{clat - r * 0.1, clon + 0.2 - r * 0.1},
                                      {clat - r * 0.1, clon + 0.2 + r * 0.1},
                                      {clat + r * 0.1, clon + 0.2 + r * 0.1},
                                      {clat + r * 0.1, clon + 0.2 - r * 0.1}};
            parts << part;
        }
        // Two squares that share an edge on the grid-snapped lattice.
        if (i % 5 == 0) {
            parts = {GeoPolygon{{{52.1, 4.5}, {52.1, 4.6}, {52.2, 4.6}, {52.2, 4.5}}, {}},
                     GeoPolygon{{{52.1, 4.6}, {52.1, 4.7}, {52.2, 4.7}, {52.2, 4.6}}, {}}};
        }
        const GeoArea area = GeoArea::multiPolygon(parts);
        REQUIRE(area.parts().size() == parts.size());
        const QDateTime at = start.addSecs(static_cast<qint64>(random() % (7 * 24 * 3600)));
        INFO("multipolygon " << i << " with " << parts.size() << " parts");
        agree(*w.index, area, at);
    }
}
