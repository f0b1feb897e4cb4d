// The wall clock stepping an hour forward or back while urgent messages wait: the real channel
// workers, outbox and audit log on a clock whose wall time jumps while its monotonic time does
// not (as the system's does when NTP or a person sets it).
#include "app/audit/AuditVerifier.h"
#include "app/dispatch/ChannelWorker.h"
#include "app/services/AuditService.h"
#include "app/services/DispatchRecords.h"
#include "tests/dispatch/DispatchTestSupport.h"

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kMinute = 60'000;

qint64 sendUrgent(DispatchFixture& f)
{
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = {BuiltinChannel::Sms};
    auto id = f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());
    return *id;
}

DispatchConfig thirtyMinutes()
{
    DispatchConfig config;
    config.staleAfterMs = 30 * kMinute;
    config.retry.maxAttempts = 1000; // the gateway's outage, not the retry limit, is under test
    return config;
}

void auditIntact(DispatchFixture& f)
{
    AuditService supervisor(f.auditService().log(),
                            Session{QStringLiteral("toezicht"), Role::Supervisor,
                                    QStringLiteral("meldkamer-2"), Mode::Live});
    auto verified = supervisor.verify();
    INFO(verified.errorMessage().toStdString());
    REQUIRE(verified.ok());
    INFO(verified->summary().toStdString());
    CHECK(verified->intact());
}

} // namespace

TEST_CASE("After the wall clock jumps an hour forward, waiting urgent messages still go out",
          "[faults][clock]")
{
    DispatchFixture f;
    DispatchRecords records(f.auditService());
    auto workers = f.worker(thirtyMinutes());
    for (const auto& w : workers->workers)
        w->setRecorder(&records);
    f.sms().setScript(
        [](const OutgoingMessage&, int) { return test::ScriptedSender::retryable(60); });
    workers->processOnce();
    const qint64 id = sendUrgent(f);
    workers->processOnce(); // tried once; the gateway is down
    // Five real minutes of outage, then the clock is set an hour ahead.
    for (int i = 0; i < 5; ++i) {
        f.clock().advance(kMinute);
        workers->processOnce();
    }
    f.clock().set(f.clock().nowUtc().addMSecs(kHour));
    f.clock().advance(1);
    workers->processOnce();
    f.clock().advance(11'000); // past a stale sweep
    workers->processOnce();
    // Six minutes waited, not sixty-six: still queued, not held back.
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Stale) == 0);
    CHECK(f.records(QStringLiteral("outbox.stale")).empty());
    // The gateway is back: they go out.
    f.sms().setScript([](const OutgoingMessage&, int) { return test::ScriptedSender::ok(); });
    f.drain(*workers, 10 * kMinute);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Sent) == 14);
    // Messages queued after the jump are judged on the new time.
    const qint64 later = sendUrgent(f);
    f.drain(*workers, 10 * kMinute);
    CHECK(f.states(later, BuiltinChannel::Sms).value(OutboxState::Sent) > 0);
    auditIntact(f);
}

TEST_CASE("After the wall clock jumps an hour back, waiting urgent messages are held back after "
          "thirty real minutes, not ninety",
          "[faults][clock]")
{
    DispatchFixture f;
    DispatchRecords records(f.auditService());
    auto workers = f.worker(thirtyMinutes());
    for (const auto& w : workers->workers)
        w->setRecorder(&records);
    f.sms().setScript(
        [](const OutgoingMessage&, int) { return test::ScriptedSender::retryable(60); });
    workers->processOnce();
    const qint64 id = sendUrgent(f);
    workers->processOnce();
    f.clock().advance(kMinute);
    workers->processOnce();
    f.clock().set(f.clock().nowUtc().addMSecs(-kHour));
    // 28 real minutes after they were queued: waiting.
    for (int i = 0; i < 27; ++i) {
        f.clock().advance(kMinute);
        workers->processOnce();
    }
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Stale) == 0);
    // 31 real minutes: held back for a person's decision, not an hour later.
    for (int i = 0; i < 3; ++i) {
        f.clock().advance(kMinute);
        workers->processOnce();
    }
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Stale) == 14);
    CHECK_FALSE(f.records(QStringLiteral("outbox.stale")).empty());
    // A message queued after the jump is judged on the new time: not stale at once.
    f.sms().setScript([](const OutgoingMessage&, int) { return test::ScriptedSender::ok(); });
    const qint64 later = sendUrgent(f);
    f.drain(*workers, 10 * kMinute);
    CHECK(f.states(later, BuiltinChannel::Sms).value(OutboxState::Stale) == 0);
    CHECK(f.states(later, BuiltinChannel::Sms).value(OutboxState::Sent) > 0);
    // The log's times went back an hour: no tamper alarm for that.
    auditIntact(f);
}
