#include "tests/map/MapTestSupport.h"
#include "ui/map/tools/CircleTool.h"
#include "ui/map/tools/EditTool.h"
#include "ui/map/tools/MeasureTool.h"
#include "ui/map/tools/PanTool.h"
#include "ui/map/tools/PathTool.h"
#include "ui/map/tools/RectangleTool.h"

#include <QLocale>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <cmath>

using namespace burgernet;

namespace {

void drag(QWidget* w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    const QPoint mid = (from + to) / 2;
    QTest::mouseMove(w, mid);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

} // namespace

TEST_CASE("Circle tool: drag from the centre, count on every move, undo and redo", "[map][tools]")
{
    test::MapFixture f;
    CircleTool tool(&f.canvas, f.controller);
    f.canvas.setTool(&tool);
    QSignalSpy counts(&f.controller, &AreaController::countChanged);
    QSignalSpy changed(&f.controller, &AreaController::alertAreaChanged);

    const QPoint centre = f.at(52.09, 5.12);
    drag(&f.canvas, centre, centre + QPoint(150, 0));

    const GeoArea& area = f.controller.area();
    REQUIRE(area.kind() == GeoArea::Kind::Circle);
    CHECK(area.centre().latitude() == Approx(52.09).margin(1e-4));
    CHECK(area.radiusMetres() == Approx(150 * f.canvas.viewport().metresPerPixel()).epsilon(0.02));
    // Two previews (one per move) and the commit, each counted.
    CHECK(counts.size() >= 3);
    CHECK(counts.at(0).at(1).toBool()); // a preview
    CHECK(f.controller.count().participants == f.insideLattice(area));
    CHECK(f.controller.count().participants > 0);
    CHECK(f.controller.count().on(BuiltinChannel::Sms) == f.controller.count().participants);
    CHECK(changed.size() == 1);
    CHECK(f.undo.count() == 1);
    CHECK(f.undo.undoText() == QStringLiteral("Draw circle"));

    f.undo.undo();
    CHECK(f.controller.area().isEmpty());
    CHECK(f.controller.count().participants == 0);
    f.undo.redo();
    CHECK(f.controller.area().kind() == GeoArea::Kind::Circle);
    CHECK(changed.size() == 3);
}

TEST_CASE("Circle tool: click the centre and type the radius", "[map][tools]")
{
    test::MapFixture f;
    CircleTool tool(&f.canvas, f.controller);
    f.canvas.setTool(&tool);
    const QPoint centre = f.at(52.08, 5.11);
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, centre);
    CHECK(tool.isTypingRadius());
    QTest::keyClicks(&f.canvas, QStringLiteral("7500"));
    QTest::keyClick(&f.canvas, Qt::Key_Backspace);
    CHECK(tool.typedRadius() == QStringLiteral("750"));
    CHECK(f.controller.isDrawing());
    QTest::keyClick(&f.canvas, Qt::Key_Return);
    REQUIRE(f.controller.area().kind() == GeoArea::Kind::Circle);
    CHECK(f.controller.area().radiusMetres() == 750);
    CHECK(f.controller.area().centre().longitude() == Approx(5.11).margin(1e-4));
    CHECK_FALSE(f.controller.isDrawing());
    CHECK(f.undo.count() == 1);

    // Esc drops a half-typed circle and leaves the area and the undo stack alone.
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.05, 5.08));
    QTest::keyClicks(&f.canvas, QStringLiteral("300"));
    QTest::keyClick(&f.canvas, Qt::Key_Escape);
    CHECK_FALSE(tool.isTypingRadius());
    CHECK_FALSE(f.controller.isDrawing());
    CHECK(f.controller.area().radiusMetres() == 750);
    CHECK(f.undo.count() == 1);
}

TEST_CASE("Polygon tool: clicks, Backspace, double-click closes; Esc cancels", "[map][tools]")
{
    test::MapFixture f;
    PolygonTool tool(&f.canvas, f.controller);
    f.canvas.setTool(&tool);
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.05, 5.08));
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.05, 5.16));
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.07, 5.20)); // a slip
    QTest::keyClick(&f.canvas, Qt::Key_Backspace);
    CHECK(tool.points().size() == 2);
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.12, 5.16));
    QTest::mouseMove(&f.canvas, f.at(52.12, 5.09));
    CHECK(f.controller.isDrawing());
    CHECK(f.controller.count().participants > 0); // the preview's count
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.12, 5.08));
    QTest::mouseDClick(&f.canvas, Qt::LeftButton, {}, f.at(52.12, 5.08));

    const GeoArea& area = f.controller.area();
    REQUIRE(area.kind() == GeoArea::Kind::Polygon);
    REQUIRE(area.outer().size() == 4);
    CHECK(area.outer()[1].longitude() == Approx(5.16).margin(1e-4));
    CHECK(area.outer()[3].latitude() == Approx(52.12).margin(1e-4));
    CHECK(f.controller.count().participants == f.insideLattice(area));
    CHECK(f.undo.count() == 1);
    CHECK(tool.points().isEmpty());

    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.06, 5.09));
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.06, 5.10));
    QTest::keyClick(&f.canvas, Qt::Key_Escape);
    CHECK(tool.points().isEmpty());
    CHECK(f.undo.count() == 1);
    CHECK(f.controller.area().outer().size() == 4);
}

