#pragma once

#include "app/dispatch/MessageComposer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace burgernet {

// One OASIS CAP 1.2 alert document. Made from a composed CAP text by capFromText(), so that the
// CAP feed and `burgernetctl action cap` publish the same document for the same message.
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
    // CBS municipality codes ("GM0344") of the municipalities the area reaches into, each a
    // <geocode> named kMunicipalityGeocode.
    QStringList municipalityCodes;
    static constexpr const char* kMunicipalityGeocode = "CBS-gemeentecode";

    QByteArray toXml() const;
    // "sender,identifier,sent" as later messages refer to this one.
    QString reference() const;
};

// Who publishes the documents: what the CAP feed sender's settings say, the same for the feed
// and for burgernetctl, so that both name the same sender in identifiers' references.
struct CapPublisher
{
    QString sender = defaultSender();
    QString senderName = defaultSenderName();
    QString web;            // where the public reads more; empty: no <web>
    int expiresMinutes = 0; // 0: no <expires>

    // The cap-feed sender's settings ("sender", "senderName", "infoUrl", "expiresMinutes");
    // what is not set keeps its default.
    static CapPublisher fromSettings(const QVariantMap& settings);
    static QString defaultSender() { return QStringLiteral("meldkamer@burgernet.nl"); }
    static QString defaultSenderName() { return QStringLiteral("Burgernet"); }
    static constexpr int DefaultExpiresMinutes = 120;
};

// CAP's time format, in the Netherlands' own offset: YYYY-MM-DDThh:mm:ss+hh:mm, never "Z"
// (the schema's pattern forbids it, and readers show the local time the control room meant).
QString capTime(const QDateTime& time);

// The CAP document of a composed CAP text (MessageComposer puts the CAP fields, the area in
// CAP's own circle or polygon form included, into the text's extra). `references` go into
// updates and cancels only. Fields the text lacks keep CapMessage's defaults or stay empty.
CapMessage capFromText(const ChannelText& capText, const CapPublisher& publisher,
                       const QStringList& references);

} // namespace burgernet
