#pragma once

#include "app/dispatch/DispatchRecorder.h"

namespace burgernet {

class AuditService;

// The channel workers' reports as system records in the audit log, with the session's mode:
// `dispatch.batch` per channel and action for the batches of up to a second (channel; sent,
// failed, uncertain, stale and requeued counts; the highest attempt; batches; the time spent
// sending them in ms), `outbox.uncertain` and `outbox.stale` for rows that wait for
// a person's decision, `sender.breaker` for each change of a channel's circuit breaker. Counts
// and codes only: never an address or a name. Thread-safe (the audit log is).
class DispatchRecords final : public DispatchRecorder
{
public:
    explicit DispatchRecords(AuditService& audit);

    Status batch(const Channel& channel, const QList<BatchOutcome>& outcomes,
                 qint64 durationMs) override;
    Status leaseExpired(const Channel& channel, const QHash<qint64, qint64>& rowsByAction) override;
    Status staleHeldBack(const Channel& channel, const QHash<qint64, qint64>& rowsByAction,
                         bool failed) override;
    Status breaker(const Channel& channel, BreakerChange change, int failures,
                   qint64 cooldownMs) override;

private:
    AuditService& m_audit;
};

} // namespace burgernet
