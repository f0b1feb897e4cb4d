#pragma once

#include "app/core/Result.h"
#include "app/geo/GeoArea.h"

#include <QCoreApplication>

namespace burgernet {

// Geometry on alert areas that a well-kept library already does right: validity and repair,
// and buffers (GEOS, through its thread-safe C API with one handle per call).
class AreaGeometry
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaGeometry)

public:
    struct Checked
    {
        GeoArea area;
        bool repaired = false;
        QString message; // what was wrong and what was done, for the dispatcher
        // How much the repair changed the area: |repaired - as drawn| / the larger of the two,
        // where "as drawn" is the shoelace area of the rings (the lobes of a bow tie cancel).
        double areaChange = 0;
        // A repair that changes the area by more than 1 % is shown to the dispatcher, who
        // accepts it or goes on editing.
        bool needsConfirmation() const { return repaired && areaChange > kConfirmAbove; }
    };
    static constexpr double kConfirmAbove = 0.01;

    // The one check every path uses (the map, `burgernetctl area count`, the dispatch path), so
    // that they count the same participants. A circle is always valid. A polygon that crosses
    // itself (or whose holes lie wrong) is repaired with GEOS make-valid, in RD New metres, and
    // EVERY part of the result is kept; parts that overlap are joined. An error when nothing
    // usable is left.
    static Result<Checked> validated(const GeoArea& area);
    // The area as it is counted: validated()'s area, the empty area as it is.
    static Result<GeoArea> usable(const GeoArea& area);

    // A corridor along an escape route: the polyline (at least two points) buffered by half
    // of `widthMetres` on each side, with round ends. Buffered in RD New metres, so the width is
    // true on the ground, and projected back to WGS84.
    static Result<GeoArea> corridor(const GeoRing& polyline, double widthMetres);

    // The area of a polygon in square metres (in RD New), for messages and tests.
    static Result<double> areaSquareMetres(const GeoArea& area);

    enum class Crs { Wgs84, RdNew };
    // A Polygon or MultiPolygon in WKB (as a GeoPackage stores it behind its header), with x, y
    // in longitude, latitude or in RD New metres, as an area in WGS84.
    static Result<GeoArea> fromWkb(const QByteArray& wkb, Crs crs);

    // Whether `inner` lies within `outer`, allowing `toleranceMetres` beyond its edge (a circle
    // is taken as its 72-sided polygon). For scope checks such as "inside this municipality".
    static Result<bool> within(const GeoArea& inner, const GeoArea& outer, double toleranceMetres);
    // Whether two areas share any ground (a circle taken as its 72-sided polygon).
    static Result<bool> intersects(const GeoArea& a, const GeoArea& b);

    // The Voronoi cell of each site (computed in RD New metres) clipped to `clip`, in the order
    // of the sites; a cell with nothing left inside `clip` is an empty area.
    static Result<QList<GeoArea>> voronoiCells(const QList<QGeoCoordinate>& sites,
                                               const GeoArea& clip);
};

} // namespace burgernet
