#include "app/core/SettingsKeys.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/Outbox.h"
#include "app/services/DispatchRecords.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/StorageTest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace burgernet;
using test::DispatchFixture;
using test::ScriptedSender;

namespace {

qint64 sendOnly(DispatchFixture& f, const QList<Channel>& channels)
{
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = channels;
    auto id = f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(id.ok());
    auto submitted = f.actions().submit(*id);
    INFO(submitted.errorMessage().toStdString());
    REQUIRE(submitted.ok());
    return *id;
}

} // namespace

TEST_CASE("Token bucket: a channel never goes faster than its rate", "[dispatch][outbox]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Email});
    DispatchConfig config;
    config.rates.insert(BuiltinChannel::Email, {2.0, 2}); // 2 a second, burst 2
    auto worker = f.worker(config);
    CHECK(worker->processOnce() == 0);
    CHECK(f.email().calls() == 2);
    const qint64 wait = worker->processOnce();
    CHECK(f.email().calls() == 2);
    CHECK(wait == 500);
    f.clock().advance(500);
    worker->processOnce();
    CHECK(f.email().calls() == 3);
    f.drain(*worker);
    CHECK(f.email().calls() == 18);
    // 18 messages at 2 a second after a burst of 2: 8 seconds of fake time.
    CHECK(f.clock().monotonicMs() - 1'000'000 == 8000);
    CHECK(f.states(id, BuiltinChannel::Email).value(OutboxState::Sent) == 18);
}

TEST_CASE("Retryable errors back off exponentially with jitter and honour Retry-After",
          "[dispatch][outbox]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Sms});
    std::map<QString, int> attempts;
    std::vector<qint64> times;
    f.sms().setScript([&](const OutgoingMessage& m, int) {
        if (m.participantPseudonym != QLatin1String("P-T0000"))
            return ScriptedSender::ok();
        times.push_back(f.clock().nowUtc().toMSecsSinceEpoch());
        // Busy twice (the second time with Retry-After: 60), then accepted.
        const int n = ++attempts[m.messageId];
        return n == 1   ? ScriptedSender::retryable()
               : n == 2 ? ScriptedSender::retryable(60)
                        : ScriptedSender::ok();
    });
    DispatchConfig config;
    config.retry.baseMs = 2000;
    auto worker = f.worker(config);
    f.drain(*worker);
    REQUIRE(times.size() == 3);
    const qint64 first = times[1] - times[0];
    CHECK(first >= 1000); // half of 2 s fixed, half random
    CHECK(first <= 2000);
    CHECK(times[2] - times[1] >= 60'000);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Sent) == 14);
}

TEST_CASE("Final errors are not retried, retry-failed-only resends exactly those",
          "[dispatch][outbox]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Sms});
    std::set<QString> failing;
    bool recovered = false;
    f.sms().setScript([&](const OutgoingMessage& m, int call) {
        if (!recovered && call % 4 == 1) {
            failing.insert(m.messageId);
            return ScriptedSender::final();
        }
        return ScriptedSender::ok();
    });
    auto worker = f.worker();
    f.drain(*worker);
    const auto states = f.states(id, BuiltinChannel::Sms);
    CHECK(states.value(OutboxState::Failed) == qint64(failing.size()));
    CHECK(f.sms().calls() == 14);
    recovered = true;
    auto retried = f.actions().retryFailed(id);
    REQUIRE(retried.ok());
    CHECK(*retried == qint64(failing.size()));
    f.drain(*worker);
    CHECK(f.sms().calls() == 14 + int(failing.size()));
    std::set<QString> resent;
    const auto sent = f.sms().sent();
    for (size_t i = 14; i < sent.size(); ++i)
        resent.insert(sent[i].messageId);
    CHECK(resent == failing);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Sent) == 14);
    CHECK(f.records(QStringLiteral("action.retry_failed")).size() == 1);
}

