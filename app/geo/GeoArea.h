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

// One part of a polygon area: an outer ring and its holes.
struct GeoPolygon
{
    GeoRing outer;
    QList<GeoRing> holes;
    bool operator==(const GeoPolygon&) const = default;
};

// An alert area: a geodesic circle (metres on the WGS84 ellipsoid, as PostGIS geography) or
// a polygon with holes whose edges are straight lines in longitude/latitude, as in GeoJSON.
// Corridors and rectangles are polygons. A polygon area may have several parts that do not
// overlap (two villages, both sides of a river, a municipality with its islands), as a GeoJSON
// MultiPolygon. Points on the edge are inside.
class GeoArea
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::GeoArea)

public:
    enum class Kind { Empty, Circle, Polygon };

    static GeoArea circle(const QGeoCoordinate& centre, double radiusMetres);
    // `outer` and `holes` as rings of at least three points.
    static GeoArea polygon(GeoRing outer, QList<GeoRing> holes = {});
    // Parts whose outer ring has fewer than three points are dropped.
    static GeoArea multiPolygon(QList<GeoPolygon> parts);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Empty; }
    QGeoCoordinate centre() const { return m_centre; }
    double radiusMetres() const { return m_radius; }
    // Every part of a polygon area (none for a circle).
    const QList<GeoPolygon>& parts() const { return m_parts; }
    // The first part's rings: the whole area only when it has one part.
    const GeoRing& outer() const;
    const QList<GeoRing>& holes() const;
    // The number of corners over all rings of all parts.
    qsizetype vertexCount() const;

    // The bounding box in degrees: south, west, north, east.
    struct Box
    {
        double south = 0, west = 0, north = 0, east = 0;
    };
    Box boundingBox() const;

    // The reference predicate, plain and slow: what ParticipantIndex must agree with.
    bool contains(double lat, double lon) const;

    // GeoJSON (RFC 7946): a Polygon or MultiPolygon geometry, or for a circle a Point with a
    // "radius" property in metres (the convention of the app platform and of Leaflet-style tools);
    // Feature and FeatureCollection with one feature are accepted.
    static Result<GeoArea> fromGeoJson(const QByteArray& json);
    QJsonObject toGeoJson() const;

    // CAP 1.2 <circle> ("lat,lon radius-km") or <polygon> ("lat,lon lat,lon ...", closed): one
    // polygon per part (CAP has no holes; an <area> may hold several polygons).
    QString toCapCircle() const;
    QStringList toCapPolygons() const;

private:
    Kind m_kind = Kind::Empty;
    QGeoCoordinate m_centre;
    double m_radius = 0;
    QList<GeoPolygon> m_parts;
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
