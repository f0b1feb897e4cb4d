#pragma once

#include "app/core/Result.h"
#include "app/geo/MunicipalBoundary.h"

#include <QCoreApplication>
#include <QList>

namespace burgernet {

// Reads municipal boundaries as they are published:
// - a GeoPackage (an SQLite file), such as Kadaster's Bestuurlijke Gebieden from PDOK: the
//   feature table whose name holds "gemeente" (or the only one, or the one asked for), its
//   geometries being WKB behind the GeoPackage header, in EPSG:28992 or EPSG:4326;
// - GeoJSON, such as PDOK's WFS or CBS's district and neighbourhood map: a FeatureCollection of
//   Polygons and MultiPolygons, in WGS84 or (with a "crs" naming EPSG:28992, or coordinates in
//   metres) in RD New.
// Each feature needs a CBS municipality code (GM0344 or 0344) in one of the properties
// code, identificatie, statcode, gemeentecode or gm_code, and a name in naam, statnaam,
// gemeentenaam or gm_naam (any case). A refusal names the feature and the field.
class BoundaryFile
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::BoundaryFile)

public:
    enum class Format { GeoPackage, GeoJson };
    struct Contents
    {
        Format format = Format::GeoJson;
        QString layer; // the GeoPackage table read
        QList<MunicipalBoundary> boundaries;
    };
    // `layer`: the GeoPackage table to read (empty: found as described above).
    static Result<Contents> read(const QString& path, const QString& layer = {});

    static QString formatName(Format format);
};

} // namespace burgernet
