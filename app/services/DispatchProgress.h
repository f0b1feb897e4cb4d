#pragma once

#include "app/core/Result.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/Outbox.h"
#include "app/services/ActionSteps.h"

#include <QCoreApplication>
#include <QHash>

#include <mutex>

namespace burgernet {

class ActionNotifier;
class AuditService;
class Clock;
class Database;

// One channel of an action as the progress bars show it: every state apart, the rate measured
// over the last minute and the time to finish that follows from it.
struct ChannelProgress
{
    Channel channel;
    QString name;
    StateCounts states;
    qint64 total = 0;
    double ratePerSecond = -1; // < 0: nothing measured yet
    double etaSeconds = -1;    // < 0: unknown; 0: nothing waits
    ChannelReadiness readiness = ChannelReadiness::Ready;
    QString
        registerProblem; // why the register refuses the channel's writes now; empty: it does not

    qint64 count(OutboxState state) const { return states.value(state); }
    qint64 waiting() const { return count(OutboxState::Queued) + count(OutboxState::Sending); }
    qint64 reached() const { return count(OutboxState::Sent) + count(OutboxState::Delivered); }
};

struct ActionProgress
{
    QList<ChannelProgress> channels;
    qint64 count(OutboxState state) const;
    qint64 waiting() const;
    qint64 total() const;
};

// How an action's messages are doing, from the counts the channel workers post (so that no
// other thread counts a 100,000-row action) or, without them, from the outbox. Also moves an
// action from "sending" to "sent" once its alert has no rows left to send, recorded as the
// system's step.
class DispatchProgress
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DispatchProgress)

public:
    DispatchProgress(Database& db, AuditService& audit, const Clock& clock,
                     ActionNotifier& notifier);

    void setChannelStatus(const ChannelStatusSource* source) { m_status = source; }
    void setCatalog(ChannelCatalog catalog) { m_catalog = std::move(catalog); }

    Result<ActionProgress> progress(qint64 id) const;
    // A worker's counts of one channel of an action.
    void setCounts(qint64 id, const Channel& channel, const StateCounts& counts);
    // The service changed the action's rows: count them afresh next time.
    void forget(qint64 id);
    // Sending -> sent for actions (these, or every one still sending) whose alert has no queued
    // or sending rows left.
    void refreshStates(const QList<qint64>& ids = {});

private:
    Database& m_db;
    AuditService& m_audit;
    ActionNotifier& m_notifier;
    const ChannelStatusSource* m_status = nullptr;
    ChannelCatalog m_catalog = ChannelCatalog::builtIn();
    mutable ActionSteps m_steps;
    mutable std::mutex m_mutex;
    mutable QHash<qint64, OutboxCounts> m_counts;
};

} // namespace burgernet
