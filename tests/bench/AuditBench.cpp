// The audit log's speed: appending during a dispatch (target <= 50 us per record in batches)
// and verifying a million records (target <= 3 s), each against a plain SQLite baseline
// measured in the same run on the same disk.
#include "app/audit/AuditLog.h"
#include "app/audit/AuditVerifier.h"
#include "app/audit/SqliteHandle.h"
#include "app/core/Clock.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace burgernet;

namespace {

AuditEvent dispatchEvent(int i)
{
    return AuditEvent{QStringLiteral("centralist.west"),
                      QStringLiteral("dispatcher"),
                      QString(),
                      QStringLiteral("message.queue"),
                      QStringLiteral("outbox"),
                      QStringLiteral("BN-2026-%1").arg(i / 1000),
                      AuditResult::Ok,
                      QJsonObject{{QStringLiteral("participant"),
                                   QStringLiteral("P-%1").arg(i, 8, 36, QLatin1Char('A'))},
                                  {QStringLiteral("channel"), QStringLiteral("sms")},
                                  {QStringLiteral("parts"), 1}}};
}

std::unique_ptr<AuditLog> openLog(const QTemporaryDir& dir, const QString& name, const Clock& clock)
{
    AuditLog::Options options;
    options.path = dir.filePath(name);
    options.keyPath = dir.filePath(QStringLiteral("key"));
    options.workstation = QStringLiteral("bench");
    auto log = AuditLog::open(options, clock);
    if (!log) {
        std::fprintf(stderr, "%s\n", qPrintable(log.errorMessage()));
        std::exit(1);
    }
    return std::move(log).value();
}

// The same rows into the same kind of table, without hashing, signing or checks.
double plainInsertUsPerRecord(const QTemporaryDir& dir, int records, int batch)
{
    auto db = SqliteHandle::open(dir.filePath(QStringLiteral("plain.sqlite")), false);
    (void)db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                   "CREATE TABLE t (seq INTEGER PRIMARY KEY, time_utc TEXT, utc_offset INTEGER, "
                   "actor TEXT, role TEXT, on_behalf_of TEXT, workstation TEXT, action TEXT, "
                   "object_type TEXT, object_id TEXT, result TEXT, details TEXT, prev_hash BLOB, "
                   "hash BLOB); CREATE INDEX t_time ON t (time_utc); "
                   "CREATE INDEX t_object ON t (object_type, object_id);");
    SqliteStatement insert = db->prepare("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QByteArray hash(32, 'h');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < records; i += batch) {
        (void)db->exec("BEGIN IMMEDIATE");
        for (int j = i; j < i + batch; ++j) {
            const AuditEvent e = dispatchEvent(j);
            insert.reset();
            insert.bind(1, static_cast<qint64>(j + 1));
            insert.bind(2, QStringLiteral("2026-11-27T14:00:00.000Z"));
            insert.bind(3, static_cast<qint64>(3600));
            insert.bind(4, e.actor);
            insert.bind(5, e.role);
            insert.bind(6, e.onBehalfOf);
            insert.bind(7, QStringLiteral("bench"));
            insert.bind(8, e.action);
            insert.bind(9, e.objectType);
            insert.bind(10, e.objectId);
            insert.bind(11, QStringLiteral("ok"));
            insert.bind(12, QStringLiteral("{\"channel\":\"sms\",\"participant\":\"P-AAAA\"}"));
            insert.bind(13, hash);
            insert.bind(14, hash);
            insert.step();
        }
        (void)db->exec("COMMIT");
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e3 / records;
}

double scanSeconds(const QString& path)
{
    auto db = SqliteHandle::open(path, true);
    SqliteStatement rows =
        db->prepare("SELECT seq, time_utc, utc_offset, actor, role, on_behalf_of, "
                    "workstation, action, object_type, object_id, result, details, "
                    "prev_hash, hash FROM audit_records ORDER BY seq");
    QElapsedTimer timer;
    timer.start();
    size_t bytes = 0;
    while (rows.step())
        for (int c = 1; c < 14; ++c)
            bytes += rows.textView(c).size();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return bytes > 0 ? seconds : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int verifyRecords = qEnvironmentVariableIntValue("BENCH_AUDIT_RECORDS") > 0
                                  ? qEnvironmentVariableIntValue("BENCH_AUDIT_RECORDS")
                                  : 1'000'000;
    bench::BenchReport report(QStringLiteral("audit"));
    QTemporaryDir dir;
    SystemClock clock;

    // Appending in batches of 1,000, as a dispatch writes its queue records.
    constexpr int appendRecords = 200'000;
    constexpr int batch = 1'000;
    {
        auto log = openLog(dir, QStringLiteral("append.sqlite"), clock);
        std::vector<AuditEvent> events;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < appendRecords; i += batch) {
            events.clear();
            for (int j = i; j < i + batch; ++j)
                events.push_back(dispatchEvent(j));
            if (!log->append(events)) {
                std::fprintf(stderr, "append failed\n");
                return 1;
            }
        }
        const double us = static_cast<double>(timer.nsecsElapsed()) / 1e3 / appendRecords;
        const double plain = plainInsertUsPerRecord(dir, appendRecords, batch);
        report.figure(QStringLiteral("append.plain_sqlite_insert"), plain, QStringLiteral("us/rec"),
                      QStringLiteral("baseline: same rows, no hash/signature/checks"));
        report.figure(QStringLiteral("append.batched_vs_plain_ratio"), us / plain,
                      QStringLiteral("x"));
        report.target(QStringLiteral("append.batched"), us, 50, QStringLiteral("us/rec"));
    }
    // One record per transaction, each synced to disk: what a single user action costs.
    {
        auto log = openLog(dir, QStringLiteral("single.sqlite"), clock);
        const int n = 500;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i)
            (void)log->append(dispatchEvent(i));
        report.figure(QStringLiteral("append.single_durable"),
                      static_cast<double>(timer.nsecsElapsed()) / 1e3 / n, QStringLiteral("us/rec"),
                      QStringLiteral("one fsync'ed transaction per record"));
    }
    // Verifying a million records.
    {
        const QString path = dir.filePath(QStringLiteral("verify.sqlite"));
        {
            auto log = openLog(dir, QStringLiteral("verify.sqlite"), clock);
            std::vector<AuditEvent> events;
            for (int i = 0; i < verifyRecords; i += 10'000) {
                events.clear();
                for (int j = i; j < qMin(i + 10'000, verifyRecords); ++j)
                    events.push_back(dispatchEvent(j));
                (void)log->append(events);
            }
        }
        const double scan = scanSeconds(path);
        QElapsedTimer timer;
        timer.start();
        auto v = AuditVerifier::verify(path);
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!v || !v->intact() || v->records != verifyRecords) {
            std::fprintf(stderr, "verification failed: %s\n",
                         qPrintable(v ? v->summary() : v.errorMessage()));
            return 1;
        }
        report.figure(QStringLiteral("verify.records"), verifyRecords, QStringLiteral("records"));
        report.figure(QStringLiteral("verify.plain_scan"), scan, QStringLiteral("s"),
                      QStringLiteral("baseline: reading every column, no hashing"));
        report.figure(QStringLiteral("verify.vs_scan_ratio"), seconds / scan, QStringLiteral("x"));
        report.target(QStringLiteral("verify.seconds_per_million"), seconds * 1e6 / verifyRecords,
                      3, QStringLiteral("s"));
    }
    return report.finish();
}
