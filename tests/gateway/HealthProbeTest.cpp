// The periodic gateway check through the real session: a Kannel-like gateway on loopback that
// answers, then stops answering; the channel's status (the lights read it) turns red and the
// alarm is raised, acknowledged and recorded like every other.
#include "app/core/SettingsKeys.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/GatewayHealthProbe.h"
#include "app/services/AlarmService.h"
#include "tests/gateway/LiveDesk.h"
#include "tests/support/FaultPeer.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {
bool hasAlarm(SessionServices& session, const QString& key)
{
    auto alarms = session.alarms().active();
    REQUIRE(alarms.ok());
    return std::any_of(alarms->cbegin(), alarms->cend(),
                       [&](const Alarm& a) { return a.key() == key; });
}
} // namespace

TEST_CASE("A gateway that stops answering the periodic check turns red and raises an alarm",
          "[gateway][health]")
{
    DispatchFixture f;
    test::LiveDesk desk(f);
    auto gateway = std::make_unique<test::FaultPeer>(
        test::PeerFault::None, 0,
        test::FaultPeer::Answer{202, "text/plain", "0: Accepted for delivery", {}});
    REQUIRE(gateway->port() != 0);
    desk.configure({{QStringLiteral("sms-kannel"),
                     {{QStringLiteral("url"), gateway->url() + QStringLiteral("/cgi-bin/sendsms")},
                      {QStringLiteral("username"), QStringLiteral("burgernet")},
                      {QStringLiteral("password"), QStringLiteral("geheim")}}}});
    f.settings().setValue(keys::HealthProbeSeconds, 1);
    auto session = desk.open();
    GatewayHealthProbe* probe = session->healthProbe();
    REQUIRE(probe);
    const auto health = [&] { return probe->health(Channel::sms()).status; };
    REQUIRE(QTest::qWaitFor([&] { return health() == SenderHealth::Status::Ok; }, 15'000));
    CHECK(session->dispatcher()->status(Channel::sms()).gatewayHealth == SenderHealth::Status::Ok);
    const QString key = QStringLiteral("gateway-down:0:sms");
    CHECK_FALSE(hasAlarm(*session, key));
    // Only the check asked: no message went to the gateway.
    for (const auto& r : gateway->requests())
        CHECK_FALSE(r.target.contains("to="));

    QSignalSpy changed(probe, &GatewayHealthProbe::healthChanged);
    gateway.reset(); // the gateway stops answering: nothing listens on its port any more
    REQUIRE(QTest::qWaitFor([&] { return health() == SenderHealth::Status::Down; }, 15'000));
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 5'000));
    const ChannelStatus status = session->dispatcher()->status(Channel::sms());
    CHECK(status.gatewayHealth == SenderHealth::Status::Down);
    CHECK_FALSE(status.gatewayDetail.isEmpty());
    CHECK(hasAlarm(*session, key));
    REQUIRE(session->alarms().acknowledge(key).ok());
    CHECK_FALSE(hasAlarm(*session, key));
    CHECK(f.records(QStringLiteral("alarm.acknowledge")).size() == 1);
    // The other channels have no sender here: never checked, never an alarm.
    CHECK(probe->health(Channel::voice()).status == SenderHealth::Status::Unknown);
}
