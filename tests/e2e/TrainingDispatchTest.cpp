// Training, end to end, as users run it: the console's own session (ConsoleSession with its
// SessionServices, sender registry and dispatcher), the real burgernetctl and the real
// burgernet-console executables. No sender, clock or wiring of the test's own.
#include "app/audit/AuditQuery.h"
#include "app/core/Clock.h"
#include "app/dispatch/Dispatcher.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/DispatchProgress.h"
#include "app/services/SelectionService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/FakeClock.h"
#include "tests/support/Wait.h"
#include "ui/console/ConsoleSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

// A trainer's console on the training register, as the window's session has it: the accounts in
// a live register of their own, the simulated sender answering at once with a report for each
// message, and training's virtual clock, here from the present at the real pace.
struct TrainerConsole
{
    QTemporaryDir dir;
    std::unique_ptr<Database> accounts;
    VirtualClock clock{test::systemClock(), test::systemClock().nowUtc(), 1.0};
    std::unique_ptr<ConsoleSession> console;

    explicit TrainerConsole(DispatchFixture& training)
    {
        auto opened =
            Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
        REQUIRE(opened.ok());
        accounts = std::move(opened).value();
        const QString data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        {
            QSettings ini(QDir(data).filePath(QStringLiteral("senders-training.ini")),
                          QSettings::IniFormat);
            ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
            ini.setValue(QStringLiteral("simulated/receiptPercent"), 100);
            ini.setValue(QStringLiteral("simulated/receiptDelayMs"), 10);
            ini.setValue(QStringLiteral("simulated/replyPercent"), 0);
        }
        const Session trainer{QStringLiteral("trainer"), Role::Trainer,
                              QStringLiteral("oefenzaal-1"), Mode::Training};
        console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{trainer, training.db(), *accounts, training.auditService().log(),
                                   training.settings(), clock, data, false});
        REQUIRE(console->start().ok());
    }
};

// Runs the event loop until the action has no row queued or being sent.
void waitUntilSettled(SessionServices& s, qint64 id, int timeoutMs = 60'000)
{
    const bool settled = test::waitUntil(
        [&] {
            s.progress().forget(id);
            auto p = s.progress().progress(id);
            REQUIRE(p.ok());
            return p->waiting() == 0 && p->total() > 0;
        },
        timeoutMs);
    if (!settled)
        FAIL("the action did not finish sending");
}

// Rows of `type` per (participant, channel) that reached someone; each must be exactly one.
struct Reached
{
    QHash<Channel, QSet<qint64>> participants;
    QHash<Channel, qint64> broadcasts;
    int duplicates = 0;
    int unreached = 0;
};

Reached reached(Database& db, qint64 actionId, MessageType type)
{
    Reached r;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT channel, participant_id, state FROM outbox WHERE "
                                  "action_id = %1 AND message_type = '%2'")
                       .arg(actionId)
                       .arg(enumId(type))));
    while (q.next()) {
        const auto channel = Channel::fromId(q.value(0).toString());
        REQUIRE(channel);
        const auto state = enumFromId<OutboxState>(q.value(2).toString());
        REQUIRE(state);
        if (!isReached(*state))
            ++r.unreached;
        if (q.value(1).isNull()) {
            ++r.broadcasts[*channel];
            continue;
        }
        if (r.participants[*channel].contains(q.value(1).toLongLong()))
            ++r.duplicates;
        r.participants[*channel].insert(q.value(1).toLongLong());
    }
    return r;
}

} // namespace

