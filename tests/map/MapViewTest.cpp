#include "ui/map/MapView.h"

#include "app/core/SettingsKeys.h"
#include "app/register/PlaceTable.h"
#include "tests/map/MapTestSupport.h"
#include "tests/support/Wait.h"
#include "ui/map/AreaController.h"
#include "ui/map/LayerListWidget.h"
#include "ui/map/PlaceSearchBox.h"
#include "ui/map/layers/AreaLayer.h"
#include "ui/map/layers/BasemapLayer.h"
#include "ui/map/layers/ParticipantLayer.h"
#include "ui/map/layers/PlaceLabelLayer.h"
#include "ui/map/layers/TipLayer.h"

#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <optional>

using namespace burgernet;

namespace {

QImage renderAt(MapCanvas& canvas, const QGeoCoordinate& centre, double zoom)
{
    MapViewport viewport;
    viewport.setSize({400, 300});
    viewport.setCentre(centre);
    viewport.setZoom(zoom);
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    canvas.render(painter, viewport);
    return image;
}

} // namespace

TEST_CASE("Basemap: Natural Earth land and sea, the Netherlands lighter than its neighbours",
          "[map][basemap]")
{
    MapCanvas canvas;
    BasemapLayer basemap;
    REQUIRE(basemap.load());
    CHECK(basemap.countryCount() >= 5);
    canvas.addLayer(&basemap);

    // Utrecht is Dutch land, the North Sea off Scheveningen is sea, Aachen is German land.
    const QColor utrecht = renderAt(canvas, {52.09, 5.12}, 10).pixelColor(200, 150);
    const QColor sea = renderAt(canvas, {52.2, 3.8}, 10).pixelColor(200, 150);
    const QColor germany = renderAt(canvas, {50.78, 6.08}, 10).pixelColor(200, 150);
    CHECK(utrecht == QColor(0xfa, 0xf8, 0xf2));
    CHECK(sea == QColor(0xaa, 0xd3, 0xdf));
    CHECK(germany == QColor(0xe4, 0xe1, 0xda));
    // Street zoom works as well (coordinates stay small after clipping).
    CHECK(renderAt(canvas, {52.09, 5.12}, 19).pixelColor(200, 150) == utrecht);

    CHECK_FALSE(BasemapLayer().load(QStringLiteral("/nonexistent/basemap.txt")));
}

TEST_CASE("Place labels: by population, without overlaps, more when zoomed in", "[map][labels]")
{
    auto places = PlaceTable::load();
    REQUIRE(places);
    MapCanvas canvas;
    PlaceLabelLayer labels(places->places());
    canvas.addLayer(&labels);
    MapViewport country;
    country.setSize({1000, 800});
    country.fit(MapViewport::netherlandsWorld());
    QImage image(country.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        canvas.render(painter, country);
    }
    const QStringList atCountry = labels.lastLabels();
    CHECK(atCountry.contains(QStringLiteral("Amsterdam")));
    CHECK(atCountry.contains(QStringLiteral("Rotterdam")));
    CHECK(atCountry.size() < 40);
    CHECK_FALSE(atCountry.contains(QStringLiteral("The Hague"))); // Dutch names on the map

    MapViewport city = country;
    city.setCentre(QGeoCoordinate(52.09, 5.12));
    city.setZoom(12);
    {
        QPainter painter(&image);
        canvas.render(painter, city);
    }
    CHECK(labels.lastLabels().contains(QStringLiteral("Utrecht")));
    CHECK_FALSE(labels.lastLabels().contains(QStringLiteral("Rotterdam"))); // off screen
}

TEST_CASE("Place labels keep their names after the place table is gone", "[map][labels]")
{
    std::optional<PlaceLabelLayer> labels;
    {
        auto places = PlaceTable::load();
        REQUIRE(places);
        labels.emplace(places->places());
    }
    MapCanvas canvas;
    canvas.addLayer(&*labels);
    MapViewport city;
    city.setSize({1000, 800});
    city.setCentre(QGeoCoordinate(52.09, 5.12));
    city.setZoom(12);
    QImage image(city.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        canvas.render(painter, city);
    }
    CHECK(labels->lastLabels().contains(QStringLiteral("Utrecht")));
}

