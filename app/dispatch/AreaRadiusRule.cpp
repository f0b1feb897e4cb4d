#include "app/dispatch/AreaRadiusRule.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace burgernet {

AreaRadiusRule AreaRadiusRule::builtIn(IncidentType incident)
{
    AreaRadiusRule r;
    r.incident = incident;
    switch (incident) {
    case IncidentType::Burglary:
        r.minRadius = 500;
        r.maxRadius = 5000;
        break;
    case IncidentType::Missing:
        // A missing person (often a child or someone confused) walks, and far.
        r.walkingKmh = 4;
        r.minRadius = 1000;
        r.maxRadius = 10000;
        break;
    case IncidentType::StreetRobbery:
        r.mode = TravelMode::Cycling;
        r.minRadius = 500;
        r.maxRadius = 5000;
        break;
    case IncidentType::Shoplifting:
    case IncidentType::Pickpocketing:
        r.minRadius = 300;
        r.maxRadius = 3000;
        break;
    case IncidentType::Robbery:
        r.mode = TravelMode::Car;
        r.minRadius = 1000;
        r.maxRadius = 15000;
        break;
    case IncidentType::HitAndRun:
        r.mode = TravelMode::Car;
        r.minRadius = 2000;
        r.maxRadius = 20000;
        break;
    case IncidentType::Other:
        r.minRadius = 1000;
        r.maxRadius = 10000;
        break;
    }
    return r;
}

double AreaRadiusRule::speed(TravelMode travel) const
{
    switch (travel) {
    case TravelMode::Walking:
        return walkingKmh;
    case TravelMode::Cycling:
        return cyclingKmh;
    case TravelMode::Car:
        break;
    }
    return carKmh;
}

int AreaRadiusRule::radiusAfter(TravelMode travel, int minutes) const
{
    const double metres = speed(travel) * 1000.0 * std::max(0, minutes) / 60.0;
    // Rounded to 50 m: a suggestion, not a measurement.
    const int rounded = int(std::lround(metres / 50.0) * 50);
    return std::clamp(rounded, minRadius, maxRadius);
}

std::optional<QString> AreaRadiusRule::problem() const
{
    const auto badSpeed = [](double kmh, double most) { return !(kmh > 0) || kmh > most; };
    if (badSpeed(walkingKmh, 15))
        return AreaRadiusRules::tr("Walking: a speed above 0 and at most 15 km/h.");
    if (badSpeed(cyclingKmh, 50))
        return AreaRadiusRules::tr("Cycling: a speed above 0 and at most 50 km/h.");
    if (badSpeed(carKmh, 150))
        return AreaRadiusRules::tr("Car: a speed above 0 and at most 150 km/h.");
    if (minRadius < kSmallestRadius || minRadius > kLargestRadius)
        return AreaRadiusRules::tr("Smallest radius: from %1 to %2 metres.")
            .arg(kSmallestRadius)
            .arg(kLargestRadius);
    if (maxRadius < minRadius || maxRadius > kLargestRadius)
        return AreaRadiusRules::tr("Largest radius: from the smallest radius to %1 metres.")
            .arg(kLargestRadius);
    return std::nullopt;
}

AreaRadiusRules::AreaRadiusRules(Database& db)
    : m_db(db)
{}

Result<QList<AreaRadiusRule>> AreaRadiusRules::all() const
{
    QList<AreaRadiusRule> rules;
    for (IncidentType t : allIncidentTypes())
        rules << AreaRadiusRule::builtIn(t);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT incident_type, travel_mode, walking_kmh, cycling_kmh, "
                               "car_kmh, min_radius_m, max_radius_m, changed_at, changed_by "
                               "FROM area_radius_rules")))
        return Error{tr("Cannot read the area assistant's table: %1").arg(q.lastError().text())};
    while (q.next()) {
        IncidentType t;
        if (!enumFromId(q.value(0).toString(), &t))
            continue;
        AreaRadiusRule& r = rules[int(allIncidentTypes().indexOf(t))];
        enumFromId(q.value(1).toString(), &r.mode);
        r.walkingKmh = q.value(2).toDouble();
        r.cyclingKmh = q.value(3).toDouble();
        r.carKmh = q.value(4).toDouble();
        r.minRadius = q.value(5).toInt();
        r.maxRadius = q.value(6).toInt();
        r.changedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        r.changedBy = q.value(8).toString();
    }
    return rules;
}

Result<AreaRadiusRule> AreaRadiusRules::rule(IncidentType incident) const
{
    auto rules = all();
    if (!rules)
        return rules.error();
    return rules->value(int(allIncidentTypes().indexOf(incident)));
}

Status AreaRadiusRules::store(const AreaRadiusRule& r)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM area_radius_rules WHERE incident_type = ?")))
        return Error{q.lastError().text()};
    q.addBindValue(enumId(r.incident));
    if (!q.exec())
        return Error{tr("Cannot store the area assistant's table: %1").arg(q.lastError().text())};
    q.prepare(QStringLiteral("INSERT INTO area_radius_rules (incident_type, travel_mode, "
                             "walking_kmh, cycling_kmh, car_kmh, min_radius_m, max_radius_m, "
                             "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(enumId(r.incident));
    q.addBindValue(enumId(r.mode));
    q.addBindValue(r.walkingKmh);
    q.addBindValue(r.cyclingKmh);
    q.addBindValue(r.carKmh);
    q.addBindValue(r.minRadius);
    q.addBindValue(r.maxRadius);
    q.addBindValue(r.changedAt.toMSecsSinceEpoch());
    q.addBindValue(r.changedBy);
    if (!q.exec())
        return Error{tr("Cannot store the area assistant's table: %1").arg(q.lastError().text())};
    return {};
}

} // namespace burgernet
