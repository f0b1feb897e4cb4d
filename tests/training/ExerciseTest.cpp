// Exercises as trainers run them: the session's own services (SessionServices with training's
// simulated senders and a dispatcher), a virtual clock, every bundled scenario with a scripted
// good and a scripted poor trainee, and the real burgernetctl.
#include "app/audit/AuditQuery.h"
#include "app/audit/AuditVerifier.h"
#include "app/channels/simulated/SimulatedGatewayFaults.h"
#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/dispatch/Dispatcher.h"
#include "app/register/DemoPopulation.h"
#include "app/services/ActionWorkflow.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "app/storage/ExerciseRepository.h"
#include "app/training/ExerciseBoard.h"
#include "app/training/ExerciseEngine.h"
#include "app/training/ExerciseRun.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/FakeClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

constexpr qint64 kParticipants = 60'000;

// One training register with the demo population, made once and copied for every world.
QString templateRegister()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("training-template.sqlite"));
        auto db = Database::open(DatabaseSpec::sqlite(file));
        REQUIRE(db.ok());
        REQUIRE(DemoPopulation::generate(**db, kParticipants, 7).ok());
        return file;
    }();
    return path;
}

void quickSimulatedSender(const QString& dataDir)
{
    QDir().mkpath(dataDir);
    QSettings ini(QDir(dataDir).filePath(QStringLiteral("senders-training.ini")),
                  QSettings::IniFormat);
    ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
    ini.setValue(QStringLiteral("simulated/receiptDelayMs"), 10);
    ini.setValue(QStringLiteral("simulated/replyPercent"), 0);
}

// A trainer's training session as the console composes it, on a virtual clock.
struct TrainingWorld
{
    QTemporaryDir dir;
    test::AuditFixture audit;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    std::unique_ptr<Database> db;
    VirtualClock clock{test::systemClock(), test::systemClock().nowUtc(), 1.0};
    std::unique_ptr<SessionServices> session;

    explicit TrainingWorld(Mode mode = Mode::Training, Role role = Role::Trainer)
    {
        const QString file = dir.filePath(QStringLiteral("register.sqlite"));
        REQUIRE(QFile::copy(templateRegister(), file));
        auto opened = Database::open(DatabaseSpec::sqlite(file));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        const QString data = dir.filePath(QStringLiteral("data"));
        quickSimulatedSender(data);
        SessionConfig config;
        config.session =
            Session{QStringLiteral("trainer"), role, QStringLiteral("oefenzaal-1"), mode};
        config.dataDir = data;
        config.listen = false;
        session = std::make_unique<SessionServices>(config, *db, audit.log(), *settings, clock);
        REQUIRE(session->start().ok());
    }

    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(audit.path(), action);
    }
};

QString scriptPath(const QString& scenario, const char* trainee)
{
    return QStringLiteral(BURGERNET_SOURCE_DIR "/tests/data/training/%1-%2.json")
        .arg(QFileInfo(scenario).completeBaseName(), QLatin1String(trainee));
}

Debrief runExercise(const QString& name, const char* trainee)
{
    TrainingWorld world;
    auto scenario = ScenarioLoader::load(QStringLiteral(":/scenarios/") + name);
    REQUIRE(scenario.ok());
    auto script = TraineeScript::load(scriptPath(name, trainee), *scenario);
    REQUIRE(script.ok());
    ExerciseRun run(*world.session, world.clock, *scenario, name, *script);
    auto debrief = run.run(0);
    INFO(run.log().join(QLatin1Char('\n')).toStdString());
    REQUIRE(debrief.ok());
    // Start and stop are in the audit log, by the trainer, in training.
    const auto started = world.records(QStringLiteral("exercise.start"));
    const auto stopped = world.records(QStringLiteral("exercise.stop"));
    REQUIRE(started.size() == 1);
    REQUIRE(stopped.size() == 1);
    CHECK(started.front().actor == QStringLiteral("trainer"));
    CHECK(started.front().objectId == name);
    CHECK(started.front().mode == Mode::Training);
    // Only the simulated sender exists, and nothing it was given can reach a person.
    for (const Channel& c : world.session->dispatcher()->channels())
        CHECK_FALSE(world.session->dispatcher()->sender(c)->descriptor().reachesPeople);
    return *debrief;
}