TEST_CASE("Map view: tools, layers list, status labels", "[map][view]")
{
    SelectionService selection;
    selection.setIndex(test::latticeIndex());
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    MapView view(selection, undo, clock, *settings);
    view.resize(900, 700);
    view.show();
    CHECK(view.objectName() == QStringLiteral("mapArea"));
    CHECK(view.canvas()->layer(QStringLiteral("basemap")));
    CHECK(view.canvas()->layer(QStringLiteral("places")));
    CHECK(view.canvas()->layer(QStringLiteral("areas")));
    CHECK(view.areaController()->warningThreshold() == 50000);

    // The layer list toggles visibility.
    LayerListWidget* list = view.layerList();
    REQUIRE(list->count() >= 3);
    QListWidgetItem* top = list->item(0);
    CHECK(top->data(Qt::UserRole).toString() == QStringLiteral("tips")); // top first
    QListWidgetItem* basemapItem =
        list->findItems(QStringLiteral("Basemap (offline)"), Qt::MatchExactly).value(0);
    REQUIRE(basemapItem);
    basemapItem->setCheckState(Qt::Unchecked);
    CHECK_FALSE(view.canvas()->layer(QStringLiteral("basemap"))->isVisible());
    view.canvas()->layer(QStringLiteral("basemap"))->setVisible(true);
    CHECK(basemapItem->checkState() == Qt::Checked);

    // Drawing with the circle tool fills the count label; the cursor label shows RD.
    view.activateTool(MapToolId::Circle);
    CHECK(view.canvas()->tool() == view.tool(MapToolId::Circle));
    view.canvas()->centreOn(QGeoCoordinate(52.09, 5.12), 14);
    const QPoint c = view.canvas()->viewport().toScreen(52.09, 5.12).toPoint();
    QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, c);
    QTest::keyClicks(view.canvas(), QStringLiteral("1000"));
    QTest::keyClick(view.canvas(), Qt::Key_Return);
    CHECK(view.countLabel()->text().contains(QStringLiteral("participants")));
    CHECK(view.countLabel()->text().contains(
        QLocale().toString(view.areaController()->count().participants)));
    // The area's size: a circle by its radius, a polygon by its surface.
    CHECK(view.countLabel()->text().endsWith(
        QStringLiteral(" · radius %1 km").arg(QLocale().toString(1.0, 'f', 2))));
    GeoRing square{QGeoCoordinate(52.0, 5.0), QGeoCoordinate(52.0, 5.0146),
                   QGeoCoordinate(52.009, 5.0146), QGeoCoordinate(52.009, 5.0)};
    REQUIRE(view.areaController()->commit(GeoArea::polygon(square), QStringLiteral("Square")));
    CHECK(view.countLabel()->text().endsWith(
        QStringLiteral(" · %1 km²").arg(QLocale().toString(1.0, 'f', 2))));
    REQUIRE(view.areaController()->commit(GeoArea::circle(QGeoCoordinate(52.0, 5.0), 750),
                                          QStringLiteral("Small circle")));
    CHECK(view.countLabel()->text().endsWith(QStringLiteral(" · radius 750 m")));
    QTest::mouseMove(view.canvas(), c);
    CHECK(view.cursorLabel()->text().contains(QStringLiteral("RD 136")));

    // Above the threshold: a warning message.
    view.areaController()->setWarningThreshold(10);
    QSignalSpy messages(&view, &MapView::message);
    view.areaController()->commit(GeoArea::circle(QGeoCoordinate(52.09, 5.12), 800),
                                  QStringLiteral("Draw circle"));
    REQUIRE(messages.size() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("warns")));

    view.zoomToArea();
    CHECK(view.canvas()->viewport().zoom() > 13);
}

TEST_CASE("Map view: the search box centres on places and coordinates, incident marker",
          "[map][search]")
{
    SelectionService selection;
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    settings->setValue(keys::GeocoderUrl, QString()); // the place list only: answers at once
    MapView view(selection, undo, clock, *settings);
    view.resize(900, 700);
    QSignalSpy messages(&view, &MapView::message);

    auto centre = [&] {
        const QSize s = view.canvas()->size();
        return view.canvas()->viewport().toCoordinate(QPointF(s.width() / 2.0, s.height() / 2.0));
    };
    view.searchBox()->search(QStringLiteral("Den Bosch"));
    CHECK(centre().latitude() == Approx(51.69917).margin(1e-3));
    CHECK(view.canvas()->viewport().zoom() == 12);
    view.setIncidentHere();
    CHECK(view.areaController()->incident().latitude() == Approx(51.69917).margin(1e-3));

    view.searchBox()->search(QStringLiteral("155000 463000"));
    CHECK(centre().latitude() == Approx(52.15517).margin(1e-4));
    CHECK(centre().longitude() == Approx(5.38721).margin(1e-4));
    CHECK(view.canvas()->viewport().zoom() == 16);

    messages.clear();
    view.searchBox()->search(QStringLiteral("Atlantis"));
    REQUIRE(messages.size() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("Atlantis")));
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("offline")));
}

