// The outbox state machine over random interleavings of send, success, failure, timeout (an
// uncertain answer), delivery reports, crash and restart, and the dispatcher's decisions:
// no row is ever sent more often than once plus the human decisions that allowed a resend,
// no row is lost, and in the end everything is settled.
#include "app/dispatch/Outbox.h"
#include "tests/dispatch/DispatchTestSupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <map>
#include <random>

using namespace burgernet;
using test::DispatchFixture;
using test::ScriptedSender;

namespace {

std::map<qint64, QString> rowStates(DispatchFixture& f)
{
    std::map<qint64, QString> states;
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, state FROM outbox")));
    while (q.next())
        states[q.value(0).toLongLong()] = q.value(1).toString();
    return states;
}

} // namespace

TEST_CASE("Outbox property: random sends, failures, crashes and decisions never double-send",
          "[dispatch][outbox][property]")
{
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        INFO("seed " << seed);
        DispatchFixture f;
        std::mt19937 random(seed);
        ActionContent c = DispatchFixture::urgentContent();
        c.channels = {BuiltinChannel::Sms, BuiltinChannel::Email};
        auto id = f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
        REQUIRE(f.actions().submit(*id).ok());
        const auto initial = rowStates(f);
        REQUIRE(initial.size() == 32);

        std::map<qint64, int> sends, allowed;
        std::vector<QString> providerIds;
        bool healthy = false;
        const auto script = [&](const OutgoingMessage& m, int call) {
            SendResult r = ScriptedSender::ok();
            r.providerId = QStringLiteral("p%1-%2").arg(m.channel.id()).arg(call);
            if (!healthy) {
                switch (random() % 6) {
                case 0:
                    r = ScriptedSender::retryable(random() % 2 ? std::optional<int>(1)
                                                               : std::nullopt);
                    break;
                case 1:
                    r = ScriptedSender::final();
                    break;
                case 2:
                    r.outcome = SendOutcome::Uncertain;
                    break;
                case 3:
                    r.outcome = SendOutcome::Delivered;
                    break;
                default:
                    break;
                }
            }
            if (r.outcome == SendOutcome::Sent)
                providerIds.push_back(r.providerId);
            // Only an accepted (or possibly accepted) message may have reached someone; a
            // retryable or final refusal reached nobody and is retried freely.
            if (r.outcome == SendOutcome::Sent || r.outcome == SendOutcome::Delivered ||
                r.outcome == SendOutcome::Uncertain)
                sends[m.messageId.toLongLong()]++;
            return r;
        };
        f.sms().setScript(script);
        f.email().setScript(script);
        DispatchConfig config;
        config.batchSize = 4;
        config.breakerThreshold = 3;
        config.breakerCooldownMs = 2000;
        config.retry.baseMs = 500;
        config.seed = seed;
        auto worker = f.worker(config);

        for (int step = 0; step < 200; ++step) {
            const auto before = rowStates(f);
            switch (random() % 8) {
            case 0:
            case 1:
            case 2:
                worker->processOnce();
                break;
            case 3:
                f.clock().advance(qint64(random() % 5000));
                break;
            case 4: {
                // A crash after a claim: the rows are marked sending; maybe some went out.
                Outbox outbox(f.db());
                auto claimed = outbox.claim(random() % 2 ? Channel::sms() : Channel::email(),
                                            f.clock().nowUtc().toMSecsSinceEpoch(), 3);
                REQUIRE(claimed.ok());
                for (const auto& item : *claimed)
                    if (random() % 2)
                        sends[item.id]++;
                worker.reset();
                REQUIRE(f.actions().recoverAfterRestart().ok());
                worker = f.worker(config);
                break;
            }
            case 5: {
                for (const auto& [row, state] : before)
                    if (state == enumId(OutboxState::Failed))
                        allowed[row]++;
                REQUIRE(f.actions().retryFailed(*id).ok());
                break;
            }
            case 6: {
                const bool resend = random() % 2;
                if (resend)
                    for (const auto& [row, state] : before)
                        if (state == enumId(OutboxState::Uncertain))
                            allowed[row]++;
                REQUIRE(f.actions().decideUncertain(*id, resend).ok());
                break;
            }
            case 7:
                if (!providerIds.empty())
                    worker->reportDelivery({QString(),
                                            providerIds[random() % providerIds.size()],
                                            random() % 3 ? DeliveryReport::Status::Delivered
                                                         : DeliveryReport::Status::Failed,
                                            {},
                                            {}});
                break;
            }
            const auto after = rowStates(f);
            REQUIRE(after.size() == initial.size()); // nothing lost, nothing added
            for (const auto& [row, state] : after) {
                INFO("step " << step << " row " << row << " " << state.toStdString());
                CHECK(enumIds<OutboxState>().contains(state));
                CHECK(sends[row] <= 1 + allowed[row]);
            }
        }

        // Settle: the gateway recovers, the dispatcher decides, the worker drains.
        healthy = true;
        worker.reset();
        REQUIRE(f.actions().recoverAfterRestart().ok());
        worker = f.worker(config);
        (void)f.actions().decideStale(*id, false);
        (void)f.actions().decideUncertain(*id, false);
        for (const auto& [row, state] : rowStates(f))
            if (state == enumId(OutboxState::Failed))
                allowed[row]++;
        REQUIRE(f.actions().retryFailed(*id).ok());
        f.drain(*worker);
        for (const auto& [row, state] : rowStates(f)) {
            INFO("row " << row << " " << state.toStdString());
            CHECK((state == enumId(OutboxState::Sent) || state == enumId(OutboxState::Delivered) ||
                   state == enumId(OutboxState::Dropped)));
            CHECK(sends[row] <= 1 + allowed[row]);
        }
    }
}
