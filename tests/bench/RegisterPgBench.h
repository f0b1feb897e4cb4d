#pragma once

#include "app/geo/ParticipantIndex.h"
#include "tests/bench/BenchReport.h"

#include <QString>

namespace burgernet::bench {

// The register on PostgreSQL against the same on SQLite, in the same run: the demo population
// and a CSV import of it (COPY through a staging table), and the index load at start (binary
// COPY), each within 1.5x of SQLite's time. The server is a private cluster on loopback
// started here (tests/support/postgres-fixture.sh), or BENCH_PG_URL's.
class RegisterPgBench
{
public:
    RegisterPgBench(BenchReport& report, QString workDir);
    ~RegisterPgBench();
    RegisterPgBench(const RegisterPgBench&) = delete;
    RegisterPgBench& operator=(const RegisterPgBench&) = delete;

    bool available() const { return !m_url.isEmpty(); }

    // `sqliteDemoSeconds`: the demo population of `participants` stored in SQLite just before;
    // `sqliteRegister`: that register, exported here for the import.
    bool demoAndImport(qint64 participants, double scale, double sqliteDemoSeconds,
                       const QString& sqliteRegister);
    // The index read from each database and built: the demo register of demoAndImport(), or
    // with `input`, that written into a new PostgreSQL database.
    bool indexLoad(const QString& prefix, const QString& sqliteRegister, double scale,
                   const IndexInput* input = nullptr);

private:
    QString newDatabase(const QString& name);

    BenchReport& m_report;
    QString m_workDir;
    QString m_url; // the server's maintenance database
    QString m_demoUrl;
    bool m_started = false;
};

} // namespace burgernet::bench