TEST_CASE("The circuit breaker stops calling a dead gateway, nothing is lost", "[dispatch][outbox]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Voice});
    bool down = true;
    f.voice().setScript([&](const OutgoingMessage&, int) {
        return down ? ScriptedSender::retryable() : ScriptedSender::ok();
    });
    DispatchConfig config;
    config.breakerThreshold = 3;
    config.breakerCooldownMs = 30'000;
    config.retry.maxAttempts = 100;
    auto worker = f.worker(config);
    worker->processOnce();
    CHECK(f.voice().calls() == 3); // opened after three failures; the rest of the batch went back
    CHECK(f.states(id, BuiltinChannel::Voice).value(OutboxState::Queued) == 14);
    // While open, nothing is tried.
    f.clock().advance(10'000);
    worker->processOnce();
    CHECK(f.voice().calls() == 3);
    // After the cooldown one trial; it fails: open again, longer.
    f.clock().advance(20'000);
    worker->processOnce();
    CHECK(f.voice().calls() == 4);
    f.clock().advance(30'000);
    worker->processOnce();
    CHECK(f.voice().calls() == 4);
    down = false;
    f.drain(*worker);
    CHECK(f.states(id, BuiltinChannel::Voice).value(OutboxState::Sent) == 14);
    CHECK(f.states(id, BuiltinChannel::Voice).size() == 1);
}

namespace {

QJsonObject detailsOf(const AuditRecord& record)
{
    return QJsonDocument::fromJson(record.details.toUtf8()).object();
}

} // namespace

TEST_CASE("Every change of a channel's circuit breaker is recorded by the system, with each "
          "batch's counts",
          "[dispatch][outbox][audit]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Voice});
    bool down = true;
    f.voice().setScript([&](const OutgoingMessage&, int) {
        return down ? ScriptedSender::retryable() : ScriptedSender::ok();
    });
    DispatchConfig config;
    config.breakerThreshold = 3;
    config.breakerCooldownMs = 30'000;
    config.retry.maxAttempts = 100;
    DispatchRecords records(f.auditService());
    auto worker = f.worker(config);
    worker->channel(BuiltinChannel::Voice)->setRecorder(&records);
    worker->processOnce(); // three failures: open
    f.clock().advance(30'000);
    worker->processOnce(); // half-open; the trial fails: open again, for twice as long
    f.clock().advance(60'000);
    down = false;
    f.drain(*worker); // half-open; the trial goes through: closed

    QStringList states;
    QList<qint64> cooldowns;
    auto breaker = f.records(QStringLiteral("sender.breaker")); // newest first
    std::reverse(breaker.begin(), breaker.end());
    for (const AuditRecord& r : breaker) {
        CHECK(r.actor == QStringLiteral("system"));
        CHECK(r.mode == Mode::Live);
        CHECK(r.objectId == QStringLiteral("voice"));
        const QJsonObject d = detailsOf(r);
        CHECK(d.value(QStringLiteral("channel")).toString() == QStringLiteral("voice"));
        states << d.value(QStringLiteral("state")).toString();
        if (d.contains(QStringLiteral("cooldown_ms")))
            cooldowns << d.value(QStringLiteral("cooldown_ms")).toInteger();
    }
    CHECK(states == QStringList{QStringLiteral("open"), QStringLiteral("half-open"),
                                QStringLiteral("open"), QStringLiteral("half-open"),
                                QStringLiteral("closed")});
    CHECK(cooldowns == QList<qint64>{30'000, 60'000});
    REQUIRE_FALSE(breaker.empty());
    CHECK(detailsOf(breaker.front()).value(QStringLiteral("failures")).toInt() == 3);

    // Every batch recorded against the action: what was sent adds up to the channel's rows.
    qint64 sent = 0;
    qint64 requeued = 0;
    for (const AuditRecord& r : f.records(QStringLiteral("dispatch.batch"))) {
        CHECK(r.objectId == QString::number(id));
        sent += detailsOf(r).value(QStringLiteral("sent")).toInteger();
        requeued += detailsOf(r).value(QStringLiteral("requeued")).toInteger();
    }
    CHECK(sent == 14);
    CHECK(sent == f.states(id, BuiltinChannel::Voice).value(OutboxState::Sent));
    CHECK(requeued >= 14); // the rest of the first batch went back, then each failed trial
}

TEST_CASE("Messages a worker holds back as stale are recorded first, without their record they "
          "stay queued",
          "[dispatch][outbox][audit]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Sms, BuiltinChannel::Email});
    DispatchConfig config;
    config.staleAfterMs = 10 * 60'000;
    DispatchRecords records(f.auditService());
    auto worker = f.worker(config);
    for (const auto& w : worker->workers)
        w->setRecorder(&records);
    f.clock().advance(11 * 60'000);

    // The log refuses: nothing is held back, and nothing is sent either.
    {
        const QString name = QStringLiteral("refuse-stale-records");
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(f.auditService().log().path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER refuse_all BEFORE INSERT ON audit_records "
                                      "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refuse-stale-records"));
    worker->processOnce();
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);
    CHECK(f.states(id, BuiltinChannel::Email).value(OutboxState::Queued) == 18);
    CHECK(f.sms().calls() + f.email().calls() == 0);

    // The log takes records again: held back, and recorded per channel.
    {
        const QString name = QStringLiteral("accept-stale-records");
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(f.auditService().log().path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_all")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("accept-stale-records"));
    f.clock().advance(config.staleSweepMs + 1);
    worker->processOnce();
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Stale) == 14);
    CHECK(f.states(id, BuiltinChannel::Email).value(OutboxState::Stale) == 18);
    QHash<QString, qint64> held;
    for (const AuditRecord& r : f.records(QStringLiteral("outbox.stale"))) {
        CHECK(r.actor == QStringLiteral("system"));
        CHECK(r.objectId == QString::number(id));
        CHECK(r.result == QStringLiteral("ok"));
        held[detailsOf(r).value(QStringLiteral("channel")).toString()] +=
            detailsOf(r).value(QStringLiteral("rows")).toInteger();
    }
    CHECK(held ==
          QHash<QString, qint64>{{QStringLiteral("sms"), 14}, {QStringLiteral("email"), 18}});
    CHECK(f.sms().calls() + f.email().calls() == 0);

    // The batches whose record was refused are recorded with the next ones: handed back unsent.
    QHash<QString, qint64> requeued;
    for (const AuditRecord& r : f.records(QStringLiteral("dispatch.batch"))) {
        CHECK(detailsOf(r).value(QStringLiteral("sent")).toInteger() == 0);
        CHECK(detailsOf(r).value(QStringLiteral("stale")).toInteger() == 0);
        requeued[detailsOf(r).value(QStringLiteral("channel")).toString()] +=
            detailsOf(r).value(QStringLiteral("requeued")).toInteger();
    }
    CHECK(requeued ==
          QHash<QString, qint64>{{QStringLiteral("sms"), 14}, {QStringLiteral("email"), 18}});
}

TEST_CASE("Delivery reports settle rows, an uncertain answer is never resent silently",
          "[dispatch][outbox]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Sms});
    f.sms().setScript([&](const OutgoingMessage&, int call) {
        SendResult r = ScriptedSender::ok();
        r.providerId = QStringLiteral("prov-%1").arg(call);
        if (call == 2)
            r.outcome = SendOutcome::Uncertain;
        return r;
    });
    auto worker = f.worker();
    f.drain(*worker);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Uncertain) == 1);
    worker->reportDelivery(
        {QString(), QStringLiteral("prov-0"), DeliveryReport::Status::Delivered, {}, {}});
    worker->reportDelivery({QString(),
                            QStringLiteral("prov-1"),
                            DeliveryReport::Status::Failed,
                            QStringLiteral("absent subscriber"),
                            {}});
    f.drain(*worker);
    const auto states = f.states(id, BuiltinChannel::Sms);
    CHECK(states.value(OutboxState::Delivered) == 1);
    CHECK(states.value(OutboxState::Failed) == 1);
    CHECK(states.value(OutboxState::Uncertain) == 1);
    CHECK(f.sms().calls() == 14);
    // The dispatcher decides: resend.
    REQUIRE(*f.actions().decideUncertain(id, true) == 1);
    f.drain(*worker);
    CHECK(f.sms().calls() == 15);
}

TEST_CASE("After a crash: sending becomes uncertain, old urgent queues stale, the rest resumes",
          "[dispatch][outbox]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Sms});
    // A crash in the middle of a batch: three rows were marked sending, never completed.
    Outbox outbox(f.db());
    auto claimed = outbox.claim(BuiltinChannel::Sms, f.clock().nowUtc().toMSecsSinceEpoch(), 3);
    REQUIRE(claimed->size() == 3);
    f.clock().advance(5 * 60'000); // back within the stale age
    auto report = f.actions().recoverAfterRestart();
    REQUIRE(report.ok());
    CHECK(report->uncertain == 3);
    CHECK(report->stale == 0);
    auto worker = f.worker();
    f.drain(*worker);
    CHECK(f.sms().calls() == 11);
    for (const auto& m : f.sms().sent())
        for (const auto& c : *claimed)
            CHECK(m.messageId != QString::number(c.id));
    CHECK(f.records(QStringLiteral("outbox.recover")).size() == 1);

    // A second action is queued, then the console is down for an hour.
    const qint64 late = sendOnly(f, {BuiltinChannel::Sms});
    f.clock().advance(60 * 60'000);
    report = f.actions().recoverAfterRestart();
    CHECK(report->stale == 14);
    f.drain(*worker);
    CHECK(f.sms().calls() == 11); // nothing went out on its own
    REQUIRE(*f.actions().decideStale(late, false) == 14);
    CHECK(f.states(late, BuiltinChannel::Sms).value(OutboxState::Dropped) == 14);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Uncertain) == 3);
}

TEST_CASE("Training never reaches a sender that reaches people", "[dispatch][outbox]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 20, QStringLiteral("trainer"), Role::Trainer,
                      Mode::Training);
    f.sms().setReachesPeople(true);
    const qint64 id = sendOnly(f, {BuiltinChannel::Sms, BuiltinChannel::Email});
    auto worker = f.worker();
    f.drain(*worker);
    CHECK(f.sms().calls() == 0);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Failed) == 14);
    REQUIRE(f.email().calls() == 18);
    CHECK(f.email().sent().front().text.contains(QStringLiteral("OEFENING")));
    CHECK(f.email().sent().front().mode == Mode::Training);
}

