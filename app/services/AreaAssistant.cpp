#include "app/services/AreaAssistant.h"

#include "app/core/Clock.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"

namespace burgernet {

int AreaSuggestion::radiusFor(TravelMode travel) const
{
    switch (travel) {
    case TravelMode::Walking:
        return walking;
    case TravelMode::Cycling:
        return cycling;
    case TravelMode::Car:
        break;
    }
    return car;
}

AreaAssistant::AreaAssistant(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<QList<AreaRadiusRule>> AreaAssistant::rules() const
{
    return AreaRadiusRules(m_db).all();
}

Result<AreaSuggestion> AreaAssistant::suggest(IncidentType incident, int minutes) const
{
    if (minutes < 0 || minutes > AreaRadiusRule::kMaxMinutes)
        return Error{tr("Minutes: the minutes since the incident, from 0 to %1; %2 is not.")
                         .arg(AreaRadiusRule::kMaxMinutes)
                         .arg(minutes)};
    auto rule = AreaRadiusRules(m_db).rule(incident);
    if (!rule)
        return rule.error();
    AreaSuggestion s;
    s.incident = incident;
    s.minutes = minutes;
    s.rule = *rule;
    s.mode = rule->mode;
    s.walking = rule->radiusAfter(TravelMode::Walking, minutes);
    s.cycling = rule->radiusAfter(TravelMode::Cycling, minutes);
    s.car = rule->radiusAfter(TravelMode::Car, minutes);
    s.radius = s.radiusFor(s.mode);
    return s;
}

Status AreaAssistant::setRule(AreaRadiusRule rule)
{
    const QString incident = enumId(rule.incident);
    if (auto s = m_audit.require(Permission::ManageSettings, QStringLiteral("area.rule"),
                                 QStringLiteral("area-rule"), incident);
        !s)
        return s;
    if (auto problem = rule.problem())
        return Error{*problem};
    rule.changedAt = m_clock.nowUtc();
    rule.changedBy = m_audit.session().user;
    AreaRadiusRules store(m_db);
    auto done = AuditedChange(m_db, m_audit)
                    .run({QStringLiteral("area.rule"),
                          QStringLiteral("area-rule"),
                          incident,
                          {{QStringLiteral("mode"), enumId(rule.mode)},
                           {QStringLiteral("walking_kmh"), rule.walkingKmh},
                           {QStringLiteral("cycling_kmh"), rule.cyclingKmh},
                           {QStringLiteral("car_kmh"), rule.carKmh},
                           {QStringLiteral("min_radius_m"), rule.minRadius},
                           {QStringLiteral("max_radius_m"), rule.maxRadius}},
                          false,
                          {{QStringLiteral("mode"), DetailKind::Code},
                           {QStringLiteral("walking_kmh"), DetailKind::Count},
                           {QStringLiteral("cycling_kmh"), DetailKind::Count},
                           {QStringLiteral("car_kmh"), DetailKind::Count},
                           {QStringLiteral("min_radius_m"), DetailKind::Count},
                           {QStringLiteral("max_radius_m"), DetailKind::Count}}},
                         [&](QJsonObject&) { return store.store(rule); });
    if (!done)
        return done.error();
    return {};
}

} // namespace burgernet
