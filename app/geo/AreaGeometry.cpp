#include "app/geo/AreaGeometry.h"

#include "app/geo/GeosSupport.h"
#include "app/geo/RdProjection.h"

#include <cmath>

namespace burgernet {

using geos::Plane;

Result<AreaGeometry::Checked> AreaGeometry::validated(const GeoArea& area)
{
    if (area.kind() == GeoArea::Kind::Circle) {
        // NaN compares false both ways: only what is a number passes.
        if (!area.centre().isValid() || !std::isfinite(area.centre().latitude()) ||
            !std::isfinite(area.centre().longitude()))
            return Error(tr("The circle's centre is not a place on earth."));
        if (!(area.radiusMetres() > 0) || !std::isfinite(area.radiusMetres()))
            return Error(tr("The circle's radius must be a number of metres above 0, not %1.")
                             .arg(area.radiusMetres()));
        return Checked{area, false, {}, 0};
    }
    if (area.kind() == GeoArea::Kind::Polygon) {
        qsizetype corner = 0;
        for (const GeoPolygon& part : area.parts())
            for (const GeoRing& ring : QList<GeoRing>{part.outer} + part.holes)
                for (const QGeoCoordinate& c : ring) {
                    ++corner;
                    if (!c.isValid() || !std::isfinite(c.latitude()) ||
                        !std::isfinite(c.longitude()))
                        return Error(tr("The area's corner %1 is not a place on earth (%2, %3).")
                                         .arg(corner)
                                         .arg(c.latitude())
                                         .arg(c.longitude()));
                }
    }
    if (area.kind() != GeoArea::Kind::Polygon || area.outer().size() < 3)
        return Error(tr("The area needs at least three corners."));

    geos::Handle g;
    // Each part on its own, then together: parts that overlap are joined, not cut apart.
    std::vector<geos::Handle::Geom> repairedParts;
    QStringList reasons;
    double drawnArea = 0;
    for (const GeoPolygon& part : area.parts()) {
        geos::Handle::Geom polygon = geos::toGeos(g, part, Plane::LonLat);
        if (!polygon)
            return Error(tr("The area cannot be read as a polygon: %1").arg(g.lastError()));
        // As drawn: the rings' shoelace areas (in metres), which cancel where a ring crosses
        // itself.
        double a = 0;
        if (geos::Handle::Geom metres = geos::toGeos(g, part, Plane::Rd))
            GEOSArea_r(g.h(), metres.get(), &a);
        drawnArea += a;
        if (GEOSisValid_r(g.h(), polygon.get()) == 1) {
            repairedParts.push_back(std::move(polygon));
            continue;
        }
        char* reasonText = GEOSisValidReason_r(g.h(), polygon.get());
        reasons << QString::fromUtf8(reasonText ? reasonText : "");
        GEOSFree_r(g.h(), reasonText);
        geos::Handle::Geom valid = g.own(GEOSMakeValid_r(g.h(), polygon.get()));
        if (!valid)
            return Error(
                tr("The area is not valid (%1) and cannot be repaired.").arg(reasons.back()));
        repairedParts.push_back(std::move(valid));
    }
    geos::Handle::Geom joined;
    if (repairedParts.size() == 1 && reasons.isEmpty())
        return Checked{area, false, {}, 0};
    if (repairedParts.size() == 1) {
        joined = std::move(repairedParts.front());
    } else {
        std::vector<GEOSGeometry*> raw;
        for (auto& part : repairedParts)
            raw.push_back(part.release());
        geos::Handle::Geom collection = g.own(GEOSGeom_createCollection_r(
            g.h(), GEOS_GEOMETRYCOLLECTION, raw.data(), static_cast<unsigned>(raw.size())));
        // Only polygons: make-valid may leave lines where a ring touched itself.
        geos::Handle::Geom polygonal = geos::polygonal(g, collection.get());
        if (polygonal && GEOSisValid_r(g.h(), polygonal.get()) == 1 && reasons.isEmpty())
            return Checked{area, false, {}, 0};
        joined = g.own(GEOSUnaryUnion_r(g.h(), polygonal ? polygonal.get() : collection.get()));
        if (!joined)
            return Error(tr("The area's parts cannot be joined: %1").arg(g.lastError()));
        if (reasons.isEmpty())
            reasons << tr("parts overlap");
    }
    const QString reason = reasons.join(QStringLiteral("; "));
    const auto parts = geos::polygonsOf(g, joined.get());
    if (parts.empty())
        return Error(
            tr("The area is not valid (%1): nothing of it is left after repair.").arg(reason));
    GeoArea repaired = geos::areaFrom(g, joined.get(), Plane::LonLat);
    if (repaired.isEmpty())
        return Error(tr("The area is not valid (%1) and cannot be repaired.").arg(reason));
    const auto measured = areaSquareMetres(repaired);
    const double repairedArea = measured ? *measured : 0.0;
    const double change =
        std::abs(repairedArea - drawnArea) / std::max({repairedArea, drawnArea, 1.0});
    QString message =
        repaired.parts().size() == area.parts().size()
            ? tr("The area crossed itself (%1); it was repaired.").arg(reason)
            : tr("The area crossed itself (%1) and now has %2 parts; every part is kept. Check "
                 "the area before use.")
                  .arg(reason)
                  .arg(repaired.parts().size());
    return Checked{std::move(repaired), true, std::move(message), change};
}

Result<GeoArea> AreaGeometry::usable(const GeoArea& area)
{
    if (area.isEmpty())
        return area;
    auto checked = validated(area);
    if (!checked)
        return checked.error();
    return std::move(checked->area);
}

Result<GeoArea> AreaGeometry::corridor(const GeoRing& polyline, double widthMetres)
{
    if (polyline.size() < 2)
        return Error(tr("A corridor needs a route of at least two points."));
    if (!(widthMetres > 0))
        return Error(tr("A corridor needs a width above 0 metres."));

    geos::Handle g;
    const auto n = static_cast<unsigned>(polyline.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(g.h(), n, 2);
    for (unsigned i = 0; i < n; ++i) {
        const QGeoCoordinate& c = polyline[static_cast<qsizetype>(i)];
        auto rd = RdProjection::fromWgs84(c.latitude(), c.longitude());
        if (!rd)
            return rd.error();
        GEOSCoordSeq_setXY_r(g.h(), seq, i, rd->x(), rd->y());
    }
    geos::Handle::Geom line = g.own(GEOSGeom_createLineString_r(g.h(), seq));
    // 8 segments per quarter circle: round ends that stay within 2 % of the width.
    geos::Handle::Geom buffer = g.own(GEOSBuffer_r(g.h(), line.get(), widthMetres / 2, 8));
    if (!buffer)
        return Error(tr("The corridor cannot be made: %1").arg(g.lastError()));
    GeoArea area = geos::areaFrom(g, buffer.get(), Plane::Rd);
    if (area.isEmpty())
        return Error(tr("The corridor cannot be made from this route."));
    return area;
}

Result<double> AreaGeometry::areaSquareMetres(const GeoArea& area)
{
    if (area.kind() == GeoArea::Kind::Circle)
        return 3.14159265358979 * area.radiusMetres() * area.radiusMetres();
    if (area.kind() != GeoArea::Kind::Polygon)
        return 0.0;
    geos::Handle g;
    double a = 0;
    for (const GeoPolygon& part : area.parts()) {
        // Part by part: the parts of a valid area do not overlap, and so their areas add up.
        geos::Handle::Geom polygon = geos::toGeos(g, part, Plane::Rd);
        double partArea = 0;
        if (!polygon || GEOSArea_r(g.h(), polygon.get(), &partArea) != 1)
            return Error(tr("The area cannot be measured: %1").arg(g.lastError()));
        a += partArea;
    }
    return a;
}

Result<GeoArea> AreaGeometry::fromWkb(const QByteArray& wkb, Crs crs)
{
    geos::Handle g;
    GEOSWKBReader* reader = GEOSWKBReader_create_r(g.h());
    geos::Handle::Geom geometry = g.own(
        GEOSWKBReader_read_r(g.h(), reader, reinterpret_cast<const unsigned char*>(wkb.constData()),
                             static_cast<size_t>(wkb.size())));
    GEOSWKBReader_destroy_r(g.h(), reader);
    if (!geometry)
        return Error(tr("The geometry is not valid WKB: %1").arg(g.lastError()));
    const int type = GEOSGeomTypeId_r(g.h(), geometry.get());
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
        return Error(tr("The geometry is a %1, not a polygon or multipolygon.")
                         .arg(QString::fromUtf8(GEOSGeomType_r(g.h(), geometry.get()))));
    GeoArea area = geos::areaFrom(g, geometry.get(), crs == Crs::RdNew ? Plane::Rd : Plane::LonLat);
    if (area.isEmpty())
        return Error(tr("The geometry is empty."));
    return area;
}

namespace {

// A circle as the 72-sided polygon the map draws; a polygon area as it is.
GeoArea asPolygon(const GeoArea& area)
{
    if (area.kind() != GeoArea::Kind::Circle)
        return area;
    GeoRing ring;
    for (int i = 0; i < 72; ++i)
        ring << geo::destination(area.centre(), i * 5.0, area.radiusMetres());
    return GeoArea::polygon(ring);
}

} // namespace

Result<bool> AreaGeometry::within(const GeoArea& inner, const GeoArea& outer,
                                  double toleranceMetres)
{
    if (inner.isEmpty() || outer.isEmpty())
        return false;
    geos::Handle g;
    geos::Handle::Geom a = geos::toGeos(g, asPolygon(inner), Plane::Rd);
    geos::Handle::Geom b = geos::toGeos(g, asPolygon(outer), Plane::Rd);
    if (!a || !b)
        return Error(tr("The areas cannot be compared: %1").arg(g.lastError()));
    geos::Handle::Geom grown = g.own(GEOSBuffer_r(g.h(), b.get(), toleranceMetres, 8));
    if (!grown)
        return Error(tr("The areas cannot be compared: %1").arg(g.lastError()));
    const char covered = GEOSCovers_r(g.h(), grown.get(), a.get());
    if (covered == 2)
        return Error(tr("The areas cannot be compared: %1").arg(g.lastError()));
    return covered == 1;
}

Result<bool> AreaGeometry::intersects(const GeoArea& a, const GeoArea& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    geos::Handle g;
    geos::Handle::Geom ga = geos::toGeos(g, asPolygon(a), Plane::Rd);
    geos::Handle::Geom gb = geos::toGeos(g, asPolygon(b), Plane::Rd);
    if (!ga || !gb)
        return Error(tr("The areas cannot be compared: %1").arg(g.lastError()));
    const char touching = GEOSIntersects_r(g.h(), ga.get(), gb.get());
    if (touching == 2)
        return Error(tr("The areas cannot be compared: %1").arg(g.lastError()));
    return touching == 1;
}

Result<QList<GeoArea>> AreaGeometry::voronoiCells(const QList<QGeoCoordinate>& sites,
                                                  const GeoArea& clip)
{
    geos::Handle g;
    geos::Handle::Geom land = geos::toGeos(g, clip, Plane::Rd);
    if (!land)
        return Error(tr("The clipping area cannot be read: %1").arg(g.lastError()));
    std::vector<GEOSGeometry*> points;
    std::vector<QPointF> rd;
    for (const QGeoCoordinate& site : sites) {
        auto p = RdProjection::fromWgs84(site.latitude(), site.longitude());
        if (!p)
            return p.error();
        rd.push_back(*p);
        points.push_back(GEOSGeom_createPointFromXY_r(g.h(), p->x(), p->y()));
    }
    geos::Handle::Geom multipoint = g.own(GEOSGeom_createCollection_r(
        g.h(), GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())));
    // The diagram over the land's whole extent, so that no land is left without a cell.
    geos::Handle::Geom cells =
        g.own(GEOSVoronoiDiagram_r(g.h(), multipoint.get(), land.get(), 0.0, 0));
    if (!cells)
        return Error(tr("The Voronoi diagram cannot be made: %1").arg(g.lastError()));
    const GEOSPreparedGeometry* preparedLand = GEOSPrepare_r(g.h(), land.get());
    QList<GeoArea> out;
    out.resize(sites.size());
    const int n = GEOSGetNumGeometries_r(g.h(), cells.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(g.h(), cells.get(), i);
        // Which site's cell this is: the one inside it (GEOS does not keep the sites' order).
        for (size_t s = 0; s < rd.size(); ++s) {
            geos::Handle::Geom point =
                g.own(GEOSGeom_createPointFromXY_r(g.h(), rd[s].x(), rd[s].y()));
            if (GEOSIntersects_r(g.h(), cell, point.get()) != 1)
                continue;
            if (GEOSPreparedIntersects_r(g.h(), preparedLand, cell) == 1) {
                geos::Handle::Geom clipped = g.own(GEOSIntersection_r(g.h(), cell, land.get()));
                if (clipped)
                    out[static_cast<qsizetype>(s)] = geos::areaFrom(g, clipped.get(), Plane::Rd);
            }
            break;
        }
    }
    GEOSPreparedGeom_destroy_r(g.h(), preparedLand);
    return out;
}

} // namespace burgernet
