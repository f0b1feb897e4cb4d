#include "app/channels/cap_feed/CapMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace burgernet {

QString capTime(const QDateTime& time)
{
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString CapMessage::reference() const
{
    return sender + QLatin1Char(',') + identifier + QLatin1Char(',') + capTime(sent);
}

QByteArray CapMessage::toXml() const
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2"));
    w.writeStartElement(QStringLiteral("alert"));
    auto text = [&w](const char* name, const QString& value) {
        if (!value.isEmpty())
            w.writeTextElement(QString::fromLatin1(name), value);
    };
    // The schema fixes the order of the elements.
    text("identifier", identifier);
    text("sender", sender);
    text("sent", capTime(sent));
    text("status", status);
    text("msgType", msgType);
    text("scope", QStringLiteral("Public"));
    if (!references.isEmpty())
        text("references", references.join(QLatin1Char(' ')));
    w.writeStartElement(QStringLiteral("info"));
    text("language", language);
    text("category", category);
    text("event", event);
    text("responseType", responseType);
    text("urgency", urgency);
    text("severity", severity);
    text("certainty", certainty);
    if (expires.isValid())
        text("expires", capTime(expires));
    text("senderName", senderName);
    text("headline", headline);
    text("description", description);
    text("instruction", instruction);
    text("web", web);
    if (!areaDesc.isEmpty() || !polygons.isEmpty() || !circles.isEmpty()) {
        w.writeStartElement(QStringLiteral("area"));
        text("areaDesc", areaDesc);
        for (const QString& polygon : polygons)
            text("polygon", polygon);
        for (const QString& circle : circles)
            text("circle", circle);
        w.writeEndElement();
    }
    w.writeEndElement(); // info
    w.writeEndElement(); // alert
    w.writeEndDocument();
    return xml;
}

namespace {
QString pair(const QJsonArray& position)
{
    // GeoJSON is longitude first; CAP latitude first.
    return QString::number(position.at(1).toDouble(), 'f', 6) + QLatin1Char(',') +
           QString::number(position.at(0).toDouble(), 'f', 6);
}

bool addRing(const QJsonArray& ring, QStringList* polygons)
{
    if (ring.size() < 3)
        return false;
    QStringList pairs;
    for (const QJsonValue& position : ring)
        pairs.append(pair(position.toArray()));
    if (pairs.first() != pairs.last())
        pairs.append(pairs.first()); // CAP wants the ring closed
    if (pairs.size() < 4)
        return false;
    polygons->append(pairs.join(QLatin1Char(' ')));
    return true;
}

bool addGeometry(const QJsonObject& geometry, double radius, QStringList* polygons,
                 QStringList* circles)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
    if (type == QLatin1String("Polygon"))
        return addRing(coordinates.at(0).toArray(), polygons); // outer ring; CAP has no holes
    if (type == QLatin1String("MultiPolygon")) {
        bool any = false;
        for (const QJsonValue& polygon : coordinates)
            any = addRing(polygon.toArray().at(0).toArray(), polygons) || any;
        return any;
    }
    if (type == QLatin1String("Point") && radius > 0) {
        circles->append(pair(coordinates) + QLatin1Char(' ') +
                        QString::number(radius / 1000.0, 'f', 3));
        return true;
    }
    return false;
}
} // namespace

bool capAreaFromGeoJson(const QByteArray& geoJson, QStringList* polygons, QStringList* circles)
{
    const QJsonObject root = QJsonDocument::fromJson(geoJson).object();
    const QString type = root.value(QStringLiteral("type")).toString();
    auto radiusOf = [](const QJsonObject& object) {
        const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
        return properties.value(QStringLiteral("radius"))
            .toDouble(object.value(QStringLiteral("radius")).toDouble());
    };
    if (type == QLatin1String("Feature"))
        return addGeometry(root.value(QStringLiteral("geometry")).toObject(), radiusOf(root),
                           polygons, circles);
    if (type == QLatin1String("FeatureCollection")) {
        bool any = false;
        for (const QJsonValue& feature : root.value(QStringLiteral("features")).toArray())
            any = addGeometry(feature.toObject().value(QStringLiteral("geometry")).toObject(),
                              radiusOf(feature.toObject()), polygons, circles) ||
                  any;
        return any;
    }
    return addGeometry(root, radiusOf(root), polygons, circles);
}

} // namespace burgernet
