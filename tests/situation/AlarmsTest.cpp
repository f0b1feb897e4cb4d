// The alarms: derived from the register and the outbox, so that a new session (a restart)
// shows them again; acknowledged and snoozed by a person, recorded and kept in the history;
// the same through the real burgernetctl executable.
#include "app/core/SettingsKeys.h"
#include "app/ctl/CtlContext.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/Outbox.h"
#include "app/services/AlarmService.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/StorageTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

// Two SMS fail for good and three are cut off mid-send by a restart.
qint64 troubledAction(DispatchFixture& f)
{
    auto id = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                      QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());
    f.sms().setScript([](const OutgoingMessage&, int call) {
        return call < 2 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
    });
    DispatchConfig config;
    config.batchSize = 7;
    auto worker = f.worker(config);
    worker->processOnce();
    Outbox(f.db()).claim(BuiltinChannel::Sms, f.clock().nowUtc().toMSecsSinceEpoch(), 3);
    REQUIRE(f.actions().recoverAfterRestart().ok());
    return *id;
}

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

const Alarm* findAlarm(const QList<Alarm>& alarms, AlarmKind kind, qint64 action)
{
    for (const Alarm& a : alarms)
        if (a.kind == kind && a.actionId == action)
            return &a;
    return nullptr;
}

} // namespace

void alarmsDerivedAgainAfterARestart(DatabaseKind kind)
{
    DispatchFixture f(kind);
    f.clock().set(QDateTime::currentDateTimeUtc());
    const qint64 id = troubledAction(f);
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 10);
    auto waiting = f.actions().createDraft(DispatchFixture::urgentContent(),
                                           DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(waiting.ok());
    REQUIRE(*f.actions().submit(*waiting) == ActionState::AwaitingApproval);

    // A new service on the same register: what a restarted console has.
    AlarmService alarms(f.db(), f.auditService(), f.clock());
    alarms.setClosingMinutes(30);
    auto now = alarms.active();
    REQUIRE(now.ok());
    const Alarm* failed = findAlarm(*now, AlarmKind::PartialFailure, id);
    REQUIRE(failed);
    CHECK(failed->level == 2);
    CHECK(failed->channel == QStringLiteral("sms"));
    const Alarm* uncertain = findAlarm(*now, AlarmKind::Uncertain, id);
    REQUIRE(uncertain);
    CHECK(uncertain->level == 3);
    CHECK_FALSE(findAlarm(*now, AlarmKind::ClosingDue, id)); // not yet
    CHECK_FALSE(findAlarm(*now, AlarmKind::BreakerOpen, 0));
    BreakerOpenOnSms breaker;
    const ChannelCatalog catalog = ChannelCatalog::builtIn();
    alarms.setChannelStatus(&breaker, &catalog);
    auto withBreaker = alarms.active();
    const Alarm* open = findAlarm(*withBreaker, AlarmKind::BreakerOpen, 0);
    REQUIRE(open);
    CHECK(open->key() == QStringLiteral("breaker-open:0:sms"));
    // The dispatcher may not approve: no approval alarm for them.
    CHECK_FALSE(findAlarm(*now, AlarmKind::AwaitingApproval, *waiting));
    auto supervisor = std::make_unique<AuditService>(
        f.auditService().log(), Session{QStringLiteral("chef.van.dienst"), Role::Supervisor,
                                        QStringLiteral("mk-west-09"), Mode::Live});
    AlarmService forSupervisor(f.db(), *supervisor, f.clock());
    CHECK(findAlarm(*forSupervisor.active(), AlarmKind::AwaitingApproval, *waiting));

    // The closing message falls due at the configured minute after the first message.
    f.clock().advance(30 * 60 * 1000);
    auto due = alarms.active();
    REQUIRE(findAlarm(*due, AlarmKind::ClosingDue, id));
    const QString closingKey = findAlarm(*due, AlarmKind::ClosingDue, id)->key();
    REQUIRE(alarms.snooze(closingKey, 5).ok());
    CHECK_FALSE(findAlarm(*alarms.active(), AlarmKind::ClosingDue, id));
    f.clock().advance(5 * 60 * 1000 + 1000);
    CHECK(findAlarm(*alarms.active(), AlarmKind::ClosingDue, id)); // back after the snooze

    // Acknowledged: gone from the active ones, kept with who and when.
    const QString failedKey = QStringLiteral("partial-failure:%1:sms").arg(id);
    REQUIRE(alarms.acknowledge(failedKey).ok());
    CHECK_FALSE(findAlarm(*alarms.active(), AlarmKind::PartialFailure, id));
    auto all = alarms.current();
    const Alarm* acknowledged = findAlarm(*all, AlarmKind::PartialFailure, id);
    REQUIRE(acknowledged);
    CHECK(acknowledged->acknowledged);
    CHECK(acknowledged->acknowledgedBy == QStringLiteral("centralist.west"));
    auto history = alarms.history();
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).response == AlarmResponseKind::Acknowledged);
    CHECK(history->at(1).response == AlarmResponseKind::Snoozed);
    CHECK(f.records(QStringLiteral("alarm.acknowledge")).size() == 1);
    CHECK(f.records(QStringLiteral("alarm.snooze")).size() == 1);

    // After another restart the acknowledgement still holds.
    AlarmService again(f.db(), f.auditService(), f.clock());
    CHECK(findAlarm(*again.current(), AlarmKind::PartialFailure, id)->acknowledged);
    // A decision takes the uncertain rows' cause away.
    REQUIRE(f.actions().decideUncertain(id, false).ok());
    CHECK_FALSE(findAlarm(*again.current(), AlarmKind::Uncertain, id));
    // Bad input is named.
    CHECK(again.snooze(closingKey, 0).errorMessage().startsWith(QStringLiteral("Minutes:")));
    CHECK_FALSE(again.acknowledge(QStringLiteral("stale:999")).ok());
}

