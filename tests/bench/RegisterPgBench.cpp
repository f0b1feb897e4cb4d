#include "tests/bench/RegisterPgBench.h"

#include "app/register/DemoPopulation.h"
#include "app/register/ParticipantCsv.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantIndexLoader.h"
#include "app/storage/PgSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <cstdio>

namespace burgernet::bench {

namespace {

const QString kFixture = QStringLiteral(BURGERNET_SOURCE_DIR "/tests/support/postgres-fixture.sh");

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

std::unique_ptr<Database> open(const QString& url)
{
    auto spec = DatabaseSpec::parse(url);
    if (!spec)
        return nullptr;
    auto db = Database::open(*spec);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(*db);
}

} // namespace

RegisterPgBench::RegisterPgBench(BenchReport& report, QString workDir)
    : m_report(report)
    , m_workDir(std::move(workDir))
{
    m_url = qEnvironmentVariable("BENCH_PG_URL");
    if (!m_url.isEmpty())
        return;
    QProcess fixture;
    fixture.start(QStringLiteral("bash"),
                  {kFixture, QStringLiteral("start"), m_workDir + QStringLiteral("/pg")});
    if (!fixture.waitForFinished(120'000) || fixture.exitCode() != 0) {
        std::fprintf(stderr, "no PostgreSQL server for the comparison: %s\n",
                     fixture.readAllStandardError().constData());
        return;
    }
    QFile url(m_workDir + QStringLiteral("/pg/url"));
    if (url.open(QIODevice::ReadOnly))
        m_url = QString::fromUtf8(url.readAll()).trimmed();
    m_started = true;
}

RegisterPgBench::~RegisterPgBench()
{
    if (m_started)
        QProcess::execute(QStringLiteral("bash"),
                          {kFixture, QStringLiteral("stop"), m_workDir + QStringLiteral("/pg")});
}

QString RegisterPgBench::newDatabase(const QString& name)
{
    auto server = open(m_url);
    if (!server)
        return {};
    QSqlQuery(server->connection())
        .exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (!QSqlQuery(server->connection()).exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return m_url.left(m_url.lastIndexOf(QLatin1Char('/')) + 1) + name;
}

bool RegisterPgBench::demoAndImport(qint64 participants, double scale, double sqliteDemoSeconds,
                                    const QString& sqliteRegister)
{
    // The demo population into PostgreSQL.
    m_demoUrl = newDatabase(QStringLiteral("bench_demo"));
    auto pg = open(m_demoUrl);
    if (!pg)
        return false;
    QElapsedTimer timer;
    timer.start();
    if (auto s = DemoPopulation::generate(*pg, participants, 1); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return false;
    }
    const double pgDemo = seconds(timer);
    m_report.figure(QStringLiteral("pg.demo.generate_and_store"), pgDemo * scale,
                    QStringLiteral("s/1.25M"),
                    QStringLiteral("SQLite %1 s").arg(sqliteDemoSeconds * scale, 0, 'f', 1));
    m_report.target(QStringLiteral("pg.demo.vs_sqlite"), pgDemo / sqliteDemoSeconds, 1.5,
                    QStringLiteral("x"));

    // The same participants exported as CSV and imported into each, SQLite first.
    const QString csv = m_workDir + QStringLiteral("/demo.csv");
    {
        auto source = Database::open(DatabaseSpec::sqlite(sqliteRegister));
        if (!source || !ParticipantCsv::exportAll(**source, csv))
            return false;
    }
    auto sqlite =
        Database::open(DatabaseSpec::sqlite(m_workDir + QStringLiteral("/import.sqlite")));
    if (!sqlite)
        return false;
    timer.restart();
    auto intoSqlite = ParticipantCsv::import(**sqlite, csv, {});
    const double sqliteImport = seconds(timer);
    auto into = open(newDatabase(QStringLiteral("bench_import")));
    if (!into || !intoSqlite)
        return false;
    timer.restart();
    auto intoPg = ParticipantCsv::import(*into, csv, {});
    const double pgImport = seconds(timer);
    if (!intoPg) {
        std::fprintf(stderr, "%s\n", qPrintable(intoPg.errorMessage()));
        return false;
    }
    m_report.figure(QStringLiteral("pg.import"), pgImport * scale, QStringLiteral("s/1.25M"),
                    QStringLiteral("SQLite %1 s").arg(sqliteImport * scale, 0, 'f', 1));
    m_report.target(QStringLiteral("pg.import.vs_sqlite"), pgImport / sqliteImport, 1.5,
                    QStringLiteral("x"));
    return intoPg->inserted == intoSqlite->inserted && intoPg->inserted == participants;
}

namespace {

// The synthetic register written straight by COPY with only what the index reads, as the
// SQLite side of the bench does through SQLite's API.
bool copyRegister(Database& db, const IndexInput& input)
{
    PGconn* connection = PgSession::of(db);
    const PgSession session(connection);
    for (const char* sql : {"DROP INDEX participants_name", "DROP INDEX locations_postcode",
                            "DROP INDEX locations_place", "DROP INDEX participants_registered_id",
                            "ALTER TABLE locations DROP CONSTRAINT locations_participant_id_fkey"})
        if (!session.exec(sql))
            return false;
    {
        PgCopyIn copy(connection);
        if (!copy.start("COPY participants (id, pseudonym, name, mobile, email, channel_prefs, "
                        "registered_at, updated_at) FROM STDIN"))
            return false;
        for (const auto& p : input.participants) {
            copy.buffer() += QByteArray::number(p.id) + "\tP" + QByteArray::number(p.id) +
                             "\t\t+31612345678\tx@example.org\t" + QByteArray::number(p.channels) +
                             "\t0\t0\n";
            if (!copy.sendIfFull())
                return false;
        }
        if (!copy.finish())
            return false;
    }
    PgCopyIn copy(connection);
    if (!copy.start("COPY locations (participant_id, kind, street, house_number, postcode, "
                    "place, municipality, lat, lon) FROM STDIN"))
        return false;
    for (const auto& l : input.locations) {
        copy.buffer() += QByteArray::number(input.participants[l.participant].id) +
                         "\thome\t\t\t\t\t\t" + QByteArray::number(l.lat, 'g', 17) + '\t' +
                         QByteArray::number(l.lon, 'g', 17) + '\n';
        if (!copy.sendIfFull())
            return false;
    }
    return copy.finish() && session.exec("ANALYZE participants") &&
           session.exec("ANALYZE locations");
}

} // namespace

bool RegisterPgBench::indexLoad(const QString& prefix, const QString& sqliteRegister, double scale,
                                const IndexInput* input)
{
    auto pg = open(input ? newDatabase(QStringLiteral("bench_index")) : m_demoUrl);
    if (!pg)
        return false;
    if (input) {
        QElapsedTimer timer;
        timer.start();
        if (!copyRegister(*pg, *input))
            return false;
        m_report.figure(prefix + QStringLiteral(".pg_register_copied"), seconds(timer),
                        QStringLiteral("s"));
    }
    auto sqlite = Database::open(DatabaseSpec::sqlite(sqliteRegister));
    if (!sqlite)
        return false;
    size_t fromSqlite = 0, fromPg = 0;
    const auto [sqliteMs, pgMs] = pairedMedianMs(
        3,
        [&] {
            auto read = ParticipantIndexLoader::load(**sqlite);
            fromSqlite = read ? ParticipantIndex::build(*read)->locationCount() : 0;
        },
        [&] {
            auto read = ParticipantIndexLoader::load(*pg);
            fromPg = read ? ParticipantIndex::build(*read)->locationCount() : 0;
        });
    m_report.figure(prefix + QStringLiteral(".pg_index_load"), pgMs / 1000 * scale,
                    QStringLiteral("s"),
                    QStringLiteral("SQLite %1 s").arg(sqliteMs / 1000 * scale, 0, 'f', 2));
    m_report.target(prefix + QStringLiteral(".pg_index_load.vs_sqlite"), pgMs / sqliteMs, 1.5,
                    QStringLiteral("x"));
    return fromPg == fromSqlite && (!input || fromPg == input->locations.size());
}

} // namespace burgernet::bench
