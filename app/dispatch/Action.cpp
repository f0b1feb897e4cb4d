#include "app/dispatch/Action.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace burgernet {

namespace {

template <typename E, size_t N>
QString idOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, id] : table)
        if (v == value)
            return QString::fromLatin1(id);
    return {};
}

template <typename E, size_t N>
bool fromId(const std::array<std::pair<E, const char*>, N>& table, const QString& id, E* value)
{
    for (const auto& [v, text] : table) {
        if (id == QLatin1String(text)) {
            *value = v;
            return true;
        }
    }
    return false;
}

constexpr std::array kKinds = {std::pair{ActionKind::Urgent, "urgent"},
                               std::pair{ActionKind::Notice, "notice"}};
constexpr std::array kIncidents = {
    std::pair{IncidentType::Burglary, "woninginbraak"},
    std::pair{IncidentType::Missing, "vermissing"},
    std::pair{IncidentType::StreetRobbery, "straatroof"},
    std::pair{IncidentType::Shoplifting, "winkeldiefstal"},
    std::pair{IncidentType::Robbery, "overval"},
    std::pair{IncidentType::Pickpocketing, "zakkenrollerij"},
    std::pair{IncidentType::HitAndRun, "doorrijden-na-ongeval"},
    std::pair{IncidentType::Other, "overig"},
};
constexpr std::array kStates = {
    std::pair{ActionState::Draft, "draft"},
    std::pair{ActionState::AwaitingApproval, "awaiting_approval"},
    std::pair{ActionState::Sending, "sending"},
    std::pair{ActionState::Sent, "sent"},
    std::pair{ActionState::Updated, "updated"},
    std::pair{ActionState::Closed, "closed"},
    std::pair{ActionState::Cancelled, "cancelled"},
};
constexpr std::array kOutcomes = {
    std::pair{Outcome::None, "none"},
    std::pair{Outcome::Arrested, "arrested"},
    std::pair{Outcome::PersonFound, "person_found"},
    std::pair{Outcome::UsefulInformation, "useful_information"},
    std::pair{Outcome::NoResult, "no_result"},
    std::pair{Outcome::Other, "other"},
};

void put(QJsonObject& json, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        json.insert(QLatin1String(key), value.trimmed());
}

QString get(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

bool PersonDescription::isEmpty() const
{
    return toJson().isEmpty();
}

QJsonObject PersonDescription::toJson() const
{
    QJsonObject json;
    put(json, "sex", sex);
    put(json, "age", age);
    put(json, "height", height);
    put(json, "build", build);
    put(json, "clothing", clothing);
    put(json, "particulars", particulars);
    put(json, "direction", direction);
    return json;
}

PersonDescription PersonDescription::fromJson(const QJsonObject& json)
{
    return {get(json, "sex"),      get(json, "age"),      get(json, "height"),
            get(json, "build"),    get(json, "clothing"), get(json, "particulars"),
            get(json, "direction")};
}

bool VehicleDescription::isEmpty() const
{
    return toJson().isEmpty();
}

QJsonObject VehicleDescription::toJson() const
{
    QJsonObject json;
    put(json, "make", make);
    put(json, "model", model);
    put(json, "colour", colour);
    put(json, "plate", plate);
    put(json, "direction", direction);
    return json;
}

VehicleDescription VehicleDescription::fromJson(const QJsonObject& json)
{
    return {get(json, "make"), get(json, "model"), get(json, "colour"), get(json, "plate"),
            get(json, "direction")};
}

QJsonObject ActionContent::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), actionKindId(kind)},
                     {QStringLiteral("incident"), incidentTypeId(incident)},
                     {QStringLiteral("language"), language},
                     {QStringLiteral("location_text"), locationText},
                     {QStringLiteral("person"), person.toJson()},
                     {QStringLiteral("vehicle"), vehicle.toJson()},
                     {QStringLiteral("free_text"), freeText},
                     {QStringLiteral("family_consent"), familyConsent},
                     {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}};
    if (scheduledAt.isValid())
        json.insert(QStringLiteral("scheduled_at"),
                    scheduledAt.toUTC().toString(Qt::ISODateWithMs));
    if (location.isValid()) {
        json.insert(QStringLiteral("lat"), location.latitude());
        json.insert(QStringLiteral("lon"), location.longitude());
    }
    return json;
}

