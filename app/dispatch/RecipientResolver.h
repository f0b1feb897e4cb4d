#pragma once

#include "app/core/Result.h"
#include "app/dispatch/Outbox.h"

#include <QCoreApplication>
#include <QMap>

#include <vector>

namespace burgernet {

class Database;

// Turns the participants selected in an area into outbox entries: one per person per
// addressed channel they want and can be reached on, none for a participant who already had
// `dailyLimit` alerts today. Broadcast channels get one entry for the area.
struct RecipientPlan
{
    std::vector<OutboxEntry> entries;
    QMap<Channel, qint64> perChannel; // rows
    qint64 selected = 0;              // participants in the area at T
    qint64 overDailyLimit = 0;        // left out because of the daily limit
    qint64 unreachable = 0;           // selected but on none of the chosen channels
};

class RecipientResolver
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::RecipientResolver)

public:
    // `dailyLimit` <= 0: no limit. `dayStartMs`: since when alerts count toward the limit.
    static Result<RecipientPlan> resolve(Database& db, const std::vector<qint64>& participantIds,
                                         const QList<Channel>& channels, const QString& language,
                                         int dailyLimit, qint64 dayStartMs);
};

} // namespace burgernet
