#include "app/geo/WebMercator.h"

#include "app/geo/GeoArea.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace burgernet::mercator {

namespace {
constexpr double kPi = std::numbers::pi;
// The spherical Mercator radius (WGS84 semi-major axis) used by EPSG:3857.
constexpr double kSphereRadius = 6378137.0;
constexpr double kHalfCircumference = kPi * kSphereRadius;
} // namespace

QPointF worldFromLonLat(double lon, double lat)
{
    lat = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double x = (lon + 180.0) / 360.0;
    const double phi = lat * kPi / 180.0;
    const double y = 0.5 - std::log(std::tan(kPi / 4 + phi / 2)) / (2 * kPi);
    return {x, y};
}

QPointF lonLatFromWorld(const QPointF& world)
{
    const double y = std::clamp(world.y(), 0.0, 1.0);
    const double lon = world.x() * 360.0 - 180.0;
    const double lat = (2 * std::atan(std::exp(kPi * (1 - 2 * y))) - kPi / 2) * 180.0 / kPi;
    return {lon, lat};
}

double worldPixels(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

double metresPerPixel(double lat, double zoom)
{
    // The ground scale of Mercator shrinks with cos(lat); on the sphere of the mean radius.
    return 2 * kPi * geo::kEarthRadiusMetres * std::cos(lat * kPi / 180.0) / worldPixels(zoom);
}

QPointF metresFromWorld(const QPointF& world)
{
    return {world.x() * 2 * kHalfCircumference - kHalfCircumference,
            kHalfCircumference - world.y() * 2 * kHalfCircumference};
}

QPointF worldFromMetres(const QPointF& metres)
{
    return {(metres.x() + kHalfCircumference) / (2 * kHalfCircumference),
            (kHalfCircumference - metres.y()) / (2 * kHalfCircumference)};
}

} // namespace burgernet::mercator
