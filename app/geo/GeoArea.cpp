#include "app/geo/GeoArea.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <GeographicLib/Geodesic.hpp>
#include <cmath>
#include <set>

namespace burgernet {

namespace geo {

double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    double metres = 0;
    GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, metres);
    return metres;
}

QGeoCoordinate destination(const QGeoCoordinate& from, double azimuthDegrees, double metres)
{
    double lat = 0, lon = 0;
    GeographicLib::Geodesic::WGS84().Direct(from.latitude(), from.longitude(), azimuthDegrees,
                                            metres, lat, lon);
    return QGeoCoordinate(lat, lon);
}

bool onSegment(double lat, double lon, double ay, double ax, double by, double bx)
{
    // Within the segment's box first: cheap, and most points are not.
    if (lon < std::min(ax, bx) - 1e-12 || lon > std::max(ax, bx) + 1e-12 ||
        lat < std::min(ay, by) - 1e-12 || lat > std::max(ay, by) + 1e-12)
        return false;
    const double cross = (bx - ax) * (lat - ay) - (by - ay) * (lon - ax);
    const double length = std::abs(bx - ax) + std::abs(by - ay);
    return std::abs(cross) <= 1e-12 * std::max(1.0, length);
}

bool onSegment(double lat, double lon, const QGeoCoordinate& a, const QGeoCoordinate& b)
{
    return onSegment(lat, lon, a.latitude(), a.longitude(), b.latitude(), b.longitude());
}

