// The register's speed (issue targets in brackets), each against a baseline of the same run:
// - the demo population of 1.25 M generated and stored (<= 15 s), the index loaded from it
//   (<= 2 s) and its memory (<= 32 bytes per location);
// - among 10 M participants: the count in a 5 km circle in Amsterdam (median <= 2 ms, >= 100x
//   faster than an SQLite R*Tree query plus the exact test), selecting the ids (<= 5 ms), a
//   60-vertex province-size polygon (<= 10 ms).
#include "app/geo/ParticipantIndex.h"
#include "app/geo/TimeWindow.h"
#include "app/register/DemoPopulation.h"
#include "app/register/PlaceTable.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantIndexLoader.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cmath>
#include <random>
#include <sqlite3.h>
#include <unordered_set>

using namespace burgernet;

namespace {

const QDateTime kAt(QDate(2026, 11, 25), QTime(13, 30), Qt::UTC); // a Wednesday afternoon

// 10 M participants spread like the demo population, made directly as index input (the full
// demo records would take minutes to make and are not what is measured here).
IndexInput syntheticRegister(const PlaceTable& places, qint64 participants)
{
    std::vector<const Place*> weighted;
    std::vector<double> cumulative;
    double total = 0;
    for (const Place& p : places.places()) {
        if (p.isSection || p.population <= 0)
            continue;
        total += static_cast<double>(p.population);
        weighted.push_back(&p);
        cumulative.push_back(total);
    }
    DemoRandom random(42);
    std::uniform_real_distribution<double> pick(0, total);
    auto place = [&]() -> const Place& {
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), pick(random));
        return *weighted[std::min<size_t>(static_cast<size_t>(it - cumulative.begin()),
                                          weighted.size() - 1)];
    };
    IndexInput input;
    input.participants.reserve(static_cast<size_t>(participants));
    input.locations.reserve(static_cast<size_t>(participants * 5 / 4));
    const quint32 work = TimeWindow{0b0011111, 8 * 60, 18 * 60}.packed();
    for (qint64 i = 0; i < participants; ++i) {
        input.participants.push_back({i + 1, static_cast<quint8>(1 + random() % 7)});
        const int locations = random() % 4 == 0 ? 2 : 1;
        for (int l = 0; l < locations; ++l) {
            const Place& p = place();
            std::normal_distribution<double> offset(
                0, 0.3 + 0.004 * std::sqrt(static_cast<double>(p.population)));
            input.locations.push_back({static_cast<quint32>(i), p.lat + offset(random) / 111.2,
                                       p.lon + offset(random) / 68.5,
                                       l == 0 ? TimeWindow::kAlways : work});
        }
    }
    return input;
}

