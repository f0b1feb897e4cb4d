#pragma once

#include "app/core/Channel.h"
#include "app/core/EnumIds.h"
#include "app/core/Mode.h"
#include "app/geo/GeoArea.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>

namespace burgernet {

// An urgent action is time-critical and ends with a closing message; a non-urgent notice
// (alertering, witness appeal) is always reviewed before sending and has no closing message.
enum class ActionKind { Urgent, Notice };

enum class IncidentType {
    Burglary,      // woninginbraak
    Missing,       // vermissing: needs the family's consent
    StreetRobbery, // straatroof
    Shoplifting,   // winkeldiefstal
    Robbery,       // overval
    Pickpocketing, // zakkenrollerij
    HitAndRun,     // doorrijden na ongeval
    Other,         // overig
};

// draft -> (awaiting_approval) -> sending -> sent -> updated* -> closed, or cancelled.
enum class ActionState { Draft, AwaitingApproval, Sending, Sent, Updated, Closed, Cancelled };

enum class Outcome { None, Arrested, PersonFound, UsefulInformation, NoResult, Other };

// The structured description of the person looked for; empty fields are left out.
struct PersonDescription
{
    QString sex; // "male", "female" or empty
    QString age;
    QString height;
    QString build;
    QString clothing;
    QString particulars;
    QString direction;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static PersonDescription fromJson(const QJsonObject& json);
};

struct VehicleDescription
{
    QString make;
    QString model;
    QString colour;
    QString plate; // a plate is allowed in the texts: it identifies the vehicle, not a person
    QString direction;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static VehicleDescription fromJson(const QJsonObject& json);
};

// What the dispatcher composes: the input of the templates.
struct ActionContent
{
    ActionKind kind = ActionKind::Urgent;
    IncidentType incident = IncidentType::Other;
    QString language = QStringLiteral("nl");
    QGeoCoordinate location;
    QString locationText; // street or place, as the message names it
    PersonDescription person;
    VehicleDescription vehicle;
    QString freeText;
    bool familyConsent = false; // vermissing only
    QList<Channel> channels;
    QDateTime scheduledAt; // notices only: not before this moment (invalid: at once)
    // The control room's own number for the incident (the meldkamer system's id), free text:
    // a second open action with the same number is asked about first.
    QString incidentNumber;

    QJsonObject toJson() const;
    static ActionContent fromJson(const QJsonObject& json);
};

// One text slot of the person's or the vehicle's description, by the name the composer's field,
// the text checks and their warnings use ("person.age").
struct DescriptionSlot
{
    const char* key;
    QString PersonDescription::*person = nullptr; // or
    QString VehicleDescription::*vehicle = nullptr;

    QString& in(ActionContent& c) const { return person ? c.person.*person : c.vehicle.*vehicle; }
    const QString& in(const ActionContent& c) const
    {
        return person ? c.person.*person : c.vehicle.*vehicle;
    }
};
// Every slot, the person's first, each in the order the composer shows it.
const std::array<DescriptionSlot, 11>& descriptionSlots();

// One action as stored.
struct Action
{
    qint64 id = 0;
    Mode mode = Mode::Live;
    ActionState state = ActionState::Draft;
    Outcome outcome = Outcome::None;
    ActionContent content;
    GeoArea area; // empty until one is drawn
    QString areaDescription;
    QString author;
    QString workstation; // where it was made (the session's workstation)
    QString approver;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt;
    QDateTime closedAt;
    // The last time an approver sent it back: shown to the author until it is submitted again.
    QString rejectionReason;
    QString rejectedBy;
    QDateTime rejectedAt;

    bool sentBack() const { return state == ActionState::Draft && rejectedAt.isValid(); }
};

template <>
struct EnumIdTable<ActionKind>
{
    static constexpr std::array entries{std::pair{ActionKind::Urgent, "urgent"},
                                        std::pair{ActionKind::Notice, "notice"}};
};
template <>
struct EnumIdTable<IncidentType>
{
    static constexpr std::array entries{
        std::pair{IncidentType::Burglary, "woninginbraak"},
        std::pair{IncidentType::Missing, "vermissing"},
        std::pair{IncidentType::StreetRobbery, "straatroof"},
        std::pair{IncidentType::Shoplifting, "winkeldiefstal"},
        std::pair{IncidentType::Robbery, "overval"},
        std::pair{IncidentType::Pickpocketing, "zakkenrollerij"},
        std::pair{IncidentType::HitAndRun, "doorrijden-na-ongeval"},
        std::pair{IncidentType::Other, "overig"},
    };
};
template <>
struct EnumIdTable<ActionState>
{
    static constexpr std::array entries{
        std::pair{ActionState::Draft, "draft"},
        std::pair{ActionState::AwaitingApproval, "awaiting_approval"},
        std::pair{ActionState::Sending, "sending"},
        std::pair{ActionState::Sent, "sent"},
        std::pair{ActionState::Updated, "updated"},
        std::pair{ActionState::Closed, "closed"},
        std::pair{ActionState::Cancelled, "cancelled"},
    };
};
template <>
struct EnumIdTable<Outcome>
{
    static constexpr std::array entries{
        std::pair{Outcome::None, "none"},
        std::pair{Outcome::Arrested, "arrested"},
        std::pair{Outcome::PersonFound, "person_found"},
        std::pair{Outcome::UsefulInformation, "useful_information"},
        std::pair{Outcome::NoResult, "no_result"},
        std::pair{Outcome::Other, "other"},
    };
};

// Which description slots the type asks for.
bool incidentUsesPerson(IncidentType type);
bool incidentUsesVehicle(IncidentType type);
inline QList<IncidentType> allIncidentTypes()
{
    return enumValues<IncidentType>();
}
// The outcomes an action can be closed with (all but None).
QList<Outcome> allOutcomes();

// The lifecycle's allowed steps; everything else is refused by the service.
bool canTransition(ActionState from, ActionState to);
bool isTerminal(ActionState state);

} // namespace burgernet
