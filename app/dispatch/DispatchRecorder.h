#pragma once

#include "app/core/Channel.h"
#include "app/core/Result.h"

#include <QHash>
#include <QList>

namespace burgernet {

// What one channel's batch did to one action's rows.
struct BatchOutcome
{
    qint64 actionId = 0;
    qint64 sent = 0;      // sent or delivered
    qint64 failed = 0;    // final failures, and retries given up
    qint64 uncertain = 0; // the answer was lost: a person decides
    qint64 stale = 0;     // too old to go: a person decides
    qint64 requeued = 0;  // retries due later, and rows handed back unsent
    int attempt = 0;      // the highest attempt among the action's rows in the batch
    int batches = 1;      // the batches summed up here
};

enum class BreakerChange { Opened, HalfOpen, Closed };

// Where the channel workers report what they did and decided, for the audit log: each batch's
// result per action, rows held back as stale, and every change of the circuit breaker. Called
// from the workers' own threads, so an implementation is thread-safe. The dispatch library knows
// nothing of the audit log; the session plugs it in (services/DispatchRecords).
class DispatchRecorder
{
public:
    virtual ~DispatchRecorder() = default;

    // Batches of `channel`, per action (summed over at most DispatchConfig::recordEveryMs), with
    // the time spent sending them; a batch that left rows to a decision is written before its
    // results reach the outbox.
    virtual Status batch(const Channel& channel, const QList<BatchOutcome>& outcomes,
                         qint64 durationMs) = 0;
    // Queued rows that waited too long, per action, held back by the worker's sweep: written
    // before the rows are marked stale; `failed` when that marking failed after the record.
    virtual Status staleHeldBack(const Channel& channel, const QHash<qint64, qint64>& rowsByAction,
                                 bool failed = false) = 0;
    // Rows of `channel` still sending after their lease ran out (their worker, here or at
    // another workstation, died or lost the register mid-send), per action: written before they
    // become uncertain.
    virtual Status leaseExpired(const Channel& channel, const QHash<qint64, qint64>& rowsByAction)
    {
        (void)channel;
        (void)rowsByAction;
        return {};
    }
    // The breaker opened (after `failures` in a row, for `cooldownMs`), let one trial through
    // (half-open) or closed again.
    virtual Status breaker(const Channel& channel, BreakerChange change, int failures,
                           qint64 cooldownMs) = 0;
};

} // namespace burgernet
