#include "app/dispatch/CapDocument.h"

#include <QTimeZone>
#include <QXmlStreamWriter>

#include <cstdlib>

namespace burgernet {

QString capTime(const QDateTime& time)
{
    const QDateTime local = time.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

CapPublisher CapPublisher::fromSettings(const QVariantMap& settings)
{
    CapPublisher p;
    const auto text = [&](const char* key, const QString& fallback) {
        const QString value = settings.value(QString::fromLatin1(key)).toString().trimmed();
        return value.isEmpty() ? fallback : value;
    };
    p.sender = text("sender", defaultSender());
    p.senderName = text("senderName", defaultSenderName());
    p.web = text("infoUrl", QString());
    bool ok = false;
    const int minutes = settings.value(QStringLiteral("expiresMinutes")).toInt(&ok);
    p.expiresMinutes = ok ? std::max(0, minutes) : DefaultExpiresMinutes;
    return p;
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
    if (!areaDesc.isEmpty() || !polygons.isEmpty() || !circles.isEmpty() ||
        !municipalityCodes.isEmpty()) {
        w.writeStartElement(QStringLiteral("area"));
        text("areaDesc", areaDesc);
        for (const QString& polygon : polygons)
            text("polygon", polygon);
        for (const QString& circle : circles)
            text("circle", circle);
        for (const QString& code : municipalityCodes) {
            if (code.isEmpty())
                continue;
            w.writeStartElement(QStringLiteral("geocode"));
            text("valueName", QLatin1String(kMunicipalityGeocode));
            text("value", code);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // info
    w.writeEndElement(); // alert
    w.writeEndDocument();
    return xml;
}

CapMessage capFromText(const ChannelText& capText, const CapPublisher& publisher,
                       const QStringList& references)
{
    const QJsonObject& x = capText.extra;
    CapMessage cap;
    const auto field = [&x](const char* key, const QString& fallback = {}) {
        const QString value = x.value(QLatin1String(key)).toString();
        return value.isEmpty() ? fallback : value;
    };
    cap.identifier = field("identifier");
    cap.sender = publisher.sender;
    cap.sent = QDateTime::fromString(field("sent"), Qt::ISODate);
    cap.status = field("status", cap.status);
    cap.msgType = field("msgType", cap.msgType);
    // An alert starts a thread of messages; only what follows it refers back.
    if (cap.msgType != QLatin1String("Alert"))
        cap.references = references;
    cap.language = field("language", cap.language);
    cap.category = field("category", cap.category);
    cap.event = field("event");
    cap.responseType = field("responseType", cap.responseType);
    cap.urgency = field("urgency", cap.urgency);
    cap.severity = field("severity", cap.severity);
    cap.certainty = field("certainty", cap.certainty);
    if (publisher.expiresMinutes > 0 && cap.sent.isValid())
        cap.expires = cap.sent.addSecs(qint64(publisher.expiresMinutes) * 60);
    cap.senderName = publisher.senderName;
    cap.headline = field("headline");
    cap.description = field("description", capText.text);
    cap.instruction = field("instruction");
    cap.web = publisher.web;
    cap.areaDesc = field("areaDesc");
    // One polygon per line (an area of several parts).
    cap.polygons << field("polygon").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (const QString circle = field("circle"); !circle.isEmpty())
        cap.circles << circle;
    cap.municipalityCodes << field("geocode").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return cap;
}

} // namespace burgernet
