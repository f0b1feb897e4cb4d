#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QPointF>

namespace burgernet {

// RD New (Amersfoort / RD New, EPSG:28992), the Dutch national grid control rooms speak, via
// PROJ. Each thread gets its own PROJ context and transformation on first use (PROJ objects
// are not thread-safe), kept for the thread's life, so a conversion on every mouse move costs
// microseconds. Points are {x, y} in metres (x east, y north) and {lon, lat} in degrees.
class RdProjection
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::RdProjection)

public:
    static Result<QPointF> fromWgs84(double lat, double lon);
    // {lon, lat}
    static Result<QPointF> toWgs84(double x, double y);

    // Whether (x, y) lies in the grid's useful range around the Netherlands (with a margin):
    // x -7,000..300,000, y 289,000..629,000.
    static bool isPlausibleRd(double x, double y);
};

} // namespace burgernet
