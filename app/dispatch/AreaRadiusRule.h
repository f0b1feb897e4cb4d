#pragma once

#include "app/core/EnumIds.h"
#include "app/core/Result.h"
#include "app/dispatch/Action.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace burgernet {

class Database;

// How the person looked for most likely gets away.
enum class TravelMode { Walking, Cycling, Car };

template <>
struct EnumIdTable<TravelMode>
{
    static constexpr std::array entries{std::pair{TravelMode::Walking, "walking"},
                                        std::pair{TravelMode::Cycling, "cycling"},
                                        std::pair{TravelMode::Car, "car"}};
};

// The area assistant's row for one incident type: the likely way of moving, the speeds (km/h,
// as averages over streets, crossings and corners, not top speeds) and the smallest and largest
// radius worth suggesting.
struct AreaRadiusRule
{
    IncidentType incident = IncidentType::Other;
    TravelMode mode = TravelMode::Walking;
    double walkingKmh = 5;
    double cyclingKmh = 15;
    double carKmh = 35;
    int minRadius = 500;
    int maxRadius = 10000;
    // Who changed it last (empty: the built-in values).
    QDateTime changedAt;
    QString changedBy;

    static constexpr int kMaxMinutes = 240;
    static constexpr int kSmallestRadius = 100; // the composer's limits
    static constexpr int kLargestRadius = 50'000;

    static AreaRadiusRule builtIn(IncidentType incident);
    double speed(TravelMode travel) const;
    // The distance covered in `minutes` at `travel`'s speed, held between the rule's limits.
    int radiusAfter(TravelMode travel, int minutes) const;
    // What is wrong with the values, naming the field; nothing when they are usable.
    std::optional<QString> problem() const;
};

// The register's table of rules (migration 14). SQL only: permission and audit are the
// AreaAssistant's.
class AreaRadiusRules
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaRadiusRules)

public:
    explicit AreaRadiusRules(Database& db);
    // Every incident type's rule: the stored one, or the built-in values.
    Result<QList<AreaRadiusRule>> all() const;
    Result<AreaRadiusRule> rule(IncidentType incident) const;
    Status store(const AreaRadiusRule& rule);

private:
    Database& m_db;
};

} // namespace burgernet