TEST_CASE("Training: an action in a circle reaches every selected participant once on every "
          "chosen channel, then an update and a closing message",
          "[e2e][training]")
{
    // The training register with its participants; the accounts live in a register of their own.
    DispatchFixture training(DatabaseKind::Sqlite, 0);
    // 400 participants within a kilometre of the centre, a quarter of them with a work address
    // inside too (one message each all the same).
    training.addParticipants(400, [](int i) {
        return std::pair{DispatchFixture::centre().latitude() + (i % 20 - 10) * 0.0008,
                         DispatchFixture::centre().longitude() + (i / 20 - 10) * 0.0012};
    });
    TrainerConsole trainer(training);
    SessionServices& s = trainer.console->services();
    const Clock& clock = trainer.clock;

    // Every channel of the session, the plugin's matrix signs included, has a sender: the
    // simulated one, which reaches nobody.
    QList<Channel> chosen;
    for (const ChannelInfo& info : s.catalog().channels()) {
        chosen << info.channel;
        INFO(info.channel.id().toStdString());
        CHECK(s.dispatcher()->status(info.channel).readiness == ChannelReadiness::Ready);
        REQUIRE(s.dispatcher()->sender(info.channel));
        CHECK_FALSE(s.dispatcher()->sender(info.channel)->descriptor().reachesPeople);
    }
    CHECK(chosen.contains(*Channel::fromId(QStringLiteral("signs"))));

    ActionContent content = DispatchFixture::urgentContent();
    content.channels = chosen;
    const GeoArea area = DispatchFixture::area(1500);
    const SelectionCount count = s.selection().count(area, clock.nowUtc());
    REQUIRE(count.participants > 100);
    auto id = s.workflow().createDraft(content, area, QStringLiteral("Utrecht Centraal"));
    REQUIRE(id.ok());
    auto plan = s.workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    CHECK(plan->refusal.isEmpty());
    CHECK(plan->notReady().isEmpty());
    CHECK(plan->participants == count.participants);
    CHECK_FALSE(plan->needsReauth); // training never asks for the password again
    auto state = s.workflow().submit(*plan, Confirmation::yes());
    REQUIRE(state.ok());
    waitUntilSettled(s, *id);

    // Exactly the selected participants, once each, on every addressed channel they can be
    // reached on; one message for the area on each broadcast channel.
    const Reached alert = reached(training.db(), *id, MessageType::Alert);
    CHECK(alert.duplicates == 0);
    CHECK(alert.unreached == 0);
    for (const Channel& c : addressedChannels()) {
        INFO(c.id().toStdString());
        CHECK(alert.participants.value(c).size() == count.on(*c.builtin()));
    }
    for (const Channel& c : chosen)
        if (!c.isAddressed())
            CHECK(alert.broadcasts.value(c) == 1);
    s.progress().refreshStates({*id});
    CHECK(s.workflow().action(*id)->state == ActionState::Sent);

    // The update goes to everyone alerted, through the same plan and confirmation.
    auto update = s.workflow().prepare(
        PlanRequest::update(*id, QStringLiteral("De man fietst nu richting Jaarbeurs.")));
    REQUIRE(update.ok());
    REQUIRE(s.workflow().submit(*update, Confirmation::yes()).ok());
    waitUntilSettled(s, *id);
    const Reached updates = reached(training.db(), *id, MessageType::Update);
    CHECK(updates.duplicates == 0);
    for (const Channel& c : addressedChannels())
        CHECK(updates.participants.value(c) == alert.participants.value(c));

    // The closing message to exactly those reached, with the outcome.
    auto closing =
        s.workflow().prepare(PlanRequest::closing(*id, Outcome::Arrested, QStringLiteral("")));
    REQUIRE(closing.ok());
    CHECK(closing->unsentRows == 0);
    REQUIRE(s.workflow().submit(*closing, Confirmation::yes()).ok());
    waitUntilSettled(s, *id);
    const Reached closed = reached(training.db(), *id, MessageType::Closing);
    CHECK(closed.duplicates == 0);
    for (const Channel& c : addressedChannels())
        CHECK(closed.participants.value(c) == alert.participants.value(c));
    CHECK(s.workflow().action(*id)->state == ActionState::Closed);
    CHECK(s.workflow().action(*id)->outcome == Outcome::Arrested);

    // Every step recorded, as training.
    for (const char* a :
         {"action.create", "action.send", "action.sent", "action.update", "action.close"}) {
        const auto records = training.records(QLatin1String(a));
        INFO(a);
        REQUIRE_FALSE(records.empty());
        CHECK(records.back().mode == Mode::Training);
        // The program itself notes that the alert has gone out; the rest is the trainer's.
        CHECK(records.back().actor == (QLatin1String(a) == QLatin1String("action.sent")
                                           ? QStringLiteral("system")
                                           : QStringLiteral("trainer")));
    }
}