// The good trainee scores higher than the poor one on every learning goal of the scenario.
void compareTrainees(const QString& name)
{
    const Debrief good = runExercise(name, "good");
    const Debrief poor = runExercise(name, "poor");
    INFO(QJsonDocument(good.toJson()).toJson().toStdString());
    INFO(QJsonDocument(poor.toJson()).toJson().toStdString());
    REQUIRE(good.goals.size() == poor.goals.size());
    for (qsizetype i = 0; i < good.goals.size(); ++i) {
        INFO(good.goals.at(i).id.toStdString());
        CHECK(good.goals.at(i).score > poor.goals.at(i).score);
    }
    // The good trainee: early, the person inside the area, call-backs, a closing message.
    REQUIRE(good.firstSendMinute);
    CHECK(*good.firstSendMinute <= 5);
    CHECK(good.positionInside);
    CHECK(good.pathCoverage > 0.8);
    CHECK(good.callbacks > 0);
    CHECK(good.closingSent);
    CHECK(good.updatesInTime == good.updatesExpected);
    CHECK(good.warningsSent.isEmpty());
    // The poor one: late, in the wrong place, nobody who saw anything called.
    REQUIRE(poor.firstSendMinute);
    CHECK(*poor.firstSendMinute > *good.firstSendMinute);
    CHECK_FALSE(poor.positionInside);
    CHECK(poor.callbacks == 0);
    CHECK_FALSE(poor.closingSent);
    // The after-action view: every goal a strength of the good run, to improve in the poor one.
    CHECK(good.strengths.size() == good.goals.size());
    CHECK(good.improvements.isEmpty());
    CHECK_FALSE(poor.improvements.isEmpty());
    if (name.startsWith(QStringLiteral("vermissing"))) {
        CHECK(good.consentGiven);
        CHECK_FALSE(good.sentWithoutConsentAttempt);
        CHECK(poor.sentWithoutConsentAttempt);
    }
    if (name.startsWith(QStringLiteral("sms-storing"))) {
        CHECK(good.gatewayFailed);
        CHECK(good.gatewayHandled);
        CHECK(poor.gatewayFailed);
        CHECK_FALSE(poor.gatewayHandled);
    }
}

} // namespace

TEST_CASE("Every bundled scenario has a scripted good and a scripted poor trainee",
          "[e2e][training][exercise]")
{
    const QStringList names = ScenarioLoader::bundled();
    CHECK(names == QStringList({QStringLiteral("overval-snelweg-a12.json"),
                                QStringLiteral("sms-storing-den-haag.json"),
                                QStringLiteral("straatroof-scooter-rotterdam.json"),
                                QStringLiteral("vermissing-kind-eindhoven.json"),
                                QStringLiteral("woninginbraak-utrecht.json")}));
    for (const QString& name : names) {
        auto scenario = ScenarioLoader::load(QStringLiteral(":/scenarios/") + name);
        REQUIRE(scenario.ok());
        for (const char* trainee : {"good", "poor"}) {
            INFO(scriptPath(name, trainee).toStdString());
            CHECK(TraineeScript::load(scriptPath(name, trainee), *scenario).ok());
        }
    }
}

TEST_CASE("Exercise woninginbraak: the good trainee scores higher on every goal",
          "[e2e][training][exercise]")
{
    compareTrainees(QStringLiteral("woninginbraak-utrecht.json"));
}

TEST_CASE("Exercise straatroof: the good trainee scores higher on every goal",
          "[e2e][training][exercise]")
{
    compareTrainees(QStringLiteral("straatroof-scooter-rotterdam.json"));
}

TEST_CASE("Exercise vermissing kind: the good trainee scores higher on every goal",
          "[e2e][training][exercise]")
{
    compareTrainees(QStringLiteral("vermissing-kind-eindhoven.json"));
}

TEST_CASE("Exercise overval with a corridor: the good trainee scores higher on every goal",
          "[e2e][training][exercise]")
{
    compareTrainees(QStringLiteral("overval-snelweg-a12.json"));
}

TEST_CASE("Exercise with a failing SMS gateway: the good trainee scores higher on every goal",
          "[e2e][training][exercise]")
{
    compareTrainees(QStringLiteral("sms-storing-den-haag.json"));
}

