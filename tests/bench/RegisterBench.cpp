// The register's speed, each figure against a baseline of the same run (targets in brackets):
// - the demo population of 1.25 M generated and stored (<= 10 s, the median of three), the
//   index loaded from it at start (<= 0.5 s, likewise), its memory (<= 16 bytes per location,
//   everything included);
// - on the demo population (second addresses, time windows) and on 10 M synthetic participants
//   with one address each, four areas: counting within 1.2x of a plain 250 m sorted-cell grid
//   (ReferenceGrid), selecting within 1.3x of its id listing;
// - 10 M: read from SQLite and built (<= 3 s), the 5 km circle >= 500x faster than an SQLite
//   R*Tree query plus the exact test, and a large area counted faster on two cores than on one.
// Knobs: BENCH_POSTGRES=0 leaves PostgreSQL out; BENCH_DEMO_PARTICIPANTS and
// BENCH_INDEX_PARTICIPANTS scale the two registers down (figures scaled back up);
// BENCH_KEEP_REGISTERS keeps the registers written; BENCH_LOAD_FROM=<file> only times the load
// of an existing register, three times; BENCH_DEMO_RUNS=<n> only times the demo population's
// generation, n times, against its target by the median (the machine varies by seconds).
#include "app/geo/ParticipantIndex.h"
#include "app/geo/TimeWindow.h"
#include "app/register/DemoPopulation.h"
#include "app/register/PlaceTable.h"
#include "app/services/ParticipantListing.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantIndexLoader.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/ReferenceGrid.h"
#include "tests/bench/RegisterPgBench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <random>
#include <sqlite3.h>
#include <unistd.h>
#include <unordered_set>

using namespace burgernet;

namespace {

const QDateTime kAt(QDate(2026, 11, 25), QTime(13, 30), Qt::UTC); // a Wednesday afternoon

// 10 M participants spread like the demo population, one address each and no time windows
// (the index's fastest path), made directly as index input (the full demo records would take
// minutes to make and are not what is measured here).
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
    IndexInput input;
    input.participants.reserve(static_cast<size_t>(participants));
    input.locations.reserve(static_cast<size_t>(participants));
    for (qint64 i = 0; i < participants; ++i) {
        input.participants.push_back({i + 1, static_cast<quint8>(1 + random() % 7)});
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), pick(random));
        const Place& p = *weighted[std::min<size_t>(static_cast<size_t>(it - cumulative.begin()),
                                                    weighted.size() - 1)];
        std::normal_distribution<double> offset(
            0, 0.3 + 0.004 * std::sqrt(static_cast<double>(p.population)));
        input.locations.push_back({static_cast<quint32>(i), p.lat + offset(random) / 111.2,
                                   p.lon + offset(random) / 68.5, TimeWindow::kAlways});
    }
    return input;
}

