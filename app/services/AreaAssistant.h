#pragma once

#include "app/core/Result.h"
#include "app/dispatch/AreaRadiusRule.h"
#include "app/geo/GeoArea.h"

#include <QCoreApplication>
#include <QGeoCoordinate>

namespace burgernet {

class AuditService;
class Clock;
class Database;

// What the area assistant suggests for one incident type and the minutes since the incident:
// the radius each way of moving reaches, and the one the type's rule calls likely.
struct AreaSuggestion
{
    IncidentType incident = IncidentType::Other;
    int minutes = 0;
    TravelMode mode = TravelMode::Walking;
    int radius = 0; // the likely way's
    int walking = 0;
    int cycling = 0;
    int car = 0;
    AreaRadiusRule rule;

    int radiusFor(TravelMode travel) const;
    // The suggested circle around the incident.
    GeoArea circle(const QGeoCoordinate& incident) const
    {
        return GeoArea::circle(incident, radius);
    }
};

// The area assistant, for the window and burgernetctl alike: from the incident type and the
// minutes since the incident, how far the person looked for can have gone on foot, by bike and by
// car, from a table per incident type kept in the register. Anyone who composes actions asks it;
// only an administrator changes the table, and each change is recorded before it is stored.
class AreaAssistant
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaAssistant)

public:
    AreaAssistant(Database& db, AuditService& audit, const Clock& clock);

    Result<QList<AreaRadiusRule>> rules() const;
    Result<AreaSuggestion> suggest(IncidentType incident, int minutes) const;
    // Needs ManageSettings; refused with the field named when a value is out of range.
    Status setRule(AreaRadiusRule rule);

private:
    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
};

} // namespace burgernet