TEST_CASE("An exercise never runs in a live session", "[e2e][training][exercise]")
{
    TrainingWorld live(Mode::Live, Role::Supervisor);
    CHECK(live.session->gatewayFaults() == nullptr);
    auto scenario = ScenarioLoader::load(QStringLiteral(":/scenarios/sms-storing-den-haag.json"));
    REQUIRE(scenario.ok());
    // A supervisor may not run exercises at all; an administrator may, but not in live.
    ExerciseEngine supervisor(*live.session, live.clock, *scenario, QStringLiteral("x"));
    CHECK_FALSE(supervisor.start(0).ok());
    TrainingWorld liveAdmin(Mode::Live, Role::Administrator);
    ExerciseEngine admin(*liveAdmin.session, liveAdmin.clock, *scenario, QStringLiteral("x"));
    const Status started = admin.start(0);
    REQUIRE_FALSE(started.ok());
    CHECK(started.errorMessage().contains(QStringLiteral("training")));
    CHECK(admin.state() == ExerciseEngine::State::Ready);
    const auto denied = liveAdmin.records(QStringLiteral("exercise.start"));
    REQUIRE(denied.size() == 1);
    CHECK(denied.front().result == QStringLiteral("denied"));
}

TEST_CASE("A gateway failure fails only its channel's simulated sender, until it recovers",
          "[e2e][training][exercise]")
{
    TrainingWorld world;
    SimulatedGatewayFaults* faults = world.session->gatewayFaults();
    REQUIRE(faults);
    Dispatcher& dispatcher = *world.session->dispatcher();
    OutgoingMessage message;
    message.mode = Mode::Training;
    message.channel = Channel::sms();
    message.text = QStringLiteral("OEFENING");
    faults->setFailing(Channel::sms(), true);
    CHECK(dispatcher.sender(Channel::sms())->send(message).outcome == SendOutcome::Final);
    CHECK(dispatcher.sender(Channel::sms())->checkHealth().status == SenderHealth::Status::Down);
    message.channel = Channel::email();
    CHECK(dispatcher.sender(Channel::email())->send(message).outcome == SendOutcome::Sent);
    faults->setFailing(Channel::sms(), false);
    message.channel = Channel::sms();
    CHECK(dispatcher.sender(Channel::sms())->send(message).outcome == SendOutcome::Sent);
}