// The same participants as an embedded register, written straight through SQLite with only
// what the index reads filled in: for timing the load of 10 M.
bool writeRegister(Database& db, const IndexInput& input)
{
    const QVariant handle = db.connection().driver()->handle();
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_exec(h,
                 "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN; "
                 "DROP INDEX participants_name; DROP INDEX locations_postcode; "
                 "DROP INDEX locations_place; DROP INDEX participants_registered_id",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* participant = nullptr;
    sqlite3_stmt* location = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO participants (id, pseudonym, name, mobile, email, "
                       "channel_prefs, reach, registered_at, updated_at) VALUES (?, ?, '', "
                       "'+31612345678', 'x@example.org', ?3, ?3, 0, 0)",
                       -1, &participant, nullptr);
    sqlite3_prepare_v2(h,
                       "INSERT INTO locations (participant_id, kind, street, house_number, "
                       "postcode, place, municipality, lat, lon) VALUES (?, 'home', '', '', '', "
                       "'', '', ?, ?)",
                       -1, &location, nullptr);
    for (const auto& l : input.locations) {
        const auto& p = input.participants[l.participant];
        const QByteArray pseudonym = "P" + QByteArray::number(p.id);
        sqlite3_bind_int64(participant, 1, p.id);
        sqlite3_bind_text(participant, 2, pseudonym.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_int(participant, 3, p.channels);
        sqlite3_step(participant);
        sqlite3_reset(participant);
        sqlite3_bind_int64(location, 1, p.id);
        sqlite3_bind_double(location, 2, l.lat);
        sqlite3_bind_double(location, 3, l.lon);
        sqlite3_step(location);
        sqlite3_reset(location);
    }
    sqlite3_finalize(participant);
    sqlite3_finalize(location);
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    // Written without syncing, its 1.6 GB would go to disk during the timed loads and slow them
    // by up to half; the console loads a register at rest.
    QFile file(QString::fromUtf8(sqlite3_db_filename(h, "main")));
    return file.open(QIODevice::ReadOnly) && ::fdatasync(file.handle()) == 0;
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

// A star-shaped polygon of `vertices` corners with a wobbling radius.
GeoArea starPolygon(double lat, double lon, double latRadius, double lonRadius, int vertices)
{
    GeoRing ring;
    for (int v = 0; v < vertices; ++v) {
        const double angle = 2 * M_PI * v / vertices;
        const double wobble = 1.0 + 0.25 * std::sin(5 * angle) + 0.1 * std::cos(13 * angle);
        ring << QGeoCoordinate(lat + latRadius * wobble * std::sin(angle),
                               lon + lonRadius * wobble * std::cos(angle));
    }
    return GeoArea::polygon(ring);
}

struct Shape
{
    QString name;
    GeoArea area;
};

std::vector<Shape> shapes()
{
    const QGeoCoordinate dam(52.3731, 4.8922);
    return {{QStringLiteral("circle500m"), GeoArea::circle(dam, 500)},
            {QStringLiteral("circle5km"), GeoArea::circle(dam, 5000)},
            // About the city of Utrecht.
            {QStringLiteral("polygon15"), starPolygon(52.09, 5.12, 0.035, 0.055, 15)},
            // About the size of the province of Utrecht.
            {QStringLiteral("polygon60"), starPolygon(52.08, 5.20, 0.25, 0.40, 60)}};
}

// Counting and selecting each shape, against the reference grid on the same data.
bool compareWithReference(bench::BenchReport& report, const QString& prefix,
                          const IndexInput& input, const ParticipantIndex& index, int runs)
{
    const bench::ReferenceGrid reference(input);
    report.figure(prefix + QStringLiteral(".reference_bytes_per_point"),
                  static_cast<double>(reference.memoryBytes()) /
                      static_cast<double>(input.locations.size()),
                  QStringLiteral("B"));
    std::vector<quint32> selected, listed;
    bool agreed = true;
    for (const Shape& shape : shapes()) {
        const QString key = prefix + QLatin1Char('.') + shape.name;
        SelectionCount counted;
        qint64 referenceCount = 0;
        const auto [countMs, referenceMs] = bench::pairedMedianMs(
            runs, [&] { counted = index.count(shape.area, kAt); },
            [&] { referenceCount = reference.count(shape.area, kAt); });
        const auto [selectMs, listMs] = bench::pairedMedianMs(
            runs, [&] { index.select(shape.area, kAt, selected); },
            [&] { reference.ids(shape.area, kAt, listed); });
        report.figure(key + QStringLiteral(".participants"),
                      static_cast<double>(counted.participants), QStringLiteral("count"));
        report.figure(key + QStringLiteral(".count"), countMs, QStringLiteral("ms"),
                      QStringLiteral("reference %1 ms").arg(referenceMs, 0, 'f', 3));
        report.target(key + QStringLiteral(".count_vs_reference"), countMs / referenceMs, 1.2,
                      QStringLiteral("x"));
        report.figure(key + QStringLiteral(".select"), selectMs, QStringLiteral("ms"),
                      QStringLiteral("reference ids %1 ms").arg(listMs, 0, 'f', 3));
        report.target(key + QStringLiteral(".select_vs_reference"), selectMs / listMs, 1.3,
                      QStringLiteral("x"));
        if (counted.participants != referenceCount ||
            selected.size() != static_cast<size_t>(referenceCount) ||
            listed.size() != selected.size()) {
            std::fprintf(stderr,
                         "%s: the reference disagrees: %lld vs %lld (select %zu, ids %zu)\n",
                         qPrintable(key), counted.participants, referenceCount, selected.size(),
                         listed.size());
            agreed = false;
        }
    }
    return agreed;
}

} // namespace

// The participants list on the demo register: opening it (count and first page), walking the
// sort index for the page marks, and jumps to random pages once they are known, against the
// first page read the same way (the target: a jump costs what the first page costs).
bool benchListPaging(bench::BenchReport& report, Database& db)
{
    ParticipantRepository repository(db);
    ParticipantListing listing(repository);
    QElapsedTimer timer;
    timer.start();
    auto count = listing.reset({}, 50'000);
    if (!count || !listing.page(0))
        return false;
    report.figure(QStringLiteral("list.open_and_first_page"), timer.elapsed(),
                  QStringLiteral("ms"));
    timer.restart();
    while (true) {
        auto more = listing.extendMarks(100'000);
        if (!more)
            return false;
        if (!*more)
            break;
    }
    report.figure(QStringLiteral("list.marks_walk"), timer.elapsed() / 1000.0, QStringLiteral("s"),
                  QStringLiteral("on the worker, ahead of the reader"));
    report.figure(QStringLiteral("list.pages"), static_cast<double>(listing.pageCount()),
                  QStringLiteral("count"));
    std::mt19937 random(7);
    std::uniform_int_distribution<qint64> anyPage(1, listing.pageCount() - 2);
    bool complete = true;
    auto timedPage = [&](qint64 page) {
        QElapsedTimer t;
        t.start();
        auto rows = listing.page(page);
        const double ms = t.nsecsElapsed() / 1e6;
        complete = rows && rows->size() == ParticipantListing::PageSize && complete;
        return ms;
    };
    // The baseline is the next page while scrolling (the same seek from the page before, whose
    // rows are as cold as a jump's); the first page is shown too, though it stays in SQLite's
    // cache once read.
    std::vector<double> first, next, jump;
    for (int run = 0; run < 41; ++run) {
        first.push_back(timedPage(0));
        const qint64 page = anyPage(random);
        (void)listing.page(page);
        next.push_back(timedPage(page + 1));
        jump.push_back(timedPage(anyPage(random)));
    }
    const auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
        return v[v.size() / 2];
    };
    report.figure(QStringLiteral("list.first_page"), median(first), QStringLiteral("ms"),
                  QStringLiteral("cached after the first read"));
    report.figure(QStringLiteral("list.next_page"), median(next), QStringLiteral("ms"));
    report.figure(QStringLiteral("list.jump_page"), median(jump), QStringLiteral("ms"));
    report.target(QStringLiteral("list.jump_vs_next_page"), median(jump) / median(next), 1.5,
                  QStringLiteral("x"));
    return complete && *count == listing.rowCount();
}

// The index read from the register and built three times, as at start: the read and total
// times of the run with the median total (one run alone swings by a fifth on this machine), and
// the last run's input and index. Each run's memory is freed before the next starts, as a
// console that starts has nothing else loaded. Empty when the read fails.
struct TimedLoad
{
    double readSeconds = 0;
    double totalSeconds = 0;
    IndexInput input;
    std::shared_ptr<const ParticipantIndex> index;
};

std::optional<TimedLoad> medianLoad(Database& db)
{
    std::vector<std::pair<double, double>> times; // total, read
    TimedLoad last;
    for (int run = 0; run < 3; ++run) {
        last = {};
        QElapsedTimer timer;
        timer.start();
        auto input = ParticipantIndexLoader::load(db);
        if (!input) {
            std::fprintf(stderr, "%s\n", qPrintable(input.errorMessage()));
            return std::nullopt;
        }
        const double readSeconds = timer.elapsed() / 1000.0;
        last.index = ParticipantIndex::build(*input);
        const double totalSeconds = timer.elapsed() / 1000.0;
        last.input = std::move(input).value();
        std::fprintf(stderr, "load %d: read %.3f s, total %.3f s\n", run + 1, readSeconds,
                     totalSeconds);
        times.emplace_back(totalSeconds, readSeconds);
    }
    std::sort(times.begin(), times.end());
    last.totalSeconds = times[1].first;
    last.readSeconds = times[1].second;
    return last;
}

int timeLoads(bench::BenchReport& report, const QString& file)
{
    auto db = Database::openExisting(DatabaseSpec::sqlite(file));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const auto load = medianLoad(**db);
    if (!load)
        return 1;
    std::fprintf(stderr, "%lld participants, %lld locations\n", load->index->participantCount(),
                 load->index->locationCount());
    report.figure(QStringLiteral("load.read_and_build_median"), load->totalSeconds,
                  QStringLiteral("s"));
    return report.finish();
}

// A new register at `file` with the demo population generated and stored in it, and the seconds
// that took; null (said on stderr) when either fails.
struct GeneratedDemo
{
    std::unique_ptr<Database> db;
    double seconds = 0;
};
std::optional<GeneratedDemo> generateDemo(const QString& file, qint64 participants)
{
    auto db = Database::open(DatabaseSpec::sqlite(file));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto s = DemoPopulation::generate(**db, participants, 1); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return std::nullopt;
    }
    return GeneratedDemo{std::move(*db), timer.elapsed() / 1000.0};
}

// The demo population generated and stored `runs` times, each into a new register at `file`
// that replaces the one before (one run swings by a fifth on this machine): the last run's
// register, with the median seconds. Each run's seconds, scaled by `scale`, go to stderr.
std::optional<GeneratedDemo> medianDemo(const QString& file, qint64 participants, int runs,
                                        double scale)
{
    std::vector<double> seconds;
    std::optional<GeneratedDemo> demo;
    for (int run = 0; run < runs; ++run) {
        demo.reset();
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));
        demo = generateDemo(file, participants);
        if (!demo)
            return std::nullopt;
        seconds.push_back(demo->seconds);
        std::fprintf(stderr, "demo run %d: %.3f s\n", run + 1, demo->seconds * scale);
    }
    std::sort(seconds.begin(), seconds.end());
    demo->seconds = seconds[seconds.size() / 2];
    return demo;
}

