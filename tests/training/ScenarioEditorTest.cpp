// Training → Scenario editor in the console's own window: a trainer builds a scenario (the
// incident, goals, the true path clicked on the map, injects), saves it through the service
// (recorded), and the real `burgernetctl scenario check` accepts the file; errors name the field;
// a bundled scenario opens and saves unchanged in what it means; a dispatcher may not save.
#include "ui/training/ScenarioEditor.h"

#include "app/audit/AuditQuery.h"
#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"
#include "app/training/ScenarioService.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/FakeClock.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/map/MapCanvas.h"
#include "ui/training/ScenarioMap.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

std::vector<AuditRecord> records(test::AuditFixture& audit, const QString& action)
{
    return test::auditRecords(audit.path(), action, 100);
}

void clickOnMap(ScenarioMap& map, const QGeoCoordinate& at)
{
    MapCanvas* canvas = map.canvas();
    const QPoint screen = canvas->viewport().toScreen(at).toPoint();
    REQUIRE(canvas->rect().contains(screen));
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, screen);
}

} // namespace

TEST_CASE("A trainer builds a scenario in the editor, saves it, and scenario check accepts it",
          "[ui][training][scenario-editor]")
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
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    test::FakeClock base;
    VirtualClock clock(base, base.nowUtc(), 1.0);
    const Session trainer{QStringLiteral("trainer"), Role::Trainer, QStringLiteral("oefenzaal-1"),
                          Mode::Training};
    ConsoleSession console({trainer, **training, **accounts, audit.log(), *settings, clock, data,
                            true, nullptr, &clock});
    REQUIRE(console.start().ok());
    MainWindow* window = console.window();
    REQUIRE(window);
    auto* action = window->findChild<QAction*>(QStringLiteral("scenarioEditorAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto* editor = window->findChild<ScenarioEditor*>(QStringLiteral("scenarioEditor"));
    REQUIRE(editor);
    CHECK(editor->isVisible());

    // The incident.
    editor->findChild<QLineEdit*>(QStringLiteral("scenarioTitle"))
        ->setText(QStringLiteral("Zakkenroller op de Grote Markt in Groningen"));
    auto* type = editor->findChild<QComboBox*>(QStringLiteral("incidentType"));
    type->setCurrentIndex(type->findData(QStringLiteral("zakkenrollerij")));
    REQUIRE(type->currentIndex() >= 0);
    editor->findChild<QLineEdit*>(QStringLiteral("incidentPlace"))
        ->setText(QStringLiteral("Groningen, Grote Markt"));
    editor->findChild<QTimeEdit*>(QStringLiteral("incidentTime"))->setTime(QTime(16, 15));
    editor->findChild<QPlainTextEdit*>(QStringLiteral("incidentDescription"))
        ->setPlainText(QStringLiteral("Melder zag een vrouw een portemonnee uit een tas nemen."));
    editor->findChild<QLineEdit*>(QStringLiteral("person_sex"))->setText(QStringLiteral("female"));
    editor->findChild<QLineEdit*>(QStringLiteral("person_clothing"))
        ->setText(QStringLiteral("groene parka, zwarte muts"));
    editor->findChild<QLineEdit*>(QStringLiteral("person_direction"))
        ->setText(QStringLiteral("richting Vismarkt"));
    editor->addGoal(QStringLiteral("snel"), QStringLiteral("Binnen vijf minuten versturen"),
                    QStringLiteral("first-send-within 5"));
    editor->addGoal(QStringLiteral("gebied"), QStringLiteral("Het goede gebied"),
                    QStringLiteral("area-contains-position, path-coverage"));

    // The true path, clicked on the map: each point gets its minute.
    editor->resize(1200, 760);
    QCoreApplication::processEvents();
    ScenarioMap* map = editor->map();
    map->canvas()->centreOn(QGeoCoordinate(53.2185, 6.5680), 14);
    QCoreApplication::processEvents();
    const QList<QGeoCoordinate> clicks{QGeoCoordinate(53.2185, 6.5680),
                                       QGeoCoordinate(53.2175, 6.5640),
                                       QGeoCoordinate(53.2160, 6.5600)};
    for (const QGeoCoordinate& at : clicks)
        clickOnMap(*map, at);
    auto* path = editor->findChild<QTableWidget*>(QStringLiteral("pathTable"));
    REQUIRE(path->rowCount() == 3);
    CHECK(path->item(0, 0)->text() == QStringLiteral("0"));
    CHECK(path->item(1, 0)->text() == QStringLiteral("5"));
    CHECK(path->item(2, 0)->text() == QStringLiteral("10"));
    CHECK(path->item(1, 1)->text().toDouble() == Approx(53.2175).margin(0.0005));

    // Without injects the check names the field.
    auto incomplete = editor->check();
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.errorMessage().startsWith(QStringLiteral("injects")));
    const auto* status = editor->findChild<QLabel*>(QStringLiteral("scenarioEditorStatus"));
    CHECK(status->text().contains(QStringLiteral("injects")));

    editor->addInject(0, InjectKind::CallerInfo,
                      QStringLiteral("112-melding: zakkenroller op de Grote Markt."));
    editor->addInject(8, InjectKind::Sighting,
                      QStringLiteral("Deelnemer belt: vrouw in groene parka bij de Vismarkt."));
    editor->addInject(12, InjectKind::PersonFound, QStringLiteral("Verdachte aangehouden."));

    const QString file = dir.filePath(QStringLiteral("zakkenroller-groningen.json"));
    REQUIRE(editor->saveTo(file).ok());
    CHECK(status->text().contains(QStringLiteral("zakkenroller-groningen.json")));
    const auto saved = records(audit, QStringLiteral("scenario.save"));
    REQUIRE(saved.size() == 1);
    CHECK(saved.front().actor == QStringLiteral("trainer"));
    CHECK(saved.front().objectId == QStringLiteral("zakkenroller-groningen.json"));
    CHECK(saved.front().mode == Mode::Training);

    // The real burgernetctl accepts the file, and the sighting lies on the path at its minute.
    QTemporaryDir home;
    const auto checked = test::runCtlProcess(
        {QStringLiteral("scenario"), QStringLiteral("check"), file}, home.path());
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("valid")));
    auto loaded = ScenarioLoader::load(file);
    REQUIRE(loaded.ok());
    CHECK(loaded->incident.type == IncidentType::Pickpocketing);
    CHECK(loaded->path.size() == 3);
    CHECK(loaded->injects.at(1).position.distanceTo(loaded->positionAt(8)) < 5);
    CHECK(loaded->incident.location.distanceTo(clicks.first()) < 100);

    // A wrong field is named, and nothing is written.
    editor->findChild<QLineEdit*>(QStringLiteral("incidentPlace"))->clear();
    const QString other = dir.filePath(QStringLiteral("leeg.json"));
    const Status refused = editor->saveTo(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().startsWith(QStringLiteral("incident.place")));
    CHECK_FALSE(QFile::exists(other));

    // A bundled scenario opens and saves with the same meaning (population and reference kept).
    const QString bundled =
        QStringLiteral(BURGERNET_SOURCE_DIR "/resources/scenarios/overval-snelweg-a12.json");
    REQUIRE(editor->openFile(bundled).ok());
    const QString copy = dir.filePath(QStringLiteral("overval-kopie.json"));
    REQUIRE(editor->saveTo(copy).ok());
    auto original = ScenarioLoader::load(bundled);
    auto again = ScenarioLoader::load(copy);
    REQUIRE(original.ok());
    REQUIRE(again.ok());
    CHECK(again->title == original->title);
    CHECK(again->goals.size() == original->goals.size());
    CHECK(again->path.size() == original->path.size());
    CHECK(again->injects.size() == original->injects.size());
    CHECK(again->population.seed == original->population.seed);
    CHECK(again->referenceArea.has_value() == original->referenceArea.has_value());
    CHECK(again->incident.vehicle.plate == original->incident.vehicle.plate);
}

TEST_CASE("Only who may edit scenarios saves one, and a refusal is recorded",
          "[training][scenario-editor]")
{
    QTemporaryDir dir;
    test::AuditFixture audit;
    AuditService dispatcher(audit.log(), Session{QStringLiteral("centralist"), Role::Dispatcher,
                                                 QStringLiteral("oefenzaal-1"), Mode::Training});
    auto document = ScenarioService::open(QStringLiteral(":/scenarios/woninginbraak-utrecht.json"));
    REQUIRE(document.ok());
    const QString file = dir.filePath(QStringLiteral("x.json"));
    CHECK_FALSE(ScenarioService(dispatcher).save(*document, file).ok());
    CHECK_FALSE(QFile::exists(file));
    const auto denied = records(audit, QStringLiteral("scenario.save"));
    REQUIRE(denied.size() == 1);
    CHECK(denied.front().result == QStringLiteral("denied"));
    AuditService trainer(audit.log(), Session{QStringLiteral("trainer"), Role::Trainer,
                                              QStringLiteral("oefenzaal-1"), Mode::Training});
    CHECK(ScenarioService(trainer).save(*document, file).ok());
    CHECK(QFile::exists(file));
}
