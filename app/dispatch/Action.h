#pragma once

#include "app/core/Mode.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    QStringList channels;       // "sms", "voice", "email", "app", "social", "cap"
    QDateTime scheduledAt;      // notices only: not before this moment (invalid: at once)

    QJsonObject toJson() const;
    static ActionContent fromJson(const QJsonObject& json);
};

// One action as stored.
struct Action
{
    qint64 id = 0;
    Mode mode = Mode::Live;
    ActionState state = ActionState::Draft;
    Outcome outcome = Outcome::None;
    ActionContent content;
    QByteArray areaGeoJson; // WGS84
    QString areaDescription;
    QString author;
    QString approver;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt;
    QDateTime closedAt;
};

QString actionKindId(ActionKind kind);
bool actionKindFromId(const QString& id, ActionKind* kind);
QString incidentTypeId(IncidentType type);
bool incidentTypeFromId(const QString& id, IncidentType* type);
QList<IncidentType> allIncidentTypes();
// Which description slots the type asks for.
bool incidentUsesPerson(IncidentType type);
bool incidentUsesVehicle(IncidentType type);
QString actionStateId(ActionState state);
bool actionStateFromId(const QString& id, ActionState* state);
QString outcomeId(Outcome outcome);
bool outcomeFromId(const QString& id, Outcome* outcome);
QList<Outcome> allOutcomes();

// The lifecycle's allowed steps; everything else is refused by the service.
bool canTransition(ActionState from, ActionState to);
bool isTerminal(ActionState state);

} // namespace burgernet
