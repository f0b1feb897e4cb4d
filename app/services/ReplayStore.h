#pragma once

#include "app/core/Result.h"
#include "app/services/ReplayTypes.h"

#include <QCoreApplication>

namespace burgernet {

class Database;

// The replay's SQL: an action's areas over time (its "area" steps), its tips and where and when
// its alert reached people, binned into cells. The same text on SQLite and PostgreSQL. No
// permission checks: ReviewService does them.
class ReplayStore
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ReplayStore)

public:
    explicit ReplayStore(Database& db);

    // Nothing for an action of the other mode, or one whose alert never went out.
    Result<ReplayData> replay(qint64 id, Mode mode) const;
    // The areas the action's messages went to, oldest first; an action from before the areas
    // were kept has its last one, from the moment its alert went out.
    Result<QList<ReplayArea>> areas(qint64 id) const;

private:
    Status addDeliveries(ReplayData& data) const;

    Database& m_db;
};

} // namespace burgernet