// The baseline: SQLite's R*Tree finds the candidates in the circle's bounding box, then the
// same exact test and time window, and a hash set for distinct participants.
class RtreeBaseline
{
public:
    explicit RtreeBaseline(const IndexInput& input)
    {
        sqlite3_open(":memory:", &m_db);
        sqlite3_exec(
            m_db,
            "PRAGMA cache_size = -2000000; CREATE VIRTUAL TABLE loc USING rtree(id, minLat, "
            "maxLat, minLon, maxLon, +participant INT, +window INT, +lat REAL, +lon REAL); BEGIN",
            nullptr, nullptr, nullptr);
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(m_db, "INSERT INTO loc VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert,
                           nullptr);
        for (size_t i = 0; i < input.locations.size(); ++i) {
            const auto& l = input.locations[i];
            sqlite3_bind_int64(insert, 1, static_cast<qint64>(i));
            sqlite3_bind_double(insert, 2, l.lat);
            sqlite3_bind_double(insert, 3, l.lat);
            sqlite3_bind_double(insert, 4, l.lon);
            sqlite3_bind_double(insert, 5, l.lon);
            sqlite3_bind_int64(insert, 6, l.participant);
            sqlite3_bind_int64(insert, 7, l.window);
            sqlite3_bind_double(insert, 8, l.lat);
            sqlite3_bind_double(insert, 9, l.lon);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db,
                           "SELECT participant, window, lat, lon FROM loc WHERE minLat >= ? AND "
                           "maxLat <= ? AND minLon >= ? AND maxLon <= ?",
                           -1, &m_query, nullptr);
    }
    ~RtreeBaseline()
    {
        sqlite3_finalize(m_query);
        sqlite3_close(m_db);
    }
    qint64 count(const GeoArea& area, const QDateTime& at)
    {
        const GeoArea::Box box = area.boundingBox();
        const LocalMoment m = LocalMoment::of(at);
        sqlite3_bind_double(m_query, 1, box.south);
        sqlite3_bind_double(m_query, 2, box.north);
        sqlite3_bind_double(m_query, 3, box.west);
        sqlite3_bind_double(m_query, 4, box.east);
        std::unordered_set<qint64> seen;
        while (sqlite3_step(m_query) == SQLITE_ROW) {
            if (!TimeWindow::activeAt(static_cast<quint32>(sqlite3_column_int64(m_query, 1)),
                                      m.weekday, m.minute))
                continue;
            if (area.contains(sqlite3_column_double(m_query, 2), sqlite3_column_double(m_query, 3)))
                seen.insert(sqlite3_column_int64(m_query, 0));
        }
        sqlite3_reset(m_query);
        return static_cast<qint64>(seen.size());
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_query = nullptr;
};

// A 60-vertex polygon about the size of the province of Utrecht.
GeoArea provincePolygon()
{
    GeoRing ring;
    for (int v = 0; v < 60; ++v) {
        const double angle = 2 * M_PI * v / 60;
        const double wobble = 1.0 + 0.25 * std::sin(5 * angle) + 0.1 * std::cos(13 * angle);
        ring << QGeoCoordinate(52.08 + 0.25 * wobble * std::sin(angle),
                               5.20 + 0.40 * wobble * std::cos(angle));
    }
    return GeoArea::polygon(ring);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchReport report(QStringLiteral("register"));
    auto places = PlaceTable::load();
    if (!places) {
        std::fprintf(stderr, "%s\n", qPrintable(places.errorMessage()));
        return 1;
    }
    const qint64 demoParticipants = qEnvironmentVariableIntValue("BENCH_DEMO_PARTICIPANTS") > 0
                                        ? qEnvironmentVariableIntValue("BENCH_DEMO_PARTICIPANTS")
                                        : DemoPopulation::kDefaultParticipants;
    const qint64 bigParticipants = qEnvironmentVariableIntValue("BENCH_INDEX_PARTICIPANTS") > 0
                                       ? qEnvironmentVariableIntValue("BENCH_INDEX_PARTICIPANTS")
                                       : 10'000'000;

    // 1. The demo population into an embedded register, and the index loaded from it.
    QTemporaryDir dir;
    {
        auto db = Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("demo.sqlite"))));
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (auto s = DemoPopulation::generate(**db, demoParticipants, 1); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
            return 1;
        }
        report.figure(QStringLiteral("demo.participants"), static_cast<double>(demoParticipants),
                      QStringLiteral("count"));
        report.target(QStringLiteral("demo.generate_and_store"),
                      timer.elapsed() / 1000.0 * 1'250'000 / static_cast<double>(demoParticipants),
                      15, QStringLiteral("s/1.25M"));
        timer.restart();
        auto input = ParticipantIndexLoader::load(**db);
        const double loadSeconds = timer.elapsed() / 1000.0;
        timer.restart();
        const auto index = ParticipantIndex::build(*input);
        const double buildSeconds = timer.elapsed() / 1000.0;
        report.figure(QStringLiteral("index.read_from_register"), loadSeconds, QStringLiteral("s"));
        report.figure(QStringLiteral("index.build"), buildSeconds, QStringLiteral("s"));
        report.target(QStringLiteral("index.load_at_start"),
                      (loadSeconds + buildSeconds) * 1'250'000 /
                          static_cast<double>(demoParticipants),
                      2, QStringLiteral("s/1.25M"));
        report.target(QStringLiteral("index.bytes_per_location"),
                      static_cast<double>(index->memoryBytes()) /
                          static_cast<double>(index->locationCount()),
                      32, QStringLiteral("B"));
    }

    // 2. Selection among 10 M participants.
    const IndexInput big = syntheticRegister(*places, bigParticipants);
    const auto index = ParticipantIndex::build(big);
    report.figure(QStringLiteral("big.participants"),
                  static_cast<double>(index->participantCount()), QStringLiteral("count"));
    report.figure(QStringLiteral("big.locations"), static_cast<double>(index->locationCount()),
                  QStringLiteral("count"));
    const GeoArea amsterdam =
        GeoArea::circle(QGeoCoordinate(52.3731, 4.8922), 5000); // the Dam, 5 km
    const GeoArea province = provincePolygon();
    SelectionCount found;
    const double countMs = bench::medianMs(51, [&] { found = index->count(amsterdam, kAt); });
    report.figure(QStringLiteral("big.circle_participants"),
                  static_cast<double>(found.participants), QStringLiteral("count"));
    report.target(QStringLiteral("big.circle_count"), countMs, 2, QStringLiteral("ms"));
    size_t selected = 0;
    const double selectMs =
        bench::medianMs(21, [&] { selected = index->select(amsterdam, kAt).size(); });
    report.target(QStringLiteral("big.circle_select_ids"), selectMs, 5, QStringLiteral("ms"));
    SelectionCount inProvince;
    const double polygonMs = bench::medianMs(21, [&] { inProvince = index->count(province, kAt); });
    report.figure(QStringLiteral("big.polygon_participants"),
                  static_cast<double>(inProvince.participants), QStringLiteral("count"));
    report.target(QStringLiteral("big.polygon60_count"), polygonMs, 10, QStringLiteral("ms"));

    QElapsedTimer timer;
    timer.start();
    RtreeBaseline rtree(big);
    report.figure(QStringLiteral("baseline.rtree_build"), timer.elapsed() / 1000.0,
                  QStringLiteral("s"));
    qint64 baselineCount = 0;
    const double rtreeMs = bench::medianMs(5, [&] { baselineCount = rtree.count(amsterdam, kAt); });
    report.figure(QStringLiteral("baseline.rtree_circle_count"), rtreeMs, QStringLiteral("ms"));
    if (baselineCount != found.participants ||
        static_cast<qint64>(selected) != found.participants) {
        std::fprintf(stderr, "the baseline disagrees: %lld vs %lld (select %zu)\n", baselineCount,
                     found.participants, selected);
        return 1;
    }
    report.target(QStringLiteral("big.circle_speedup_vs_rtree"), rtreeMs / countMs, 100,
                  QStringLiteral("x"), true);
    return report.finish();
}
