#include "tests/map/MapTestSupport.h"
#include "ui/map/RepairConfirmDialog.h"
#include "ui/map/tools/CircleTool.h"
#include "ui/map/tools/EditTool.h"
#include "ui/map/tools/MeasureTool.h"
#include "ui/map/tools/MunicipalityTool.h"
#include "ui/map/tools/PanTool.h"
#include "ui/map/tools/PathTool.h"
#include "ui/map/tools/RectangleTool.h"

#include <QLocale>
#include <QPushButton>
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

TEST_CASE("Polygon tool: clicks, Backspace, double-click closes, Esc cancels", "[map][tools]")
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

TEST_CASE("Polygon tool: a self-intersecting polygon is repaired keeping both parts, after the "
          "dispatcher saw the repaired outline and its count",
          "[map][tools]")
{
    test::MapFixture f;
    PolygonTool tool(&f.canvas, f.controller);
    f.canvas.setTool(&tool);
    QSignalSpy messages(&f.controller, &AreaController::message);
    struct Asked
    {
        GeoArea area;
        qint64 participants = -1;
        QString text;
    };
    QList<Asked> asked;
    bool accept = false;
    f.controller.setRepairConfirmer(
        [&](const GeoArea& repaired, const SelectionCount& count, const QString& text) {
            asked.append({repaired, count.participants, text});
            return accept;
        });
    const auto drawBowTie = [&] {
        for (auto [lat, lon] :
             {std::pair{52.05, 5.08}, {52.13, 5.16}, {52.05, 5.19}, {52.09, 5.08}})
            QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(lat, lon));
        QTest::keyClick(&f.canvas, Qt::Key_Enter);
    };

    // Go on editing: nothing changes, and the corners drawn so far stay in the tool.
    drawBowTie();
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].area.parts().size() == 2);
    CHECK(asked[0].participants == f.insideLattice(asked[0].area));
    CHECK(asked[0].text.contains(QStringLiteral("2 parts")));
    CHECK(f.controller.declinedRepair());
    CHECK(f.controller.area().isEmpty());
    CHECK(f.undo.count() == 0);
    CHECK(tool.points().size() == 4);
    QTest::keyClick(&f.canvas, Qt::Key_Escape);

    // Accepted: both triangles are the area, counted as shown.
    accept = true;
    drawBowTie();
    REQUIRE(asked.size() == 2);
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("crossed itself")));
    const GeoArea& area = f.controller.area();
    REQUIRE(area.parts().size() == 2);
    CHECK(area.contains(52.075, 5.085)); // the small left lobe
    CHECK(area.contains(52.07, 5.16));   // the large right lobe
    CHECK(f.controller.count().participants == asked[1].participants);
    CHECK(f.controller.count().participants == f.insideLattice(area));
    CHECK(f.undo.count() == 1);
}

TEST_CASE("Repair dialog: the repaired outline, its parts and count, and two answers",
          "[map][tools]")
{
    const GeoArea twoParts =
        GeoArea::multiPolygon({GeoPolygon{{{52.0, 5.0}, {52.0, 5.1}, {52.1, 5.1}}, {}},
                               GeoPolygon{{{52.2, 5.0}, {52.2, 5.1}, {52.3, 5.1}}, {}}});
    SelectionCount count;
    count.participants = 1234;
    RepairConfirmDialog dialog(twoParts, count, QStringLiteral("crossed itself"));
    CHECK(dialog.countText().contains(QStringLiteral("Parts: 2.")));
    CHECK(dialog.countText().contains(QLocale().toString(1234)));
    CHECK(dialog.editButton()->isDefault());
    dialog.show();
    QWidget* outline = dialog.findChild<QWidget*>(QStringLiteral("repairedOutline"));
    REQUIRE(outline);
    const QImage picture = outline->grab().toImage();
    // Red where a part is drawn, somewhere in the picture.
    bool red = false;
    for (int y = 0; y < picture.height() && !red; y += 2)
        for (int x = 0; x < picture.width() && !red; x += 2)
            red = qRed(picture.pixel(x, y)) > 180 && qGreen(picture.pixel(x, y)) < 120;
    CHECK(red);
    QTest::mouseClick(dialog.useButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
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

TEST_CASE("Edit tool: change the radius, move the area, move a corner, each undoable",
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

TEST_CASE("Measure tool: the route's length as it is clicked, Backspace and Esc", "[map][tools]")
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

TEST_CASE("Municipality tool: a click makes the municipality there the area, counted like a "
          "polygon, an approximate one says so",
          "[map][tools]")
{
    test::MapFixture f;
    MunicipalBoundary two;
    two.code = QStringLiteral("GM9001");
    two.name = QStringLiteral("Tweedorp");
    two.approximate = true;
    two.area = GeoArea::multiPolygon(
        {GeoPolygon{{{52.05, 5.08}, {52.05, 5.10}, {52.07, 5.10}, {52.07, 5.08}}, {}},
         GeoPolygon{{{52.10, 5.12}, {52.10, 5.15}, {52.12, 5.15}, {52.12, 5.12}}, {}}});
    MunicipalityTool tool(&f.canvas, f.controller,
                          [&](const QGeoCoordinate& at) -> std::optional<MunicipalBoundary> {
                              if (two.area.contains(at.latitude(), at.longitude()))
                                  return two;
                              return std::nullopt;
                          });
    f.canvas.setTool(&tool);
    QSignalSpy messages(&f.controller, &AreaController::message);

    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.09, 5.09)); // between the parts
    CHECK(f.controller.area().isEmpty());
    REQUIRE(messages.size() == 1);
    CHECK(messages.last().at(0).toString().startsWith(QStringLiteral("No municipality here")));

    QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, f.at(52.11, 5.13));
    REQUIRE(f.controller.area().parts().size() == 2);
    CHECK(f.controller.count().participants == f.insideLattice(two.area));
    CHECK(f.controller.count().participants == Approx(21 * 21 + 21 * 31).margin(60));
    CHECK(f.undo.undoText() == QStringLiteral("Municipality Tweedorp"));
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("approximate")));
}