TEST_CASE("Training: every dispatch batch is recorded by the system per channel, in training "
          "mode, its counts adding up to the recipients",
          "[e2e][training][audit]")
{
    DispatchFixture training(DatabaseKind::Sqlite, 0);
    training.addParticipants(300, [](int i) {
        return std::pair{DispatchFixture::centre().latitude() + (i % 20 - 10) * 0.0008,
                         DispatchFixture::centre().longitude() + (i / 20 - 7) * 0.0012};
    });
    TrainerConsole trainer(training);
    SessionServices& s = trainer.console->services();
    const Clock& clock = trainer.clock;

    ActionContent content = DispatchFixture::urgentContent();
    content.channels = {Channel::sms(), Channel::voice(), Channel::email(),
                        Channel(BuiltinChannel::App)};
    auto id = s.workflow().createDraft(content, DispatchFixture::area(1500),
                                       QStringLiteral("Utrecht Centraal"));
    REQUIRE(id.ok());
    auto plan = s.workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    REQUIRE(s.workflow().submit(*plan, Confirmation::yes()).ok());
    waitUntilSettled(s, *id);
    s.stop();

    // The rows the plan queued, per channel: hundreds on the addressed channels (several batches
    // each), one for the area on the app.
    QHash<QString, qint64> planned;
    for (const PlannedMessage& m : plan->messages)
        for (const OutboxEntry& e : m.entries)
            ++planned[e.channel.id()];
    REQUIRE(planned.value(QStringLiteral("sms")) > 100);
    QHash<QString, qint64> recorded;
    QHash<QString, int> batches;
    for (const AuditRecord& r : training.records(QStringLiteral("dispatch.batch"))) {
        INFO(r.details.toStdString());
        CHECK(r.actor == QStringLiteral("system"));
        CHECK(r.mode == Mode::Training);
        CHECK(r.objectType == QStringLiteral("action"));
        CHECK(r.objectId == QString::number(*id));
        const QJsonObject d = QJsonDocument::fromJson(r.details.toUtf8()).object();
        const QString channel = d.value(QStringLiteral("channel")).toString();
        CHECK(d.value(QStringLiteral("failed")).toInteger() == 0);
        CHECK(d.value(QStringLiteral("uncertain")).toInteger() == 0);
        CHECK(d.value(QStringLiteral("attempt")).toInt() == 1);
        CHECK(d.value(QStringLiteral("duration_ms")).toInteger() >= 0);
        // At most a second's batches in one record, each of at most 100 rows.
        const int inRecord = d.value(QStringLiteral("batches")).toInt();
        CHECK(inRecord >= 1);
        CHECK(d.value(QStringLiteral("sent")).toInteger() <= 100 * inRecord);
        recorded[channel] += d.value(QStringLiteral("sent")).toInteger();
        batches[channel] += inRecord;
        // Counts and codes only: no address, no name.
        CHECK_FALSE(r.details.contains(QLatin1Char('@')));
        CHECK_FALSE(r.details.contains(QStringLiteral("P-")));
    }
    CHECK(recorded == planned);
    CHECK(batches.value(QStringLiteral("sms")) >=
          (planned.value(QStringLiteral("sms")) + 99) / 100);
    CHECK(batches.value(QStringLiteral("app")) == 1);
    // Nothing was held back or left to a decision, so no such record.
    CHECK(training.records(QStringLiteral("outbox.uncertain")).empty());
    CHECK(training.records(QStringLiteral("outbox.stale")).empty());
    CHECK(training.records(QStringLiteral("sender.breaker")).empty());
}

