#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace burgernet {

// What the map shows: a centre in normalised Web Mercator world coordinates (see
// geo/WebMercator.h), a fractional zoom and the widget's size. A value type, so that layers
// can paint any viewport (the benchmark renders offscreen) and tests can check the maths.
class MapViewport
{
public:
    static constexpr double kMinZoom = 6;
    static constexpr double kMaxZoom = 19;

    MapViewport();

    QPointF centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    // Screen pixels per world unit.
    double scale() const { return m_scale; }
    // The integer zoom whose tiles fit the current scale best.
    int tileZoom() const;

    void setSize(const QSize& size) { m_size = size; }
    void setCentre(const QPointF& world);
    void setCentre(const QGeoCoordinate& coordinate);
    void setZoom(double zoom);
    // Zooms so that the point under `screen` stays where it is (wheel zoom around the cursor).
    void zoomAround(const QPointF& screen, double zoom);
    void panByPixels(const QPointF& delta);
    // The largest zoom at which `world` fits, with `marginPixels` around it.
    void fit(const QRectF& world, double marginPixels = 24);

    QPointF toScreen(const QPointF& world) const;
    QPointF toScreen(double lat, double lon) const;
    QPointF toScreen(const QGeoCoordinate& c) const
    {
        return toScreen(c.latitude(), c.longitude());
    }
    QPointF toWorld(const QPointF& screen) const;
    QGeoCoordinate toCoordinate(const QPointF& screen) const;
    // World to screen as a painter transform (for paths kept in world coordinates).
    QTransform worldToScreen() const;
    QRectF visibleWorld() const;
    // Ground metres per pixel at the centre.
    double metresPerPixel() const;

    // The Netherlands' bounding box in world coordinates (zoom to Netherlands).
    static QRectF netherlandsWorld();

private:
    QPointF m_centre;
    double m_zoom = 8;
    double m_scale = 0;
    QSize m_size{800, 600};
};

} // namespace burgernet
