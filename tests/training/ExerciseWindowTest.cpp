// Training → Exercises in the console's own window (ConsoleSession), on a fake clock at 5×: an
// inject arrives in the inbox, a tip comes in, pausing stops the clock, stopping opens the
// debrief.
#include "ui/training/ExerciseWindow.h"

#include "app/audit/AuditQuery.h"
#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/register/DemoPopulation.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/SelectionService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "app/training/TraineeScript.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/FakeClock.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/training/DebriefDialog.h"
#include "ui/training/ScenarioMap.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

// Moves the fake clock in steps, letting the window and the dispatcher work in between, until
// `done` or the exercise minute `untilMinute`.
template <typename Done>
bool runUntil(test::FakeClock& base, ExerciseEngine& engine, double untilMinute, Done done)
{
    QElapsedTimer guard;
    guard.start();
    while (engine.minute() < untilMinute && guard.elapsed() < 120'000) {
        if (done())
            return true;
        base.advance(2'000); // 10 s of exercise time at 5×
        QElapsedTimer slice;
        slice.start();
        while (slice.elapsed() < 15)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return done();
}

} // namespace

TEST_CASE("A trainer runs an exercise from Training → Exercises at 5× on a fake clock",
          "[ui][training][exercise]")
{
    QTemporaryDir dir;
    test::AuditFixture audit;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    auto accounts =
        Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
    auto training =
        Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("training.sqlite"))));
    REQUIRE(accounts.ok());
    REQUIRE(training.ok());
    REQUIRE(DemoPopulation::generate(**training, 30'000, 7).ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    {
        QSettings ini(QDir(data).filePath(QStringLiteral("senders-training.ini")),
                      QSettings::IniFormat);
        ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
        ini.setValue(QStringLiteral("simulated/replyPercent"), 0);
    }
    test::FakeClock base;
    VirtualClock clock(base, base.nowUtc(), 1.0);
    const Session trainer{QStringLiteral("trainer"), Role::Trainer, QStringLiteral("oefenzaal-1"),
                          Mode::Training};
    ConsoleSession console({trainer, **training, **accounts, audit.log(), *settings, clock, data,
                            true, nullptr, &clock});
    REQUIRE(console.start().ok());
    MainWindow* window = console.window();
    REQUIRE(window);
    QElapsedTimer loading;
    loading.start();
    while (!console.services().selection().isLoaded() && loading.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(console.services().selection().isLoaded());

    auto* exercises = window->findChild<QAction*>(QStringLiteral("exercisesAction"));
    REQUIRE(exercises);
    REQUIRE(exercises->isEnabled());
    exercises->trigger();
    auto* ex = window->findChild<ExerciseWindow*>(QStringLiteral("exerciseWindow"));
    REQUIRE(ex);
    CHECK(ex->isVisible());
    REQUIRE(ex->chooseScenario(QStringLiteral("woninginbraak-utrecht.json")));
    ex->setTrainee(QStringLiteral("centralist.oost"));
    auto* speed = ex->findChild<QComboBox*>(QStringLiteral("exerciseSpeed"));
    speed->setCurrentIndex(speed->findData(5));
    ex->setPollInterval(5);
    auto* inbox = ex->findChild<QListWidget*>(QStringLiteral("exerciseInbox"));
    auto* tips = ex->findChild<QListWidget*>(QStringLiteral("exerciseTips"));
    ex->findChild<QPushButton*>(QStringLiteral("startExercise"))->click();
    ExerciseEngine* engine = ex->engine();
    REQUIRE(engine);
    REQUIRE(engine->state() == ExerciseEngine::State::Running);
    CHECK(clock.rate() == 5);
    // The report is the first inject.
    REQUIRE(inbox->count() == 1);
    CHECK(inbox->item(0)->text().contains(QStringLiteral("Biltstraat")));

    // The trainee sends at T+3 through the session's services (as the Dispatch dock does).
    REQUIRE(runUntil(base, *engine, 3, [] { return false; }) == false);
    auto scenario = ScenarioLoader::load(QStringLiteral(":/scenarios/woninginbraak-utrecht.json"));
    auto script = TraineeScript::load(
        QStringLiteral(BURGERNET_SOURCE_DIR "/tests/data/training/woninginbraak-utrecht-good.json"),
        *scenario);
    REQUIRE(script.ok());
    qint64 actionId = 0;
    auto sent = TraineeScript::perform(console.services(), script->steps().first(), &actionId);
    INFO(sent.errorMessage().toStdString());
    REQUIRE(sent.ok());

    // The next inject arrives in the inbox, and tips come in.
    CHECK(runUntil(base, *engine, 20, [&] { return inbox->count() >= 2 && tips->count() >= 1; }));
    CHECK(inbox->item(1)->text().contains(QStringLiteral("hoodie")));
    const auto logged = console.services().workflow().tips(actionId);
    REQUIRE(logged.ok());
    CHECK(logged->size() >= 1);
    // The tip is on the trainer's map, beside the true path and the trainee's area.
    CHECK(ex->map()->tipCount() >= 1);
    // The trainer's live view: the trainee's action, its area, its text and its sends.
    const auto* activity = ex->findChild<QTreeWidget*>(QStringLiteral("traineeActivity"));
    REQUIRE(activity);
    REQUIRE(activity->topLevelItemCount() == 1);
    const QTreeWidgetItem* watched = activity->topLevelItem(0);
    CHECK(watched->text(0).contains(QString::number(actionId)));
    QStringList lines;
    for (int i = 0; i < watched->childCount(); ++i)
        lines << watched->child(i)->text(0);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("alert")));
    // Channels and row states by their names, as the trainee's own console shows them.
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("SMS: ")));
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("sms: ")));

    // Pause stops the clock; resume moves it again at 5×.
    ex->findChild<QPushButton*>(QStringLiteral("pauseExercise"))->click();
    CHECK(engine->state() == ExerciseEngine::State::Paused);
    const QDateTime paused = clock.nowUtc();
    base.advance(60'000);
    QCoreApplication::processEvents();
    CHECK(clock.nowUtc() == paused);
    ex->findChild<QPushButton*>(QStringLiteral("resumeExercise"))->click();
    base.advance(60'000);
    CHECK(clock.nowUtc() == paused.addSecs(300));

    // Stop: the debrief opens.
    ex->findChild<QPushButton*>(QStringLiteral("stopExercise"))->click();
    CHECK(engine->state() == ExerciseEngine::State::Stopped);
    DebriefDialog* debrief = ex->debriefDialog();
    REQUIRE(debrief);
    CHECK(debrief->isVisible());
    CHECK(debrief->debrief().firstSendMinute.has_value());
    CHECK(debrief->findChild<QTextBrowser*>(QStringLiteral("debriefText"))
              ->toPlainText()
              .contains(QStringLiteral("Woninginbraak")));
    // Stored for the trainee, with the after-action structure.
    CHECK(debrief->debrief().runId > 0);
    CHECK(debrief->debrief().trainee == QStringLiteral("centralist.oost"));
    CHECK(debrief->debrief().objectives.size() == 4);
    CHECK(debrief->debrief().earlier.isEmpty());
    // The trainer's observations go with the run, recorded.
    debrief->findChild<QPlainTextEdit*>(QStringLiteral("debriefObservations"))
        ->setPlainText(QStringLiteral("Rustig gebleven, gebied goed gekozen."));
    REQUIRE(debrief->saveObservations().ok());
    CHECK(debrief->findChild<QTextBrowser*>(QStringLiteral("debriefText"))
              ->toPlainText()
              .contains(QStringLiteral("Rustig gebleven")));
    auto query = AuditQuery::open(audit.path());
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = QStringLiteral("exercise.observe");
    auto observed = (*query)->page(filter, 0, 10);
    REQUIRE(observed.ok());
    REQUIRE(observed->size() == 1);
    CHECK_FALSE(observed->front().details.contains(QStringLiteral("Rustig")));
    // And the PDF from the dialog.
    const QString pdf = dir.filePath(QStringLiteral("debrief.pdf"));
    REQUIRE(debrief->exportPdf(pdf).ok());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArrayLiteral("%PDF-"));
}