bool ringContains(const GeoRing& ring, double lat, double lon)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QGeoCoordinate& a = ring[i];
        const QGeoCoordinate& b = ring[j];
        if (onSegment(lat, lon, a, b))
            return true;
        const double ay = a.latitude(), by = b.latitude();
        if ((ay > lat) != (by > lat)) {
            const double x =
                a.longitude() + (lat - ay) * (b.longitude() - a.longitude()) / (by - ay);
            if (lon < x)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace geo

GeoArea GeoArea::circle(const QGeoCoordinate& centre, double radiusMetres)
{
    GeoArea area;
    area.m_kind = Kind::Circle;
    area.m_centre = centre;
    area.m_radius = radiusMetres;
    return area;
}

GeoArea GeoArea::polygon(GeoRing outer, QList<GeoRing> holes)
{
    return multiPolygon({GeoPolygon{std::move(outer), std::move(holes)}});
}

GeoArea GeoArea::multiPolygon(QList<GeoPolygon> parts)
{
    auto open = [](GeoRing& ring) {
        if (ring.size() > 1 && ring.front() == ring.back())
            ring.removeLast();
    };
    GeoArea area;
    for (GeoPolygon& part : parts) {
        open(part.outer);
        for (GeoRing& hole : part.holes)
            open(hole);
        if (part.outer.size() >= 3)
            area.m_parts.append(std::move(part));
    }
    area.m_kind = area.m_parts.isEmpty() ? Kind::Empty : Kind::Polygon;
    return area;
}

const GeoRing& GeoArea::outer() const
{
    static const GeoRing none;
    return m_parts.isEmpty() ? none : m_parts.front().outer;
}

const QList<GeoRing>& GeoArea::holes() const
{
    static const QList<GeoRing> none;
    return m_parts.isEmpty() ? none : m_parts.front().holes;
}

qsizetype GeoArea::vertexCount() const
{
    qsizetype n = 0;
    for (const GeoPolygon& part : m_parts) {
        n += part.outer.size();
        for (const GeoRing& hole : part.holes)
            n += hole.size();
    }
    return n;
}

GeoArea::Box GeoArea::boundingBox() const
{
    Box box;
    if (m_kind == Kind::Circle) {
        // On a sphere of the smallest radius of curvature anywhere on the ellipsoid (the
        // meridian's at the equator): an angle at least as large as the circle's, so the box
        // holds the whole geodesic circle.
        const double angular = m_radius / geo::kMinCurvatureRadiusMetres;
        const double lat = std::min(89.9, std::abs(m_centre.latitude()) + angular * 180 / M_PI);
        box.south = std::max(-90.0, m_centre.latitude() - angular * 180 / M_PI);
        box.north = std::min(90.0, m_centre.latitude() + angular * 180 / M_PI);
        const double s = std::sin(std::min(angular, M_PI / 2)) / std::cos(lat * M_PI / 180);
        const double dLon = s >= 1 ? 180 : std::asin(s) * 180 / M_PI;
        box.west = m_centre.longitude() - dLon;
        box.east = m_centre.longitude() + dLon;
        return box;
    }
    if (m_parts.isEmpty())
        return box;
    const QGeoCoordinate& first = m_parts.front().outer.front();
    box = {first.latitude(), first.longitude(), first.latitude(), first.longitude()};
    for (const GeoPolygon& part : m_parts)
        for (const QGeoCoordinate& c : part.outer) {
            box.south = std::min(box.south, c.latitude());
            box.north = std::max(box.north, c.latitude());
            box.west = std::min(box.west, c.longitude());
            box.east = std::max(box.east, c.longitude());
        }
    return box;
}

namespace {

bool partContains(const GeoPolygon& part, double lat, double lon)
{
    if (!geo::ringContains(part.outer, lat, lon))
        return false;
    for (const GeoRing& hole : part.holes) {
        // The hole's edge belongs to the area: only its strict interior is excluded.
        if (geo::ringContains(hole, lat, lon)) {
            bool onEdge = false;
            for (qsizetype i = 0, j = hole.size() - 1; i < hole.size(); j = i++)
                onEdge = onEdge || geo::onSegment(lat, lon, hole[i], hole[j]);
            if (!onEdge)
                return false;
        }
    }
    return true;
}

} // namespace

bool GeoArea::contains(double lat, double lon) const
{
    switch (m_kind) {
    case Kind::Empty:
        return false;
    case Kind::Circle:
        return geo::distanceMetres(m_centre.latitude(), m_centre.longitude(), lat, lon) <= m_radius;
    case Kind::Polygon:
        for (const GeoPolygon& part : m_parts)
            if (partContains(part, lat, lon))
                return true;
        return false;
    }
    return false;
}

namespace {

Result<GeoRing> ringFromJson(const QJsonArray& positions, int ringIndex)
{
    GeoRing ring;
    for (const QJsonValue& value : positions) {
        const QJsonArray position = value.toArray();
        if (position.size() < 2 || !position[0].isDouble() || !position[1].isDouble())
            return Error{GeoArea::tr("Ring %1 has a position that is not [longitude, latitude].")
                             .arg(ringIndex)};
        const QGeoCoordinate c(position[1].toDouble(), position[0].toDouble());
        if (!c.isValid())
            return Error{GeoArea::tr("Ring %1 has a position outside the world: [%2, %3].")
                             .arg(ringIndex)
                             .arg(position[0].toDouble())
                             .arg(position[1].toDouble())};
        ring << c;
    }
    // Left closed: multiPolygon() opens each ring once. Opening it here as well took a second
    // position off a ring that repeats its first one at the end, so that every read lost a
    // corner, and a ring [a, b, a, a] vanished from its area without a word.
    std::set<std::pair<double, double>> distinct;
    for (const QGeoCoordinate& c : ring)
        distinct.insert({c.latitude(), c.longitude()});
    if (distinct.size() < 3)
        return Error{
            GeoArea::tr("Ring %1 has fewer than three distinct positions.").arg(ringIndex)};
    return ring;
}

Result<GeoPolygon> polygonFromJson(const QJsonArray& coordinates, const QString& where)
{
    if (coordinates.isEmpty())
        return Error{where + GeoArea::tr("The polygon has no rings.")};
    QList<GeoRing> rings;
    for (qsizetype i = 0; i < coordinates.size(); ++i) {
        auto ring = ringFromJson(coordinates[i].toArray(), static_cast<int>(i));
        if (!ring)
            return Error{where + ring.errorMessage()};
        rings << *ring;
    }
    GeoRing outer = rings.takeFirst();
    return GeoPolygon{std::move(outer), std::move(rings)};
}

QJsonArray ringToJson(const GeoRing& ring)
{
    QJsonArray positions;
    for (const QGeoCoordinate& c : ring)
        positions.append(QJsonArray{c.longitude(), c.latitude()});
    if (!ring.isEmpty())
        positions.append(QJsonArray{ring.front().longitude(), ring.front().latitude()});
    return positions;
}

} // namespace

Result<GeoArea> GeoArea::fromGeoJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return Error{
            tr("Not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    QJsonObject object = document.object();
    QJsonObject properties;
    if (object.value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection")) {
        const QJsonArray features = object.value(QStringLiteral("features")).toArray();
        if (features.size() != 1)
            return Error{
                tr("A FeatureCollection must hold exactly one area, not %1.").arg(features.size())};
        object = features[0].toObject();
    }
    if (object.value(QStringLiteral("type")).toString() == QLatin1String("Feature")) {
        properties = object.value(QStringLiteral("properties")).toObject();
        object = object.value(QStringLiteral("geometry")).toObject();
    }
    const QString type = object.value(QStringLiteral("type")).toString();
    const QJsonArray coordinates = object.value(QStringLiteral("coordinates")).toArray();
    if (type == QLatin1String("Point")) {
        const double radius = properties.value(QStringLiteral("radius"))
                                  .toDouble(object.value(QStringLiteral("radius")).toDouble(-1));
        if (coordinates.size() < 2 || radius <= 0)
            return Error{tr("A circle is a Point with a positive \"radius\" in metres.")};
        const QGeoCoordinate centre(coordinates[1].toDouble(), coordinates[0].toDouble());
        if (!centre.isValid())
            return Error{tr("The circle's centre is outside the world.")};
        return circle(centre, radius);
    }
    if (type == QLatin1String("Polygon")) {
        auto part = polygonFromJson(coordinates, QString());
        if (!part)
            return part.error();
        return multiPolygon({*part});
    }
    if (type == QLatin1String("MultiPolygon")) {
        if (coordinates.isEmpty())
            return Error{tr("The multipolygon has no parts.")};
        QList<GeoPolygon> parts;
        for (qsizetype i = 0; i < coordinates.size(); ++i) {
            auto part =
                polygonFromJson(coordinates[i].toArray(), tr("Part %1: ").arg(static_cast<int>(i)));
            if (!part)
                return part.error();
            parts << *part;
        }
        return multiPolygon(parts);
    }
    return Error{tr("Unsupported geometry \"%1\": use Polygon, MultiPolygon, or Point with a "
                    "radius.")
                     .arg(type)};
}

QJsonObject GeoArea::toGeoJson() const
{
    if (m_kind == Kind::Circle)
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("radius"), m_radius}}},
            {QStringLiteral("geometry"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                         {QStringLiteral("coordinates"),
                          QJsonArray{m_centre.longitude(), m_centre.latitude()}}}}};
    auto partToJson = [](const GeoPolygon& part) {
        // Not QJsonArray{ringToJson(...)}: clang reads a braced single array as a copy of it,
        // which wrote the rings one level too shallow.
        QJsonArray rings;
        rings.append(ringToJson(part.outer));
        for (const GeoRing& hole : part.holes)
            rings.append(ringToJson(hole));
        return rings;
    };
    QJsonObject geometry;
    if (m_parts.size() == 1) {
        geometry = {{QStringLiteral("type"), QStringLiteral("Polygon")},
                    {QStringLiteral("coordinates"), partToJson(m_parts.front())}};
    } else {
        QJsonArray parts;
        for (const GeoPolygon& part : m_parts)
            parts.append(partToJson(part));
        geometry = {{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                    {QStringLiteral("coordinates"), parts}};
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("properties"), QJsonObject{}},
                       {QStringLiteral("geometry"), geometry}};
}

QString GeoArea::toCapCircle() const
{
    if (m_kind != Kind::Circle)
        return {};
    return QStringLiteral("%1,%2 %3")
        .arg(m_centre.latitude(), 0, 'f', 6)
        .arg(m_centre.longitude(), 0, 'f', 6)
        .arg(m_radius / 1000.0, 0, 'f', 3);
}

QStringList GeoArea::toCapPolygons() const
{
    QStringList polygons;
    for (const GeoPolygon& part : m_parts) {
        QStringList pairs;
        for (const QGeoCoordinate& c : part.outer)
            pairs << QStringLiteral("%1,%2")
                         .arg(c.latitude(), 0, 'f', 6)
                         .arg(c.longitude(), 0, 'f', 6);
        pairs << pairs.front();
        polygons << pairs.join(QLatin1Char(' '));
    }
    return polygons;
}

} // namespace burgernet
