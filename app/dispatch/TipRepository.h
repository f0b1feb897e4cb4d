#pragma once

#include "app/core/Result.h"
#include "app/dispatch/Tip.h"

#include <QCoreApplication>
#include <QList>

namespace burgernet {

class Database;

// The call-back tips of actions. SQL only: permission checks, text checks and audit records are
// TipService's. Not thread-safe; one per connection.
class TipRepository
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TipRepository)

public:
    explicit TipRepository(Database& db);

    Result<qint64> insert(const Tip& tip);
    // Time, place, source, text and rating; the action and the author stay.
    Status update(const Tip& tip);
    Result<Tip> load(qint64 id) const;
    // Oldest first.
    Result<QList<Tip>> list(qint64 actionId) const;
    // `firstMessageAt`: when the action's first message went out (invalid: not yet).
    Result<TipSummary> summary(qint64 actionId, const QDateTime& firstMessageAt) const;

private:
    Database& m_db;
};

} // namespace burgernet