TEST_CASE("Each channel's worker sends on its own thread and connection",
          "[dispatch][outbox][thread]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Sms, BuiltinChannel::Email});
    // The fixture's clock: the rows were queued at its time, and by the wall clock they would be
    // days old and held back as stale.
    Dispatcher dispatcher(f.clock(), f.spec());
    dispatcher.addChannel(BuiltinChannel::Sms, std::make_unique<test::BorrowedSender>(f.sms()));
    dispatcher.addChannel(BuiltinChannel::Email, std::make_unique<test::BorrowedSender>(f.email()));
    QSignalSpy progressed(&dispatcher, &Dispatcher::progressed);
    dispatcher.start();
    QElapsedTimer timer;
    timer.start();
    while (f.sms().calls() + f.email().calls() < 32 && timer.elapsed() < 10'000)
        progressed.wait(200);
    CHECK(dispatcher.status(BuiltinChannel::Sms).readiness == ChannelReadiness::Ready);
    CHECK(dispatcher.status(BuiltinChannel::Voice).readiness == ChannelReadiness::NotConfigured);
    dispatcher.stop();
    CHECK(f.sms().calls() == 14);
    CHECK(f.email().calls() == 18);
    CHECK(progressed.count() >= 1);
    CHECK(f.states(id, BuiltinChannel::Email).value(OutboxState::Sent) == 18);
}

namespace {
void claimIsExclusive(DatabaseKind kind)
{
    DispatchFixture f(kind);
    const qint64 id = sendOnly(f, {BuiltinChannel::Email});
    Outbox outbox(f.db());
    const qint64 now = f.clock().nowUtc().toMSecsSinceEpoch();
    auto a = outbox.claim(BuiltinChannel::Email, now, 10);
    auto b = outbox.claim(BuiltinChannel::Email, now, 10);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->size() == 10);
    CHECK(b->size() == 8);
    std::set<qint64> ids;
    for (const auto& i : *a)
        ids.insert(i.id);
    for (const auto& i : *b)
        ids.insert(i.id);
    CHECK(ids.size() == 18);
    CHECK_FALSE(a->front().address.isEmpty());
    auto counts = outbox.counts(id);
    CHECK(counts->value(BuiltinChannel::Email).value(OutboxState::Sending) == 18);
}
} // namespace
BURGERNET_STORAGE_TEST("Claimed rows are marked sending and never claimed twice", claimIsExclusive)

