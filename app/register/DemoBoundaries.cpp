#include "app/register/DemoBoundaries.h"

#include "app/geo/AreaGeometry.h"
#include "app/geo/NationalBorder.h"

#include <map>

namespace burgernet {

Result<QList<MunicipalBoundary>> DemoBoundaries::make(const PlaceTable& places)
{
    // Each municipality's site: its namesake place, else its most populous one.
    std::map<QString, const Place*> sites;
    for (const Place& p : places.places()) {
        if (p.municipality.isEmpty())
            continue;
        const Place*& site = sites[p.municipality];
        const bool namesake = p.name == p.municipality;
        if (!site || (namesake && site->name != p.municipality) ||
            (namesake == (site->name == p.municipality) && p.population > site->population))
            site = &p;
    }
    QList<QGeoCoordinate> points;
    for (const auto& [name, site] : sites)
        points << QGeoCoordinate(site->lat, site->lon);
    auto cells = AreaGeometry::voronoiCells(points, NationalBorder::netherlands().land());
    if (!cells)
        return cells.error();
    QList<MunicipalBoundary> out;
    int code = kFirstCode;
    qsizetype i = 0;
    for (const auto& [name, site] : sites) {
        const GeoArea& cell = (*cells)[i++];
        if (cell.isEmpty())
            continue;
        MunicipalBoundary b;
        b.code = QStringLiteral("GM%1").arg(code++);
        b.name = name;
        b.area = cell;
        b.approximate = true;
        b.source = QStringLiteral("demo");
        out << b;
    }
    if (out.isEmpty())
        return Error{tr("No demo boundaries could be made.")};
    return out;
}

} // namespace burgernet
