#pragma once

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

    static QString kindId(Kind kind)
    {
        return kind == Kind::Home ? QStringLiteral("home") : QStringLiteral("work");
    }
};

// A registered citizen. `pseudonym` is what the audit log and messages refer to; the rest is
// personal data, erased on request.
struct Participant
{
    enum class Status { Active, Paused, Unsubscribed };
    // The channels the participant wants, as bits.
    enum Channel : int { WantsSms = 1, WantsVoice = 2, WantsEmail = 4 };

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
    int channelPrefs = WantsSms | WantsVoice | WantsEmail;
    QDateTime registeredAt;
    QDateTime consentAt;
    QList<ParticipantLocation> locations;

    static QString statusId(Status status)
    {
        switch (status) {
        case Status::Active:
            return QStringLiteral("active");
        case Status::Paused:
            return QStringLiteral("paused");
        case Status::Unsubscribed:
            return QStringLiteral("unsubscribed");
        }
        return QStringLiteral("active");
    }
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
