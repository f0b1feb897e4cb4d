#include "app/services/OutboxDecisions.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/services/ActionNotifier.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"
#include "app/services/ReviewStore.h"

namespace burgernet {

OutboxDecisions::OutboxDecisions(Database& db, AuditService& audit, const Clock& clock,
                                 ActionNotifier& notifier)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_steps(db, audit, clock)
{}

Result<qint64> OutboxDecisions::decide(qint64 id, const QString& what, OutboxState from,
                                       OutboxState to, QJsonObject details,
                                       const std::optional<Channel>& channel)
{
    auto a = m_steps.repository().load(id);
    if (!a)
        return a.error();
    const Permission needed =
        a->content.kind == ActionKind::Urgent ? Permission::SendAction : Permission::SendNonUrgent;
    if (auto s = m_audit.require(needed, what, QStringLiteral("action"), QString::number(id)); !s)
        return s.error();
    if (channel)
        details.insert(QStringLiteral("channel"), channel->id());
    qint64 moved = 0;
    auto done = AuditedChange(m_db, m_audit)
                    .run({what,
                          QStringLiteral("action"),
                          QString::number(id),
                          details,
                          false,
                          {},
                          m_steps.onBehalfOf(*a)},
                         [&](QJsonObject& d) -> Status {
                             auto rows = m_steps.outbox().move(
                                 id, from, to, m_clock.nowUtc().toMSecsSinceEpoch(), channel);
                             if (!rows)
                                 return rows.error();
                             moved = *rows;
                             d.insert(QStringLiteral("rows"), moved);
                             // The review's figures of a finished action would otherwise
                             // keep the failures that are being sent again.
                             if (to == OutboxState::Queued && moved > 0)
                                 return ReviewStore(m_db).forget(id);
                             return {};
                         });
    if (!done)
        return done.error();
    Q_EMIT m_notifier.outboxChanged(id);
    Q_EMIT m_notifier.actionChanged(id);
    if (to == OutboxState::Queued && moved > 0)
        Q_EMIT m_notifier.outboxQueued();
    return moved;
}

Result<qint64> OutboxDecisions::retryFailed(qint64 id, const std::optional<Channel>& channel)
{
    return decide(id, QStringLiteral("action.retry_failed"), OutboxState::Failed,
                  OutboxState::Queued, {}, channel);
}

Result<qint64> OutboxDecisions::decideUncertain(qint64 id, bool resend)
{
    // A resend of something that may already have arrived is a person's decision.
    return decide(id, QStringLiteral("action.decide_uncertain"), OutboxState::Uncertain,
                  resend ? OutboxState::Queued : OutboxState::Dropped,
                  {{QStringLiteral("resend"), resend}});
}

Result<qint64> OutboxDecisions::decideStale(qint64 id, bool send)
{
    return decide(id, QStringLiteral("action.decide_stale"), OutboxState::Stale,
                  send ? OutboxState::Queued : OutboxState::Dropped,
                  {{QStringLiteral("send"), send}});
}

Status OutboxDecisions::resume(qint64 id)
{
    auto a = m_steps.repository().load(id);
    if (!a)
        return a.error();
    const Permission needed =
        a->content.kind == ActionKind::Urgent ? Permission::SendAction : Permission::SendNonUrgent;
    const QString what = QStringLiteral("action.resume");
    if (auto s = m_audit.require(needed, what, QStringLiteral("action"), QString::number(id)); !s)
        return s.error();
    if (auto seq = m_audit.record(what, QStringLiteral("action"), QString::number(id)); !seq)
        return seq.error();
    Q_EMIT m_notifier.outboxQueued();
    return {};
}

Result<RecoveryReport> OutboxDecisions::recoverAfterRestart(int staleAfterMinutes)
{
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 staleBefore =
        staleAfterMinutes > 0 ? nowMs - qint64(staleAfterMinutes) * 60'000 : 0;
    RecoveryReport report;
    auto done =
        AuditedChange(m_db, m_audit)
            .run({QStringLiteral("outbox.recover"), QStringLiteral("outbox"), QString(), {}, true},
                 [&](QJsonObject& d) -> Status {
                     auto recovered = m_steps.outbox().recover(nowMs, staleBefore);
                     if (!recovered)
                         return recovered.error();
                     report = {recovered->first, recovered->second};
                     d.insert(QStringLiteral("uncertain"), report.uncertain);
                     d.insert(QStringLiteral("stale"), report.stale);
                     return {};
                 });
    if (!done)
        return done.error();
    if (report.uncertain || report.stale)
        qCWarning(lcDispatch) << "after restart:" << report.uncertain << "uncertain,"
                              << report.stale << "stale outbox rows wait for a decision";
    return report;
}

} // namespace burgernet
