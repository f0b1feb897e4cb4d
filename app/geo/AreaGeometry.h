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
    };

    // A circle is always valid. A polygon that crosses itself (or whose holes lie wrong) is
    // repaired with GEOS make-valid; when that splits it into parts the largest is kept and
    // the message says so. An error when nothing usable is left.
    static Result<Checked> validated(const GeoArea& area);

    // A corridor along an escape route: the polyline (at least two points) buffered by half
    // of `widthMetres` on each side, with round ends. Buffered in RD New metres, so the width is
    // true on the ground, and projected back to WGS84.
    static Result<GeoArea> corridor(const GeoRing& polyline, double widthMetres);

    // The area of a polygon in square metres (in RD New), for messages and tests.
    static Result<double> areaSquareMetres(const GeoArea& area);
};

} // namespace burgernet
