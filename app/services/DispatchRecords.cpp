#include "app/services/DispatchRecords.h"

#include "app/services/AuditService.h"

#include <QJsonObject>

namespace burgernet {

namespace {

const QString kAction = QStringLiteral("action");
const QString kChannel = QStringLiteral("channel");

DetailKinds countsAndCodes(std::initializer_list<const char*> counts)
{
    DetailKinds kinds{{kChannel, DetailKind::Code},
                      {QStringLiteral("reason"), DetailKind::Code},
                      {QStringLiteral("state"), DetailKind::Code}};
    for (const char* key : counts)
        kinds.insert(QLatin1String(key), DetailKind::Count);
    return kinds;
}

} // namespace

DispatchRecords::DispatchRecords(AuditService& audit)
    : m_audit(audit)
{}

Status DispatchRecords::batch(const Channel& channel, const QList<BatchOutcome>& outcomes,
                              qint64 durationMs)
{
    static const DetailKinds batchKinds = countsAndCodes(
        {"sent", "failed", "uncertain", "stale", "requeued", "attempt", "batches", "duration_ms"});
    static const DetailKinds heldKinds = countsAndCodes({"rows"});
    std::vector<AuditService::SystemRecord> records;
    for (const BatchOutcome& o : outcomes) {
        const QString id = QString::number(o.actionId);
        records.push_back({QStringLiteral("dispatch.batch"),
                           kAction,
                           id,
                           {{kChannel, channel.id()},
                            {QStringLiteral("sent"), o.sent},
                            {QStringLiteral("failed"), o.failed},
                            {QStringLiteral("uncertain"), o.uncertain},
                            {QStringLiteral("stale"), o.stale},
                            {QStringLiteral("requeued"), o.requeued},
                            {QStringLiteral("attempt"), o.attempt},
                            {QStringLiteral("batches"), o.batches},
                            {QStringLiteral("duration_ms"), durationMs}},
                           batchKinds});
        // The rows a person now has to decide on, each kind recorded as the decision it is.
        if (o.uncertain > 0)
            records.push_back({QStringLiteral("outbox.uncertain"),
                               kAction,
                               id,
                               {{kChannel, channel.id()},
                                {QStringLiteral("rows"), o.uncertain},
                                {QStringLiteral("reason"), QStringLiteral("no-answer")}},
                               heldKinds});
        if (o.stale > 0)
            records.push_back({QStringLiteral("outbox.stale"),
                               kAction,
                               id,
                               {{kChannel, channel.id()},
                                {QStringLiteral("rows"), o.stale},
                                {QStringLiteral("reason"), QStringLiteral("waited-too-long")}},
                               heldKinds});
    }
    if (records.empty())
        return {};
    if (auto seq = m_audit.recordSystem(records); !seq)
        return seq.error();
    return {};
}

Status DispatchRecords::staleHeldBack(const Channel& channel,
                                      const QHash<qint64, qint64>& rowsByAction, bool failed)
{
    static const DetailKinds kinds = countsAndCodes({"rows"});
    std::vector<AuditService::SystemRecord> records;
    for (auto it = rowsByAction.cbegin(); it != rowsByAction.cend(); ++it)
        records.push_back({QStringLiteral("outbox.stale"),
                           kAction,
                           QString::number(it.key()),
                           {{kChannel, channel.id()},
                            {QStringLiteral("rows"), it.value()},
                            {QStringLiteral("reason"), QStringLiteral("waited-too-long")}},
                           kinds,
                           failed ? AuditResult::Failed : AuditResult::Ok});
    if (records.empty())
        return {};
    if (auto seq = m_audit.recordSystem(records); !seq)
        return seq.error();
    return {};
}

Status DispatchRecords::leaseExpired(const Channel& channel,
                                     const QHash<qint64, qint64>& rowsByAction)
{
    static const DetailKinds kinds = countsAndCodes({"rows"});
    std::vector<AuditService::SystemRecord> records;
    for (auto it = rowsByAction.cbegin(); it != rowsByAction.cend(); ++it)
        records.push_back({QStringLiteral("outbox.uncertain"),
                           kAction,
                           QString::number(it.key()),
                           {{kChannel, channel.id()},
                            {QStringLiteral("rows"), it.value()},
                            {QStringLiteral("reason"), QStringLiteral("lease-expired")}},
                           kinds,
                           AuditResult::Ok});
    if (records.empty())
        return {};
    if (auto seq = m_audit.recordSystem(records); !seq)
        return seq.error();
    return {};
}

Status DispatchRecords::breaker(const Channel& channel, BreakerChange change, int failures,
                                qint64 cooldownMs)
{
    static const DetailKinds kinds = countsAndCodes({"failures", "cooldown_ms"});
    QString state;
    switch (change) {
    case BreakerChange::Opened:
        state = QStringLiteral("open");
        break;
    case BreakerChange::HalfOpen:
        state = QStringLiteral("half-open");
        break;
    case BreakerChange::Closed:
        state = QStringLiteral("closed");
        break;
    }
    QJsonObject details{{kChannel, channel.id()},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("failures"), failures}};
    if (change == BreakerChange::Opened)
        details.insert(QStringLiteral("cooldown_ms"), cooldownMs);
    if (auto seq = m_audit.recordSystem(QStringLiteral("sender.breaker"), QStringLiteral("channel"),
                                        channel.id(), AuditResult::Ok, details, kinds);
        !seq)
        return seq.error();
    return {};
}

} // namespace burgernet
