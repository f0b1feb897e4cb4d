#include "app/dispatch/Action.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace burgernet {

namespace {

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

const std::array<DescriptionSlot, 11>& descriptionSlots()
{
    static const std::array<DescriptionSlot, 11> all{{
        {"person.age", &PersonDescription::age},
        {"person.height", &PersonDescription::height},
        {"person.build", &PersonDescription::build},
        {"person.clothing", &PersonDescription::clothing},
        {"person.particulars", &PersonDescription::particulars},
        {"person.direction", &PersonDescription::direction},
        {"vehicle.make", nullptr, &VehicleDescription::make},
        {"vehicle.model", nullptr, &VehicleDescription::model},
        {"vehicle.colour", nullptr, &VehicleDescription::colour},
        {"vehicle.plate", nullptr, &VehicleDescription::plate},
        {"vehicle.direction", nullptr, &VehicleDescription::direction},
    }};
    return all;
}

QJsonObject ActionContent::toJson() const
{
    QJsonObject json{
        {QStringLiteral("kind"), enumId(kind)},
        {QStringLiteral("incident"), enumId(incident)},
        {QStringLiteral("language"), language},
        {QStringLiteral("location_text"), locationText},
        {QStringLiteral("person"), person.toJson()},
        {QStringLiteral("vehicle"), vehicle.toJson()},
        {QStringLiteral("free_text"), freeText},
        {QStringLiteral("family_consent"), familyConsent},
        {QStringLiteral("channels"), QJsonArray::fromStringList(channelIds(channels))}};
    if (!incidentNumber.isEmpty())
        json.insert(QStringLiteral("incident_number"), incidentNumber);
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
    enumFromId(get(json, "kind"), &c.kind);
    enumFromId(get(json, "incident"), &c.incident);
    c.language = json.value(QLatin1String("language")).toString(QStringLiteral("nl"));
    if (json.contains(QLatin1String("lat")))
        c.location = QGeoCoordinate(json.value(QLatin1String("lat")).toDouble(),
                                    json.value(QLatin1String("lon")).toDouble());
    c.locationText = get(json, "location_text");
    c.person = PersonDescription::fromJson(json.value(QLatin1String("person")).toObject());
    c.vehicle = VehicleDescription::fromJson(json.value(QLatin1String("vehicle")).toObject());
    c.freeText = get(json, "free_text");
    c.incidentNumber = get(json, "incident_number");
    c.familyConsent = json.value(QLatin1String("family_consent")).toBool();
    if (json.contains(QLatin1String("scheduled_at")))
        c.scheduledAt = QDateTime::fromString(get(json, "scheduled_at"), Qt::ISODateWithMs);
    for (const auto& id : json.value(QLatin1String("channels")).toArray())
        if (const auto channel = Channel::fromId(id.toString()))
            c.channels << *channel;
    return c;
}

bool incidentUsesPerson(IncidentType type)
{
    return type != IncidentType::HitAndRun;
}
bool incidentUsesVehicle(IncidentType type)
{
    return type != IncidentType::Missing && type != IncidentType::Pickpocketing;
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
        // Closed early: what has not gone out is stopped, and those reached are told.
        return to == S::Sent || to == S::Closed || to == S::Cancelled;
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
