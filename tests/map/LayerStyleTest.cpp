// The layer list: order and opacity changed by the user, drawn so, and kept for the next session
// in the user's settings; the boundaries layer, marked approximate for the demo's cells.
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/geo/MunicipalBoundary.h"
#include "tests/map/MapTestSupport.h"
#include "ui/map/LayerListWidget.h"
#include "ui/map/MapView.h"
#include "ui/map/layers/BoundaryLayer.h"

#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

QStringList topFirst(const MapCanvas& canvas)
{
    QStringList ids;
    for (auto it = canvas.layers().rbegin(); it != canvas.layers().rend(); ++it)
        ids << (*it)->id();
    return ids;
}

} // namespace

TEST_CASE("Layer order and opacity are changed in the list, drawn so and kept per user",
          "[map][layers]")
{
    SelectionService selection;
    selection.setIndex(test::latticeIndex());
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(u"s.ini"_s));
    QStringList arranged;
    {
        MapView view(selection, undo, clock, *settings);
        LayerListWidget* list = view.layerList();
        const QStringList before = topFirst(*view.canvas());
        const qsizetype places = before.indexOf(u"places"_s);
        REQUIRE(places > 0);
        // The place names go to the top, the basemap at half opacity.
        REQUIRE(list->moveLayer(u"places"_s, int(places)));
        REQUIRE(list->setLayerOpacity(u"basemap"_s, 0.5));
        arranged = topFirst(*view.canvas());
        CHECK(arranged.front() == u"places"_s);
        CHECK(list->item(0)->data(Qt::UserRole).toString() == u"places"_s);
        CHECK(view.canvas()->layer(u"basemap"_s)->opacity() == 0.5);
        const QString basemapRow = list->item(int(arranged.indexOf(u"basemap"_s)))->text();
        CHECK(basemapRow.endsWith(u"(50 %)"_s));
        // Drawn at half opacity: the land is paler than it was.
        QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
        MapViewport viewport;
        viewport.setSize({200, 200});
        viewport.setCentre(QGeoCoordinate(52.09, 5.12));
        viewport.setZoom(8);
        for (MapLayer* layer : view.canvas()->layers())
            if (layer->id() != u"basemap"_s)
                layer->setVisible(false);
        QPainter painter(&image);
        view.canvas()->render(painter, viewport);
        painter.end();
        const QColor land = image.pixelColor(100, 100);
        CHECK(land != QColor(0xfa, 0xf8, 0xf2)); // the sea shows through
        CHECK_FALSE(settings->value(keys::MapLayerStyle).isEmpty());
    }
    // The next session starts as the user left it.
    MapView again(selection, undo, clock, *settings);
    CHECK(topFirst(*again.canvas()) == arranged);
    CHECK(again.canvas()->layer(u"basemap"_s)->opacity() == 0.5);
    CHECK(again.layerList()->item(0)->data(Qt::UserRole).toString() == u"places"_s);
}

TEST_CASE("The boundaries layer draws the municipal outlines, off until switched on, and says "
          "when they are approximate",
          "[map][layers][boundaries]")
{
    BoundaryLayer layer;
    CHECK_FALSE(layer.isVisible());
    MunicipalBoundary utrecht;
    utrecht.code = u"GM9001"_s;
    utrecht.name = u"Utrecht"_s;
    utrecht.approximate = true;
    utrecht.area = GeoArea::polygon({{52.05, 5.05}, {52.13, 5.05}, {52.13, 5.18}, {52.05, 5.18}});
    layer.setBoundaries({utrecht});
    CHECK(layer.isApproximate());
    CHECK(layer.name().contains(u"approximate"_s));
    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    MapViewport viewport;
    viewport.setSize({400, 400});
    viewport.setCentre(QGeoCoordinate(52.09, 5.115));
    viewport.setZoom(11);
    QPainter painter(&image);
    layer.paint(painter, viewport);
    painter.end();
    // The western edge is drawn where it lies.
    const QPointF edge = viewport.toScreen(52.09, 5.05);
    bool drawn = false;
    for (int dx = -2; dx <= 2; ++dx)
        for (int dy = -6; dy <= 6; ++dy)
            drawn = drawn ||
                    image.pixelColor(int(edge.x()) + dx, int(edge.y()) + dy) != QColor(Qt::white);
    CHECK(drawn);
    CHECK(image.pixelColor(200, 300) == QColor(Qt::white)); // inside: not filled
}
