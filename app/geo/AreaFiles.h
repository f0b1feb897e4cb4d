#pragma once

#include "app/core/Result.h"
#include "app/geo/NamedArea.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace burgernet {

// Named areas in the files other tools exchange: GeoJSON (a FeatureCollection, one Feature per
// area with its name in the properties) and KML 2.2 (one Placemark per area, a Polygon or a
// MultiGeometry of Polygons with outer and inner boundaries). A circle is a Point with a
// "radius" in GeoJSON; KML has no circles, so it is written as a polygon of
// kCirclePoints corners with the circle itself in the Placemark's ExtendedData, which our reader
// takes back (other tools see the polygon). Bad input is refused naming the feature or the line.
class AreaFiles
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaFiles)

public:
    enum class Format { GeoJson, Kml };
    static constexpr int kCirclePoints = 72;

    // By the file name's extension: .kml, else GeoJSON (.geojson, .json).
    static Format formatOf(const QString& path);

    static Result<QList<NamedArea>> readGeoJson(const QByteArray& json);
    static QByteArray writeGeoJson(const QList<NamedArea>& areas);
    static Result<QList<NamedArea>> readKml(const QByteArray& kml);
    static QByteArray writeKml(const QList<NamedArea>& areas);

    static Result<QList<NamedArea>> read(const QByteArray& data, Format format)
    {
        return format == Format::Kml ? readKml(data) : readGeoJson(data);
    }
    static QByteArray write(const QList<NamedArea>& areas, Format format)
    {
        return format == Format::Kml ? writeKml(areas) : writeGeoJson(areas);
    }
};

} // namespace burgernet
