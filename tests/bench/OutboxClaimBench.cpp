// Outbox claims on a shared PostgreSQL register: rows claimed (SELECT … FOR UPDATE SKIP LOCKED,
// leased) and completed per second by 1, 2 and 4 workers, each on a thread and connection of its
// own as the workstations' channel workers are, against one worker (the baseline). The sender
// does nothing, so this is the register's side alone. A private PostgreSQL 15 server on loopback
// (tests/support/pg-cluster.sh); SQLite's single worker for comparison.
#include "app/core/DatabaseSpec.h"
#include "app/dispatch/Outbox.h"
#include "app/storage/Database.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <set>

using namespace burgernet;

namespace {

constexpr int kRows = 40'000;
constexpr int kBatch = 100;
const QString kScript = QStringLiteral(BURGERNET_SOURCE_DIR "/tests/support/pg-cluster.sh");

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

void fill(const DatabaseSpec& spec)
{
    auto db = Database::open(spec);
    if (!db)
        die(db.errorMessage());
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("DELETE FROM outbox"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!q.exec(QStringLiteral("INSERT INTO actions (kind, incident_type, mode, state, author, "
                               "content, created_at, updated_at) VALUES ('urgent', 'straatroof', "
                               "'training', 'sending', 'bench', '{}', %1, %1)")
                    .arg(now)))
        die(q.lastError().text());
    q.exec(QStringLiteral("SELECT MAX(id) FROM actions"));
    q.next();
    const qint64 action = q.value(0).toLongLong();
    q.exec(QStringLiteral("INSERT INTO action_messages (action_id, message_type, texts, "
                          "created_at, created_by) VALUES (%1, 'alert', '{}', %2, 'bench')")
               .arg(action)
               .arg(now));
    q.exec(QStringLiteral("SELECT MAX(id) FROM action_messages"));
    q.next();
    const qint64 message = q.value(0).toLongLong();
    std::vector<OutboxEntry> entries(kRows);
    for (int i = 0; i < kRows; ++i)
        entries[size_t(i)] = {i + 1, Channel::sms(), QStringLiteral("nl")};
    (*db)->connection().transaction();
    if (auto s = Outbox(**db).enqueue(action, message, MessageType::Alert, true, entries, now); !s)
        die(s.errorMessage());
    (*db)->connection().commit();
}

// Rows per second through claim and complete with `workers` threads; checks that no row was
// claimed twice.
double run(const DatabaseSpec& spec, int workers)
{
    fill(spec);
    std::atomic<qint64> claimedRows{0};
    std::atomic<bool> duplicate{false};
    std::mutex seenMutex;
    std::set<qint64> seen;
    std::vector<QThread*> threads;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int w = 0; w < workers; ++w) {
        threads.push_back(QThread::create([&, w] {
            auto db = Database::openExisting(spec);
            if (!db)
                die(db.errorMessage());
            Outbox outbox(**db);
            ClaimTerms terms;
            terms.claimant = QStringLiteral("bench-%1").arg(w);
            const qint64 now = QDateTime::currentMSecsSinceEpoch() + 1000;
            for (;;) {
                auto batch = outbox.claim(Channel::sms(), now, kBatch, terms);
                if (!batch)
                    die(batch.errorMessage());
                if (batch->items.empty())
                    break;
                std::vector<OutboxResult> results;
                for (const OutboxItem& item : batch->items) {
                    results.push_back({item.id, OutboxState::Sent});
                    std::lock_guard lock(seenMutex);
                    if (!seen.insert(item.id).second)
                        duplicate = true;
                }
                if (auto done = outbox.complete(results, now, terms.claimant); !done)
                    die(done.errorMessage());
                claimedRows += qint64(batch->items.size());
            }
        }));
        threads.back()->start();
    }
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    if (duplicate || claimedRows != kRows)
        die(QStringLiteral("%1 rows claimed of %2, duplicates: %3")
                .arg(claimedRows.load())
                .arg(kRows)
                .arg(duplicate ? "yes" : "no"));
    return double(kRows) / seconds;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bench::BenchReport report(QStringLiteral("outbox_claims"));
    QTemporaryDir dir;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    const QString data = dir.filePath(QStringLiteral("pg"));
    if (QProcess::execute(QStringLiteral("bash"),
                          {kScript, QStringLiteral("primary"), data, QString::number(port)}) != 0)
        die(QStringLiteral("cannot start PostgreSQL"));
    QProcess::execute(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                      {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                       QString::number(port), QStringLiteral("-U"), QStringLiteral("burgernet"),
                       QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-qc"),
                       QStringLiteral("CREATE DATABASE bench")});
    auto pg =
        DatabaseSpec::parse(QStringLiteral("postgresql://burgernet@127.0.0.1:%1/bench").arg(port));
    if (!pg)
        die(pg.errorMessage());
    const auto sqlite = DatabaseSpec::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));

    const double one = run(*pg, 1);
    report.figure(QStringLiteral("pg_1_worker"), one, QStringLiteral("rows/s"),
                  QStringLiteral("PostgreSQL, one worker (baseline)"));
    for (int workers : {2, 4}) {
        const double many = run(*pg, workers);
        report.figure(QStringLiteral("pg_%1_workers").arg(workers), many, QStringLiteral("rows/s"));
        // Claims of several workers must not collapse on each other's locks.
        report.target(QStringLiteral("pg_%1_workers_vs_1").arg(workers), many / one, 0.8,
                      QStringLiteral("x"), true);
    }
    report.figure(QStringLiteral("sqlite_1_worker"), run(sqlite, 1), QStringLiteral("rows/s"),
                  QStringLiteral("SQLite, one worker"));
    QProcess::execute(QStringLiteral("bash"),
                      {kScript, QStringLiteral("stop"), data, QStringLiteral("immediate")});
    return report.finish();
}
