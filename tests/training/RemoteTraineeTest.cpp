// An exercise run for a trainee at another workstation: two consoles (ConsoleSession with its
// window), the trainer's and the trainee's, each with its own connection, audit log, data folder
// and virtual clock, on one shared training register (PostgreSQL, or one SQLite file). The
// trainer starts a scenario at 5× on a fake clock; its injects reach the trainee's exercise
// inbox, its gateway failure the trainee's simulated SMS sender, and the trainee's sends the
// trainer's live view. And a trainer's burgernetctl killed in the middle of an exercise: the
// trainee's console says the exercise is interrupted.
#include "app/audit/AuditQuery.h"
#include "app/channels/simulated/SimulatedGatewayFaults.h"
#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/Outbox.h"
#include "app/register/DemoPopulation.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/SelectionService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "app/training/ExerciseBoard.h"
#include "app/training/TraineeScript.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/ModeIndicator.h"
#include "ui/console/ConsoleSession.h"
#include "ui/training/ExerciseInboxDock.h"
#include "ui/training/ExerciseWindow.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

const QString kScenario = QStringLiteral("sms-storing-den-haag.json");

// One workstation in training mode: its own connection to the shared training register, its
// own accounts register, audit log, settings, data folder and clock over the test's fake time.
struct Workstation
{
    QTemporaryDir dir;
    test::AuditFixture audit;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    std::unique_ptr<Database> accounts;
    std::unique_ptr<Database> training;
    VirtualClock clock;
    std::unique_ptr<ConsoleSession> console;

    Workstation(const DatabaseSpec& shared, test::FakeClock& base, const Session& session)
        : clock(base, base.nowUtc(), 1.0)
    {
        auto live = Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.db"))));
        REQUIRE(live.ok());
        accounts = std::move(live).value();
        auto opened = Database::open(shared);
        REQUIRE(opened.ok());
        training = std::move(opened).value();
        const QString data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        {
            QSettings ini(QDir(data).filePath(QStringLiteral("senders-training.ini")),
                          QSettings::IniFormat);
            ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
            ini.setValue(QStringLiteral("simulated/receiptDelayMs"), 10);
            ini.setValue(QStringLiteral("simulated/replyPercent"), 0);
        }
        console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{session, *training, *accounts, audit.log(), *settings, clock,
                                   data, true, nullptr, &clock});
        REQUIRE(console->start().ok());
        QElapsedTimer loading;
        loading.start();
        while (!console->services().selection().isLoaded() && loading.elapsed() < 120'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        REQUIRE(console->services().selection().isLoaded());
    }

    SessionServices& services() { return console->services(); }
    MainWindow& window() { return *console->window(); }

    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(audit.path(), action);
    }
};

