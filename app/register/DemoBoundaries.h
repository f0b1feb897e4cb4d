#pragma once

#include "app/core/Result.h"
#include "app/geo/MunicipalBoundary.h"
#include "app/register/PlaceTable.h"

#include <QCoreApplication>

namespace burgernet {

// Approximate municipal boundaries for the demo register: one cell per "municipality" of the
// GeoNames places (the nearest large place, see resources/data/README.md), the GEOS Voronoi
// cell of its place clipped to the basemap's Dutch land. Not the real municipalities: they are
// marked approximate, and their codes GM9001... are no CBS codes.
class DemoBoundaries
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DemoBoundaries)

public:
    static Result<QList<MunicipalBoundary>> make(const PlaceTable& places);
    static constexpr int kFirstCode = 9001;
};

} // namespace burgernet