ActionContent ActionContent::fromJson(const QJsonObject& json)
{
    ActionContent c;
    actionKindFromId(get(json, "kind"), &c.kind);
    incidentTypeFromId(get(json, "incident"), &c.incident);
    c.language = json.value(QLatin1String("language")).toString(QStringLiteral("nl"));
    if (json.contains(QLatin1String("lat")))
        c.location = QGeoCoordinate(json.value(QLatin1String("lat")).toDouble(),
                                    json.value(QLatin1String("lon")).toDouble());
    c.locationText = get(json, "location_text");
    c.person = PersonDescription::fromJson(json.value(QLatin1String("person")).toObject());
    c.vehicle = VehicleDescription::fromJson(json.value(QLatin1String("vehicle")).toObject());
    c.freeText = get(json, "free_text");
    c.familyConsent = json.value(QLatin1String("family_consent")).toBool();
    if (json.contains(QLatin1String("scheduled_at")))
        c.scheduledAt = QDateTime::fromString(get(json, "scheduled_at"), Qt::ISODateWithMs);
    for (const auto& channel : json.value(QLatin1String("channels")).toArray())
        c.channels << channel.toString();
    return c;
}

QString actionKindId(ActionKind kind)
{
    return idOf(kKinds, kind);
}
bool actionKindFromId(const QString& id, ActionKind* kind)
{
    return fromId(kKinds, id, kind);
}
QString incidentTypeId(IncidentType type)
{
    return idOf(kIncidents, type);
}
bool incidentTypeFromId(const QString& id, IncidentType* type)
{
    return fromId(kIncidents, id, type);
}
QList<IncidentType> allIncidentTypes()
{
    QList<IncidentType> all;
    for (const auto& [type, id] : kIncidents)
        all << type;
    return all;
}
bool incidentUsesPerson(IncidentType type)
{
    return type != IncidentType::HitAndRun;
}
bool incidentUsesVehicle(IncidentType type)
{
    return type != IncidentType::Missing && type != IncidentType::Pickpocketing;
}
QString actionStateId(ActionState state)
{
    return idOf(kStates, state);
}
bool actionStateFromId(const QString& id, ActionState* state)
{
    return fromId(kStates, id, state);
}
QString outcomeId(Outcome outcome)
{
    return idOf(kOutcomes, outcome);
}
bool outcomeFromId(const QString& id, Outcome* outcome)
{
    return fromId(kOutcomes, id, outcome);
}
QList<Outcome> allOutcomes()
{
    return {Outcome::Arrested, Outcome::PersonFound, Outcome::UsefulInformation, Outcome::NoResult,
            Outcome::Other};
}

bool canTransition(ActionState from, ActionState to)
{
    using S = ActionState;
    switch (from) {
    case S::Draft:
        return to == S::AwaitingApproval || to == S::Sending || to == S::Cancelled;
    case S::AwaitingApproval:
        // Approved, sent back to the author, or withdrawn.
        return to == S::Sending || to == S::Draft || to == S::Cancelled;
    case S::Sending:
        return to == S::Sent || to == S::Cancelled;
    case S::Sent:
    case S::Updated:
        return to == S::Updated || to == S::Closed || to == S::Cancelled;
    case S::Closed:
    case S::Cancelled:
        return false;
    }
    return false;
}

bool isTerminal(ActionState state)
{
    return state == ActionState::Closed || state == ActionState::Cancelled;
}

} // namespace burgernet
