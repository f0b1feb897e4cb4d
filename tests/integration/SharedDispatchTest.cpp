// Several workstations on one PostgreSQL register: real burgernetctl processes, each with a home
// of its own, dispatch one training action through the simulated sender while one of them is
// killed, their connections are terminated, or the primary fails over to its standby. Private
// PostgreSQL 15 servers on loopback, started here (tests/support/pg-cluster.sh).

#include "app/core/DatabaseSpec.h"
#include "app/services/ActionNotifier.h"
#include "app/services/RegisterPresence.h"
#include "app/storage/Database.h"
#include "tests/integration/SharedRegister.h"
#include "tests/support/Wait.h"
#include "ui/RegisterHealthLabel.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace burgernet;
using test::PgServer;
using test::SharedRegister;
using test::Workstation;

namespace {

constexpr int kRate = 1000; // per channel, for the register as a whole
constexpr int kParticipants = 16'000;

QString hostOf(const PgServer& server)
{
    return QStringLiteral("127.0.0.1:%1").arg(server.port());
}

qint64 reached(const QMap<QString, qint64>& states)
{
    return states.value(QStringLiteral("sent")) + states.value(QStringLiteral("delivered"));
}

std::vector<std::unique_ptr<Workstation>> startDispatchers(SharedRegister& reg, qint64 id, int n,
                                                           const QString& tag)
{
    std::vector<std::unique_ptr<Workstation>> ws;
    for (int i = 0; i < n; ++i) {
        ws.push_back(
            reg.workstation(QStringLiteral("%1-%2").arg(tag).arg(i),
                            i % 2 ? QStringLiteral("trainer2") : QStringLiteral("trainer1")));
        ws.back()->start({QStringLiteral("action"), QStringLiteral("dispatch"), QString::number(id),
                          QStringLiteral("--timeout"), QStringLiteral("170")});
    }
    return ws;
}

void waitUntilReached(SharedRegister& reg, qint64 id, qint64 rows)
{
    REQUIRE(test::waitUntil(
        [&] {
            QThread::msleep(50);
            return reached(reg.states(id)) >= rows;
        },
        120'000));
}

void finish(std::vector<std::unique_ptr<Workstation>>& ws, size_t from = 0)
{
    for (size_t i = from; i < ws.size(); ++i) {
        INFO("workstation " << i);
        REQUIRE(ws[i]->waitForFinished(200'000));
        const QString err = QString::fromUtf8(ws[i]->process().readAllStandardError());
        INFO(err.right(3000).toStdString());
        CHECK(ws[i]->process().exitCode() == 0);
    }
}

// The register's rate held: rows answered per second over the send, per channel.
double measuredRate(const SharedRegister& reg, qint64 id, const QString& channel)
{
    const QString row = reg.server().sql(
        QStringLiteral("training"),
        QStringLiteral("SELECT COUNT(*), MAX(updated_at) - MIN(updated_at) FROM outbox WHERE "
                       "action_id = %1 AND channel = '%2' AND state IN ('sent', 'delivered')")
            .arg(id)
            .arg(channel));
    const double count = row.section(QLatin1Char('|'), 0, 0).toDouble();
    const double spanMs = row.section(QLatin1Char('|'), 1).toDouble();
    // The first burst (50) goes at once; the rest at the rate.
    return spanMs > 0 ? (count - 50) * 1000.0 / spanMs : 0;
}

struct DispatchFigures
{
    qint64 rows = 0, reached = 0, uncertain = 0, twice = 0;
    double seconds = 0, smsRate = 0;
};

DispatchFigures dispatchWith(SharedRegister& reg, int workstations, bool killOne)
{
    const auto [id, rows] = reg.queuedAction();
    REQUIRE(rows >= 20'000);
    QElapsedTimer elapsed;
    elapsed.start();
    auto ws = startDispatchers(reg, id, workstations, QStringLiteral("n%1").arg(workstations));
    if (killOne) {
        waitUntilReached(reg, id, rows * 3 / 10);
        // Killed while it holds rows it is sending: those are the ones at stake.
        const qint64 pid = ws.front()->process().processId();
        REQUIRE(test::waitUntil(
            [&] {
                return reg.server().number(
                           QStringLiteral("training"),
                           QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sending' "
                                          "AND claimed_by LIKE '%/%1/%'")
                               .arg(pid)) > 0;
            },
            30'000));
        ws.front()->kill();
        finish(ws, 1);
    } else {
        finish(ws);
    }
    DispatchFigures f;
    f.seconds = double(elapsed.elapsed()) / 1000.0;
    const auto states = reg.states(id);
    INFO("states: " << QStringList(states.keys()).join(QLatin1Char(',')).toStdString());
    f.rows = rows;
    f.reached = reached(states);
    f.uncertain = states.value(QStringLiteral("uncertain"));
    f.twice = reg.claimedTwice(id);
    CHECK(states.value(QStringLiteral("queued")) == 0);
    CHECK(states.value(QStringLiteral("sending")) == 0);
    CHECK(states.value(QStringLiteral("failed")) == 0);
    CHECK(f.reached + f.uncertain == rows); // 0 lost
    CHECK(f.twice == 0);                    // 0 double claims
    // Only what the killed workstation had claimed can be uncertain: one batch per channel.
    CHECK(f.uncertain <= (killOne ? 2 * 100 : 0));
    // Every live workstation took part.
    const qint64 claimants = reg.server().number(
        QStringLiteral("training"),
        QStringLiteral("SELECT COUNT(DISTINCT split_part(claimed_by, '/', 2)) FROM outbox WHERE "
                       "action_id = %1 AND state IN ('sent', 'delivered')")
            .arg(id));
    CHECK(claimants >= workstations - (killOne ? 1 : 0));
    f.smsRate = measuredRate(reg, id, QStringLiteral("sms"));
    CHECK(f.smsRate <= kRate * 1.1);
    return f;
}

void report(const char* what, int workstations, const DispatchFigures& f)
{
    std::printf("%s, %d workstations: %lld rows in %.1f s, %lld reached, %lld uncertain, %lld "
                "claimed twice, SMS %.0f/s (limit %d/s for the register)\n",
                what, workstations, static_cast<long long>(f.rows), f.seconds,
                static_cast<long long>(f.reached), static_cast<long long>(f.uncertain),
                static_cast<long long>(f.twice), f.smsRate, kRate);
}

} // namespace

TEST_CASE("Two then four workstations dispatch one action of 20000 recipients and one is killed "
          "mid-way: each recipient once or uncertain, none lost, none claimed twice",
          "[shared][integration]")
{
    QTemporaryDir dir;
    auto server = PgServer::primary(dir.filePath(QStringLiteral("pg")));
    SharedRegister reg(hostOf(*server), *server, kParticipants, kRate);
    reg.latencyMs = 1; // a send takes a moment, as a gateway's does: a kill finds rows sending
    const auto two = dispatchWith(reg, 2, true);
    report("SIGKILL mid-way", 2, two);
    const auto four = dispatchWith(reg, 4, true);
    report("SIGKILL mid-way", 4, four);
}

TEST_CASE("Workstations' connections terminated again and again during a dispatch: none lost, "
          "none sent twice",
          "[shared][integration]")
{
    // BURGERNET_TERMINATIONS=100 for the full run (about 30 s more).
    const int terminations = qEnvironmentVariableIntValue("BURGERNET_TERMINATIONS") > 0
                                 ? qEnvironmentVariableIntValue("BURGERNET_TERMINATIONS")
                                 : 25;
    QTemporaryDir dir;
    auto server = PgServer::primary(dir.filePath(QStringLiteral("pg")));
    // Slow enough that the dispatch lasts through the terminations (about 0.6 s a round).
    const int rate = std::clamp(int(11'000 / (0.6 * terminations)), 150, kRate);
    SharedRegister reg(hostOf(*server), *server, kParticipants, rate);
    const auto [id, rows] = reg.queuedAction();
    auto ws = startDispatchers(reg, id, 2, QStringLiteral("t"));
    waitUntilReached(reg, id, 200); // during the dispatch
    int done = 0;
    qint64 killed = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (done < terminations && reached(reg.states(id)) < rows) {
        QThread::msleep(100);
        // Every connection of the workstations to the register: the session's and each
        // channel worker's.
        killed += reg.server().number(
            QStringLiteral("postgres"),
            QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                           "datname = 'training' AND pid <> pg_backend_pid()"));
        ++done;
    }
    finish(ws);
    const auto states = reg.states(id);
    std::printf("%d rounds of pg_terminate_backend (%lld connections) in %.1f s: %lld rows, %lld "
                "reached, %lld uncertain, %lld claimed twice\n",
                done, static_cast<long long>(killed), double(elapsed.elapsed()) / 1000.0,
                static_cast<long long>(rows), static_cast<long long>(reached(states)),
                static_cast<long long>(states.value(QStringLiteral("uncertain"))),
                static_cast<long long>(reg.claimedTwice(id)));
    CHECK(done >= std::min(terminations, 10));
    CHECK(states.value(QStringLiteral("queued")) == 0);
    CHECK(states.value(QStringLiteral("sending")) == 0);
    CHECK(reached(states) + states.value(QStringLiteral("uncertain")) == rows);
    CHECK(reg.claimedTwice(id) == 0);
    // A connection lost mid-batch only delays writing the results: nothing becomes uncertain.
    CHECK(states.value(QStringLiteral("uncertain")) == 0);
}

TEST_CASE("The primary stops and its streaming standby is promoted mid-dispatch: the workstations "
          "carry on on the new primary",
          "[shared][integration]")
{
    QTemporaryDir dir;
    auto primary = PgServer::primary(dir.filePath(QStringLiteral("primary")));
    auto standby = PgServer::standbyOf(*primary, dir.filePath(QStringLiteral("standby")));
    // libpq tries both; target_session_attrs=read-write skips whichever is the standby.
    SharedRegister reg(hostOf(*primary) + QLatin1Char(',') + hostOf(*standby), *primary,
                       kParticipants, kRate);
    const auto [id, rows] = reg.queuedAction();
    auto ws = startDispatchers(reg, id, 2, QStringLiteral("f"));
    waitUntilReached(reg, id, rows * 3 / 10);
    QElapsedTimer outage;
    outage.start();
    primary->stop(QStringLiteral("fast"));
    standby->promote();
    const qint64 promotedMs = outage.elapsed();
    reg.moveTo(*standby);
    finish(ws);
    const auto states = reg.states(id);
    std::printf("failover (stop, promote: %lld ms) mid-dispatch: %lld rows, %lld reached, %lld "
                "uncertain, %lld claimed twice\n",
                static_cast<long long>(promotedMs), static_cast<long long>(rows),
                static_cast<long long>(reached(states)),
                static_cast<long long>(states.value(QStringLiteral("uncertain"))),
                static_cast<long long>(reg.claimedTwice(id)));
    CHECK(states.value(QStringLiteral("queued")) == 0);
    CHECK(states.value(QStringLiteral("sending")) == 0);
    CHECK(reached(states) + states.value(QStringLiteral("uncertain")) == rows);
    CHECK(reg.claimedTwice(id) == 0);
    // Sent after the failover too, by both workstations, on the new primary.
    CHECK(reg.server().number(QStringLiteral("training"),
                              QStringLiteral("SELECT pg_is_in_recovery()::int")) == 0);
}

TEST_CASE("An approval made at workstation B reaches workstation A within a second and A counts "
          "the workstations and shows an interruption",
          "[shared][integration]")
{
    QTemporaryDir dir;
    auto server = PgServer::primary(dir.filePath(QStringLiteral("pg")));
    // B's dispatch below sends about 1,100 e-mails. At a fifth of the usual rate it lasts some
    // five seconds, which spans a few of A's heartbeats (A counts the workstations at each).
    // At the usual rate it could end between two counts, unseen.
    SharedRegister reg(hostOf(*server), *server, 2000, kRate / 5);
    // A: this process, the session's presence on the register as the window has it.
    auto spec = DatabaseSpec::parse(reg.training);
    REQUIRE(spec.ok());
    auto db = Database::open(*spec);
    REQUIRE(db.ok());
    ActionNotifier notifier;
    RegisterPresence presence(**db, notifier, QStringLiteral("workstation-a"), Mode::Training,
                              false);
    presence.start();
    CHECK(presence.health() == RegisterHealth::Connected);
    // The window's status bar shows it.
    RegisterHealthLabel label(presence);

    // B writes an action that waits for approval (an author), then approves it (another user).
    auto author = reg.workstation(QStringLiteral("b-author"), QStringLiteral("trainer1"));
    auto sent = author->run(
        {QStringLiteral("action"), QStringLiteral("send"), QStringLiteral("--notice"),
         QStringLiteral("--type"), QStringLiteral("straatroof"), QStringLiteral("--circle"),
         QStringLiteral("52.2,5.3,250000"), QStringLiteral("--text"), QStringLiteral("Let op"),
         QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--yes")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    const qint64 id = reg.server().number(QStringLiteral("training"),
                                          QStringLiteral("SELECT MAX(id) FROM actions"));
    REQUIRE(reg.server().sql(QStringLiteral("training"),
                             QStringLiteral("SELECT state FROM actions WHERE id = %1").arg(id)) ==
            QStringLiteral("awaiting_approval"));
    // When A hears of it, against when the approval is visible in the register (read through
    // a second connection in the same loop).
    auto probe = Database::openExisting(*spec);
    REQUIRE(probe.ok());
    const auto approvedNow = [&](QSqlDatabase connection) {
        QSqlQuery q(connection);
        return q.exec(QStringLiteral("SELECT state FROM actions WHERE id = %1").arg(id)) &&
               q.next() && q.value(0).toString() != QLatin1String("awaiting_approval");
    };
    qint64 heardAtMs = 0;
    qint64 visibleAtMs = 0;
    QObject::connect(&notifier, &ActionNotifier::actionChanged, [&](qint64 changed) {
        if (changed == id && heardAtMs == 0 && approvedNow((*db)->connection()))
            heardAtMs = QDateTime::currentMSecsSinceEpoch();
    });
    auto approver = reg.workstation(QStringLiteral("b-approver"), QStringLiteral("trainer2"));
    approver->start({QStringLiteral("action"), QStringLiteral("approve"), QString::number(id),
                     QStringLiteral("--yes")});
    REQUIRE(test::waitUntil(
        [&] {
            if (visibleAtMs == 0 && approvedNow((*probe)->connection()))
                visibleAtMs = QDateTime::currentMSecsSinceEpoch();
            return heardAtMs > 0 && visibleAtMs > 0;
        },
        60'000));
    REQUIRE(approver->waitForFinished(60'000));
    std::printf("approval at B heard at A %lld ms after it was visible in the register (the "
                "fallback poll: every %d ms)\n",
                static_cast<long long>(heardAtMs - visibleAtMs), RegisterPresence::kFallbackPollMs);
    CHECK(heardAtMs - visibleAtMs < 1000);

    // The status bar's count: A and a dispatching workstation.
    auto other = reg.workstation(QStringLiteral("b-dispatch"), QStringLiteral("trainer1"));
    other->start({QStringLiteral("action"), QStringLiteral("dispatch"), QString::number(id),
                  QStringLiteral("--timeout"), QStringLiteral("60")});
    CHECK(test::waitUntil([&] { return presence.workstationsConnected() >= 2; }, 20'000));
    CHECK(label.text().contains(QStringLiteral("on the register")));
    REQUIRE(other->waitForFinished(90'000));

    // A's connection is cut: shown as interrupted, then back by itself.
    reg.server().sql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                    "datname = 'training' AND pid <> pg_backend_pid()"));
    bool sawInterruption = false;
    QObject::connect(&presence, &RegisterPresence::healthChanged, [&] {
        if (presence.health() == RegisterHealth::Interrupted)
            sawInterruption = label.text().contains(QStringLiteral("connection lost"));
    });
    CHECK(test::waitUntil([&] { return sawInterruption; }, 10'000));
    CHECK(test::waitUntil([&] { return presence.health() == RegisterHealth::Connected; }, 10'000));
    presence.stop();
}
