// Named areas in GeoJSON and KML: what is written reads back the same, and bad input is refused
// naming the feature or the line.
#include "app/geo/AreaFiles.h"

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

QList<NamedArea> sampleAreas()
{
    // Two parts, the first with a hole; odd decimals so that a rounding writer would show.
    const GeoPolygon withHole{
        {{52.0801234567, 5.0712345678}, {52.1, 5.1}, {52.0833333333, 5.1433333333}},
        {{{52.085, 5.09}, {52.09, 5.1}, {52.087, 5.105}}}};
    const GeoPolygon island{{{52.2, 5.2}, {52.21, 5.22}, {52.19, 5.23}, {52.185, 5.21}}, {}};
    NamedArea twoParts{u"Beide oevers van de Lek"_s, GeoArea::multiPolygon({withHole, island})};
    NamedArea circle{u"Utrecht Centraal"_s,
                     GeoArea::circle(QGeoCoordinate(52.0894, 5.1100), 750.5)};
    NamedArea municipality{u"Gemeente Utrecht"_s,
                           GeoArea::polygon({{52.03, 5.0}, {52.14, 5.0}, {52.14, 5.2}}),
                           NamedArea::Kind::Municipality, u"GM0344"_s};
    return {twoParts, circle, municipality};
}

void requireSame(const QList<NamedArea>& read, const QList<NamedArea>& written)
{
    REQUIRE(read.size() == written.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        INFO(written[i].name.toStdString());
        CHECK(read[i].name == written[i].name);
        CHECK(read[i].kind == written[i].kind);
        CHECK(read[i].municipalityCode == written[i].municipalityCode);
        REQUIRE(read[i].area.kind() == written[i].area.kind());
        if (written[i].area.kind() == GeoArea::Kind::Circle) {
            CHECK(read[i].area.centre() == written[i].area.centre());
            CHECK(read[i].area.radiusMetres() == written[i].area.radiusMetres());
        } else {
            CHECK(read[i].area.parts() == written[i].area.parts());
        }
    }
}

} // namespace

TEST_CASE("Named areas survive a round trip through GeoJSON and through KML", "[geo][areafiles]")
{
    const QList<NamedArea> areas = sampleAreas();
    for (const auto format : {AreaFiles::Format::GeoJson, AreaFiles::Format::Kml}) {
        const QByteArray written = AreaFiles::write(areas, format);
        auto read = AreaFiles::read(written, format);
        INFO(read.errorMessage().toStdString());
        REQUIRE(read.ok());
        requireSame(*read, areas);
        // And again: the second file is the first, byte for byte.
        CHECK(AreaFiles::write(*read, format) == written);
    }
    const QByteArray kml = AreaFiles::writeKml(areas);
    CHECK(kml.contains("<MultiGeometry>"));
    CHECK(kml.contains("<innerBoundaryIs>"));
    // Other tools see the circle as a polygon.
    CHECK(kml.count("<Polygon>") == 4);
}

TEST_CASE("A KML file from another tool: altitudes, closed rings, folders and namespaces",
          "[geo][areafiles]")
{
    const QByteArray kml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document><Folder><name>Routes</name>
<Placemark><name>A2 Utrecht – 's-Hertogenbosch</name><styleUrl>#red</styleUrl>
<Polygon><tessellate>1</tessellate><outerBoundaryIs><LinearRing><coordinates>
 5.10,52.05,0 5.20,52.05,0 5.30,51.70,0 5.25,51.69,0 5.10,52.05,0
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Folder></Document></kml>)";
    auto read = AreaFiles::readKml(kml);
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(read->front().name == u"A2 Utrecht – 's-Hertogenbosch"_s);
    CHECK(read->front().area.outer().size() == 4); // the closing corner is not repeated
}

TEST_CASE("Bad area files are refused naming the line or the feature", "[geo][areafiles]")
{
    const auto kmlError = [](const QByteArray& text) {
        auto read = AreaFiles::readKml(text);
        REQUIRE_FALSE(read.ok());
        return read.errorMessage();
    };
    const QByteArray head = "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Placemark>\n";
    CHECK(kmlError(head + "<Polygon><outerBoundaryIs><LinearRing>\n<coordinates>5.1,52.0 "
                          "5.2;52.1 5.3,52.0</coordinates>")
              .startsWith(u"line 4: coordinate 2"_s));
    CHECK(kmlError(head + "<Point><coordinates>5.1,52.0</coordinates></Point></Placemark></kml>")
              .startsWith(u"line 3: a Point is not an area"_s));
    CHECK(kmlError(head + "<Polygon><outerBoundaryIs><LinearRing><coordinates>5.1,52.0 5.2,52.1"
                          "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>"
                          "</kml>")
              .contains(u"at least three corners"_s));
    CHECK(kmlError(head + "<Polygon><outerBoundaryIs>\n<LinearRing></outer>")
              .startsWith(u"line 4:"_s));
    CHECK(kmlError("<kml><!DOCTYPE x [<!ENTITY a \"b\">]></kml>").startsWith(u"line 1:"_s));
    CHECK(kmlError("<gpx></gpx>").contains(u"not a KML document"_s));

    auto json = AreaFiles::readGeoJson(
        R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"goed"},"geometry":{"type":"Polygon",
             "coordinates":[[[5.1,52.0],[5.2,52.1],[5.3,52.0],[5.1,52.0]]]}},
            {"type":"Feature","properties":{"name":"fout"},"geometry":{"type":"LineString",
             "coordinates":[[5.1,52.0],[5.2,52.1]]}}]})");
    REQUIRE_FALSE(json.ok());
    CHECK(json.errorMessage().startsWith(u"feature 2 (\"fout\"):"_s));
}
