#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace burgernet {

// One OASIS CAP 1.2 alert as the CAP feed publishes it.
struct CapMessage
{
    QString identifier;
    QString sender; // e.g. "meldkamer-oost@burgernet.nl"
    QDateTime sent;
    QString status = QStringLiteral("Actual"); // Actual, Exercise (training), Test
    QString msgType = QStringLiteral("Alert"); // Alert, Update, Cancel
    QStringList references;                    // "sender,identifier,sent" of the earlier messages
    QString language = QStringLiteral("nl-NL");
    QString category = QStringLiteral("Security");
    QString event;
    QString responseType = QStringLiteral("Monitor");
    QString urgency = QStringLiteral("Immediate");
    QString severity = QStringLiteral("Moderate");
    QString certainty = QStringLiteral("Observed");
    QDateTime expires;
    QString senderName;
    QString headline;
    QString description;
    QString instruction;
    QString web;
    QString areaDesc;
    QStringList polygons; // "lat,lon lat,lon ..." with the first pair equal to the last
    QStringList circles;  // "lat,lon radius-km"

    QByteArray toXml() const;
    // "sender,identifier,sent" as later messages refer to this one.
    QString reference() const;
};

// CAP's time format: YYYY-MM-DDThh:mm:ss+hh:mm, in the time's own offset, never "Z".
QString capTime(const QDateTime& time);

// The area of a message (GeoJSON in WGS84: Polygon, MultiPolygon, or a Point with a
// "radius" in metres, bare or as a Feature) as CAP polygons and circles. False when the
// GeoJSON holds no usable area.
bool capAreaFromGeoJson(const QByteArray& geoJson, QStringList* polygons, QStringList* circles);

} // namespace burgernet
