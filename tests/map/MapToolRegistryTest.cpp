#include "ui/map/MapToolRegistry.h"

#include "app/core/Settings.h"
#include "tests/map/MapTestSupport.h"
#include "ui/map/MapView.h"
#include "ui/map/tools/CircleTool.h"
#include "ui/map/tools/PanTool.h"
#include "ui/map/tools/RectangleTool.h"

#include <QAction>
#include <QActionGroup>
#include <QSet>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("Tool registry: one checkable action per tool id, in one exclusive group",
          "[map][tools][registry]")
{
    test::MapFixture f;
    MapToolRegistry registry(f.canvas);
    REQUIRE(registry.actions().size() == qsizetype(MapToolRegistry::kAll.size()));
    CHECK(registry.group()->isExclusive());
    QSet<QString> names;
    QSet<QKeySequence> shortcuts;
    for (MapToolId id : MapToolRegistry::kAll) {
        QAction* action = registry.action(id);
        REQUIRE(action);
        CHECK(action->isCheckable());
        CHECK(action->actionGroup() == registry.group());
        CHECK_FALSE(action->toolTip().isEmpty());
        CHECK_FALSE(action->shortcut().isEmpty());
        CHECK(action->objectName() == MapToolRegistry::key(id) + QStringLiteral("ToolAction"));
        names << action->objectName();
        shortcuts << action->shortcut();
        // No tool yet: the action cannot be chosen and activating does nothing.
        CHECK_FALSE(action->isEnabled());
        CHECK_FALSE(registry.activate(id));
    }
    CHECK(names.size() == qsizetype(MapToolRegistry::kAll.size()));
    CHECK(shortcuts.size() == qsizetype(MapToolRegistry::kAll.size()));
    CHECK(registry.action(MapToolId::Pan)->shortcut() == QKeySequence(QStringLiteral("Ctrl+1")));
    CHECK(registry.action(MapToolId::Municipality)->shortcut() ==
          QKeySequence(QStringLiteral("Ctrl+9")));
    CHECK(f.canvas.tool() == nullptr);
    CHECK_FALSE(registry.active());

    PanTool pan(&f.canvas);
    CircleTool circle(&f.canvas, f.controller);
    RectangleTool rectangle(&f.canvas, f.controller);
    registry.setTool(MapToolId::Pan, &pan);
    registry.setTool(MapToolId::Circle, &circle);
    registry.setTool(MapToolId::Rectangle, &rectangle);
    CHECK(circle.objectName() == QStringLiteral("circleTool"));
    CHECK(registry.tool(MapToolId::Circle) == &circle);
    CHECK(registry.action(MapToolId::Circle)->isEnabled());
    CHECK_FALSE(registry.action(MapToolId::Polygon)->isEnabled());

    // Activation by id sets the canvas's tool and checks that action alone.
    REQUIRE(registry.activate(MapToolId::Circle));
    CHECK(f.canvas.tool() == &circle);
    CHECK(registry.active() == MapToolId::Circle);
    CHECK(registry.action(MapToolId::Circle)->isChecked());
    CHECK(registry.group()->checkedAction() == registry.action(MapToolId::Circle));

    // The action (a click, a shortcut) does the same; the group unchecks the other.
    registry.action(MapToolId::Rectangle)->trigger();
    CHECK(f.canvas.tool() == &rectangle);
    CHECK(registry.active() == MapToolId::Rectangle);
    CHECK_FALSE(registry.action(MapToolId::Circle)->isChecked());
    int checked = 0;
    for (QAction* action : registry.actions())
        checked += action->isChecked() ? 1 : 0;
    CHECK(checked == 1);

    // The pan tool is the canvas's fallback; taking the active tool away goes back to it.
    CHECK(f.canvas.isPanTool() == false);
    registry.setTool(MapToolId::Rectangle, nullptr);
    CHECK(f.canvas.tool() == &pan);
    CHECK(f.canvas.isPanTool());
    CHECK(registry.active() == MapToolId::Pan);
    CHECK_FALSE(registry.action(MapToolId::Rectangle)->isEnabled());
}

TEST_CASE("Map view: every tool id on its toolbar, the municipality tool once there are boundaries",
          "[map][tools][registry][ui]")
{
    SelectionService selection;
    selection.setIndex(test::latticeIndex());
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    MapView view(selection, undo, clock, *settings);
    MapToolRegistry& tools = *view.tools();
    const QList<QAction*> onBar = view.toolBar()->actions();
    for (MapToolId id : MapToolRegistry::kAll) {
        INFO(MapToolRegistry::key(id).toStdString());
        QAction* action = tools.action(id);
        if (id == MapToolId::Municipality) {
            // Without the register's boundaries there is nothing to click on.
            CHECK_FALSE(onBar.contains(action));
            CHECK_FALSE(action->isEnabled());
            CHECK(view.tool(id) == nullptr);
            continue;
        }
        CHECK(onBar.count(action) == 1);
        CHECK(action->isEnabled());
        REQUIRE(view.tool(id));
        view.activateTool(id);
        CHECK(view.canvas()->tool() == view.tool(id));
        CHECK(tools.active() == id);
    }
    view.activateTool(MapToolId::Pan);
    CHECK(view.canvas()->isPanTool());
}
