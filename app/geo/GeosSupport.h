#pragma once

#include "app/geo/GeoArea.h"

#include <geos_c.h>
#include <memory>
#include <vector>

namespace burgernet::geos {

// One GEOS handle for one operation (GEOS's thread-safe C API); collects GEOS's notices so that
// failures can be shown.
class Handle
{
public:
    Handle();
    ~Handle();
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

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
    static void collect(const char* message, void* userdata);

    GEOSContextHandle_t m_handle;
    QString m_lastError;
};

// Where the coordinates of a GEOS geometry are: x = longitude and y = latitude, or RD New
// metres (converted on the way in and out).
enum class Plane { LonLat, Rd };

// A polygon area as a GEOS (Multi)Polygon; null for a circle or an empty area.
Handle::Geom toGeos(const Handle& g, const GeoArea& area, Plane plane);
Handle::Geom toGeos(const Handle& g, const GeoPolygon& part, Plane plane);
// Every polygon of a (multi)polygon or collection, largest first.
std::vector<const GEOSGeometry*> polygonsOf(const Handle& g, const GEOSGeometry* geom);
// Copies of every polygon of `geom` as one MultiPolygon (lines and points dropped).
Handle::Geom polygonal(const Handle& g, const GEOSGeometry* geom);
// Every polygon of `geom` as one area (empty when there is none).
GeoArea areaFrom(const Handle& g, const GEOSGeometry* geom, Plane plane);

} // namespace burgernet::geos
