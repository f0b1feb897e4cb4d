// The Alarms dock in the console's own window (ConsoleSession, live, no sender configured):
// each alarm from its cause to its acknowledgement. Uncertain rows come from a restart (the
// session's recovery at start), failures from a sender that failed, the closing reminder from
// the fake clock reaching the configured minute.
#include "app/core/SettingsKeys.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/Outbox.h"
#include "app/services/AlarmService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/alarms/AlarmDock.h"
#include "ui/alarms/AlarmTableModel.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/ChannelHealthLights.h"
#include "ui/dispatch/DispatchDock.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {
// A dispatcher whose SMS gateway keeps failing.
class BreakerOpenOnSms final : public ChannelStatusSource
{
public:
    ChannelStatus status(const Channel& channel) const override
    {
        return {channel, channel == Channel::sms() ? ChannelReadiness::BreakerOpen
                                                   : ChannelReadiness::Ready};
    }
};
} // namespace

TEST_CASE("The Alarms dock: failures, uncertain rows after a restart and the closing reminder, "
          "each to its acknowledgement",
          "[ui][alarms]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 20, QStringLiteral("centralist"), Role::Dispatcher);
    f.clock().set(QDateTime::currentDateTimeUtc());
    auto id = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                      QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());
    f.sms().setScript([](const OutgoingMessage&, int call) {
        return call < 2 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
    });
    DispatchConfig config;
    config.batchSize = 7;
    f.worker(config)->processOnce();
    // Three cut off mid-send: the console's start is the restart that finds them.
    REQUIRE(
        Outbox(f.db()).claim(BuiltinChannel::Sms, f.clock().nowUtc().toMSecsSinceEpoch(), 3).ok());

    QTemporaryDir dir;
    auto accounts =
        Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    f.settings().setValue(keys::DispatchClosingReminderMinutes, 30);
    const Session dispatcher{QStringLiteral("centralist"), Role::Dispatcher,
                             QStringLiteral("mk-west-07"), Mode::Live};
    ConsoleSession console({dispatcher, f.db(), **accounts, f.auditService().log(), f.settings(),
                            f.clock(), data, true});
    REQUIRE(console.start().ok());
    MainWindow& window = *console.window();
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    AlarmDock* dock = window.alarmDock();
    REQUIRE(dock);
    QList<Alarm> reminded;
    dock->setReminder([&](QWidget*, const Alarm& a) {
        reminded << a;
        return reminded.size() == 1 ? AlarmDock::ReminderAnswer::Snooze
                                    : AlarmDock::ReminderAnswer::Acknowledge;
    });
    dock->refresh();

    const QString failedKey = QStringLiteral("partial-failure:%1:sms").arg(*id);
    const QString uncertainKey = QStringLiteral("uncertain:%1:sms").arg(*id);
    REQUIRE(dock->model()->rowOf(failedKey) >= 0);
    REQUIRE(dock->model()->rowOf(uncertainKey) >= 0);
    CHECK(dock->activeCount() == 2);
    auto* alarmsDockWidget = window.findChild<QDockWidget*>(QStringLiteral("alarmsDock"));
    REQUIRE(alarmsDockWidget);
    CHECK(alarmsDockWidget->windowTitle() == QStringLiteral("Alarms (2)"));
    CHECK(reminded.isEmpty());

    // Uncertain: one click opens the action's decision; the dispatcher leaves them.
    ActionsDock* actions = window.actionsDock();
    ActionPrompts prompts = ActionPrompts::dialogs(console.services().catalog());
    bool asked = false;
    prompts.choice = [&](QWidget*, const QString&, const QString&, const QString&,
                         const QString&) -> std::optional<bool> {
        asked = true;
        return false; // leave them
    };
    actions->setPrompts(prompts);
    dock->selectAlarm(uncertainKey);
    QTest::mouseClick(dock->button(QStringLiteral("alarmOpen")), Qt::LeftButton);
    CHECK(asked);
    CHECK(actions->currentActionId() == *id);
    dock->refresh();
    CHECK(dock->model()->rowOf(uncertainKey) < 0); // decided: its cause is gone

    // Failed: acknowledged in the dock, recorded with who and when, kept in the history.
    dock->selectAlarm(failedKey);
    QTest::mouseClick(dock->button(QStringLiteral("alarmAcknowledge")), Qt::LeftButton);
    const Alarm* failed = dock->model()->alarmAt(dock->model()->rowOf(failedKey));
    REQUIRE(failed);
    CHECK(failed->acknowledged);
    CHECK(failed->acknowledgedBy == QStringLiteral("centralist"));
    CHECK(dock->activeCount() == 0);
    REQUIRE(dock->history()->count() == 1);
    CHECK(dock->history()->item(0)->text().contains(QStringLiteral("centralist")));
    CHECK(f.records(QStringLiteral("alarm.acknowledge")).size() == 1);

    // The closing message falls due: the reminder asks once; snoozed, it comes back after the
    // snooze and is acknowledged.
    f.clock().advance(30 * 60 * 1000);
    dock->refresh();
    REQUIRE(reminded.size() == 1);
    CHECK(reminded.first().kind == AlarmKind::ClosingDue);
    QTest::qWait(10);
    dock->refresh();
    CHECK(reminded.size() == 1);
    f.clock().advance((AlarmDock::kSnoozeMinutes * 60 + 1) * 1000);
    dock->refresh();
    REQUIRE(reminded.size() == 2);
    QTest::qWait(10);
    dock->refresh();
    CHECK(dock->activeCount() == 0);
    CHECK(f.records(QStringLiteral("alarm.snooze")).size() == 1);
    CHECK(f.records(QStringLiteral("alarm.acknowledge")).size() == 2);

    // The gateways' lights in the Dispatch dock: the session's dispatcher has no configured
    // sender (grey); a failing gateway turns its light red and is said in words.
    ChannelHealthLights* lights = window.dispatchDock()->healthLights();
    REQUIRE(lights);
    CHECK(lights->readiness(Channel::sms()) == ChannelReadiness::NotConfigured);
    CHECK(lights->summary().isEmpty());
    BreakerOpenOnSms breaker;
    window.dispatchDock()->setChannelStatus(&breaker);
    CHECK(lights->readiness(Channel::sms()) == ChannelReadiness::BreakerOpen);
    CHECK(lights->readiness(Channel::email()) == ChannelReadiness::Ready);
    auto* smsLight = lights->findChild<QLabel*>(QStringLiteral("health-sms"));
    REQUIRE(smsLight);
    CHECK(smsLight->pixmap().toImage().pixelColor(6, 6) ==
          ChannelHealthLights::colour(ChannelReadiness::BreakerOpen));
    CHECK(lights->summary().contains(QStringLiteral("SMS")));
    window.dispatchDock()->setChannelStatus(console.services().dispatcher());

    // After a restart the history and the acknowledgements are still there.
    AlarmService again(f.db(), console.services().audit(), f.clock());
    auto history = again.history();
    REQUIRE(history.ok());
    CHECK(history->size() == 3);
}
