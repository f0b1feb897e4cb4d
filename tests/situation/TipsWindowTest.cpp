// Tips in the console's own window (ConsoleSession): logged in the Actions dock's Tips tab with
// the place clicked on the map, shown in the list, on the map with their time and in the
// action's timeline, and all of it back after the console is started again.
#include "app/core/Clock.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/TipService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dispatch/ActionTimeline.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/TipTableModel.h"
#include "ui/dispatch/TipsPanel.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

struct Console
{
    std::unique_ptr<ConsoleSession> session;

    Console(DispatchFixture& f, Database& accounts, const Clock& clock, const QString& data)
    {
        const Session dispatcher{QStringLiteral("centralist"), Role::Dispatcher,
                                 QStringLiteral("mk-west-07"), Mode::Training};
        session = std::make_unique<ConsoleSession>(ConsoleSession::Inputs{
            dispatcher, f.db(), accounts, f.auditService().log(), f.settings(), clock, data, true});
        REQUIRE(session->start().ok());
        MainWindow& window = *session->window();
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // The index loads in the background; a plan made before would be out of date.
        REQUIRE(test::waitUntil([&] { return window.mapView()->participantsReady(); }, 30'000));
    }
    MainWindow& window() { return *session->window(); }
    ActionsDock& actions() { return *window().actionsDock(); }
    TipsPanel& tips() { return *actions().tipsPanel(); }
};

} // namespace

TEST_CASE("A tip placed on the map survives a restart: in the list, on the map, in the timeline",
          "[ui][tips]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 20, QStringLiteral("centralist"), Role::Dispatcher,
                      Mode::Training);
    QTemporaryDir dir;
    auto accounts =
        Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    VirtualClock clock(test::systemClock(), test::systemClock().nowUtc(), 1.0);

    qint64 id = 0;
    QGeoCoordinate clicked;
    {
        Console console(f, **accounts, clock, data);
        ActionWorkflow& workflow = console.session->services().workflow();
        auto draft = workflow.createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                          QStringLiteral("centrum"));
        REQUIRE(draft.ok());
        auto plan = workflow.prepare(PlanRequest::alert(*draft));
        REQUIRE(plan.ok());
        REQUIRE(workflow.submit(*plan, Confirmation::yes()).ok());
        id = *draft;

        ActionsDock& dock = console.actions();
        dock.selectAction(id);
        // "Log tip…" opens the Tips tab with a new tip at the clock's now.
        QTest::mouseClick(dock.button(ActionStep::Tip), Qt::LeftButton);
        CHECK(dock.tabs()->currentWidget() == &console.tips());
        TipsPanel& tips = console.tips();
        REQUIRE(tips.actionId() == id);

        // The place: a click on the map with the place tool.
        MapView& map = *console.window().mapView();
        map.canvas()->centreOn(DispatchFixture::centre(), 15);
        QTest::mouseClick(tips.findChild<QPushButton*>(QStringLiteral("tipPickPlace")),
                          Qt::LeftButton);
        CHECK(map.canvas()->tool() == map.tool(MapToolId::TipPlace));
        const QPoint at(map.canvas()->width() / 2 + 40, map.canvas()->height() / 2 - 30);
        QTest::mouseClick(map.canvas(), Qt::LeftButton, {}, at);
        CHECK(map.canvas()->tool() == map.tool(MapToolId::Pan));
        auto* place = tips.findChild<QLineEdit*>(QStringLiteral("tipPlace"));
        REQUIRE_FALSE(place->text().isEmpty());
        clicked = *TipService::parsePlace(place->text());
        CHECK(clicked.distanceTo(DispatchFixture::centre()) < 200);

        auto* source = tips.findChild<QComboBox*>(QStringLiteral("tipSource"));
        source->setCurrentIndex(source->findData(int(TipSource::App)));
        auto* text = tips.findChild<QPlainTextEdit*>(QStringLiteral("tipText"));
        QTest::keyClicks(text, QStringLiteral("Man met rode pet fietst richting Jaarbeurs"));
        CHECK(tips.warningText().isEmpty());
        QTest::mouseClick(tips.findChild<QPushButton*>(QStringLiteral("tipSave")), Qt::LeftButton);
        INFO(tips.statusText().toStdString());
        REQUIRE(tips.model()->rowCount() == 1);

        // A second one without a place, with a phone number: warned as it is typed, logged.
        QTest::keyClicks(text, QStringLiteral("Beller: 06-12345678"));
        CHECK_FALSE(tips.warningText().isEmpty());
        QTest::mouseClick(tips.findChild<QPushButton*>(QStringLiteral("tipSave")), Qt::LeftButton);
        REQUIRE(tips.model()->rowCount() == 2);
        // Rated with one click.
        tips.table()->selectRow(0);
        QTest::mouseClick(tips.findChild<QPushButton*>(QStringLiteral("tipUseful")),
                          Qt::LeftButton);
        CHECK(tips.model()->tipAt(0)->rating() == TipRating::Useful);

        REQUIRE(test::waitUntil([&] { return map.areaController()->tips().size() == 1; }, 5000));
        CHECK(map.areaController()->tips().first().time.isValid());
        CHECK(map.areaController()->tips().first().useful);
        CHECK(
            dock.timeline()->lines().join(QLatin1Char('\n')).contains(QStringLiteral("Jaarbeurs")));
    }

    // Started again: the list, the map and the timeline read them from the register.
    Console again(f, **accounts, clock, data);
    MapView& map = *again.window().mapView();
    REQUIRE(test::waitUntil([&] { return map.areaController()->tips().size() == 1; }, 5000));
    CHECK(map.areaController()->tips().first().at.distanceTo(clicked) < 1);
    again.actions().selectAction(id);
    TipsPanel& tips = again.tips();
    REQUIRE(tips.model()->rowCount() == 2);
    CHECK(tips.model()->tipAt(0)->source == TipSource::App);
    CHECK(tips.model()->tipAt(0)->rating() == TipRating::Useful);
    CHECK(tips.model()->tipAt(1)->rating() == TipRating::Unrated);
    const QString timeline = again.actions().timeline()->lines().join(QLatin1Char('\n'));
    CHECK(timeline.contains(QStringLiteral("Jaarbeurs")));
    CHECK(timeline.count(QStringLiteral("Tip (")) == 2);
}