BURGERNET_STORAGE_TEST("Alarms are derived again after a restart; acknowledgements and snoozes "
                       "are recorded",
                       alarmsDerivedAgainAfterARestart)

TEST_CASE("burgernetctl alarm list and ack, as its own process", "[alarms][ctl]")
{
    DispatchFixture f;
    f.clock().set(QDateTime::currentDateTimeUtc());
    const qint64 id = troubledAction(f);
    QTemporaryDir home;
    const QStringList base{QStringLiteral("--db"), f.spec().sqlitePath,
                           QStringLiteral("--audit-log"),
                           home.filePath(QStringLiteral("audit.sqlite"))};
    test::CtlAccounts accounts(base, home.path(), home.path());
    const QStringList as = base + accounts.as(Role::Dispatcher);

    auto listed =
        test::runCtlProcess(base + QStringList{QStringLiteral("alarm"), QStringLiteral("list"),
                                               QStringLiteral("--json")},
                            home.path());
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == ExitOk);
    const QJsonArray alarms = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QString key;
    for (const QJsonValue& v : alarms)
        if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("uncertain"))
            key = v.toObject().value(QStringLiteral("key")).toString();
    REQUIRE(key == QStringLiteral("uncertain:%1:sms").arg(id));

    // The workstation without a user reads, but acknowledges nothing.
    auto anonymous = test::runCtlProcess(
        base + QStringList{QStringLiteral("alarm"), QStringLiteral("ack"), key}, home.path());
    CHECK(anonymous.exitCode == ExitFailure);
    auto acked = test::runCtlProcess(
        as + QStringList{QStringLiteral("alarm"), QStringLiteral("ack"), key}, home.path());
    INFO(acked.err.toStdString());
    REQUIRE(acked.exitCode == ExitOk);

    auto history = test::runCtlProcess(
        base + QStringList{QStringLiteral("alarm"), QStringLiteral("list"),
                           QStringLiteral("--history"), QStringLiteral("--json")},
        home.path());
    REQUIRE(history.exitCode == ExitOk);
    const QJsonArray answers = QJsonDocument::fromJson(history.out.toUtf8()).array();
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().toObject().value(QStringLiteral("by")).toString() ==
          QStringLiteral("dispatcher"));
    CHECK(answers.first().toObject().value(QStringLiteral("response")).toString() ==
          QStringLiteral("acknowledged"));

    auto after =
        test::runCtlProcess(base + QStringList{QStringLiteral("alarm"), QStringLiteral("list"),
                                               QStringLiteral("--json")},
                            home.path());
    bool stillAcknowledged = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(after.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            stillAcknowledged = v.toObject().value(QStringLiteral("acknowledged")).toBool();
    CHECK(stillAcknowledged);
}

TEST_CASE("A demo register with history opens without alarms: its past notices' failures were "
          "acknowledged then",
          "[alarms][ctl][demo]")
{
    QTemporaryDir home;
    const QStringList base{QStringLiteral("--db"), home.filePath(QStringLiteral("r.sqlite")),
                           QStringLiteral("--audit-log"),
                           home.filePath(QStringLiteral("audit.sqlite"))};
    auto demo = test::runCtlProcess(
        base + QStringList{QStringLiteral("demo"), QStringLiteral("--participants"),
                           QStringLiteral("3000"), QStringLiteral("--history"),
                           QStringLiteral("6")},
        home.path());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == ExitOk);
    auto listed =
        test::runCtlProcess(base + QStringList{QStringLiteral("alarm"), QStringLiteral("list"),
                                               QStringLiteral("--json")},
                            home.path());
    REQUIRE(listed.exitCode == ExitOk);
    int partialFailures = 0, active = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject alarm = v.toObject();
        if (alarm.value(QStringLiteral("kind")).toString() == QStringLiteral("partial-failure"))
            ++partialFailures;
        if (!alarm.value(QStringLiteral("acknowledged")).toBool())
            ++active;
    }
    // Six months of notices leave some failed rows (the history is not too clean to be true),
    // each acknowledged by its author.
    CHECK(partialFailures > 0);
    CHECK(active == 0);
}
