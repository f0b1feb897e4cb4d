#include "app/services/ActionSteps.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/dispatch/ActionWords.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"
#include "app/services/DispatchPlan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace burgernet {

namespace {

const QString kAction = QStringLiteral("action");

// [{"channel": "sms", "rows": 14}, ...]: channel names as values, never as keys (the audit
// log's personal-data guard refuses a key called "email").
QJsonArray channelCounts(const QList<PlannedMessage>& messages)
{
    QMap<Channel, qint64> counts;
    for (const PlannedMessage& m : messages)
        for (const OutboxEntry& e : m.entries)
            ++counts[e.channel];
    QJsonArray json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.append(QJsonObject{{QStringLiteral("channel"), it.key().id()},
                                {QStringLiteral("rows"), it.value()}});
    return json;
}

} // namespace

ActionSteps::ActionSteps(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_repo(db)
    , m_outbox(db)
{}

QString ActionSteps::onBehalfOf(const Action& action) const
{
    return action.author == m_audit.session().user ? QString() : action.author;
}

Status ActionSteps::transition(Action& action, ActionState to, const QString& event,
                               QJsonObject details, bool bySystem, const QString& eventDetail)
{
    const ActionState from = action.state;
    if (!canTransition(from, to))
        return Error{tr("Action %1 is %2 and cannot become %3.")
                         .arg(action.id)
                         .arg(ActionWords::state(from), ActionWords::state(to))};
    details.insert(QStringLiteral("from"), enumId(from));
    details.insert(QStringLiteral("to"), enumId(to));
    Action next = action;
    next.state = to;
    next.updatedAt = m_clock.nowUtc();
    if (to == ActionState::Closed || to == ActionState::Cancelled)
        next.closedAt = next.updatedAt;
    const QString actor = bySystem ? QStringLiteral("system") : m_audit.session().user;
    auto done = AuditedChange(m_db, m_audit)
                    .run({QStringLiteral("action.") + event,
                          kAction,
                          QString::number(action.id),
                          details,
                          bySystem,
                          {},
                          bySystem ? QString() : onBehalfOf(action)},
                         [&](QJsonObject&) -> Status {
                             if (auto s = m_repo.update(next); !s)
                                 return s;
                             return m_repo.addEvent({0, next.id, next.updatedAt, actor, event,
                                                     enumId(from), enumId(to), eventDetail});
                         });
    if (!done)
        return done.error();
    action = next;
    return {};
}

Status ActionSteps::queue(Action& action, const QList<PlannedMessage>& messages, ActionState to,
                          const QString& event, QJsonObject details, bool stopUnsent, qint64 dueMs)
{
    const ActionState from = action.state;
    if (from != to && !canTransition(from, to))
        return Error{tr("Action %1 is %2 and cannot become %3.")
                         .arg(action.id)
                         .arg(ActionWords::state(from), ActionWords::state(to))};
    const QDateTime now = m_clock.nowUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    Action next = action;
    next.state = to;
    next.updatedAt = now;
    for (const PlannedMessage& m : messages)
        if (m.type == MessageType::Alert && !next.sentAt.isValid())
            next.sentAt = now;
    if (to == ActionState::Closed || to == ActionState::Cancelled)
        next.closedAt = now;
    qint64 rows = 0;
    for (const PlannedMessage& m : messages)
        rows += qint64(m.entries.size());
    details.insert(QStringLiteral("channels"), channelCounts(messages));
    details.insert(QStringLiteral("rows"), rows);
    details.insert(QStringLiteral("from"), enumId(from));
    details.insert(QStringLiteral("to"), enumId(to));
    QJsonArray types;
    for (const PlannedMessage& m : messages)
        types.append(enumId(m.type));
    details.insert(QStringLiteral("messages"), types);
    auto done =
        AuditedChange(m_db, m_audit)
            .run(
                {QStringLiteral("action.") + event,
                 kAction,
                 QString::number(action.id),
                 details,
                 false,
                 {},
                 onBehalfOf(action)},
                [&](QJsonObject& d) -> Status {
                    if (stopUnsent) {
                        qint64 stopped = 0;
                        for (OutboxState s : {OutboxState::Queued, OutboxState::Stale}) {
                            auto moved = m_outbox.move(action.id, s, OutboxState::Cancelled, nowMs);
                            if (!moved)
                                return moved.error();
                            stopped += *moved;
                        }
                        d.insert(QStringLiteral("stopped"), stopped);
                    }
                    QJsonArray ids;
                    for (const PlannedMessage& m : messages) {
                        if (m.entries.empty())
                            continue;
                        auto messageId =
                            m_repo.insertMessage(action.id, m.message, now, m_audit.session().user);
                        if (!messageId)
                            return messageId.error();
                        ids.append(*messageId);
                        const bool scheduled = m.type == MessageType::Alert;
                        if (auto s = m_outbox.enqueue(action.id, *messageId, m.type,
                                                      action.content.kind == ActionKind::Urgent,
                                                      m.entries, nowMs, scheduled ? dueMs : 0);
                            !s)
                            return s;
                    }
                    d.insert(QStringLiteral("message_ids"), ids);
                    // As stored: the caller hands in the action with its grown area already.
                    auto stored = m_repo.load(action.id);
                    if (!stored)
                        return stored.error();
                    if (auto s = m_repo.update(next); !s)
                        return s;
                    if (auto s = m_repo.addEvent({0, next.id, now, m_audit.session().user, event,
                                                  enumId(from), enumId(to), QString::number(rows)});
                        !s)
                        return s;
                    return recordArea(*stored, next, now);
                });
    if (!done)
        return done.error();
    action = next;
    qCInfo(lcDispatch) << "action" << action.id << event << rows << "outbox rows";
    return {};
}

Status ActionSteps::recordArea(const Action& before, const Action& after, const QDateTime& at)
{
    // The area messages go to from now on, kept with its moment: the review's replay shows the
    // area as it was at each moment, and the action itself keeps only its latest one.
    const QByteArray area = QJsonDocument(after.area.toGeoJson()).toJson(QJsonDocument::Compact);
    const bool firstSend = !before.sentAt.isValid() && after.sentAt.isValid();
    if (after.area.isEmpty() ||
        (!firstSend &&
         area == QJsonDocument(before.area.toGeoJson()).toJson(QJsonDocument::Compact)))
        return {};
    return m_repo.addEvent({0, after.id, at, m_audit.session().user, QStringLiteral("area"),
                            QString(), QString(), QString::fromUtf8(area)});
}

} // namespace burgernet
