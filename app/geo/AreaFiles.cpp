#include "app/geo/AreaFiles.h"

#include "app/core/SafeXml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace burgernet {

namespace {

const QString kCircleData = QStringLiteral("burgernet:circle");
const QString kKindData = QStringLiteral("burgernet:kind");
const QString kMunicipalityData = QStringLiteral("burgernet:municipality");

// The shortest text that reads back as the same double: exports round-trip exactly.
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

GeoArea circleAsPolygon(const GeoArea& circle)
{
    GeoRing ring;
    for (int i = 0; i < AreaFiles::kCirclePoints; ++i)
        ring << geo::destination(circle.centre(), 360.0 * i / AreaFiles::kCirclePoints,
                                 circle.radiusMetres());
    return GeoArea::polygon(ring);
}

// A KML <coordinates> text: "lon,lat[,alt]" tuples separated by white space.
Result<GeoRing> ringFromKml(const QString& text, qint64 line)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    GeoRing ring;
    const QStringList tuples = text.split(space, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tuples.size(); ++i) {
        const QStringList parts = tuples[i].split(u',');
        bool okLon = false, okLat = false;
        const double lon = parts.value(0).toDouble(&okLon);
        const double lat = parts.value(1).toDouble(&okLat);
        if (parts.size() < 2 || parts.size() > 3 || !okLon || !okLat)
            return Error{AreaFiles::tr("line %1: coordinate %2 (\"%3\") is not lon,lat[,alt]")
                             .arg(line)
                             .arg(i + 1)
                             .arg(tuples[i].left(40))};
        const QGeoCoordinate point(lat, lon);
        if (!point.isValid())
            return Error{AreaFiles::tr("line %1: coordinate %2 (%3, %4) is outside the world")
                             .arg(line)
                             .arg(i + 1)
                             .arg(lon)
                             .arg(lat)};
        ring << point;
    }
    if (ring.size() > 1 && ring.front() == ring.back())
        ring.removeLast();
    if (ring.size() < 3)
        return Error{AreaFiles::tr("line %1: a ring needs at least three corners, not %2")
                         .arg(line)
                         .arg(ring.size())};
    return ring;
}

class KmlReader
{
public:
    explicit KmlReader(const QByteArray& data)
        : m_xml(data)
    {
        SafeXml::harden(m_xml);
    }

