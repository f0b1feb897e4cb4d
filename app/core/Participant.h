#pragma once

#include "app/core/Channel.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace burgernet {

// A home or work address with the hours in which it should receive messages.
struct ParticipantLocation
{
    enum class Kind { Home, Work };

    Kind kind = Kind::Home;
    QString street;
    QString houseNumber;
    QString postcode; // "1234 AB"
    QString place;
    QString municipality;
    double lat = 0;
    double lon = 0;
    int weekdays = 0x7f; // bit 0 Monday .. bit 6 Sunday
    int startMinute = 0;
    int endMinute = 1440; // end <= start runs past midnight

    // As stored in the register: the bulk writer binds these bytes as they are.
    static const char* kindKey(Kind kind) { return kind == Kind::Home ? "home" : "work"; }
    static QString kindId(Kind kind) { return QString::fromLatin1(kindKey(kind)); }
};

// A registered citizen. `pseudonym` is what the audit log and messages refer to; the rest is
// personal data, erased on request.
struct Participant
{
    enum class Status { Active, Paused, Unsubscribed };

    qint64 id = 0; // register row id, 0 before it is stored
    QString pseudonym;
    QString externalId;
    QString name;
    QString language = QStringLiteral("nl");
    Status status = Status::Active;
    QDateTime unsubscribedAt;
    QString mobile; // E.164
    QString phone;  // E.164
    QString email;
    int channelPrefs = kAllAddressedChannels; // the channels the participant wants, as bits
    QDateTime registeredAt;
    QDateTime consentAt;
    QList<ParticipantLocation> locations;

    // As stored in the register: the bulk writer binds these bytes as they are.
    static const char* statusKey(Status status)
    {
        switch (status) {
        case Status::Active:
            break;
        case Status::Paused:
            return "paused";
        case Status::Unsubscribed:
            return "unsubscribed";
        }
        return "active";
    }
    // The channels a participant can be reached on: wanted and with an address for it. A voice
    // call goes to the fixed line, or else to the mobile.
    static ChannelMask reachableChannels(int prefs, bool hasMobile, bool hasPhone, bool hasEmail)
    {
        ChannelMask channels = 0;
        if ((prefs & channelBit(BuiltinChannel::Sms)) && hasMobile)
            channels |= channelBit(BuiltinChannel::Sms);
        if ((prefs & channelBit(BuiltinChannel::Voice)) && (hasPhone || hasMobile))
            channels |= channelBit(BuiltinChannel::Voice);
        if ((prefs & channelBit(BuiltinChannel::Email)) && hasEmail)
            channels |= channelBit(BuiltinChannel::Email);
        return channels;
    }
    // As the register keeps it beside the addresses (its `reach` column).
    ChannelMask reachableChannels() const
    {
        return reachableChannels(channelPrefs, !mobile.isEmpty(), !phone.isEmpty(),
                                 !email.isEmpty());
    }

    static QString statusId(Status status) { return QString::fromLatin1(statusKey(status)); }
    static Status statusFromId(const QString& id)
    {
        if (id == QLatin1String("paused"))
            return Status::Paused;
        if (id == QLatin1String("unsubscribed"))
            return Status::Unsubscribed;
        return Status::Active;
    }
};

} // namespace burgernet