TEST_CASE("A scenario's gateway failures stay in training's simulated senders and never touch "
          "a live session's senders",
          "[e2e][training][exercise][isolation]")
{
    // A live session and a training session side by side in one process, as on a workstation
    // where both were signed in one after the other.
    TrainingWorld live(Mode::Live, Role::Supervisor);
    TrainingWorld training;
    REQUIRE(live.session->gatewayFaults() == nullptr);
    Dispatcher& liveDispatcher = *live.session->dispatcher();
    QHash<Channel, QString> liveSenders;
    for (const Channel& c : liveDispatcher.channels())
        if (ChannelSender* sender = liveDispatcher.sender(c))
            liveSenders.insert(c, sender->descriptor().id);

    const QString name = QStringLiteral("sms-storing-den-haag.json");
    auto scenario = ScenarioLoader::load(QStringLiteral(":/scenarios/") + name);
    REQUIRE(scenario.ok());
    auto script = TraineeScript::load(scriptPath(name, "good"), *scenario);
    REQUIRE(script.ok());
    // Every sender the exercise can make fail is the simulated one, which reaches nobody; the
    // live session's senders are never wrapped in the switch an exercise turns.
    Dispatcher& dispatcher = *training.session->dispatcher();
    for (const Channel& c : dispatcher.channels()) {
        INFO(c.id().toStdString());
        REQUIRE(dispatcher.sender(c));
        CHECK(dynamic_cast<FaultInjectingSender*>(dispatcher.sender(c)) != nullptr);
        CHECK_FALSE(dispatcher.sender(c)->descriptor().reachesPeople);
        CHECK(dispatcher.sender(c)->descriptor().id == QStringLiteral("simulated"));
    }
    for (const Channel& c : liveDispatcher.channels())
        CHECK(dynamic_cast<FaultInjectingSender*>(liveDispatcher.sender(c)) == nullptr);
    ExerciseRun run(*training.session, training.clock, *scenario, name, *script);
    auto debrief = run.run(0);
    REQUIRE(debrief.ok());
    CHECK(debrief->gatewayFailed);

    // The live session saw nothing of it: the same senders, none failing, nothing queued.
    for (const Channel& c : liveDispatcher.channels()) {
        ChannelSender* sender = liveDispatcher.sender(c);
        CHECK((sender ? sender->descriptor().id : QString()) == liveSenders.value(c));
    }
    auto liveActions = live.session->workflow().actions(false);
    REQUIRE(liveActions.ok());
    CHECK(liveActions->isEmpty());
    // And the training sender's log holds the exercise's sends, a live data folder none.
    CHECK(
        QFile::exists(training.dir.filePath(QStringLiteral("data/training/simulated-sends.log"))));
    CHECK_FALSE(
        QFile::exists(live.dir.filePath(QStringLiteral("data/training/simulated-sends.log"))));

    // A failure shared through the register, as a trainer at another workstation makes one,
    // reaches training's simulated senders only. A live session refuses to share one, and a row
    // put into its register by hand changes none of its senders.
    ExerciseBoard liveBoard(*live.db, live.session->audit(), live.clock);
    CHECK_FALSE(liveBoard.setGateway(1, Channel::sms(), true, 0).ok());
    REQUIRE(
        ExerciseRepository(*live.db).setGateway(1, Channel::sms(), true, live.clock.nowUtc()).ok());
    REQUIRE(ExerciseRepository(*training.db)
                .setGateway(1, Channel::sms(), true, training.clock.nowUtc())
                .ok());
    OutgoingMessage message;
    message.mode = Mode::Training;
    message.channel = Channel::sms();
    message.text = QStringLiteral("OEFENING");
    QElapsedTimer waited;
    waited.start();
    while (dispatcher.sender(Channel::sms())->send(message).outcome != SendOutcome::Final &&
           waited.elapsed() < 5'000)
        QThread::msleep(100);
    CHECK(dispatcher.sender(Channel::sms())->send(message).outcome == SendOutcome::Final);
    for (const Channel& c : liveDispatcher.channels()) {
        ChannelSender* sender = liveDispatcher.sender(c);
        CHECK(dynamic_cast<FaultInjectingSender*>(sender) == nullptr);
        CHECK((sender ? sender->descriptor().id : QString()) == liveSenders.value(c));
    }
    CHECK(live.session->gatewayFaults() == nullptr);
}

TEST_CASE("Pausing an exercise stops its clock, resuming and the speed move it again",
          "[e2e][training][exercise]")
{
    TrainingWorld world;
    auto scenario = ScenarioLoader::load(QStringLiteral(":/scenarios/woninginbraak-utrecht.json"));
    REQUIRE(scenario.ok());
    ExerciseEngine engine(*world.session, world.clock, *scenario,
                          QStringLiteral("woninginbraak-utrecht.json"));
    QList<ExerciseEvent> delivered;
    QObject::connect(&engine, &ExerciseEngine::injectDelivered,
                     [&](const ExerciseEvent& e) { delivered << e; });
    REQUIRE(engine.start(0).ok());
    CHECK(engine.startedAt().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).time() ==
          QTime(14, 30));
    // The report itself arrives at once.
    REQUIRE(delivered.size() == 1);
    CHECK(delivered.front().inject == InjectKind::CallerInfo);
    world.clock.advance(8 * 60'000);
    engine.poll();
    CHECK(delivered.size() == 2);

    REQUIRE(engine.setSpeed(60).ok());
    CHECK(world.clock.rate() == 60);
    REQUIRE(engine.pause().ok());
    CHECK(engine.state() == ExerciseEngine::State::Paused);
    const QDateTime paused = world.clock.nowUtc();
    QThread::msleep(50);
    CHECK(world.clock.nowUtc() == paused);
    REQUIRE(engine.resume().ok());
    QThread::msleep(50);
    CHECK(world.clock.nowUtc() > paused.addMSecs(1000));
    REQUIRE(engine.stop().ok());
    CHECK(engine.state() == ExerciseEngine::State::Stopped);
    // Every change of the clock was recorded first.
    CHECK(world.records(QStringLiteral("exercise.speed")).size() == 1);
    CHECK(world.records(QStringLiteral("exercise.pause")).size() == 1);
    CHECK(world.records(QStringLiteral("exercise.resume")).size() == 1);
    // Each training record carries both clocks: the real time the log stamps, and the
    // exercise's time in its details, without changing the chain's format.
    const AuditRecord pause = world.records(QStringLiteral("exercise.pause")).front();
    const QJsonObject details = QJsonDocument::fromJson(pause.details.toUtf8()).object();
    const QDateTime virtualTime = QDateTime::fromString(
        details.value(QStringLiteral("virtual_time")).toString(), Qt::ISODateWithMs);
    REQUIRE(virtualTime.isValid());
    CHECK(qAbs(virtualTime.msecsTo(paused)) < 1000);
    const QDateTime wallTime = QDateTime::fromString(pause.timeUtc, Qt::ISODateWithMs);
    CHECK(qAbs(wallTime.msecsTo(world.audit.clock().nowUtc())) < 60'000);
    CHECK(qAbs(wallTime.msecsTo(virtualTime)) > 60'000);
    auto verified = AuditVerifier::verify(world.audit.path(), world.audit.log().publicKey());
    REQUIRE(verified.ok());
    CHECK(verified->intact());
}

TEST_CASE("burgernetctl scenario check and run", "[e2e][training][exercise][ctl]")
{
    QTemporaryDir home;
    const auto ctl = [&](const QStringList& args, const QByteArray& input = {}) {
        return test::runCtlProcess(args, home.path(), 300'000, input);
    };
    const QString scenarios = QStringLiteral(BURGERNET_SOURCE_DIR "/resources/scenarios/");
    for (const QString& name : ScenarioLoader::bundled()) {
        const auto checked =
            ctl({QStringLiteral("scenario"), QStringLiteral("check"), scenarios + name});
        INFO(checked.err.toStdString());
        CHECK(checked.exitCode == 0);
        CHECK(checked.out.contains(QStringLiteral("valid")));
    }
    QFile bad(home.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    QFile good(scenarios + QStringLiteral("straatroof-scooter-rotterdam.json"));
    REQUIRE(good.open(QIODevice::ReadOnly));
    bad.write(good.readAll().replace("\"kind\": \"sighting\"", "\"kind\": \"tip\""));
    bad.close();
    const auto refused = ctl({QStringLiteral("scenario"), QStringLiteral("check"), bad.fileName()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("injects[2].kind: \"tip\" is not one of")));

    // A live register with the demo accounts, a training register with the demo population.
    const QString live = home.filePath(QStringLiteral("live.sqlite"));
    const QString training = home.filePath(QStringLiteral("training.sqlite"));
    REQUIRE(QFile::copy(templateRegister(), training));
    REQUIRE(ctl({QStringLiteral("--db"), live, QStringLiteral("demo"),
                 QStringLiteral("--participants"), QStringLiteral("1")})
                .exitCode == 0);
    quickSimulatedSender(home.filePath(QStringLiteral("data/burgernet-console")));
    const QString password = home.filePath(QStringLiteral("pw"));
    QFile pw(password);
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("trainer-demo\n");
    pw.close();
    const QStringList run{QStringLiteral("scenario"),
                          QStringLiteral("run"),
                          scenarios + QStringLiteral("woninginbraak-utrecht.json"),
                          QStringLiteral("--trainee-script"),
                          scriptPath(QStringLiteral("woninginbraak-utrecht.json"), "good"),
                          QStringLiteral("--json")};
    // Never live.
    const auto notTraining =
        ctl(QStringList{QStringLiteral("--db"), live, QStringLiteral("--user"),
                        QStringLiteral("trainer"), QStringLiteral("--password-file"), password} +
            run);
    CHECK(notTraining.exitCode == 2);
    CHECK(notTraining.err.contains(QStringLiteral("--training")));

    const auto ran =
        ctl(QStringList{QStringLiteral("--db"), live, QStringLiteral("--training"),
                        QStringLiteral("--training-db"), training, QStringLiteral("--user"),
                        QStringLiteral("trainer"), QStringLiteral("--password-file"), password} +
            run);
    INFO(ran.err.toStdString());
    REQUIRE(ran.exitCode == 0);
    const QJsonObject debrief = QJsonDocument::fromJson(ran.out.toUtf8()).object();
    CHECK(debrief.value(QStringLiteral("scenario")).toString() ==
          QStringLiteral("woninginbraak-utrecht.json"));
    CHECK(debrief.value(QStringLiteral("trainee")).toString() == QStringLiteral("goed"));
    CHECK(debrief.value(QStringLiteral("times"))
              .toObject()
              .value(QStringLiteral("first_send_minute"))
              .toDouble() == Approx(3));
    const QJsonArray goals = debrief.value(QStringLiteral("goals")).toArray();
    REQUIRE(goals.size() == 4);
    for (const QJsonValue& g : goals)
        CHECK(g.toObject().value(QStringLiteral("score")).toDouble() == Approx(100));
    CHECK(debrief.value(QStringLiteral("log")).toArray().size() >= 4);
    CHECK(debrief.value(QStringLiteral("run_id")).toInt() > 0);
    CHECK(debrief.value(QStringLiteral("earlier_runs")).toArray().isEmpty());

    // The same trainee again, poorly this time: the debrief compares with the first run, and it
    // comes out as a PDF too.
    const QString pdf = home.filePath(QStringLiteral("debrief.pdf"));
    QStringList again = QStringList{QStringLiteral("--db"),
                                    live,
                                    QStringLiteral("--training"),
                                    QStringLiteral("--training-db"),
                                    training,
                                    QStringLiteral("--user"),
                                    QStringLiteral("trainer"),
                                    QStringLiteral("--password-file"),
                                    password} +
                        run;
    again[again.indexOf(scriptPath(QStringLiteral("woninginbraak-utrecht.json"), "good"))] =
        scriptPath(QStringLiteral("woninginbraak-utrecht.json"), "poor");
    again << QStringLiteral("--trainee") << QStringLiteral("goed") << QStringLiteral("--pdf")
          << pdf;
    const auto second = ctl(again);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    const QJsonObject compared = QJsonDocument::fromJson(second.out.toUtf8()).object();
    CHECK(compared.value(QStringLiteral("trainee")).toString() == QStringLiteral("goed"));
    CHECK(compared.value(QStringLiteral("run_id")).toInt() >
          debrief.value(QStringLiteral("run_id")).toInt());
    const QJsonArray earlier = compared.value(QStringLiteral("earlier_runs")).toArray();
    REQUIRE(earlier.size() == 1);
    CHECK(earlier.at(0).toObject().value(QStringLiteral("run_id")).toInt() ==
          debrief.value(QStringLiteral("run_id")).toInt());
    CHECK(earlier.at(0).toObject().value(QStringLiteral("average")).toDouble() == Approx(100));
    for (const QJsonValue& g : compared.value(QStringLiteral("goals")).toArray()) {
        INFO(g.toObject().value(QStringLiteral("id")).toString().toStdString());
        CHECK(g.toObject().value(QStringLiteral("previous_score")).toDouble() == Approx(100));
        CHECK(g.toObject().value(QStringLiteral("score")).toDouble() < 100);
    }
    const QJsonObject afterAction = compared.value(QStringLiteral("after_action")).toObject();
    CHECK(afterAction.value(QStringLiteral("objectives")).toArray().size() == 4);
    const QJsonArray corrective = afterAction.value(QStringLiteral("corrective_actions")).toArray();
    REQUIRE(corrective.size() ==
            afterAction.value(QStringLiteral("areas_for_improvement")).toArray().size());
    REQUIRE_FALSE(corrective.isEmpty());
    CHECK(corrective.at(0).toObject().value(QStringLiteral("owner")).toString() ==
          QStringLiteral("goed"));
    CHECK(QDate::fromString(corrective.at(0).toObject().value(QStringLiteral("due")).toString(),
                            Qt::ISODate)
              .isValid());

    // The PDF's first page, as a reader gets it: its text, and an image that is not blank.
    REQUIRE(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60'000));
    REQUIRE(text.exitCode() == 0);
    const QString page = QString::fromUtf8(text.readAllStandardOutput());
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("Woninginbraak in Utrecht-Oost")));
    CHECK(page.contains(QStringLiteral("goed")));
    CHECK(page.contains(QStringLiteral("TRAINING")));
    QProcess image;
    const QString prefix = home.filePath(QStringLiteral("page"));
    image.start(QStringLiteral("pdftoppm"),
                {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("40"),
                 QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    REQUIRE(image.waitForFinished(60'000));
    REQUIRE(image.exitCode() == 0);
    const QImage rendered(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(rendered.isNull());
    CHECK(rendered.height() > rendered.width()); // A4 upright
    qint64 ink = 0;
    for (int y = 0; y < rendered.height(); ++y)
        for (int x = 0; x < rendered.width(); ++x)
            ink += qGray(rendered.pixel(x, y)) < 160 ? 1 : 0;
    CHECK(ink > rendered.width() * rendered.height() / 200);
}
