#pragma once

#include "app/core/Result.h"
#include "ui/map/MapLayer.h"

#include <QPolygonF>

#include <vector>

namespace burgernet {

// The embedded offline basemap, always available: land and sea, the Dutch border and the
// neighbours, from Natural Earth 1:10m (public domain) converted once into
// resources/data/nl-basemap.txt (see resources/data/README.md). Everything is held in memory as
// world coordinates; a frame projects and clips about 4,700 points.
class BasemapLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit BasemapLayer(QObject* parent = nullptr);

    // Reads the basemap file (":/data/nl-basemap.txt" in the console).
    Status load(const QString& path = QStringLiteral(":/data/nl-basemap.txt"));
    int countryCount() const { return static_cast<int>(m_countries.size()); }

    void paint(QPainter& painter, const MapViewport& viewport) override;
    QString attribution() const override { return tr("Natural Earth"); }

private:
    struct Country
    {
        QString isoNumeric;
        std::vector<QPolygonF> rings;   // world coordinates, polygons' rings in order
        std::vector<QPolygonF> borders; // the rings' edges without the data's clip box
        QRectF bounds;
    };
    std::vector<Country> m_countries;
};

// Sutherland-Hodgman: `polygon` clipped to `rect` (screen coordinates stay small at any zoom).
QPolygonF clipPolygon(const QPolygonF& polygon, const QRectF& rect);

} // namespace burgernet
