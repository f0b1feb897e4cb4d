#include "app/geo/GeodesicCircle.h"

#include "app/geo/GeoArea.h"

#include <algorithm>
#include <cmath>

namespace burgernet {

namespace {

constexpr double kRad = 0.017453292519943295;
constexpr double kA = 6378137.0;         // WGS84 semi-major axis
constexpr double kF = 1 / 298.257223563; // WGS84 flattening
constexpr double kE2 = kF * (2 - kF);    // first eccentricity squared
// Beyond these the series and the chord's arc correction lose their margin: such circles are
// decided by GeographicLib alone (correct, only slower).
constexpr double kFastRadiusMetres = 200'000;
constexpr double kFastLatitude = 80;

double primeVertical(double lat)
{
    const double s = std::sin(lat * kRad);
    return kA / std::sqrt(1 - kE2 * s * s);
}
double rhoAt(double lat)
{
    return primeVertical(lat) * std::cos(lat * kRad);
}
double zAt(double lat)
{
    return primeVertical(lat) * (1 - kE2) * std::sin(lat * kRad);
}

} // namespace

double GeodesicCircle::estimateError(double metres)
{
    // The chord's arc correction uses one radius of curvature for every azimuth; what that
    // leaves grows with s³ (and s⁴ from the curvature changing along the line). Measured
    // against GeographicLib: under 3 mm at 100 km; the bound keeps a factor of three or more.
    const double s = metres / 100'000;
    return 1e-4 + 0.01 * s * s * s + 0.01 * s * s * s * s;
}

GeodesicCircle::GeodesicCircle(double lat, double lon, double radiusMetres)
    : m_lat(lat)
    , m_lon(lon)
    , m_radius(radiusMetres)
    , m_rhoC(rhoAt(lat))
    , m_zC(zAt(lat))
    , m_fourRhoC(4 * m_rhoC)
    , m_fast(radiusMetres <= kFastRadiusMetres && std::abs(lat) <= kFastLatitude)
{
    // The geodesic bends with the surface: its chord is 2R sin(s/2R) for the radius of
    // curvature R, here the Gaussian mean sqrt(M N) at the centre.
    const double n = primeVertical(lat);
    const double s = std::sin(lat * kRad);
    const double m = kA * (1 - kE2) / std::pow(1 - kE2 * s * s, 1.5);
    const double r = std::sqrt(m * n);
    auto chord2 = [r](double arc) {
        if (arc <= 0)
            return -1.0;
        const double c = 2 * r * std::sin(std::min(arc / (2 * r), M_PI / 2));
        return c * c;
    };
    const double error = estimateError(radiusMetres);
    m_inside2 = chord2(radiusMetres - error);
    m_outside2 = chord2(radiusMetres + error);
}

double GeodesicCircle::latitudePart(double lat) const
{
    const double dRho = rhoAt(lat) - m_rhoC;
    const double dZ = zAt(lat) - m_zC;
    return dRho * dRho + dZ * dZ;
}

bool GeodesicCircle::containsExactly(double lat, double lon) const
{
    return geo::distanceMetres(m_lat, m_lon, lat, lon) <= m_radius;
}

double GeodesicCircle::estimatedDistance(double lat, double lon) const
{
    const double n = primeVertical(m_lat);
    const double s = std::sin(m_lat * kRad);
    const double m = kA * (1 - kE2) / std::pow(1 - kE2 * s * s, 1.5);
    const double r = std::sqrt(m * n);
    double dLon = std::remainder(lon - m_lon, 360.0);
    const double c2 = latitudePart(lat) + m_fourRhoC * rhoAt(lat) * lonTerm(dLon);
    return 2 * r * std::asin(std::min(1.0, std::sqrt(c2) / (2 * r)));
}

bool GeodesicCircle::contains(double lat, double lon) const
{
    if (!m_fast)
        return containsExactly(lat, lon);
    const double dLon = std::remainder(lon - m_lon, 360.0);
    const double c2 = latitudePart(lat) + m_fourRhoC * rhoAt(lat) * lonTerm(dLon);
    if (c2 <= m_inside2)
        return true;
    if (c2 > m_outside2)
        return false;
    return containsExactly(lat, lon);
}

GeodesicCircle::Row GeodesicCircle::row(double south, double height) const
{
    // Through the values at the row's edges and middle: over a few hundred metres the
    // quadratic is exact to far below a micrometre.
    Row row{};
    auto fit = [&](double (*f)(double), double centre, double* c) {
        const double f0 = f(south) - centre;
        const double f1 = f(south + height / 2) - centre;
        const double f2 = f(south + height) - centre;
        c[0] = f0;
        c[1] = (4 * f1 - 3 * f0 - f2) / height;
        c[2] = 2 * (f2 - 2 * f1 + f0) / (height * height);
    };
    fit(rhoAt, m_rhoC, row.rho);
    fit(zAt, m_zC, row.z);
    return row;
}

double GeodesicCircle::halfWidth(double lat, double chord2) const
{
    const double g = (chord2 - latitudePart(lat)) / (m_fourRhoC * rhoAt(lat));
    if (g < 0)
        return -1;
    if (g >= 1)
        return 180;
    return 2 * std::asin(std::sqrt(g)) / kRad;
}

GeodesicCircle::Span GeodesicCircle::span(double south, double north) const
{
    if (!m_fast)
        return {-1, 180};
    // Inside: at a fixed longitude the squared chord is convex in latitude, so a band's
    // farthest points are on its edges; at a fixed latitude it grows with the longitude.
    const double a = halfWidth(south, m_inside2), b = halfWidth(north, m_inside2);
    const double inner = a < 0 || b < 0 ? -1 : std::min(a, b);
    // Outside: the nearest latitude part, over the smallest parallel radius of the band.
    const double nearest = latitudePart(std::clamp(m_lat, south, north));
    const double g = (m_outside2 - nearest) / (m_fourRhoC * std::min(rhoAt(south), rhoAt(north)));
    const double outer = g < 0 ? -1 : g >= 1 ? 180 : 2 * std::asin(std::sqrt(g)) / kRad;
    return {inner, outer};
}

} // namespace burgernet
