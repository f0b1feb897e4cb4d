#include "ui/map/MapViewport.h"

#include "app/geo/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace burgernet {

MapViewport::MapViewport()
{
    setCentre(QGeoCoordinate(52.2, 5.3));
    setZoom(8);
}

int MapViewport::tileZoom() const
{
    return std::clamp(static_cast<int>(std::lround(m_zoom)), 0, static_cast<int>(kMaxZoom));
}

void MapViewport::setCentre(const QPointF& world)
{
    m_centre = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
}

void MapViewport::setCentre(const QGeoCoordinate& coordinate)
{
    setCentre(mercator::worldFromLonLat(coordinate.longitude(), coordinate.latitude()));
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_scale = mercator::worldPixels(m_zoom);
}

void MapViewport::zoomAround(const QPointF& screen, double zoom)
{
    const QPointF anchor = toWorld(screen);
    setZoom(zoom);
    // Put `anchor` back under `screen`.
    const QPointF offset =
        (screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0)) / m_scale;
    setCentre(anchor - offset);
}

void MapViewport::panByPixels(const QPointF& delta)
{
    setCentre(m_centre - delta / m_scale);
}

void MapViewport::fit(const QRectF& world, double marginPixels)
{
    if (!world.isValid() || world.isEmpty()) {
        setCentre(world.center());
        return;
    }
    const double w = std::max(1.0, m_size.width() - 2 * marginPixels);
    const double h = std::max(1.0, m_size.height() - 2 * marginPixels);
    const double scale = std::min(w / world.width(), h / world.height());
    setZoom(std::log2(scale / mercator::kTileSize));
    setCentre(world.center());
}

QPointF MapViewport::toScreen(const QPointF& world) const
{
    return (world - m_centre) * m_scale + QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
}

QPointF MapViewport::toScreen(double lat, double lon) const
{
    return toScreen(mercator::worldFromLonLat(lon, lat));
}

QPointF MapViewport::toWorld(const QPointF& screen) const
{
    return (screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0)) / m_scale + m_centre;
}

QGeoCoordinate MapViewport::toCoordinate(const QPointF& screen) const
{
    const QPointF lonLat = mercator::lonLatFromWorld(toWorld(screen));
    return QGeoCoordinate(lonLat.y(), lonLat.x());
}

QTransform MapViewport::worldToScreen() const
{
    QTransform t;
    t.translate(m_size.width() / 2.0, m_size.height() / 2.0);
    t.scale(m_scale, m_scale);
    t.translate(-m_centre.x(), -m_centre.y());
    return t;
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(m_size.width(), m_size.height())));
}

double MapViewport::metresPerPixel() const
{
    return mercator::metresPerPixel(mercator::lonLatFromWorld(m_centre).y(), m_zoom);
}

QRectF MapViewport::netherlandsWorld()
{
    // The European Netherlands: 50.75..53.56 N, 3.36..7.23 E.
    const QPointF nw = mercator::worldFromLonLat(3.36, 53.56);
    const QPointF se = mercator::worldFromLonLat(7.23, 50.75);
    return QRectF(nw, se);
}

} // namespace burgernet