    Result<QList<NamedArea>> read()
    {
        QList<NamedArea> areas;
        bool sawKml = false;
        while (next()) {
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"kml")
                sawKml = true;
            else if (m_xml.name() == u"Placemark") {
                auto area = placemark(areas.size() + 1);
                if (!area)
                    return area.error();
                areas << *area;
            }
        }
        if (m_xml.hasError())
            return Error{
                AreaFiles::tr("line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString())};
        if (!sawKml)
            return Error{AreaFiles::tr("line 1: not a KML document (no <kml> element)")};
        if (areas.isEmpty())
            return Error{AreaFiles::tr("The KML file holds no Placemark with a polygon.")};
        return areas;
    }

private:
    bool next()
    {
        SafeXml::readNext(m_xml);
        return !m_xml.atEnd() && !m_xml.hasError();
    }

    Result<NamedArea> placemark(qsizetype number)
    {
        const qint64 start = m_xml.lineNumber();
        NamedArea area;
        QList<GeoPolygon> parts;
        QString circle;
        while (next()) {
            if (m_xml.isEndElement() && m_xml.name() == u"Placemark")
                break;
            if (!m_xml.isStartElement())
                continue;
            const auto name = m_xml.name();
            if (name == u"name") {
                area.name = m_xml.readElementText().simplified();
            } else if (name == u"Data") {
                const QString key = m_xml.attributes().value(QStringLiteral("name")).toString();
                QString value;
                while (next() && !(m_xml.isEndElement() && m_xml.name() == u"Data"))
                    if (m_xml.isStartElement() && m_xml.name() == u"value")
                        value = m_xml.readElementText().trimmed();
                if (key == kCircleData)
                    circle = value;
                else if (key == kKindData)
                    area.kind = NamedArea::kindFromId(value);
                else if (key == kMunicipalityData)
                    area.municipalityCode = value;
            } else if (name == u"Polygon") {
                auto part = polygon();
                if (!part)
                    return part.error();
                parts << *part;
            } else if (name == u"Point" || name == u"LineString" || name == u"Model" ||
                       name == u"Track") {
                return Error{AreaFiles::tr("line %1: a %2 is not an area; use a Polygon")
                                 .arg(m_xml.lineNumber())
                                 .arg(name.toString())};
            }
        }
        if (m_xml.hasError())
            return Error{
                AreaFiles::tr("line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString())};
        if (area.name.isEmpty())
            area.name = AreaFiles::tr("Area %1").arg(number);
        if (!circle.isEmpty()) {
            const QStringList v = circle.split(u',');
            bool ok[3] = {false, false, false};
            const double lat = v.value(0).toDouble(&ok[0]);
            const double lon = v.value(1).toDouble(&ok[1]);
            const double radius = v.value(2).toDouble(&ok[2]);
            if (v.size() != 3 || !ok[0] || !ok[1] || !ok[2] || radius <= 0)
                return Error{
                    AreaFiles::tr("line %1: %2 is not lat,lon,metres").arg(start).arg(kCircleData)};
            area.area = GeoArea::circle(QGeoCoordinate(lat, lon), radius);
            return area;
        }
        if (parts.isEmpty())
            return Error{AreaFiles::tr("line %1: the Placemark \"%2\" has no Polygon")
                             .arg(start)
                             .arg(area.name)};
        area.area = GeoArea::multiPolygon(parts);
        return area;
    }

    Result<GeoPolygon> polygon()
    {
        GeoPolygon part;
        bool inner = false;
        bool hasOuter = false;
        const qint64 start = m_xml.lineNumber();
        while (next()) {
            if (m_xml.isEndElement() && m_xml.name() == u"Polygon")
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"outerBoundaryIs") {
                inner = false;
            } else if (m_xml.name() == u"innerBoundaryIs") {
                inner = true;
            } else if (m_xml.name() == u"coordinates") {
                const qint64 line = m_xml.lineNumber();
                auto ring = ringFromKml(m_xml.readElementText(), line);
                if (!ring)
                    return ring.error();
                if (inner) {
                    part.holes << *ring;
                } else {
                    if (hasOuter)
                        return Error{
                            AreaFiles::tr("line %1: a Polygon has one outer boundary").arg(line)};
                    part.outer = *ring;
                    hasOuter = true;
                }
            }
        }
        if (!hasOuter && !m_xml.hasError())
            return Error{AreaFiles::tr("line %1: the Polygon has no outer boundary").arg(start)};
        return part;
    }

    QXmlStreamReader m_xml;
};

void writeRing(QXmlStreamWriter& xml, const GeoRing& ring)
{
    QStringList tuples;
    for (const QGeoCoordinate& c : ring)
        tuples << number(c.longitude()) + u',' + number(c.latitude());
    if (!ring.isEmpty())
        tuples << tuples.front(); // KML rings are closed
    xml.writeStartElement(QStringLiteral("LinearRing"));
    xml.writeTextElement(QStringLiteral("coordinates"), tuples.join(u' '));
    xml.writeEndElement();
}

void writeData(QXmlStreamWriter& xml, const QString& name, const QString& value)
{
    xml.writeStartElement(QStringLiteral("Data"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeTextElement(QStringLiteral("value"), value);
    xml.writeEndElement();
}

} // namespace

AreaFiles::Format AreaFiles::formatOf(const QString& path)
{
    return path.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive) ? Format::Kml
                                                                     : Format::GeoJson;
}

Result<QList<NamedArea>> AreaFiles::readGeoJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return Error{
            tr("Not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    const QJsonObject root = document.object();
    QJsonArray features;
    if (root.value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection"))
        features = root.value(QStringLiteral("features")).toArray();
    else
        features.append(root);
    if (features.isEmpty())
        return Error{tr("The FeatureCollection holds no features.")};
    QList<NamedArea> areas;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features[i].toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        NamedArea area;
        area.name = properties.value(QStringLiteral("name")).toString().simplified();
        if (area.name.isEmpty())
            area.name = tr("Area %1").arg(i + 1);
        area.kind = NamedArea::kindFromId(properties.value(QStringLiteral("kind")).toString());
        area.municipalityCode = properties.value(QStringLiteral("municipality_code")).toString();
        auto parsed = GeoArea::fromGeoJson(QJsonDocument(feature).toJson(QJsonDocument::Compact));
        if (!parsed)
            return Error{
                tr("feature %1 (\"%2\"): %3").arg(i + 1).arg(area.name, parsed.errorMessage())};
        area.area = *parsed;
        areas << area;
    }
    return areas;
}

QByteArray AreaFiles::writeGeoJson(const QList<NamedArea>& areas)
{
    QJsonArray features;
    for (const NamedArea& area : areas) {
        QJsonObject feature = area.area.toGeoJson();
        QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        properties.insert(QStringLiteral("name"), area.name);
        properties.insert(QStringLiteral("kind"), NamedArea::kindId(area.kind));
        if (!area.municipalityCode.isEmpty())
            properties.insert(QStringLiteral("municipality_code"), area.municipalityCode);
        feature.insert(QStringLiteral("properties"), properties);
        features.append(feature);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Indented);
}

Result<QList<NamedArea>> AreaFiles::readKml(const QByteArray& kml)
{
    return KmlReader(kml).read();
}

QByteArray AreaFiles::writeKml(const QList<NamedArea>& areas)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("kml"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("Burgernet Console areas"));
    for (const NamedArea& area : areas) {
        xml.writeStartElement(QStringLiteral("Placemark"));
        xml.writeTextElement(QStringLiteral("name"), area.name);
        xml.writeStartElement(QStringLiteral("ExtendedData"));
        writeData(xml, kKindData, NamedArea::kindId(area.kind));
        if (!area.municipalityCode.isEmpty())
            writeData(xml, kMunicipalityData, area.municipalityCode);
        if (area.area.kind() == GeoArea::Kind::Circle)
            writeData(xml, kCircleData,
                      QStringLiteral("%1,%2,%3")
                          .arg(number(area.area.centre().latitude()),
                               number(area.area.centre().longitude()),
                               number(area.area.radiusMetres())));
        xml.writeEndElement();
        const GeoArea shape =
            area.area.kind() == GeoArea::Kind::Circle ? circleAsPolygon(area.area) : area.area;
        const bool multi = shape.parts().size() > 1;
        if (multi)
            xml.writeStartElement(QStringLiteral("MultiGeometry"));
        for (const GeoPolygon& part : shape.parts()) {
            xml.writeStartElement(QStringLiteral("Polygon"));
            xml.writeStartElement(QStringLiteral("outerBoundaryIs"));
            writeRing(xml, part.outer);
            xml.writeEndElement();
            for (const GeoRing& hole : part.holes) {
                xml.writeStartElement(QStringLiteral("innerBoundaryIs"));
                writeRing(xml, hole);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (multi)
            xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace burgernet