namespace {
std::vector<qint64> idsOf(const std::vector<OutboxItem>& items)
{
    std::vector<qint64> ids;
    for (const OutboxItem& i : items)
        ids.push_back(i.id);
    return ids;
}

void leasesHandOver(DatabaseKind kind)
{
    DispatchFixture f(kind);
    const qint64 id = sendOnly(f, {BuiltinChannel::Email}); // 18 rows
    Outbox outbox(f.db());
    const qint64 now = f.clock().nowUtc().toMSecsSinceEpoch();
    ClaimTerms dying{QStringLiteral("ws-a/1/x/email#0"), 1};
    ClaimTerms alive{QStringLiteral("ws-b/2/y/email#0"), 60'000};
    auto a = outbox.claim(BuiltinChannel::Email, now, 5, dying);
    auto b = outbox.claim(BuiltinChannel::Email, now, 5, alive);
    REQUIRE(a->items.size() == 5);
    REQUIRE(b->items.size() == 5);
    QThread::msleep(20); // a's lease (1 ms of the database's clock) runs out while it sends
    // Only rows whose lease ran out become uncertain: b's are left alone.
    if (kind == DatabaseKind::PostgreSql) {
        // A workstation starting on a shared register recovers only those, too.
        auto recovered = outbox.recover(now, 0);
        REQUIRE(recovered.ok());
        CHECK(recovered->first == 5);
        CHECK(outbox.expireLeases(BuiltinChannel::Email, now)->isEmpty());
    } else {
        auto expired = outbox.expireLeases(BuiltinChannel::Email, now);
        REQUIRE(expired.ok());
        CHECK(expired->value(id) == 5);
    }
    CHECK(f.states(id, BuiltinChannel::Email).value(OutboxState::Uncertain) == 5);
    CHECK(f.states(id, BuiltinChannel::Email).value(OutboxState::Sending) == 5);
    CHECK(*outbox.renewLeases(idsOf(b->items), alive.claimant, 60'000) == 5);
    CHECK(*outbox.renewLeases(idsOf(a->items), dying.claimant, 60'000) == 0);
    // The same results written twice (an answer lost at the commit) change nothing more.
    std::vector<OutboxResult> bResults;
    for (const OutboxItem& i : b->items)
        bResults.push_back({i.id, OutboxState::Sent});
    REQUIRE(outbox.complete(bResults, now, alive.claimant).ok());
    REQUIRE(outbox.complete(bResults, now, alive.claimant).ok());
    // a comes back late: what it sent replaces the guess, what it did not send is queued again.
    std::vector<OutboxResult> aResults;
    for (size_t i = 0; i < a->items.size(); ++i) {
        OutboxResult r{a->items[i].id, i < 3 ? OutboxState::Sent : OutboxState::Queued};
        if (i >= 3) {
            r.attempted = false;
            r.nextAttemptAt = now;
        }
        aResults.push_back(r);
    }
    REQUIRE(outbox.complete(aResults, now, dying.claimant).ok());
    // Someone else's results never touch b's rows.
    REQUIRE(
        outbox.complete({{b->items.front().id, OutboxState::Failed}}, now, dying.claimant).ok());
    auto states = f.states(id, BuiltinChannel::Email);
    CHECK(states.value(OutboxState::Sent) == 8);
    CHECK(states.value(OutboxState::Queued) == 10);
    CHECK(states.value(OutboxState::Uncertain) == 0);
    // A claim whose answer was lost: its rows were never sent, they go back as they were.
    ClaimTerms lost{QStringLiteral("ws-c/3/z/email#0")};
    auto c = outbox.claim(BuiltinChannel::Email, now, 4, lost);
    REQUIRE(c->items.size() == 4);
    CHECK(*outbox.releaseClaims(BuiltinChannel::Email, alive.claimant) == 0);
    CHECK(*outbox.releaseClaims(BuiltinChannel::Email, lost.claimant) == 4);
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT MAX(attempts) FROM outbox WHERE state = 'queued'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
} // namespace
BURGERNET_STORAGE_TEST("Leases: a dead worker's rows become uncertain, a live one's are never "
                       "touched, a late result replaces the guess",
                       leasesHandOver)

TEST_CASE("Two workers on one register share the channel's rate", "[dispatch][outbox]")
{
    DispatchFixture f;
    const qint64 id = sendOnly(f, {BuiltinChannel::Email});
    DispatchConfig config;
    config.rates.insert(BuiltinChannel::Email, {2.0, 2}); // 2 a second, burst 2
    auto first = f.worker(config);
    auto second = f.worker(config);
    CHECK(first->processOnce() == 0);
    CHECK(f.email().calls() == 2);
    // The bucket is the register's: the other worker waits as well.
    CHECK(second->processOnce() == 500);
    CHECK(f.email().calls() == 2);
    f.clock().advance(500);
    second->processOnce();
    CHECK(first->processOnce() == 500);
    CHECK(f.email().calls() == 3);
    CHECK(f.states(id, BuiltinChannel::Email).value(OutboxState::Sent) == 3);
}

TEST_CASE("A scheduled notice waits in the outbox until its time", "[dispatch][outbox]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 20, QStringLiteral("gemeente"), Role::Supervisor);
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 100000);
    ActionContent c = DispatchFixture::urgentContent();
    c.kind = ActionKind::Notice;
    c.channels = {BuiltinChannel::Email};
    c.freeText = QStringLiteral("Informatieavond over inbraakpreventie.");
    c.scheduledAt = f.clock().nowUtc().addSecs(3600);
    auto id = f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(*f.actions().submit(*id) == ActionState::AwaitingApproval);
    auto approver = f.servicesFor(QStringLiteral("chef"), Role::Supervisor);
    REQUIRE(approver->approve(*id).ok());
    auto worker = f.worker();
    CHECK(worker->processOnce() == 3'600'000);
    CHECK(f.email().calls() == 0);
    f.clock().advance(3'599'000);
    worker->processOnce();
    CHECK(f.email().calls() == 0);
    f.clock().advance(1000);
    f.drain(*worker);
    CHECK(f.email().calls() == 18);
    // A notice is never stale: it was meant to wait.
    CHECK(f.actions().recoverAfterRestart()->stale == 0);
}
