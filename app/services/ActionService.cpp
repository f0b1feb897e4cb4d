#include "app/services/ActionService.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/RecipientResolver.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <set>

namespace burgernet {

namespace {

const QString kAction = QStringLiteral("action");

// [{"channel": "sms", "rows": 14}, ...]: channel names as values, never as keys (the audit
// log's personal-data guard refuses a key called "email").
QJsonArray channelCounts(const std::vector<OutboxEntry>& entries)
{
    QMap<QString, qint64> counts;
    for (const OutboxEntry& e : entries)
        ++counts[e.channel];
    QJsonArray json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.append(QJsonObject{{QStringLiteral("channel"), it.key()},
                                {QStringLiteral("rows"), it.value()}});
    return json;
}

} // namespace

qint64 ChannelProgress::done() const
{
    return count(outbox::Sent) + count(outbox::Delivered) + count(outbox::Failed) +
           count(outbox::Cancelled) + count(outbox::Dropped);
}

qint64 ActionProgress::count(const QString& state) const
{
    qint64 n = 0;
    for (const ChannelProgress& c : channels)
        n += c.count(state);
    return n;
}

ActionService::ActionService(Database& db, AuditService& audit, Settings& settings,
                             const Clock& clock, const SelectionService& selection, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_settings(settings)
    , m_clock(clock)
    , m_selection(selection)
    , m_repo(db)
    , m_outbox(db)
    , m_templates(MessageTemplates::builtIn())
{
    if (auto loaded = reloadTemplates(); !loaded)
        qCWarning(lcDispatch) << "message templates:" << loaded.errorMessage();
}

ActionService::~ActionService() = default;

Mode ActionService::mode() const
{
    return m_audit.session().mode;
}

Status ActionService::require(Permission permission, const QString& what, qint64 id)
{
    if (m_audit.session().can(permission))
        return {};
    (void)m_audit.record(what, kAction, id ? QString::number(id) : QString(), AuditResult::Denied);
    return Error{tr("You may not do this (%1).").arg(what)};
}

qint64 ActionService::dayStartMs() const
{
    const QDateTime local =
        m_clock.nowUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    return QDateTime(local.date(), QTime(0, 0), local.timeZone()).toMSecsSinceEpoch();
}

// A notice may be scheduled: its alert rows wait in the outbox until then. Urgent actions and
// every follow-up go at once.
qint64 ActionService::scheduledMs(const Action& action, MessageType type) const
{
    if (action.content.kind != ActionKind::Notice || type != MessageType::Alert ||
        !action.content.scheduledAt.isValid())
        return 0;
    return action.content.scheduledAt.toMSecsSinceEpoch();
}

bool ActionService::needsApproval(const Action& action, qint64 addressed) const
{
    return action.content.kind == ActionKind::Notice ||
           addressed > m_settings.value(keys::DispatchApprovalThreshold);
}

Status ActionService::transition(Action& action, ActionState to, const QString& event,
                                 const QJsonObject& details, bool system)
{
    const ActionState from = action.state;
    if (!canTransition(from, to))
        return Error{tr("Action %1 is %2 and cannot become %3.")
                         .arg(action.id)
                         .arg(actionStateId(from), actionStateId(to))};
    SqlTransaction transaction(m_db.connection(), SqlTransaction::Mode::Immediate);
    action.state = to;
    action.updatedAt = m_clock.nowUtc();
    if (to == ActionState::Closed || to == ActionState::Cancelled)
        action.closedAt = action.updatedAt;
    QJsonObject d = details;
    d.insert(QStringLiteral("from"), actionStateId(from));
    d.insert(QStringLiteral("to"), actionStateId(to));
    const QString actor = system ? QStringLiteral("system") : m_audit.session().user;
    if (auto s = m_repo.update(action); !s)
        return s;
    if (auto s = m_repo.addEvent({0, action.id, action.updatedAt, actor, event, actionStateId(from),
                                  actionStateId(to), QString()});
        !s)
        return s;
    const QString auditAction = QStringLiteral("action.") + event;
    auto seq = system ? m_audit.recordSystem(auditAction, kAction, QString::number(action.id),
                                             AuditResult::Ok, d)
                      : m_audit.record(auditAction, kAction, QString::number(action.id),
                                       AuditResult::Ok, d);
    if (!seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT actionChanged(action.id);
    return {};
}

Result<qint64> ActionService::createDraft(const ActionContent& content, const GeoArea& area,
                                          const QString& areaDescription)
{
    if (auto s = require(Permission::ComposeAction, QStringLiteral("action.create"), 0); !s)
        return s.error();
    Action a;
    a.mode = mode();
    a.content = content;
    a.areaGeoJson = area.isEmpty() ? QByteArray()
                                   : QJsonDocument(area.toGeoJson()).toJson(QJsonDocument::Compact);
    a.areaDescription = areaDescription;
    a.author = m_audit.session().user;
    a.createdAt = a.updatedAt = m_clock.nowUtc();
    SqlTransaction transaction(m_db.connection(), SqlTransaction::Mode::Immediate);
    auto id = m_repo.insert(a);
    if (!id)
        return id.error();
    if (auto s = m_repo.addEvent({0,
                                  *id,
                                  a.createdAt,
                                  a.author,
                                  QStringLiteral("create"),
                                  {},
                                  actionStateId(ActionState::Draft),
                                  {}});
        !s)
        return s.error();
    auto seq = m_audit.record(QStringLiteral("action.create"), kAction, QString::number(*id),
                              AuditResult::Ok,
                              {{QStringLiteral("kind"), actionKindId(content.kind)},
                               {QStringLiteral("incident"), incidentTypeId(content.incident)},
                               {QStringLiteral("mode"), modeId(a.mode)}});
    if (!seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT actionChanged(*id);
    return id;
}

Status ActionService::updateDraft(qint64 id, const ActionContent& content, const GeoArea& area,
                                  const QString& areaDescription)
{
    if (auto s = require(Permission::ComposeAction, QStringLiteral("action.edit"), id); !s)
        return s;
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    if (a->state != ActionState::Draft)
        return Error{tr("Only a draft can be changed; action %1 is %2.")
                         .arg(id)
                         .arg(actionStateId(a->state))};
    a->content = content;
    a->areaGeoJson = area.isEmpty()
                         ? QByteArray()
                         : QJsonDocument(area.toGeoJson()).toJson(QJsonDocument::Compact);
    a->areaDescription = areaDescription;
    a->updatedAt = m_clock.nowUtc();
    if (auto s = m_repo.update(*a); !s)
        return s;
    Q_EMIT actionChanged(id);
    return {};
}

Result<Action> ActionService::action(qint64 id) const
{
    return m_repo.load(id);
}

Result<QList<Action>> ActionService::actions(bool openOnly) const
{
    return m_repo.list(openOnly);
}

Result<QList<ActionEvent>> ActionService::events(qint64 id) const
{
    return m_repo.events(id);
}

Result<QList<Tip>> ActionService::tips(qint64 id) const
{
    return m_repo.tips(id);
}

void ActionService::setCounts(qint64 id, const OutboxCounts& counts)
{
    if (m_workerCounts)
        m_counts.insert(id, counts);
}

Result<ActionProgress> ActionService::progress(qint64 id) const
{
    const auto cached = m_counts.constFind(id);
    auto counts =
        cached != m_counts.constEnd() ? Result<OutboxCounts>(*cached) : m_outbox.counts(id);
    if (!counts)
        return counts.error();
    ActionProgress p;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        ChannelProgress c;
        c.channel = it.key();
        c.states = it.value();
        for (qint64 n : it.value())
            c.total += n;
        const double rate = m_rates.value(c.channel, 10.0);
        const qint64 waiting = c.count(outbox::Queued) + c.count(outbox::Sending);
        c.etaSeconds = rate > 0 ? waiting / rate : 0;
        p.channels << c;
    }
    return p;
}

MessageComposer::Input ActionService::composerInput(const Action& action, MessageType type) const
{
    MessageComposer::Input in;
    in.content = action.content;
    in.type = type;
    in.mode = action.mode;
    in.callbackNumber = m_settings.value(keys::CallbackNumber);
    in.areaDescription = action.areaDescription;
    in.sentAt = m_clock.nowUtc();
    in.capIdentifier = QStringLiteral("burgernet-%1-%2-%3")
                           .arg(action.id)
                           .arg(messageTypeId(type))
                           .arg(m_clock.nowUtc().toMSecsSinceEpoch());
    if (type != MessageType::Alert && action.sentAt.isValid())
        in.capReferences = QStringLiteral("burgernet,burgernet-%1-alert,%2")
                               .arg(action.id)
                               .arg(MessageComposer::capTime(action.sentAt));
    if (!action.areaGeoJson.isEmpty()) {
        if (auto area = GeoArea::fromGeoJson(action.areaGeoJson); area) {
            if (area->kind() == GeoArea::Kind::Circle)
                in.capCircle = area->toCapCircle();
            else
                in.capPolygon = area->toCapPolygon();
        }
    }
    return in;
}

ComposedMessage ActionService::preview(const ActionContent& content, const GeoArea& area,
                                       const QString& areaDescription, MessageType type,
                                       const QString& extraText, Outcome outcome) const
{
    Action a;
    a.mode = mode();
    a.content = content;
    a.areaDescription = areaDescription;
    if (!area.isEmpty())
        a.areaGeoJson = QJsonDocument(area.toGeoJson()).toJson(QJsonDocument::Compact);
    MessageComposer::Input in = composerInput(a, type);
    in.updateText = extraText;
    in.outcome = outcome;
    return MessageComposer(m_templates).compose(in);
}

Result<DispatchSummary> ActionService::summarise(qint64 id) const
{
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    DispatchSummary s;
    s.actionId = id;
    s.mode = a->mode;
    s.kind = a->content.kind;
    s.channels = a->content.channels;
    s.areaDescription = a->areaDescription;
    std::vector<qint64> ids;
    if (!a->areaGeoJson.isEmpty()) {
        auto area = GeoArea::fromGeoJson(a->areaGeoJson);
        if (!area)
            return area.error();
        ids = m_selection.select(*area, m_clock.nowUtc());
    }
    auto plan =
        RecipientResolver::resolve(m_db, ids, a->content.channels, a->content.language,
                                   m_settings.value(keys::DispatchDailyLimit), dayStartMs());
    if (!plan)
        return plan.error();
    s.perChannel = plan->perChannel;
    s.participants = plan->selected;
    s.overDailyLimit = plan->overDailyLimit;
    for (auto it = plan->perChannel.cbegin(); it != plan->perChannel.cend(); ++it)
        if (channels::isAddressed(it.key()))
            s.addressedMessages += it.value();
    s.needsApproval = needsApproval(*a, s.addressedMessages);
    return s;
}

Status ActionService::enqueue(Action& action, MessageType type, const ComposedMessage& message,
                              const std::vector<OutboxEntry>& entries, ActionState to,
                              const QString& event, QJsonObject details)
{
    const ActionState from = action.state;
    if (from != to && !canTransition(from, to))
        return Error{tr("Action %1 is %2 and cannot become %3.")
                         .arg(action.id)
                         .arg(actionStateId(from), actionStateId(to))};
    const QDateTime now = m_clock.nowUtc();
    SqlTransaction transaction(m_db.connection(), SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{tr("Cannot write the outbox: %1").arg(transaction.errorMessage())};
    auto messageId = m_repo.insertMessage(action.id, message, now, m_audit.session().user);
    if (!messageId)
        return messageId.error();
    if (auto s = m_outbox.enqueue(action.id, *messageId, messageTypeId(type),
                                  action.content.kind == ActionKind::Urgent, entries,
                                  now.toMSecsSinceEpoch(), scheduledMs(action, type));
        !s)
        return s;
    action.state = to;
    action.updatedAt = now;
    if (type == MessageType::Alert && !action.sentAt.isValid())
        action.sentAt = now;
    if (to == ActionState::Closed || to == ActionState::Cancelled)
        action.closedAt = now;
    if (auto s = m_repo.update(action); !s)
        return s;
    if (auto s =
            m_repo.addEvent({0, action.id, now, m_audit.session().user, event, actionStateId(from),
                             actionStateId(to), QString::number(entries.size())});
        !s)
        return s;
    details.insert(QStringLiteral("message_type"), messageTypeId(type));
    details.insert(QStringLiteral("message_id"), *messageId);
    details.insert(QStringLiteral("channels"), channelCounts(entries));
    details.insert(QStringLiteral("rows"), qint64(entries.size()));
    details.insert(QStringLiteral("from"), actionStateId(from));
    details.insert(QStringLiteral("to"), actionStateId(to));
    // The record is written before the outbox commits: no message can leave without it. A
    // failed commit is recorded as well.
    auto seq = m_audit.record(QStringLiteral("action.") + event, kAction,
                              QString::number(action.id), AuditResult::Ok, details);
    if (!seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed) {
        (void)m_audit.record(QStringLiteral("action.") + event, kAction, QString::number(action.id),
                             AuditResult::Failed, {{QStringLiteral("follows"), *seq}});
        return committed;
    }
    if (m_workerCounts && (from == ActionState::Draft || from == ActionState::AwaitingApproval)) {
        // The first rows of the action: their counts are known without counting them.
        OutboxCounts counts;
        for (const OutboxEntry& e : entries)
            ++counts[e.channel][outbox::Queued];
        m_counts.insert(action.id, counts);
    } else {
        m_counts.remove(action.id);
    }
    qCInfo(lcDispatch) << "action" << action.id << event << entries.size() << "outbox rows";
    Q_EMIT actionChanged(action.id);
    Q_EMIT outboxQueued();
    return {};
}

Result<ActionState> ActionService::submit(qint64 id)
{
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    const Permission needed =
        a->content.kind == ActionKind::Urgent ? Permission::SendAction : Permission::SendNonUrgent;
    if (auto s = require(needed, QStringLiteral("action.submit"), id); !s)
        return s.error();
    if (a->state != ActionState::Draft)
        return Error{tr("Action %1 has already been submitted.").arg(id)};
    if (a->content.incident == IncidentType::Missing && !a->content.familyConsent)
        return Error{tr("A missing person may only be sought with the family's consent.")};
    if (a->content.channels.isEmpty())
        return Error{tr("Choose at least one channel.")};
    if (a->areaGeoJson.isEmpty())
        return Error{tr("Choose the alert area first.")};
    // Recipients are resolved once: the same plan decides on approval and fills the outbox.
    auto area = GeoArea::fromGeoJson(a->areaGeoJson);
    if (!area)
        return area.error();
    auto plan = RecipientResolver::resolve(
        m_db, m_selection.select(*area, m_clock.nowUtc()), a->content.channels, a->content.language,
        m_settings.value(keys::DispatchDailyLimit), dayStartMs());
    if (!plan)
        return plan.error();
    qint64 addressed = 0;
    for (auto it = plan->perChannel.cbegin(); it != plan->perChannel.cend(); ++it)
        if (channels::isAddressed(it.key()))
            addressed += it.value();
    if (needsApproval(*a, addressed)) {
        if (auto s = transition(
                *a, ActionState::AwaitingApproval, QStringLiteral("submit"),
                {{QStringLiteral("addressed"), addressed}, {QStringLiteral("approval"), true}});
            !s)
            return s.error();
        return ActionState::AwaitingApproval;
    }
    const ComposedMessage message =
        MessageComposer(m_templates).compose(composerInput(*a, MessageType::Alert));
    const Status sent = enqueue(*a, MessageType::Alert, message, plan->entries,
                                ActionState::Sending, QStringLiteral("send"),
                                {{QStringLiteral("participants"), plan->selected},
                                 {QStringLiteral("over_daily_limit"), plan->overDailyLimit}});
    if (!sent)
        return sent.error();
    return ActionState::Sending;
}

Status ActionService::approve(qint64 id)
{
    if (auto s = require(Permission::ApproveAction, QStringLiteral("action.approve"), id); !s)
        return s;
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    if (a->state != ActionState::AwaitingApproval)
        return Error{tr("Action %1 is not awaiting approval.").arg(id)};
    // The second pair of eyes is never the author's own.
    if (a->author == m_audit.session().user) {
        (void)m_audit.record(QStringLiteral("action.approve"), kAction, QString::number(id),
                             AuditResult::Denied,
                             {{QStringLiteral("reason"), QStringLiteral("author")}});
        return Error{tr("The author of an action cannot approve it; ask a second user.")};
    }
    a->approver = m_audit.session().user;
    auto area = GeoArea::fromGeoJson(a->areaGeoJson);
    if (!area)
        return area.error();
    auto plan = RecipientResolver::resolve(
        m_db, m_selection.select(*area, m_clock.nowUtc()), a->content.channels, a->content.language,
        m_settings.value(keys::DispatchDailyLimit), dayStartMs());
    if (!plan)
        return plan.error();
    const ComposedMessage message =
        MessageComposer(m_templates).compose(composerInput(*a, MessageType::Alert));
    return enqueue(*a, MessageType::Alert, message, plan->entries, ActionState::Sending,
                   QStringLiteral("approve"),
                   {{QStringLiteral("participants"), plan->selected},
                    {QStringLiteral("over_daily_limit"), plan->overDailyLimit}});
}

Status ActionService::reject(qint64 id, const QString& reason)
{
    if (auto s = require(Permission::ApproveAction, QStringLiteral("action.reject"), id); !s)
        return s;
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    if (a->state != ActionState::AwaitingApproval)
        return Error{tr("Action %1 is not awaiting approval.").arg(id)};
    return transition(*a, ActionState::Draft, QStringLiteral("reject"),
                      {{QStringLiteral("reason_given"), !reason.trimmed().isEmpty()}});
}

} // namespace burgernet