TEST_CASE("Participant layer: density, clusters, points by zoom, built off the GUI thread",
          "[map][participants]")
{
    ParticipantLayer layer;
    QSignalSpy ready(&layer, &ParticipantLayer::ready);
    layer.setIndex(test::latticeIndex());
    CHECK_FALSE(layer.isReady()); // the worker has not reported yet
    REQUIRE(ready.wait(5000));
    REQUIRE(layer.isReady());

    MapCanvas canvas;
    canvas.addLayer(&layer);
    auto frame = [&](double zoom) {
        MapViewport viewport;
        viewport.setSize({800, 600});
        viewport.setCentre(QGeoCoordinate(52.09, 5.12));
        viewport.setZoom(zoom);
        QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        canvas.render(painter, viewport);
        return image;
    };
    frame(8);
    CHECK(layer.lastMode() == QStringLiteral("density"));
    frame(12);
    CHECK(layer.lastMode() == QStringLiteral("clusters"));
    CHECK(layer.lastItems() > 4);
    // At zoom 16 the 800 x 600 view spans about 1.9 x 1.4 km: about 22 x 12 lattice points.
    const QImage street = frame(16);
    CHECK(layer.lastMode() == QStringLiteral("points"));
    CHECK(layer.lastItems() > 150);
    CHECK(layer.lastItems() < 600);
    // The aggregate holds every location once.
    const auto aggregate = ParticipantLayer::aggregate(*test::latticeIndex());
    CHECK(aggregate->total == 10000);
    qint64 sum = 0;
    for (quint32 c : aggregate->counts)
        sum += c;
    CHECK(sum == 10000);
}

TEST_CASE("Map view: a rebuilt participant index is counted and drawn", "[map][view]")
{
    SelectionService selection; // empty at first, as before an import
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    MapView view(selection, undo, clock, *settings);
    view.areaController()->commit(GeoArea::circle(QGeoCoordinate(52.09, 5.12), 1000),
                                  QStringLiteral("Draw circle"));
    CHECK(view.areaController()->count().participants == 0);

    selection.setIndex(test::latticeIndex());
    view.participantsChanged(selection);
    CHECK(view.areaController()->count().participants > 0);
    REQUIRE(test::waitUntil([&] { return view.participantsReady(); }, 5000));
}

TEST_CASE("Call-back tips of actions are drawn on the map", "[map][view]")
{
    SelectionService selection;
    QUndoStack undo;
    test::FakeClock clock;
    AreaController controller(selection, undo, clock);
    MapCanvas canvas;
    TipLayer layer(controller);
    canvas.addLayer(&layer);
    QSignalSpy changed(&layer, &MapLayer::changed);

    const QGeoCoordinate at(52.0907, 5.1214);
    const QImage before = renderAt(canvas, at, 15);
    controller.addTip(7, at);
    controller.addTip(7, QGeoCoordinate()); // a tip without a place is not drawn
    CHECK(controller.tips().size() == 1);
    CHECK(changed.count() == 1);
    const QImage after = renderAt(canvas, at, 15);
    CHECK(before.pixelColor(200, 150) != TipLayer::kColour);
    CHECK(after.pixelColor(200, 150) == TipLayer::kColour);
    // With the time the call came in beside it.
    controller.setTips({{7, at, QDateTime(QDate(2026, 12, 5), QTime(14, 7), Qt::UTC), true}});
    CHECK(controller.tips().size() == 1);
    const QImage labelled = renderAt(canvas, at, 15);
    CHECK(labelled.pixelColor(200, 150) == TipLayer::kColour);
    CHECK(labelled != after); // the label and the useful tip's outline
    controller.clearTips();
    CHECK(renderAt(canvas, at, 15).pixelColor(200, 150) != TipLayer::kColour);
}
