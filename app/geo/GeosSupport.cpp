#include "app/geo/GeosSupport.h"

#include "app/geo/RdProjection.h"

#include <algorithm>

namespace burgernet::geos {

Handle::Handle()
    : m_handle(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_handle, &Handle::collect, &m_lastError);
}

Handle::~Handle()
{
    GEOS_finish_r(m_handle);
}

void Handle::collect(const char* message, void* userdata)
{
    *static_cast<QString*>(userdata) = QString::fromUtf8(message);
}

namespace {

GEOSGeometry* makeRing(const Handle& g, const GeoRing& ring, Plane plane)
{
    const auto n = static_cast<unsigned>(ring.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(g.h(), n + 1, 2);
    for (unsigned i = 0; i <= n; ++i) {
        const QGeoCoordinate& c = ring[static_cast<qsizetype>(i % n)];
        double x = c.longitude(), y = c.latitude();
        if (plane == Plane::Rd) {
            if (auto rd = RdProjection::fromWgs84(c.latitude(), c.longitude())) {
                x = rd->x();
                y = rd->y();
            }
        }
        GEOSCoordSeq_setXY_r(g.h(), seq, i, x, y);
    }
    return GEOSGeom_createLinearRing_r(g.h(), seq);
}

GEOSGeometry* makePolygon(const Handle& g, const GeoPolygon& part, Plane plane)
{
    GEOSGeometry* shell = makeRing(g, part.outer, plane);
    std::vector<GEOSGeometry*> holes;
    for (const GeoRing& hole : part.holes)
        holes.push_back(makeRing(g, hole, plane));
    return GEOSGeom_createPolygon_r(g.h(), shell, holes.data(),
                                    static_cast<unsigned>(holes.size()));
}

GeoRing ringFrom(const Handle& g, const GEOSGeometry* ring, Plane plane)
{
    GeoRing out;
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(g.h(), ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(g.h(), seq, &n);
    for (unsigned i = 0; i + 1 < n; ++i) { // GEOS rings are closed; ours are not
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(g.h(), seq, i, &x, &y);
        if (plane == Plane::Rd) {
            auto ll = RdProjection::toWgs84(x, y);
            if (!ll)
                continue;
            out.append(QGeoCoordinate(ll->y(), ll->x()));
        } else {
            out.append(QGeoCoordinate(y, x));
        }
    }
    return out;
}

GeoPolygon partFrom(const Handle& g, const GEOSGeometry* polygon, Plane plane)
{
    GeoPolygon part;
    part.outer = ringFrom(g, GEOSGetExteriorRing_r(g.h(), polygon), plane);
    const int n = GEOSGetNumInteriorRings_r(g.h(), polygon);
    for (int i = 0; i < n; ++i)
        part.holes.append(ringFrom(g, GEOSGetInteriorRingN_r(g.h(), polygon, i), plane));
    return part;
}

void collectPolygons(const Handle& g, const GEOSGeometry* geom,
                     std::vector<const GEOSGeometry*>& out)
{
    const int type = GEOSGeomTypeId_r(g.h(), geom);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(g.h(), geom) == 0)
            out.push_back(geom);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(g.h(), geom); ++i)
            collectPolygons(g, GEOSGetGeometryN_r(g.h(), geom, i), out);
    }
}

} // namespace

Handle::Geom toGeos(const Handle& g, const GeoPolygon& part, Plane plane)
{
    return g.own(makePolygon(g, part, plane));
}

Handle::Geom toGeos(const Handle& g, const GeoArea& area, Plane plane)
{
    if (area.kind() != GeoArea::Kind::Polygon)
        return g.own(nullptr);
    if (area.parts().size() == 1)
        return toGeos(g, area.parts().front(), plane);
    std::vector<GEOSGeometry*> polygons;
    for (const GeoPolygon& part : area.parts())
        polygons.push_back(makePolygon(g, part, plane));
    return g.own(GEOSGeom_createCollection_r(g.h(), GEOS_MULTIPOLYGON, polygons.data(),
                                             static_cast<unsigned>(polygons.size())));
}

std::vector<const GEOSGeometry*> polygonsOf(const Handle& g, const GEOSGeometry* geom)
{
    std::vector<const GEOSGeometry*> out;
    collectPolygons(g, geom, out);
    std::vector<std::pair<double, const GEOSGeometry*>> sized;
    for (const GEOSGeometry* p : out) {
        double a = 0;
        GEOSArea_r(g.h(), p, &a);
        sized.emplace_back(a, p);
    }
    std::stable_sort(sized.begin(), sized.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < sized.size(); ++i)
        out[i] = sized[i].second;
    return out;
}

Handle::Geom polygonal(const Handle& g, const GEOSGeometry* geom)
{
    std::vector<const GEOSGeometry*> found;
    collectPolygons(g, geom, found);
    std::vector<GEOSGeometry*> copies;
    for (const GEOSGeometry* p : found)
        copies.push_back(GEOSGeom_clone_r(g.h(), p));
    return g.own(GEOSGeom_createCollection_r(g.h(), GEOS_MULTIPOLYGON, copies.data(),
                                             static_cast<unsigned>(copies.size())));
}

GeoArea areaFrom(const Handle& g, const GEOSGeometry* geom, Plane plane)
{
    QList<GeoPolygon> parts;
    for (const GEOSGeometry* polygon : polygonsOf(g, geom))
        parts.append(partFrom(g, polygon, plane));
    return GeoArea::multiPolygon(std::move(parts));
}

} // namespace burgernet::geos
