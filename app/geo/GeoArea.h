#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace burgernet {

// A ring of WGS84 points, not closed (the first point is not repeated at the end).
using GeoRing = QList<QGeoCoordinate>;

// An alert area: a geodesic circle (metres on the WGS84 ellipsoid, as PostGIS geography) or
// a polygon with holes whose edges are straight lines in longitude/latitude, as in GeoJSON.
// Corridors and rectangles are polygons. Points on the edge are inside.
class GeoArea
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::GeoArea)

public:
    enum class Kind { Empty, Circle, Polygon };

    static GeoArea circle(const QGeoCoordinate& centre, double radiusMetres);
    // `outer` and `holes` as rings of at least three points.
    static GeoArea polygon(GeoRing outer, QList<GeoRing> holes = {});

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Empty; }
    QGeoCoordinate centre() const { return m_centre; }
    double radiusMetres() const { return m_radius; }
    const GeoRing& outer() const { return m_outer; }
    const QList<GeoRing>& holes() const { return m_holes; }

    // The bounding box in degrees: south, west, north, east.
    struct Box
    {
        double south = 0, west = 0, north = 0, east = 0;
    };
    Box boundingBox() const;

    // The reference predicate, plain and slow: what ParticipantIndex must agree with.
    bool contains(double lat, double lon) const;

    // GeoJSON (RFC 7946): a Polygon geometry, or for a circle a Point with a "radius" property
    // in metres (the convention of the app platform and of Leaflet-style tools); Feature and
    // FeatureCollection with one feature are accepted.
    static Result<GeoArea> fromGeoJson(const QByteArray& json);
    QJsonObject toGeoJson() const;

    // CAP 1.2 <circle> ("lat,lon radius-km") or <polygon> ("lat,lon lat,lon ...", closed).
    QString toCapCircle() const;
    QString toCapPolygon() const;

private:
    Kind m_kind = Kind::Empty;
    QGeoCoordinate m_centre;
    double m_radius = 0;
    GeoRing m_outer;
    QList<GeoRing> m_holes;
};

namespace geo {

inline constexpr double kEarthRadiusMetres = 6371008.8; // IUGG mean radius of WGS84
// The meridian's radius of curvature at the equator, a(1 - e²): no radius of curvature of the
// ellipsoid is smaller.
inline constexpr double kMinCurvatureRadiusMetres = 6335439.327;

// The geodesic on the WGS84 ellipsoid (GeographicLib): its length, and where it ends.
double distanceMetres(double lat1, double lon1, double lat2, double lon2);
QGeoCoordinate destination(const QGeoCoordinate& from, double azimuthDegrees, double metres);

// Point in a ring (even-odd), points on the ring's edges count as inside.
bool ringContains(const GeoRing& ring, double lat, double lon);
bool onSegment(double lat, double lon, const QGeoCoordinate& a, const QGeoCoordinate& b);
// The same on plain numbers, for the hot loops (a QGeoCoordinate allocates).
bool onSegment(double lat, double lon, double aLat, double aLon, double bLat, double bLon);

} // namespace geo

} // namespace burgernet
