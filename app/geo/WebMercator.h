#pragma once

#include <QPointF>

namespace burgernet::mercator {

// Web Mercator (EPSG:3857) as the XYZ tile schemes use it. "World" coordinates are normalised:
// x and y in [0, 1) over the whole world, x east from 180 W, y south from 85.0511 N. A pixel at
// zoom z is world * 256 * 2^z; tile (x, y) at zoom z covers pixels [x*256, x*256+256).
inline constexpr int kTileSize = 256;
inline constexpr double kMaxLatitude = 85.0511287798066;

QPointF worldFromLonLat(double lon, double lat);
// {lon, lat} from world coordinates; y is clamped to the world.
QPointF lonLatFromWorld(const QPointF& world);

// Pixels across the world at a (fractional) zoom.
double worldPixels(double zoom);
// Ground metres per screen pixel at a latitude and zoom (the scale bar).
double metresPerPixel(double lat, double zoom);

// EPSG:3857 metres (what WMTS and PDOK's tile matrix speak) from world coordinates and back.
QPointF metresFromWorld(const QPointF& world);
QPointF worldFromMetres(const QPointF& metres);

} // namespace burgernet::mercator
