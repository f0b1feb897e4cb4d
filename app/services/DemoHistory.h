#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace burgernet {

class AuditService;
class Database;

// Past actions for a demo or training register, so that the review has something to show:
// the programme's mix of incident types, more actions in the afternoon and evening, its
// published outcomes (about 10 % direct success, 14 % for missing persons, about 40 % with
// useful information), tips minutes after the alert and closing messages mostly 30 to 60
// minutes after it, with their outbox rows delivered as the channels do. The same seed gives
// the same history. Never on a live register that is not a demo one.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DemoHistory)

public:
    DemoHistory(Database& db, AuditService& audit);

    struct Options
    {
        int months = 6;
        quint64 seed = 1;
        int actionsPerMonth = 60;
        QDateTime until; // the history ends here (the clock's now)
    };
    // Returns the number of actions added.
    Result<qint64> add(const Options& options);

private:
    Database& m_db;
    AuditService& m_audit;
};

} // namespace burgernet