TEST_CASE("Polygon tool: a self-intersecting polygon is repaired with a message", "[map][tools]")
{
    test::MapFixture f;
    PolygonTool tool(&f.canvas, f.controller);
    f.canvas.setTool(&tool);
    QSignalSpy messages(&f.controller, &AreaController::message);
    for (auto [lat, lon] : {std::pair{52.05, 5.08}, {52.13, 5.16}, {52.05, 5.19}, {52.09, 5.08}})
        QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(lat, lon));
    QTest::keyClick(&f.canvas, Qt::Key_Enter);
    REQUIRE(messages.size() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("crossed itself")));
    CHECK(f.controller.area().kind() == GeoArea::Kind::Polygon);
    CHECK(f.undo.count() == 1);
}

TEST_CASE("Rectangle tool: drag from corner to corner", "[map][tools]")
{
    test::MapFixture f;
    RectangleTool tool(&f.canvas, f.controller);
    f.canvas.setTool(&tool);
    drag(&f.canvas, f.at(52.10, 5.09), f.at(52.06, 5.15));
    const GeoArea& area = f.controller.area();
    REQUIRE(area.outer().size() == 4);
    const GeoArea::Box box = area.boundingBox();
    CHECK(box.south == Approx(52.06).margin(1e-4));
    CHECK(box.north == Approx(52.10).margin(1e-4));
    CHECK(box.west == Approx(5.09).margin(1e-4));
    CHECK(box.east == Approx(5.15).margin(1e-4));
    CHECK(f.controller.count().participants == f.insideLattice(area));
    // About 41 x 61 lattice points.
    CHECK(f.controller.count().participants == Approx(41 * 61).margin(120));
    CHECK(f.undo.undoText() == QStringLiteral("Draw rectangle"));
}

TEST_CASE("Corridor tool: a route buffered to the chosen width", "[map][tools]")
{
    test::MapFixture f;
    CorridorTool tool(&f.canvas, f.controller);
    tool.setWidthMetres(300);
    f.canvas.setTool(&tool);
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.08, 5.08));
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.08, 5.16));
    QTest::keyClick(&f.canvas, Qt::Key_Return);
    const GeoArea& area = f.controller.area();
    REQUIRE(area.kind() == GeoArea::Kind::Polygon);
    // 140 m north of the route is inside, 160 m is not.
    CHECK(area.contains(52.08 + 140.0 / 111200, 5.12));
    CHECK_FALSE(area.contains(52.08 + 160.0 / 111200, 5.12));
    CHECK(f.undo.undoText() == QStringLiteral("Draw corridor"));
    CHECK(f.controller.count().participants == f.insideLattice(area));
}

TEST_CASE("Edit tool: change the radius, move the area, move a corner; each undoable",
          "[map][tools]")
{
    test::MapFixture f;
    f.controller.commit(GeoArea::circle(QGeoCoordinate(52.09, 5.12), 500), QStringLiteral("c"));
    EditTool tool(&f.canvas, f.controller);
    f.canvas.setTool(&tool);
    const double mpp = f.canvas.viewport().metresPerPixel();
    const QPoint centre = f.at(52.09, 5.12);
    const int edge = static_cast<int>(500 / mpp);

    drag(&f.canvas, centre + QPoint(edge, 0), centre + QPoint(edge + 40, 0));
    CHECK(f.controller.area().radiusMetres() == Approx(500 + 40 * mpp).epsilon(0.03));
    CHECK(f.undo.undoText() == QStringLiteral("Change radius"));

    drag(&f.canvas, centre, centre + QPoint(0, 60)); // south
    CHECK(f.controller.area().centre().latitude() < 52.09 - 0.002);
    CHECK(f.controller.area().radiusMetres() == Approx(500 + 40 * mpp).epsilon(0.03));
    CHECK(f.undo.undoText() == QStringLiteral("Move area"));
    CHECK(f.undo.count() == 3);
    f.undo.undo();
    f.undo.undo();
    CHECK(f.controller.area().radiusMetres() == 500);

    f.controller.commit(
        GeoArea::polygon({{52.06, 5.08}, {52.06, 5.14}, {52.10, 5.14}, {52.10, 5.08}}),
        QStringLiteral("p"));
    drag(&f.canvas, f.at(52.10, 5.14), f.at(52.11, 5.16));
    CHECK(f.controller.area().outer()[2].latitude() == Approx(52.11).margin(1e-4));
    CHECK(f.controller.area().outer()[2].longitude() == Approx(5.16).margin(1e-4));
    CHECK(f.undo.undoText() == QStringLiteral("Move corner"));
    CHECK(f.controller.count().participants == f.insideLattice(f.controller.area()));
}

