#pragma once

#include "app/core/Result.h"
#include "app/services/ActionSteps.h"

#include <QCoreApplication>

#include <optional>

namespace burgernet {

class ActionNotifier;
class AuditService;
class Clock;
class Database;

struct RecoveryReport
{
    qint64 uncertain = 0;
    qint64 stale = 0;
};

// What only a person decides about an action's messages: retry the failed ones, resend or
// leave the uncertain ones, send or drop the stale ones; and, at start, which rows a crash or a
// long wait left for such a decision. Each decision is recorded before it takes effect.
class OutboxDecisions
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::OutboxDecisions)

public:
    OutboxDecisions(Database& db, AuditService& audit, const Clock& clock,
                    ActionNotifier& notifier);

    Result<qint64> retryFailed(qint64 id, const std::optional<Channel>& channel = {});
    Result<qint64> decideUncertain(qint64 id, bool resend);
    Result<qint64> decideStale(qint64 id, bool send);
    // Sending what an interrupted process left queued is sending: the send's permission, and a
    // record that this process took the action's outbox over.
    Status resume(qint64 id);

    // At start: interrupted sends become uncertain, urgent messages older than
    // `staleAfterMinutes` stale (0: none).
    Result<RecoveryReport> recoverAfterRestart(int staleAfterMinutes);

private:
    Result<qint64> decide(qint64 id, const QString& what, OutboxState from, OutboxState to,
                          QJsonObject details, const std::optional<Channel>& channel = {});

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    ActionNotifier& m_notifier;
    ActionSteps m_steps;
};

} // namespace burgernet