// Only the demo population's generation, `runs` times, against its target by the median.
int timeDemoRuns(bench::BenchReport& report, int runs, qint64 participants, double scale)
{
    QTemporaryDir dir;
    const auto demo =
        medianDemo(dir.filePath(QStringLiteral("demo.sqlite")), participants, runs, scale);
    if (!demo)
        return 1;
    report.target(QStringLiteral("demo.generate_and_store_median"), demo->seconds * scale, 10,
                  QStringLiteral("s/1.25M"));
    return report.finish();
}

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
    const double demoScale = 1'250'000 / static_cast<double>(demoParticipants);
    const double bigScale = 10'000'000 / static_cast<double>(bigParticipants);
    bool agreed = true;

    // BENCH_LOAD_FROM=<register file>: only the load of that register, three times (for
    // measuring the loader on a register kept with BENCH_KEEP_REGISTERS).
    if (const QString file = qEnvironmentVariable("BENCH_LOAD_FROM"); !file.isEmpty())
        return timeLoads(report, file);
    if (const int runs = qEnvironmentVariableIntValue("BENCH_DEMO_RUNS"); runs > 0)
        return timeDemoRuns(report, runs, demoParticipants, demoScale);

    // 1. The demo population into an embedded register, and the index loaded from it.
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("BENCH_KEEP_REGISTERS")) {
        dir.setAutoRemove(false);
        std::fprintf(stderr, "registers kept in %s\n", qPrintable(dir.path()));
    }
    const QString demoRegister = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString bigRegister = dir.filePath(QStringLiteral("big.sqlite"));
    double sqliteDemoSeconds = 0;
    {
        auto demo = medianDemo(demoRegister, demoParticipants, 3, demoScale);
        if (!demo)
            return 1;
        Database& db = *demo->db;
        report.figure(QStringLiteral("demo.participants"), static_cast<double>(demoParticipants),
                      QStringLiteral("count"));
        sqliteDemoSeconds = demo->seconds;
        report.target(QStringLiteral("demo.generate_and_store"), sqliteDemoSeconds * demoScale, 10,
                      QStringLiteral("s/1.25M"));
        auto load = medianLoad(db);
        if (!load)
            return 1;
        const auto& index = load->index;
        report.figure(QStringLiteral("demo.index_read_from_register"), load->readSeconds,
                      QStringLiteral("s"));
        report.figure(QStringLiteral("demo.index_build"), load->totalSeconds - load->readSeconds,
                      QStringLiteral("s"));
        report.target(QStringLiteral("demo.index_load_at_start"), load->totalSeconds * demoScale,
                      0.5, QStringLiteral("s/1.25M"));
        report.figure(QStringLiteral("demo.locations"), static_cast<double>(index->locationCount()),
                      QStringLiteral("count"));
        report.target(QStringLiteral("demo.index_bytes_per_location"),
                      static_cast<double>(index->memoryBytes()) /
                          static_cast<double>(index->locationCount()),
                      16, QStringLiteral("B"));
        agreed =
            compareWithReference(report, QStringLiteral("demo"), load->input, *index, 41) && agreed;
        agreed = benchListPaging(report, db) && agreed;
    }

    // 2. 10 M participants with one address each.
    QElapsedTimer timer;
    timer.start();
    const IndexInput big = syntheticRegister(*places, bigParticipants);
    report.figure(QStringLiteral("big.made"), timer.elapsed() / 1000.0, QStringLiteral("s"));
    // Read from an embedded register and built, as at start: first, while the process holds
    // little else, as a console that starts does.
    qint64 loadedLocations = 0;
    {
        auto db = Database::open(DatabaseSpec::sqlite(bigRegister));
        if (!db || !writeRegister(**db, big)) {
            std::fprintf(stderr, "cannot write the 10 M register\n");
            return 1;
        }
        const auto load = medianLoad(**db);
        if (!load)
            return 1;
        report.figure(QStringLiteral("big.index_read_from_register"), load->readSeconds,
                      QStringLiteral("s"));
        report.target(QStringLiteral("big.index_load_from_sqlite"), load->totalSeconds * bigScale,
                      3, QStringLiteral("s/10M"));
        loadedLocations = load->index->locationCount();
    }

    timer.restart();
    const auto index = ParticipantIndex::build(big);
    report.figure(QStringLiteral("big.index_build"), timer.elapsed() / 1000.0, QStringLiteral("s"));
    agreed = agreed && loadedLocations == index->locationCount();
    report.figure(QStringLiteral("big.participants"),
                  static_cast<double>(index->participantCount()), QStringLiteral("count"));
    report.target(QStringLiteral("big.index_bytes_per_location"),
                  static_cast<double>(index->memoryBytes()) /
                      static_cast<double>(index->locationCount()),
                  16, QStringLiteral("B"));
    agreed = compareWithReference(report, QStringLiteral("big"), big, *index, 31) && agreed;

    // Two cores against one on the largest area.
    const GeoArea province = shapes().back().area;
    const auto [oneCoreMs, twoCoresMs] = bench::pairedMedianMs(
        31, [&] { index->count(province, kAt, QueryCores::One); },
        [&] { index->count(province, kAt, QueryCores::Available); });
    report.figure(QStringLiteral("big.polygon60.count_one_core"), oneCoreMs, QStringLiteral("ms"));
    report.target(QStringLiteral("big.polygon60.two_cores_gain"), oneCoreMs / twoCoresMs, 1.1,
                  QStringLiteral("x"), true);

    // 3. The same on PostgreSQL: demo, import, index loads (BENCH_POSTGRES=0 leaves it out).
    // After SQLite's loads: the cluster goes on checkpointing and vacuuming the millions just
    // written for a minute or more, and a load beside it took a quarter longer.
    if (qEnvironmentVariable("BENCH_POSTGRES") != QLatin1String("0")) {
        bench::RegisterPgBench postgres(report, dir.path());
        agreed =
            postgres.available() &&
            postgres.demoAndImport(demoParticipants, demoScale, sqliteDemoSeconds, demoRegister) &&
            postgres.indexLoad(QStringLiteral("demo"), demoRegister, demoScale) &&
            postgres.indexLoad(QStringLiteral("big"), bigRegister, bigScale, &big) && agreed;
    }

    // The R*Tree baseline on the 5 km circle.
    const GeoArea amsterdam = shapes()[1].area;
    SelectionCount found;
    const double countMs = bench::medianMs(31, [&] { found = index->count(amsterdam, kAt); });
    timer.restart();
    RtreeBaseline rtree(big);
    report.figure(QStringLiteral("baseline.rtree_build"), timer.elapsed() / 1000.0,
                  QStringLiteral("s"));
    qint64 baselineCount = 0;
    const double rtreeMs = bench::medianMs(5, [&] { baselineCount = rtree.count(amsterdam, kAt); });
    report.figure(QStringLiteral("baseline.rtree_circle5km_count"), rtreeMs, QStringLiteral("ms"));
    if (baselineCount != found.participants) {
        std::fprintf(stderr, "the R*Tree disagrees: %lld vs %lld\n", baselineCount,
                     found.participants);
        agreed = false;
    }
    report.target(QStringLiteral("big.circle5km_speedup_vs_rtree"), rtreeMs / countMs, 500,
                  QStringLiteral("x"), true);
    const int status = report.finish();
    return agreed ? status : 1;
}
