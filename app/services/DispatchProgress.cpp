#include "app/services/DispatchProgress.h"

#include "app/core/Logging.h"
#include "app/services/ActionNotifier.h"

#include <QJsonArray>

namespace burgernet {

qint64 ActionProgress::count(OutboxState state) const
{
    qint64 n = 0;
    for (const ChannelProgress& c : channels)
        n += c.count(state);
    return n;
}

qint64 ActionProgress::waiting() const
{
    qint64 n = 0;
    for (const ChannelProgress& c : channels)
        n += c.waiting();
    return n;
}

qint64 ActionProgress::total() const
{
    qint64 n = 0;
    for (const ChannelProgress& c : channels)
        n += c.total;
    return n;
}

DispatchProgress::DispatchProgress(Database& db, AuditService& audit, const Clock& clock,
                                   ActionNotifier& notifier)
    : m_db(db)
    , m_audit(audit)
    , m_notifier(notifier)
    , m_steps(db, audit, clock)
{}

Result<ActionProgress> DispatchProgress::progress(qint64 id) const
{
    OutboxCounts counts;
    {
        std::lock_guard lock(m_mutex);
        const auto cached = m_counts.constFind(id);
        if (cached != m_counts.constEnd())
            counts = *cached;
    }
    if (counts.isEmpty()) {
        auto read = m_steps.outbox().counts(id);
        if (!read)
            return read.error();
        counts = std::move(read).value();
        std::lock_guard lock(m_mutex);
        m_counts.insert(id, counts);
    }
    ActionProgress p;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        ChannelProgress c;
        c.channel = it.key();
        c.name = m_catalog.name(c.channel);
        c.states = it.value();
        for (qint64 n : it.value())
            c.total += n;
        if (m_status) {
            const ChannelStatus status = m_status->status(c.channel);
            c.ratePerSecond = status.ratePerSecond;
            c.readiness = status.readiness;
            c.registerProblem = status.registerProblem;
        }
        // The time to finish comes from what this channel managed over the last minute; before
        // it sent anything there is no honest estimate.
        if (c.waiting() == 0)
            c.etaSeconds = 0;
        else if (c.ratePerSecond > 0 && c.readiness == ChannelReadiness::Ready)
            c.etaSeconds = double(c.waiting()) / c.ratePerSecond;
        p.channels << c;
    }
    return p;
}

void DispatchProgress::setCounts(qint64 id, const Channel& channel, const StateCounts& counts)
{
    {
        std::lock_guard lock(m_mutex);
        auto it = m_counts.find(id);
        if (it != m_counts.end()) {
            (*it)[channel] = counts;
            return;
        }
    }
    // Not seen yet: the other channels' counts come from the outbox once.
    auto read = m_steps.outbox().counts(id);
    if (!read)
        return;
    (*read)[channel] = counts;
    std::lock_guard lock(m_mutex);
    m_counts.insert(id, *read);
}

void DispatchProgress::forget(qint64 id)
{
    std::lock_guard lock(m_mutex);
    m_counts.remove(id);
}

void DispatchProgress::refreshStates(const QList<qint64>& ids)
{
    QList<qint64> check = ids;
    if (check.isEmpty()) {
        auto open = m_steps.repository().list(true);
        if (!open)
            return;
        for (const Action& a : *open)
            if (a.state == ActionState::Sending)
                check << a.id;
    }
    for (qint64 id : check) {
        auto a = m_steps.repository().load(id);
        if (!a || a->state != ActionState::Sending) {
            Q_EMIT m_notifier.actionChanged(id);
            continue;
        }
        auto pending = m_steps.outbox().hasPendingWork(id, MessageType::Alert);
        if (!pending || *pending) {
            Q_EMIT m_notifier.actionChanged(id);
            continue;
        }
        QJsonArray details;
        if (auto counts = m_steps.outbox().counts(id); counts)
            for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
                QJsonObject perState{{QStringLiteral("channel"), it.key().id()}};
                for (auto s = it->cbegin(); s != it->cend(); ++s)
                    perState.insert(enumId(s.key()), s.value());
                details.append(perState);
            }
        if (auto s = m_steps.transition(*a, ActionState::Sent, QStringLiteral("sent"),
                                        {{QStringLiteral("outbox"), details}}, true);
            !s)
            qCWarning(lcDispatch) << s.errorMessage();
        Q_EMIT m_notifier.actionChanged(id);
    }
}

} // namespace burgernet
