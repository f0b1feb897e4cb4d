// The GeoJSON readers: an alert area (GeoArea::fromGeoJson, what the window and burgernetctl
// read from an area file) and municipal boundaries (BoundaryFile).
#include "app/geo/GeoArea.h"
#include "app/register/BoundaryFile.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QJsonDocument>

#include <cmath>

namespace burgernet::fuzz {

namespace {

// What an accepted area must allow: every corner a finite coordinate, the bounding box, the
// containment test and the CAP forms; and writing it out reads back as the same area.
void checkArea(const GeoArea& area, bool again)
{
    for (const GeoPolygon& part : area.parts())
        for (const GeoRing& ring : QList<GeoRing>{part.outer} + part.holes)
            for (const QGeoCoordinate& c : ring)
                FUZZ_CHECK(std::isfinite(c.latitude()) && std::isfinite(c.longitude()),
                           QStringLiteral("a corner that is not a number"));
    const GeoArea::Box box = area.boundingBox();
    (void)area.contains((box.south + box.north) / 2, (box.west + box.east) / 2);
    (void)area.toCapCircle();
    (void)area.toCapPolygons();
    if (!again)
        return;
    const QByteArray written = QJsonDocument(area.toGeoJson()).toJson(QJsonDocument::Compact);
    const auto back = GeoArea::fromGeoJson(written);
    FUZZ_CHECK(back.ok(), QStringLiteral("its own GeoJSON refused: ") + back.errorMessage());
    FUZZ_CHECK(back->kind() == area.kind() && back->vertexCount() == area.vertexCount(),
               QStringLiteral("the area changed on the way back: ") + QString::fromUtf8(written));
    checkArea(*back, false);
}

} // namespace

int geoJsonArea(const uint8_t* data, size_t size)
{
    const auto area = GeoArea::fromGeoJson(bytes(data, size));
    if (!area) {
        FUZZ_CHECK(!area.errorMessage().isEmpty(), QStringLiteral("an area refused silently"));
        return 0;
    }
    checkArea(*area, true);
    return 0;
}

int boundaryFile(const uint8_t* data, size_t size)
{
    const QString path = writeTemp(QStringLiteral("boundaries.geojson"), bytes(data, size));
    const auto contents = BoundaryFile::read(path);
    if (!contents) {
        FUZZ_CHECK(!contents.errorMessage().isEmpty(), QStringLiteral("a file refused silently"));
        return 0;
    }
    for (const MunicipalBoundary& b : contents->boundaries) {
        FUZZ_CHECK(b.code.size() == 6 && b.code.startsWith(QLatin1String("GM")), b.code);
        checkArea(b.area, false);
    }
    return 0;
}

} // namespace burgernet::fuzz
