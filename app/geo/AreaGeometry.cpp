#include "app/geo/AreaGeometry.h"

#include "app/geo/RdProjection.h"

#include <cstdarg>
#include <cstdio>
#include <geos_c.h>
#include <memory>

namespace burgernet {

namespace {

// One GEOS handle for one operation; collects GEOS's notices so that failures can be shown.
class Geos
{
public:
    Geos()
        : m_handle(GEOS_init_r())
    {
        GEOSContext_setErrorMessageHandler_r(m_handle, &Geos::collect, &m_lastError);
    }
    ~Geos() { GEOS_finish_r(m_handle); }
    Geos(const Geos&) = delete;
    Geos& operator=(const Geos&) = delete;

    GEOSContextHandle_t h() const { return m_handle; }
    QString lastError() const { return m_lastError; }

    struct Deleter
    {
        GEOSContextHandle_t h;
        void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(h, g); }
    };
    using Geom = std::unique_ptr<GEOSGeometry, Deleter>;
    Geom own(GEOSGeometry* g) const { return Geom(g, Deleter{m_handle}); }

private:
    static void collect(const char* message, void* userdata)
    {
        *static_cast<QString*>(userdata) = QString::fromUtf8(message);
    }

    GEOSContextHandle_t m_handle;
    QString m_lastError;
};

// x = longitude, y = latitude (or RD x, y when `toRd`).
GEOSGeometry* makeRing(const Geos& g, const GeoRing& ring, bool toRd)
{
    const auto n = static_cast<unsigned>(ring.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(g.h(), n + 1, 2);
    for (unsigned i = 0; i <= n; ++i) {
        const QGeoCoordinate& c = ring[static_cast<qsizetype>(i % n)];
        double x = c.longitude(), y = c.latitude();
        if (toRd) {
            if (auto rd = RdProjection::fromWgs84(c.latitude(), c.longitude())) {
                x = rd->x();
                y = rd->y();
            }
        }
        GEOSCoordSeq_setXY_r(g.h(), seq, i, x, y);
    }
    return GEOSGeom_createLinearRing_r(g.h(), seq);
}

Geos::Geom makePolygon(const Geos& g, const GeoArea& area, bool toRd)
{
    GEOSGeometry* shell = makeRing(g, area.outer(), toRd);
    std::vector<GEOSGeometry*> holes;
    for (const GeoRing& hole : area.holes())
        holes.push_back(makeRing(g, hole, toRd));
    return g.own(
        GEOSGeom_createPolygon_r(g.h(), shell, holes.data(), static_cast<unsigned>(holes.size())));
}

GeoRing ringFrom(const Geos& g, const GEOSGeometry* ring, bool fromRd)
{
    GeoRing out;
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(g.h(), ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(g.h(), seq, &n);
    for (unsigned i = 0; i + 1 < n; ++i) { // GEOS rings are closed; ours are not
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(g.h(), seq, i, &x, &y);
        if (fromRd) {
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

GeoArea areaFrom(const Geos& g, const GEOSGeometry* polygon, bool fromRd)
{
    GeoRing outer = ringFrom(g, GEOSGetExteriorRing_r(g.h(), polygon), fromRd);
    QList<GeoRing> holes;
    const int n = GEOSGetNumInteriorRings_r(g.h(), polygon);
    for (int i = 0; i < n; ++i)
        holes.append(ringFrom(g, GEOSGetInteriorRingN_r(g.h(), polygon, i), fromRd));
    return GeoArea::polygon(std::move(outer), std::move(holes));
}

// The polygons of a (multi)polygon or collection, largest first.
std::vector<const GEOSGeometry*> polygonsOf(const Geos& g, const GEOSGeometry* geom)
{
    std::vector<const GEOSGeometry*> out;
    const int type = GEOSGeomTypeId_r(g.h(), geom);
    if (type == GEOS_POLYGON) {
        out.push_back(geom);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(g.h(), geom); ++i) {
            auto part = polygonsOf(g, GEOSGetGeometryN_r(g.h(), geom, i));
            out.insert(out.end(), part.begin(), part.end());
        }
    }
    std::sort(out.begin(), out.end(), [&](const GEOSGeometry* a, const GEOSGeometry* b) {
        double aa = 0, ab = 0;
        GEOSArea_r(g.h(), a, &aa);
        GEOSArea_r(g.h(), b, &ab);
        return aa > ab;
    });
    return out;
}

} // namespace

Result<AreaGeometry::Checked> AreaGeometry::validated(const GeoArea& area)
{
    if (area.kind() == GeoArea::Kind::Circle)
        return Checked{area, false, {}};
    if (area.kind() != GeoArea::Kind::Polygon || area.outer().size() < 3)
        return Error(tr("The area needs at least three corners."));

    Geos g;
    Geos::Geom polygon = makePolygon(g, area, false);
    if (!polygon)
        return Error(tr("The area cannot be read as a polygon: %1").arg(g.lastError()));
    if (GEOSisValid_r(g.h(), polygon.get()) == 1)
        return Checked{area, false, {}};

    char* reasonText = GEOSisValidReason_r(g.h(), polygon.get());
    const QString reason = QString::fromUtf8(reasonText ? reasonText : "");
    GEOSFree_r(g.h(), reasonText);

    Geos::Geom valid = g.own(GEOSMakeValid_r(g.h(), polygon.get()));
    if (!valid)
        return Error(tr("The area is not valid (%1) and cannot be repaired.").arg(reason));
    const auto parts = polygonsOf(g, valid.get());
    if (parts.empty())
        return Error(
            tr("The area is not valid (%1): nothing of it is left after repair.").arg(reason));
    GeoArea repaired = areaFrom(g, parts.front(), false);
    if (repaired.isEmpty())
        return Error(tr("The area is not valid (%1) and cannot be repaired.").arg(reason));
    QString message =
        parts.size() == 1
            ? tr("The area crossed itself (%1); it was repaired.").arg(reason)
            : tr("The area crossed itself (%1) and fell apart into %2 parts; the largest was "
                 "kept. Check the area before use.")
                  .arg(reason)
                  .arg(parts.size());
    return Checked{std::move(repaired), true, std::move(message)};
}

Result<GeoArea> AreaGeometry::corridor(const GeoRing& polyline, double widthMetres)
{
    if (polyline.size() < 2)
        return Error(tr("A corridor needs a route of at least two points."));
    if (!(widthMetres > 0))
        return Error(tr("A corridor needs a width above 0 metres."));

    Geos g;
    const auto n = static_cast<unsigned>(polyline.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(g.h(), n, 2);
    for (unsigned i = 0; i < n; ++i) {
        const QGeoCoordinate& c = polyline[static_cast<qsizetype>(i)];
        auto rd = RdProjection::fromWgs84(c.latitude(), c.longitude());
        if (!rd)
            return rd.error();
        GEOSCoordSeq_setXY_r(g.h(), seq, i, rd->x(), rd->y());
    }
    Geos::Geom line = g.own(GEOSGeom_createLineString_r(g.h(), seq));
    // 8 segments per quarter circle: round ends that stay within 2 % of the width.
    Geos::Geom buffer = g.own(GEOSBuffer_r(g.h(), line.get(), widthMetres / 2, 8));
    if (!buffer)
        return Error(tr("The corridor cannot be made: %1").arg(g.lastError()));
    const auto parts = polygonsOf(g, buffer.get());
    if (parts.empty())
        return Error(tr("The corridor cannot be made from this route."));
    GeoArea area = areaFrom(g, parts.front(), true);
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
    Geos g;
    Geos::Geom polygon = makePolygon(g, area, true);
    double a = 0;
    if (!polygon || GEOSArea_r(g.h(), polygon.get(), &a) != 1)
        return Error(tr("The area cannot be measured: %1").arg(g.lastError()));
    return a;
}

} // namespace burgernet