TEST_CASE("Pan tool and canvas: drag pans, wheel zooms around the cursor, keys", "[map][canvas]")
{
    test::MapFixture f;
    PanTool pan(&f.canvas);
    f.canvas.setPanTool(&pan);
    f.canvas.setTool(&pan);
    const QGeoCoordinate before = f.canvas.viewport().toCoordinate(QPointF(400, 300));
    drag(&f.canvas, QPoint(400, 300), QPoint(300, 300));
    const QGeoCoordinate after = f.canvas.viewport().toCoordinate(QPointF(300, 300));
    CHECK(after.latitude() == Approx(before.latitude()).margin(1e-6));
    CHECK(after.longitude() == Approx(before.longitude()).margin(1e-6));

    // Wheel zoom keeps the point under the cursor where it is.
    const QPointF cursor(600, 150);
    const QGeoCoordinate under = f.canvas.viewport().toCoordinate(cursor);
    QWheelEvent wheel(cursor, f.canvas.mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&f.canvas, &wheel);
    CHECK(f.canvas.viewport().zoom() == Approx(15));
    const QGeoCoordinate stillUnder = f.canvas.viewport().toCoordinate(cursor);
    CHECK(stillUnder.latitude() == Approx(under.latitude()).margin(1e-6));
    CHECK(stillUnder.longitude() == Approx(under.longitude()).margin(1e-6));

    QTest::keyClick(&f.canvas, Qt::Key_Minus);
    CHECK(f.canvas.viewport().zoom() == Approx(14));
    const double lon = f.canvas.viewport().toCoordinate(QPointF(400, 300)).longitude();
    QTest::keyClick(&f.canvas, Qt::Key_Right);
    CHECK(f.canvas.viewport().toCoordinate(QPointF(400, 300)).longitude() > lon);
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(&f.canvas, Qt::Key_Plus);
    CHECK(f.canvas.viewport().zoom() == MapViewport::kMaxZoom);

    f.canvas.zoomToNetherlands();
    const QRectF nl = MapViewport::netherlandsWorld();
    CHECK(f.canvas.viewport().visibleWorld().contains(nl));
    CHECK(f.canvas.viewport().zoom() > 6.5);
    CHECK(f.canvas.viewport().zoom() < 8.5);
}

TEST_CASE("Measure tool: the route's length as it is clicked; Backspace and Esc", "[map][tools]")
{
    test::MapFixture f;
    MeasureTool tool(&f.canvas);
    f.canvas.setTool(&tool);
    QSignalSpy measured(&tool, &MeasureTool::measured);
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.05, 5.08));
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.05, 5.16));
    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.11, 5.16));
    REQUIRE(tool.points().size() == 3);
    // Haversine on the mean radius, worked out here: 5.48 km east, then 6.67 km north.
    auto haversine = [](double lat1, double lon1, double lat2, double lon2) {
        const double r = 6371008.8, rad = M_PI / 180;
        const double a = std::pow(std::sin((lat2 - lat1) * rad / 2), 2) +
                         std::cos(lat1 * rad) * std::cos(lat2 * rad) *
                             std::pow(std::sin((lon2 - lon1) * rad / 2), 2);
        return 2 * r * std::asin(std::sqrt(a));
    };
    const double expected =
        haversine(52.05, 5.08, 52.05, 5.16) + haversine(52.05, 5.16, 52.11, 5.16);
    CHECK(tool.totalMetres() == Approx(expected).epsilon(0.005));
    REQUIRE(measured.size() == 3);
    CHECK(measured.last().at(0).toDouble() == tool.totalMetres());
    CHECK(measured.last().at(1).toString() ==
          QStringLiteral("%1 km").arg(QLocale().toString(tool.totalMetres() / 1000, 'f', 2)));
    QTest::keyClick(&f.canvas, Qt::Key_Backspace);
    CHECK(tool.points().size() == 2);
    CHECK(tool.totalMetres() == Approx(haversine(52.05, 5.08, 52.05, 5.16)).epsilon(0.005));
    CHECK(MeasureTool::distanceText(740.4) == QStringLiteral("740 m"));
    QTest::keyClick(&f.canvas, Qt::Key_Escape);
    CHECK(tool.points().isEmpty());
}
