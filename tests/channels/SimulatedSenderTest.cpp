#include "app/channels/BuiltinSenders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/Wait.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>

using namespace burgernet;

namespace {
std::unique_ptr<ChannelSender> simulated(QVariantMap settings, SenderContext context = {})
{
    static auto registry = createSenderRegistry(Mode::Training, test::systemClock());
    context.settings = std::move(settings);
    if (!context.channel.isValid())
        context.channel = BuiltinChannel::Sms;
    auto sender = registry->create(QStringLiteral("simulated"), context);
    REQUIRE(sender.ok());
    return std::move(sender).value();
}

OutgoingMessage message(int n)
{
    OutgoingMessage m;
    m.messageId = QStringLiteral("m%1").arg(n);
    m.channel = BuiltinChannel::Sms;
    m.mode = Mode::Training;
    m.text = QStringLiteral("Oefening");
    m.participantPseudonym = QStringLiteral("P%1").arg(n);
    return m;
}
} // namespace

TEST_CASE("Simulated sender repeats its outcomes for one seed", "[senders][simulated]")
{
    const QVariantMap settings{{QStringLiteral("latencyMs"), 0},
                               {QStringLiteral("retryablePercent"), 20},
                               {QStringLiteral("finalPercent"), 10},
                               {QStringLiteral("seed"), 42}};
    auto a = simulated(settings);
    auto b = simulated(settings);
    int retryable = 0, final = 0, sent = 0;
    for (int i = 0; i < 1000; ++i) {
        const SendResult ra = a->send(message(i));
        const SendResult rb = b->send(message(i));
        REQUIRE(ra.outcome == rb.outcome);
        retryable += ra.outcome == SendOutcome::Retryable;
        final += ra.outcome == SendOutcome::Final;
        sent += ra.outcome == SendOutcome::Sent;
    }
    // 20 % retryable; 10 % of the remaining 80 % final.
    CHECK(retryable > 150);
    CHECK(retryable < 250);
    CHECK(final > 50);
    CHECK(final < 110);
    CHECK(sent == 1000 - retryable - final);
}

TEST_CASE("Simulated sender takes its latency and reports receipts and replies later",
          "[senders][simulated]")
{
    std::mutex mutex;
    QStringList delivered;
    std::atomic<int> replies = 0;
    SenderContext context;
    context.deliveryReport = [&](const DeliveryReport& report) {
        std::lock_guard lock(mutex);
        delivered.append(report.messageId);
    };
    context.reply = [&](const QString& from, const QString& text) {
        CHECK(from.startsWith(QLatin1Char('P')));
        CHECK_FALSE(text.isEmpty());
        ++replies;
    };
    auto sender = simulated({{QStringLiteral("latencyMs"), 50},
                             {QStringLiteral("receiptPercent"), 100},
                             {QStringLiteral("receiptDelayMs"), 100},
                             {QStringLiteral("replyPercent"), 100},
                             {QStringLiteral("seed"), 7}},
                            context);
    QElapsedTimer timer;
    timer.start();
    const SendResult result = sender->send(message(1));
    CHECK(timer.elapsed() >= 50);
    CHECK(result.outcome == SendOutcome::Sent);
    CHECK(result.providerId == QStringLiteral("sim-1"));
    {
        std::lock_guard lock(mutex);
        CHECK(delivered.isEmpty()); // not before its delay
    }
    REQUIRE(test::waitUntil([&] { return (replies.load()) == (1); }, 3000));
    std::lock_guard lock(mutex);
    CHECK(delivered == QStringList{QStringLiteral("m1")});
}

TEST_CASE("Simulated sender health is always fine and says it reaches nobody",
          "[senders][simulated]")
{
    auto sender = simulated({});
    CHECK(sender->checkHealth().status == SenderHealth::Status::Ok);
    CHECK_FALSE(sender->descriptor().reachesPeople);
}