namespace {

// A live register with a trainer's account and a training register with demo participants,
// made with the real burgernetctl.
struct TrainingFiles
{
    TrainingFiles()
    {
        REQUIRE(home.isValid());
        live = home.filePath(QStringLiteral("live.sqlite"));
        training = home.filePath(QStringLiteral("training.sqlite"));
        audit = home.filePath(QStringLiteral("audit.sqlite"));
        password = home.filePath(QStringLiteral("pw"));
        QFile pw(password);
        REQUIRE(pw.open(QIODevice::WriteOnly));
        pw.write("oefenen-is-leuk\n");
        pw.close();
        // Setting up an empty register, as a site does: its administrator first, who adds the
        // trainer; the training register gets the demo population.
        const QString adminPassword = home.filePath(QStringLiteral("admin-pw"));
        QFile apw(adminPassword);
        REQUIRE(apw.open(QIODevice::WriteOnly));
        apw.write("beheer-wachtwoord\n");
        apw.close();
        auto admin = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("beheer"),
                          QStringLiteral("--role"), QStringLiteral("administrator"),
                          QStringLiteral("--password-file"), adminPassword});
        INFO(admin.err.toStdString());
        REQUIRE(admin.exitCode == 0);
        auto added =
            ctl({QStringLiteral("--user"), QStringLiteral("beheer"),
                 QStringLiteral("--password-file"), adminPassword, QStringLiteral("user"),
                 QStringLiteral("add"), QStringLiteral("trainer"), QStringLiteral("--role"),
                 QStringLiteral("trainer"), QStringLiteral("--password-file"), password});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        auto demo = ctl({QStringLiteral("--training"), QStringLiteral("--training-db"), training,
                         QStringLiteral("demo"), QStringLiteral("--participants"),
                         QStringLiteral("30000")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }
    test::CtlRun ctl(const QStringList& args, int timeoutMs = 120'000)
    {
        return test::runCtlProcess(
            QStringList{QStringLiteral("--db"), live, QStringLiteral("--audit-log"), audit} + args,
            home.path(), timeoutMs);
    }
    // As the trainer, on the training register.
    test::CtlRun asTrainer(const QStringList& args, int timeoutMs = 120'000)
    {
        return ctl(QStringList{QStringLiteral("--training"), QStringLiteral("--training-db"),
                               training, QStringLiteral("--user"), QStringLiteral("trainer"),
                               QStringLiteral("--password-file"), password} +
                       args,
                   timeoutMs);
    }

    QTemporaryDir home;
    QString live, training, audit, password;
};

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 reachedOn(const QJsonObject& channels, const QString& channel)
{
    const QJsonObject states = channels.value(channel).toObject();
    return states.value(QStringLiteral("sent")).toInteger() +
           states.value(QStringLiteral("delivered")).toInteger();
}

} // namespace

TEST_CASE("burgernetctl --training action send --wait reaches exactly whom area count reports",
          "[e2e][training][ctl]")
{
    TrainingFiles f;
    const QString circle = QStringLiteral("52.0907,5.1214,1500");
    auto counted = f.asTrainer({QStringLiteral("area"), QStringLiteral("count"),
                                QStringLiteral("--circle"), circle, QStringLiteral("--json")});
    INFO(counted.err.toStdString());
    REQUIRE(counted.exitCode == 0);
    const QJsonObject count = json(counted.out);
    const QJsonObject byChannel = count.value(QStringLiteral("by_channel")).toObject();
    REQUIRE(count.value(QStringLiteral("participants")).toInteger() > 20);

    // Standard output holds one answer: the state at the end.
    auto sent = f.asTrainer(
        {QStringLiteral("action"), QStringLiteral("send"), QStringLiteral("--type"),
         QStringLiteral("straatroof"), QStringLiteral("--circle"), circle, QStringLiteral("--text"),
         QStringLiteral("Man in rode jas op een zwarte fiets"), QStringLiteral("--channel"),
         QStringLiteral("sms"), QStringLiteral("--channel"), QStringLiteral("voice"),
         QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--channel"),
         QStringLiteral("app"), QStringLiteral("--yes"), QStringLiteral("--wait"),
         QStringLiteral("--json")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    const QJsonObject result = json(sent.out);
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("sent"));
    const QJsonObject channels = result.value(QStringLiteral("channels")).toObject();
    for (const QString& c :
         {QStringLiteral("sms"), QStringLiteral("voice"), QStringLiteral("email")}) {
        INFO(c.toStdString());
        CHECK(reachedOn(channels, c) == byChannel.value(c).toInteger());
    }
    CHECK(reachedOn(channels, QStringLiteral("app")) == 1);
    // The progress line went to the error stream, the result to standard output.
    CHECK(sent.err.contains(QStringLiteral("SMS")));
}

TEST_CASE("The real console, offscreen, sends a training action from its own Dispatch dock and "
          "exits with the action's state",
          "[e2e][training][process]")
{
    TrainingFiles f;
    const QString circle = QStringLiteral("52.0907,5.1214,1200");
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), f.home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), f.home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), f.home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("BURGERNET_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernet-console"),
                  {QStringLiteral("--db"),
                   f.live,
                   QStringLiteral("--audit-log"),
                   f.audit,
                   QStringLiteral("--training"),
                   QStringLiteral("--training-db"),
                   f.training,
                   QStringLiteral("--user"),
                   QStringLiteral("trainer"),
                   QStringLiteral("--password-file"),
                   f.password,
                   QStringLiteral("--map-circle"),
                   circle,
                   QStringLiteral("--send-action"),
                   QStringLiteral("woninginbraak"),
                   QStringLiteral("--send-text"),
                   QStringLiteral("Twee mannen met een ladder"),
                   QStringLiteral("--send-channel"),
                   QStringLiteral("sms"),
                   QStringLiteral("--send-channel"),
                   QStringLiteral("email"),
                   QStringLiteral("--send-channel"),
                   QStringLiteral("app")});
    REQUIRE(console.waitForFinished(120'000));
    const QString err = QString::fromUtf8(console.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(console.exitCode() == 0);
    const QJsonObject result = json(QString::fromUtf8(console.readAllStandardOutput()));
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("sent"));

    auto counted = f.asTrainer({QStringLiteral("area"), QStringLiteral("count"),
                                QStringLiteral("--circle"), circle, QStringLiteral("--json")});
    REQUIRE(counted.exitCode == 0);
    const QJsonObject byChannel = json(counted.out).value(QStringLiteral("by_channel")).toObject();
    const QJsonObject channels = result.value(QStringLiteral("channels")).toObject();
    CHECK(reachedOn(channels, QStringLiteral("sms")) ==
          byChannel.value(QStringLiteral("sms")).toInteger());
    CHECK(reachedOn(channels, QStringLiteral("email")) ==
          byChannel.value(QStringLiteral("email")).toInteger());
    CHECK(reachedOn(channels, QStringLiteral("app")) == 1);
    CHECK_FALSE(channels.contains(QStringLiteral("voice"))); // not chosen in the dock

    // The action is in the training register, recorded as the trainer's.
    auto status =
        f.asTrainer({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("\"mode\":\"training\"")));
    CHECK(status.out.contains(QStringLiteral("\"author\":\"trainer\"")));
}

TEST_CASE("burgernetctl audit show: live action 1 and training action 1 are two incidents, never "
          "one timeline",
          "[e2e][training][ctl][audit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // --training-db alone means training: the live calls leave it out.
    const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("live.sqlite")),
                           QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    const QStringList training{QStringLiteral("--training-db"),
                               dir.filePath(QStringLiteral("training.sqlite"))};
    const auto ctl = [&](const QStringList& args) {
        return test::runCtlProcess(base + args, dir.path(), 120'000);
    };
    const auto as = [&](const char* user, const QStringList& args) {
        const QString pw = dir.filePath(QLatin1String(user) + QStringLiteral(".pw"));
        QFile file(pw);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(user) + "-demo\n");
        file.close();
        return ctl(QStringList{QStringLiteral("--user"), QLatin1String(user),
                               QStringLiteral("--password-file"), pw} +
                   args);
    };
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--participants"),
                           QStringLiteral("2000")};
    test::CtlRun run = ctl(demo);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = ctl(training + demo);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QStringList send{QStringLiteral("action"),    QStringLiteral("send"),
                           QStringLiteral("--type"),    QStringLiteral("straatroof"),
                           QStringLiteral("--circle"),  QStringLiteral("52.0907,5.1214,1500"),
                           QStringLiteral("--text"),    QStringLiteral("Man met rode jas"),
                           QStringLiteral("--channel"), QStringLiteral("email"),
                           QStringLiteral("--yes"),     QStringLiteral("--json")};
    const test::CtlRun live = as("dispatcher", send);
    INFO(live.err.toStdString());
    REQUIRE(live.exitCode == 0);
    const test::CtlRun exercise = as("trainer", training + send);
    INFO(exercise.err.toStdString());
    REQUIRE(exercise.exitCode == 0);
    const qint64 id = json(live.out).value(QStringLiteral("id")).toInteger();
    REQUIRE(id == json(exercise.out).value(QStringLiteral("id")).toInteger());

    const auto modesOf = [&](const QStringList& extra) {
        const test::CtlRun shown =
            as("supervisor", QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                                         QStringLiteral("--action-id"), QString::number(id),
                                         QStringLiteral("--json")} +
                                 extra);
        INFO(shown.err.toStdString());
        REQUIRE(shown.exitCode == 0);
        QSet<QString> modes;
        const QJsonArray records = QJsonDocument::fromJson(shown.out.toUtf8()).array();
        for (const QJsonValue& r : records)
            modes.insert(r.toObject().value(QStringLiteral("mode")).toString());
        CHECK(records.size() >= 2); // at least its creation and its message
        return modes;
    };
    CHECK(modesOf({}) == QSet<QString>{QStringLiteral("live")});
    CHECK(modesOf({QStringLiteral("--mode"), QStringLiteral("training")}) ==
          QSet<QString>{QStringLiteral("training")});
    const test::CtlRun wrong = as("supervisor", {QStringLiteral("audit"), QStringLiteral("show"),
                                                 QStringLiteral("--mode"), QStringLiteral("both")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--mode")));
}