void letRun(int ms)
{
    QElapsedTimer slice;
    slice.start();
    while (slice.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Moves the fake time in steps (10 s of exercise time at 5×), letting both windows and the
// dispatchers work in between, until `done` or the exercise minute `untilMinute`.
template <typename Done>
bool runUntil(test::FakeClock& base, ExerciseEngine& engine, double untilMinute, Done done)
{
    QElapsedTimer guard;
    guard.start();
    while (engine.minute() < untilMinute && guard.elapsed() < 120'000) {
        if (done())
            return true;
        base.advance(2'000);
        letRun(15);
    }
    return done();
}

// Waits in real time (the fake time stands) for `done`.
template <typename Done>
bool waitFor(Done done, int ms = 20'000)
{
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < ms)
        letRun(20);
    return done();
}

QStringList inboxLines(const QListWidget& list)
{
    QStringList lines;
    for (int i = 0; i < list.count(); ++i)
        lines << list.item(i)->text();
    return lines;
}

QString activityText(const QTreeWidget& tree)
{
    QStringList lines;
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = tree.topLevelItem(i);
        lines << top->text(0);
        for (int c = 0; c < top->childCount(); ++c)
            lines << top->child(c)->text(0);
    }
    return lines.join(QLatin1Char('\n'));
}

SendOutcome trySms(SessionServices& session)
{
    OutgoingMessage message;
    message.mode = Mode::Training;
    message.channel = Channel::sms();
    message.text = QStringLiteral("OEFENING");
    return session.dispatcher()->sender(Channel::sms())->send(message).outcome;
}

void runForTraineeElsewhere(DatabaseKind kind)
{
    auto shared = test::TempDatabase::create(kind);
    {
        auto db = Database::open(shared->spec());
        REQUIRE(db.ok());
        REQUIRE(DemoPopulation::generate(**db, 8'000, 7).ok());
    }
    test::FakeClock base;
    Workstation trainer(shared->spec(), base,
                        Session{QStringLiteral("trainer"), Role::Trainer,
                                QStringLiteral("oefenzaal-1"), Mode::Training});
    Workstation trainee(shared->spec(), base,
                        Session{QStringLiteral("centralist.oost"), Role::Dispatcher,
                                QStringLiteral("oefenzaal-2"), Mode::Training});

    // The trainee's console has the exercise inbox, in training's purple, empty so far.
    ExerciseInboxDock* inbox = trainee.window().exerciseInbox();
    REQUIRE(inbox);
    inbox->setPollInterval(20);
    auto* inboxDock = trainee.window().findChild<QDockWidget*>(QStringLiteral("exerciseInboxDock"));
    REQUIRE(inboxDock);
    CHECK(inboxDock->styleSheet().contains(ModeIndicator::modeColor(Mode::Training).name(),
                                           Qt::CaseInsensitive));
    CHECK(inbox->list()->count() == 0);
    trainer.window().exerciseInbox()->setPollInterval(20);

    // The trainer starts the scenario at 5× at their own workstation.
    trainer.window().findChild<QAction*>(QStringLiteral("exercisesAction"))->trigger();
    auto* ex = trainer.window().findChild<ExerciseWindow*>(QStringLiteral("exerciseWindow"));
    REQUIRE(ex);
    REQUIRE(ex->chooseScenario(kScenario));
    ex->setTrainee(QStringLiteral("centralist.oost"));
    auto* speed = ex->findChild<QComboBox*>(QStringLiteral("exerciseSpeed"));
    speed->setCurrentIndex(speed->findData(5));
    ex->setPollInterval(5);
    ex->findChild<QPushButton*>(QStringLiteral("startExercise"))->click();
    ExerciseEngine* engine = ex->engine();
    REQUIRE(engine);
    REQUIRE(engine->state() == ExerciseEngine::State::Running);
    REQUIRE(engine->exerciseId() > 0);

    // The report arrives in the trainee's exercise inbox, announced, and the trainee's clock
    // follows the exercise's.
    REQUIRE(waitFor([&] { return inbox->list()->count() >= 1; }));
    CHECK(inbox->list()->item(0)->text().contains(QStringLiteral("Grote Markt")));
    CHECK(inbox->unread() == 1);
    CHECK(inboxDock->windowTitle().contains(QStringLiteral("1")));
    CHECK(trainee.window().statusBar()->currentMessage().contains(QStringLiteral("Exercise")));
    CHECK(trainee.clock.rate() == 5);
    CHECK(std::abs(trainee.clock.nowUtc().msecsTo(trainer.clock.nowUtc())) < 5'000);
    // The trainer's own inbox (same register) shows the same.
    CHECK(waitFor([&] { return trainer.window().exerciseInbox()->list()->count() == 1; }));
    // Recorded at the trainer's workstation before it was written, without the scenario's text.
    const auto injects = trainer.records(QStringLiteral("exercise.inject"));
    REQUIRE(injects.size() == 1);
    CHECK(injects.front().details.contains(QStringLiteral("caller-info")));
    CHECK_FALSE(injects.front().details.contains(QStringLiteral("Grote Markt")));

    // The trainee sends at T+3 at their own workstation, through their own services.
    REQUIRE_FALSE(runUntil(base, *engine, 3, [] { return false; }));
    auto scenario = ScenarioLoader::load(QStringLiteral(":/scenarios/") + kScenario);
    REQUIRE(scenario.ok());
    auto script = TraineeScript::load(
        QStringLiteral(BURGERNET_SOURCE_DIR "/tests/data/training/sms-storing-den-haag-good.json"),
        *scenario);
    REQUIRE(script.ok());
    qint64 actionId = 0;
    auto sent = TraineeScript::perform(trainee.services(), script->steps().at(0), &actionId);
    INFO(sent.errorMessage().toStdString());
    REQUIRE(sent.ok());
    // Made on the trainee's clock, which is the exercise's: the send is at about T+3.
    auto action = trainee.services().workflow().action(actionId);
    REQUIRE(action.ok());

    // The trainer's live view shows the trainee's action, its text and its sends.
    const auto* activity = ex->findChild<QTreeWidget*>(QStringLiteral("traineeActivity"));
    REQUIRE(activity);
    CHECK(runUntil(base, *engine, 8, [&] {
        return activityText(*activity).contains(QStringLiteral("Action %1").arg(actionId)) &&
               activityText(*activity).contains(QStringLiteral("SMS: "));
    }));
    INFO(activityText(*activity).toStdString());
    CHECK(activityText(*activity).contains(QStringLiteral("witte jas")));
    REQUIRE(engine->traces().size() == 1);
    CHECK(engine->traces().front().sentMinute > 2.0);
    CHECK(engine->traces().front().sentMinute < 5.0);

    // T+10: the SMS gateway fails. The trainee's simulated SMS sender refuses from then on, read
    // from the register (the trainee's own switch was never touched).
    CHECK(trySms(trainee.services()) == SendOutcome::Sent);
    REQUIRE_FALSE(runUntil(base, *engine, 10.2, [] { return false; }));
    CHECK(trainer.records(QStringLiteral("exercise.gateway")).size() == 1);
    CHECK(waitFor([&] { return trySms(trainee.services()) == SendOutcome::Final; }, 5'000));
    CHECK(trySms(trainer.services()) == SendOutcome::Final);
    OutgoingMessage email;
    email.mode = Mode::Training;
    email.channel = Channel::email();
    CHECK(trainee.services().dispatcher()->sender(Channel::email())->send(email).outcome ==
          SendOutcome::Sent);
    // The trainee's update at T+11 fails on SMS, and the trainer sees that live.
    REQUIRE_FALSE(runUntil(base, *engine, 11, [] { return false; }));
    auto update = TraineeScript::perform(trainee.services(), script->steps().at(1), &actionId);
    INFO(update.errorMessage().toStdString());
    REQUIRE(update.ok());
    Outbox outbox(*trainee.training);
    CHECK(waitFor([&] {
        auto counts = outbox.counts(actionId);
        return counts.ok() && counts->value(Channel::sms()).value(OutboxState::Failed) > 0;
    }));
    CHECK(runUntil(base, *engine, 14,
                   [&] { return activityText(*activity).contains(QStringLiteral("failed")); }));

    // The next information reaches the trainee's inbox in its order (T+9 before T+16).
    CHECK(runUntil(base, *engine, 17, [&] { return inbox->list()->count() >= 3; }));
    const QStringList lines = inboxLines(*inbox->list());
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1).contains(QStringLiteral("Hoefkade")));
    CHECK(lines.at(2).contains(QStringLiteral("Chef van dienst")));

    // A console started again shows the same inbox from the register, without announcing it.
    {
        ExerciseInboxDock again(*trainee.training, trainee.services().audit(), nullptr);
        CHECK(inboxLines(*again.list()) == lines);
        CHECK(again.unread() == 0);
    }

    // The trainer stops: every gateway works again, at the trainee's workstation too, and the
    // trainee's clock goes on at the real pace.
    ex->findChild<QPushButton*>(QStringLiteral("stopExercise"))->click();
    CHECK(engine->state() == ExerciseEngine::State::Stopped);
    CHECK(waitFor([&] { return trySms(trainee.services()) == SendOutcome::Sent; }, 5'000));
    CHECK(waitFor([&] { return trainee.clock.rate() == 1.0; }));
    CHECK(inbox->findChild<QLabel*>(QStringLiteral("exerciseInboxHeader"))
              ->text()
              .contains(QStringLiteral("ended")));
}

} // namespace

TEST_CASE("A trainer runs an exercise for a trainee at another workstation on a shared "
          "PostgreSQL training register",
          "[integration][training][exercise][postgres]")
{
    runForTraineeElsewhere(DatabaseKind::PostgreSql);
}

TEST_CASE("A trainer runs an exercise for a trainee at another workstation on a shared SQLite "
          "training register",
          "[integration][training][exercise]")
{
    runForTraineeElsewhere(DatabaseKind::Sqlite);
}

TEST_CASE("The trainer's burgernetctl killed in the middle of an exercise: the trainee's console "
          "says the exercise is interrupted and its clock goes back to the real pace",
          "[integration][training][exercise][ctl]")
{
    auto shared = test::TempDatabase::create(DatabaseKind::Sqlite);
    {
        auto db = Database::open(shared->spec());
        REQUIRE(db.ok());
        REQUIRE(DemoPopulation::generate(**db, 8'000, 7).ok());
    }
    test::FakeClock base;
    Workstation trainee(shared->spec(), base,
                        Session{QStringLiteral("centralist.oost"), Role::Dispatcher,
                                QStringLiteral("oefenzaal-2"), Mode::Training});
    ExerciseInboxDock* inbox = trainee.window().exerciseInbox();
    REQUIRE(inbox);
    inbox->setPollInterval(100);
    // Longer than the trainer's heartbeat, shorter than the product's limit, for a quick test.
    constexpr qint64 kSilenceMs = 8'000;
    static_assert(kSilenceMs > ExerciseBoard::kBeatMs);
    inbox->setSilenceLimit(kSilenceMs);
    const auto header = [&] {
        return inbox->findChild<QLabel*>(QStringLiteral("exerciseInboxHeader"))->text();
    };

    // The trainer's workstation: the real burgernetctl running the scenario at 5x.
    QTemporaryDir home;
    const QString live = home.filePath(QStringLiteral("live.sqlite"));
    REQUIRE(test::runCtlProcess({QStringLiteral("--db"), live, QStringLiteral("demo"),
                                 QStringLiteral("--participants"), QStringLiteral("1")},
                                home.path())
                .exitCode == 0);
    const QString data = home.filePath(QStringLiteral("data/burgernet-console"));
    QDir().mkpath(data);
    QSettings(QDir(data).filePath(QStringLiteral("senders-training.ini")), QSettings::IniFormat)
        .setValue(QStringLiteral("simulated/latencyMs"), 0);
    QFile pw(home.filePath(QStringLiteral("pw")));
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("trainer-demo\n");
    pw.close();
    QProcess ctl;
    test::startCtlProcess(
        ctl,
        {QStringLiteral("--db"), live, QStringLiteral("--training"),
         QStringLiteral("--training-db"), shared->spec().sqlitePath, QStringLiteral("--user"),
         QStringLiteral("trainer"), QStringLiteral("--password-file"), pw.fileName(),
         QStringLiteral("scenario"), QStringLiteral("run"), kScenario,
         QStringLiteral("--trainee-script"),
         QStringLiteral(BURGERNET_SOURCE_DIR "/tests/data/training/sms-storing-den-haag-good.json"),
         QStringLiteral("--speed"), QStringLiteral("5")},
        home.path());
    REQUIRE(ctl.waitForStarted());

    // Running: the trainee's clock follows at 5x, and stays "running" past the silence limit
    // while the trainer's program says it is there.
    INFO(header().toStdString());
    REQUIRE(waitFor([&] { return header().contains(QStringLiteral("running")); }, 60'000));
    CHECK(waitFor([&] { return trainee.clock.rate() == 5; }));
    QElapsedTimer watched;
    watched.start();
    bool stayed = true;
    while (watched.elapsed() < kSilenceMs + 2'000) {
        letRun(100);
        stayed = stayed && header().contains(QStringLiteral("running"));
    }
    CHECK(stayed);
    REQUIRE(ctl.state() == QProcess::Running);

    // Killed: no stop is ever written. Once the silence is longer than the limit, the trainee's
    // console says so, and its clock no longer runs at the exercise's pace.
    ctl.kill();
    REQUIRE(ctl.waitForFinished(10'000));
    CHECK(header().contains(QStringLiteral("running")));
    CHECK(waitFor([&] { return header().contains(QStringLiteral("interrupted")); },
                  int(kSilenceMs) + 10'000));
    CHECK(header().contains(QStringLiteral("trainer")));
    CHECK(trainee.clock.rate() == 1.0);
    auto row = ExerciseRepository(*trainee.training).latest();
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->state == QStringLiteral("running"));
    CHECK((*row)->silentMs > kSilenceMs);
}
