#pragma once

#include "app/geo/GeoArea.h"

#include <QPainterPath>
#include <QPolygonF>

class QPainter;

namespace burgernet {

class MapViewport;

// Screen shapes of alert areas, shared by the area layer and the tools' rubber bands.
namespace areapaint {

// The point `metres` from (lat, lon) towards `bearingDegrees` on the WGS84 ellipsoid, so that
// the circle drawn is the circle counted.
QGeoCoordinate destination(const QGeoCoordinate& from, double bearingDegrees, double metres);
// A geodesic circle as a screen polygon (72 points).
QPolygonF circle(const QGeoCoordinate& centre, double radiusMetres, const MapViewport& viewport);
QPolygonF ring(const GeoRing& ring, const MapViewport& viewport);
// The area with its holes (odd-even fill).
QPainterPath path(const GeoArea& area, const MapViewport& viewport);

enum class Style { Committed, Preview };
void paint(QPainter& painter, const GeoArea& area, const MapViewport& viewport, Style style);
// A label in a white box centred above `anchor`.
void label(QPainter& painter, const QPointF& anchor, const QString& text, bool warning = false);

} // namespace areapaint
} // namespace burgernet
