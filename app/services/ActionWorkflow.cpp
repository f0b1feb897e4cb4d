#include "app/services/ActionWorkflow.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/core/TextRules.h"
#include "app/dispatch/ActionWords.h"
#include "app/geo/AreaGeometry.h"
#include "app/services/ActionNotifier.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"
#include "app/services/ReauthGate.h"
#include "app/services/SelectionService.h"
#include "app/services/TemplateService.h"
#include "app/storage/Database.h"

namespace burgernet {

namespace {
const QString kAction = QStringLiteral("action");

QString eventFor(const DispatchPlan& plan)
{
    switch (plan.request.type) {
    case MessageType::Alert:
        return plan.approving ? QStringLiteral("approve") : QStringLiteral("send");
    case MessageType::Update:
        return QStringLiteral("update");
    case MessageType::Closing:
        return QStringLiteral("close");
    case MessageType::Cancel:
    case MessageType::Test:
        break;
    }
    return QStringLiteral("cancel");
}
} // namespace

DispatchPolicy DispatchPolicy::fromSettings(const Settings& settings)
{
    DispatchPolicy p;
    p.callbackNumber = settings.value(keys::CallbackNumber);
    p.largeAreaParticipants = settings.value(keys::MapParticipantWarning);
    return p;
}

void DispatchPolicy::apply(const PolicyValues& values)
{
    approvalThreshold = values.value(PolicyKey::ApprovalThreshold);
    dailyLimit = values.value(PolicyKey::DailyLimit);
    reauthRecipients = values.value(PolicyKey::ReauthRecipients);
    overlapHours = values.value(PolicyKey::OverlapHours);
}

ActionWorkflow::ActionWorkflow(Database& db, AuditService& audit, const Clock& clock,
                               const SelectionService& selection, const TemplateService& templates,
                               ActionNotifier& notifier, DispatchPolicy policy)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_selection(selection)
    , m_templates(templates)
    , m_notifier(notifier)
    , m_policy(std::move(policy))
    , m_steps(db, audit, clock)
{}

Mode ActionWorkflow::mode() const
{
    return m_audit.session().mode;
}

Status ActionWorkflow::require(const Action& action, MessageType type, bool approving,
                               const QString& what) const
{
    Permission needed = action.content.kind == ActionKind::Urgent ? Permission::SendAction
                                                                  : Permission::SendNonUrgent;
    if (approving)
        needed = Permission::ApproveAction;
    else if (type == MessageType::Closing)
        needed = Permission::CloseAction;
    return m_audit.require(needed, what, kAction, QString::number(action.id));
}

namespace {

// Every text of the content, by its place in the stored form ("free_text", "person.clothing"):
// a control character or a bidirectional override is refused before anything is stored.
Status checkTexts(const QJsonObject& object, const QString& prefix = {})
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject()) {
            if (auto s = checkTexts(it.value().toObject(), field); !s)
                return s;
        } else if (it.value().isString()) {
            const bool message = it.key() == QLatin1String("free_text");
            if (auto problem = TextRules::problem(
                    it.value().toString(),
                    message ? TextRules::kMessageLength : TextRules::kAddressPartLength, message))
                return Error{ActionWorkflow::tr("%1: %2.").arg(field, *problem)};
        }
    }
    return {};
}

} // namespace

Result<qint64> ActionWorkflow::createDraft(const ActionContent& content, const GeoArea& area,
                                           const QString& areaDescription)
{
    if (auto s = m_audit.require(Permission::ComposeAction, QStringLiteral("action.create"),
                                 kAction, {});
        !s)
        return s.error();
    if (auto s = checkTexts(content.toJson()); !s)
        return s.error();
    // Kept as it will be counted: the map, the CLI and the dispatch path repair alike.
    auto usable = AreaGeometry::usable(area);
    if (!usable)
        return usable.error();
    Action a;
    a.mode = mode();
    a.content = content;
    a.area = *usable;
    a.areaDescription = areaDescription;
    a.author = m_audit.session().user;
    a.workstation = m_audit.session().workstation;
    a.createdAt = a.updatedAt = m_clock.nowUtc();
    ActionRepository& repo = m_steps.repository();
    qint64 id = 0;
    auto done = AuditedChange(m_db, m_audit)
                    .run({QStringLiteral("action.create"),
                          kAction,
                          {},
                          {{QStringLiteral("kind"), enumId(content.kind)},
                           {QStringLiteral("incident"), enumId(content.incident)},
                           {QStringLiteral("mode"), enumId(a.mode)}},
                          false,
                          {},
                          {},
                          QStringLiteral("action")},
                         [&](QJsonObject& details) -> Status {
                             auto inserted = repo.insert(a);
                             if (!inserted)
                                 return inserted.error();
                             id = *inserted;
                             details.insert(QStringLiteral("action"), id);
                             return repo.addEvent({0,
                                                   id,
                                                   a.createdAt,
                                                   a.author,
                                                   QStringLiteral("create"),
                                                   {},
                                                   enumId(ActionState::Draft),
                                                   {}});
                         });
    if (!done)
        return done.error();
    Q_EMIT m_notifier.actionChanged(id);
    return id;
}

Status ActionWorkflow::updateDraft(qint64 id, const ActionContent& content, const GeoArea& area,
                                   const QString& areaDescription)
{
    if (auto s = m_audit.require(Permission::ComposeAction, QStringLiteral("action.edit"), kAction,
                                 QString::number(id));
        !s)
        return s;
    if (auto s = checkTexts(content.toJson()); !s)
        return s;
    auto a = m_steps.repository().load(id);
    if (!a)
        return a.error();
    if (a->state != ActionState::Draft)
        return Error{tr("Only a draft can be changed; action %1 is %2.")
                         .arg(id)
                         .arg(ActionWords::state(a->state))};
    auto usable = AreaGeometry::usable(area);
    if (!usable)
        return usable.error();
    a->content = content;
    a->area = *usable;
    a->areaDescription = areaDescription;
    a->updatedAt = m_clock.nowUtc();
    // A draft's edit is recorded too, before it is kept: what reaches the approver and the
    // plan must be traceable to who wrote it.
    auto done = AuditedChange(m_db, m_audit)
                    .run({QStringLiteral("action.edit"),
                          kAction,
                          QString::number(id),
                          {{QStringLiteral("kind"), enumId(content.kind)},
                           {QStringLiteral("incident"), enumId(content.incident)},
                           {QStringLiteral("area"), !area.isEmpty()}},
                          false,
                          {{QStringLiteral("kind"), DetailKind::Code},
                           {QStringLiteral("incident"), DetailKind::Code},
                           {QStringLiteral("area"), DetailKind::Count}},
                          m_steps.onBehalfOf(*a)},
                         [&](QJsonObject&) { return m_steps.repository().update(*a); });
    if (!done)
        return done.error();
    Q_EMIT m_notifier.actionChanged(id);
    return {};
}

Status ActionWorkflow::withdraw(qint64 id)
{
    auto a = m_steps.repository().load(id);
    if (!a)
        return a.error();
    if (auto s = m_audit.require(Permission::ComposeAction, QStringLiteral("action.withdraw"),
                                 kAction, QString::number(id));
        !s)
        return s;
    if (a->state != ActionState::Draft)
        return Error{tr("Only a draft can be withdrawn; action %1 is %2.")
                         .arg(id)
                         .arg(ActionWords::state(a->state))};
    if (auto s = m_steps.transition(*a, ActionState::Cancelled, QStringLiteral("withdraw")); !s)
        return s;
    Q_EMIT m_notifier.actionChanged(id);
    return {};
}

Result<ActionState> ActionWorkflow::submit(const DispatchPlan& plan,
                                           const Confirmation& confirmation)
{
    auto a = m_steps.repository().load(plan.actionId);
    if (!a)
        return a.error();
    const QString what = QStringLiteral("action.") + eventFor(plan);
    if (auto s = require(*a, plan.request.type, plan.approving, what); !s)
        return s.error();
    if (plan.approving && a->author == m_audit.session().user) {
        (void)m_audit.record(QStringLiteral("action.approve"), kAction, QString::number(a->id),
                             AuditResult::Denied,
                             {{QStringLiteral("reason"), QStringLiteral("author")}});
        return Error{tr("The author of an action cannot approve it; ask a second user.")};
    }
    // Checked again here, whoever made the plan: the rule is the service's, not the dialog's.
    if (auto refused = scopeRefusal(plan)) {
        (void)m_audit.record(what, kAction, QString::number(a->id), AuditResult::Denied,
                             {{QStringLiteral("reason"), refused->second}});
        return Error{refused->first};
    }
    // What the dispatcher confirmed must still be what would go: the action, and for a new
    // selection the participant index, are as they were when the plan was made.
    const bool selects = plan.request.type == MessageType::Alert || plan.newRecipients > 0;
    if (a->state != plan.stateBefore || a->updatedAt != plan.actionVersion ||
        (selects && m_selection.generation() != plan.indexGeneration))
        return Error{tr("Action %1 or the register changed after the confirmation was shown; "
                        "look at it again before sending.")
                         .arg(a->id)};
    // A refused plan is handed here too, so that the attempt is on record with the rest.
    if (!plan.refusal.isEmpty()) {
        (void)m_audit.record(what, kAction, QString::number(a->id), AuditResult::Denied,
                             {{QStringLiteral("reason"), QStringLiteral("refused")}});
        return Error{plan.refusal};
    }
    if (!confirmation.confirmed)
        return Error{tr("Nothing was sent: the send was not confirmed.")};
    // The same incident twice is asked about first; the approver sees what the author allowed.
    if (!plan.duplicates.isEmpty() && !plan.approving && !confirmation.allowDuplicate) {
        (void)m_audit.record(what, kAction, QString::number(a->id), AuditResult::Denied,
                             {{QStringLiteral("reason"), QStringLiteral("duplicate")},
                              {QStringLiteral("open_action"), plan.duplicates.first().actionId}});
        return Error{tr("Not sent: action %1 is already open for incident number %2. Confirm "
                        "that a second action for this incident is meant.")
                         .arg(plan.duplicates.first().actionId)
                         .arg(plan.incidentNumber)};
    }
    QStringList unready;
    for (const Channel& c : plan.notReady())
        if (!confirmation.deferred.contains(c))
            unready << m_catalog.name(c);
    if (!unready.isEmpty())
        return Error{tr("Not sent: %1 cannot send now. Configure the sender, wait for it, or "
                        "confirm that its messages wait in the outbox.")
                         .arg(unready.join(QStringLiteral(", ")))};

    if (plan.needsApproval) {
        if (auto s = m_steps.transition(*a, ActionState::AwaitingApproval, QStringLiteral("submit"),
                                        {{QStringLiteral("addressed"), plan.addressedRows()},
                                         {QStringLiteral("approval"), true}});
            !s)
            return s.error();
        Q_EMIT m_notifier.actionChanged(a->id);
        return ActionState::AwaitingApproval;
    }
    if (plan.needsReauth) {
        if (!m_reauth) {
            (void)m_audit.record(QStringLiteral("send.reauth"), QStringLiteral("user"),
                                 m_audit.session().user, AuditResult::Denied,
                                 {{QStringLiteral("recipients"), plan.participants},
                                  {QStringLiteral("reason"), QStringLiteral("no-password")}});
            return Error{tr("A live send to this many recipients needs the password again, and "
                            "there is no one to ask: sign in with your own account.")};
        }
        if (auto s = m_reauth->confirm(plan.participants); !s)
            return s.error();
    }
    QJsonObject details{{QStringLiteral("participants"), plan.participants}};
    if (plan.request.type == MessageType::Alert)
        details.insert(QStringLiteral("over_daily_limit"), plan.overDailyLimit);
    if (plan.request.type == MessageType::Closing)
        details.insert(QStringLiteral("outcome"), enumId(plan.request.outcome));
    if (plan.newRecipients > 0)
        details.insert(QStringLiteral("new_recipients"), plan.newRecipients);
    if (!confirmation.deferred.isEmpty())
        details.insert(QStringLiteral("deferred"),
                       channelIds(confirmation.deferred).join(QLatin1Char(',')));
    Action next = *a;
    if (plan.request.type == MessageType::Closing)
        next.outcome = plan.request.outcome;
    if (plan.newRecipients > 0 && plan.request.grownArea)
        next.area = *plan.request.grownArea;
    if (plan.approving)
        next.approver = m_audit.session().user;
    const bool stops =
        plan.request.type == MessageType::Closing || plan.request.type == MessageType::Cancel;
    if (auto s = m_steps.queue(next, plan.messages, plan.stateAfter, eventFor(plan), details, stops,
                               plan.request.type == MessageType::Alert ? scheduledMs(*a) : 0);
        !s)
        return s.error();
    Q_EMIT m_notifier.outboxChanged(a->id);
    Q_EMIT m_notifier.actionChanged(a->id);
    if (plan.rows() > 0)
        Q_EMIT m_notifier.outboxQueued();
    return plan.stateAfter;
}

Result<qint64> ActionWorkflow::logTip(qint64 id, Tip tip)
{
    if (auto s = m_audit.require(Permission::ComposeAction, QStringLiteral("action.tip"), kAction,
                                 QString::number(id));
        !s)
        return s.error();
    auto a = m_steps.repository().load(id);
    if (!a)
        return a.error();
    tip.actionId = id;
    tip.author = m_audit.session().user;
    if (!tip.at.isValid())
        tip.at = m_clock.nowUtc();
    qint64 tipId = 0;
    // The tip's text may name people: only the fact and the usefulness are recorded.
    auto done = AuditedChange(m_db, m_audit)
                    .run({QStringLiteral("action.tip"),
                          kAction,
                          QString::number(id),
                          {{QStringLiteral("useful"), tip.useful},
                           {QStringLiteral("located"), !qIsNaN(tip.lat)}}},
                         [&](QJsonObject& details) -> Status {
                             auto added = m_steps.repository().addTip(tip);
                             if (!added)
                                 return added.error();
                             tipId = *added;
                             details.insert(QStringLiteral("tip"), tipId);
                             return {};
                         });
    if (!done)
        return done.error();
    Q_EMIT m_notifier.actionChanged(id);
    Q_EMIT m_notifier.tipLogged(id, tip.lat, tip.lon);
    return tipId;
}

// Reading is not recorded (the docks read on every change); a refusal is.
Status ActionWorkflow::requireView(qint64 id) const
{
    return m_audit.require(Permission::ViewActions, QStringLiteral("action.view"), kAction,
                           id ? QString::number(id) : QString());
}

Result<Action> ActionWorkflow::action(qint64 id) const
{
    if (auto s = requireView(id); !s)
        return s.error();
    return m_steps.repository().load(id);
}

Result<QList<Action>> ActionWorkflow::actions(bool openOnly) const
{
    if (auto s = requireView(0); !s)
        return s.error();
    return m_steps.repository().list(openOnly);
}

Result<QList<ActionEvent>> ActionWorkflow::events(qint64 id) const
{
    if (auto s = requireView(id); !s)
        return s.error();
    return m_steps.repository().events(id);
}

Result<QList<ActionMessage>> ActionWorkflow::messages(qint64 id) const
{
    if (auto s = requireView(id); !s)
        return s.error();
    return m_steps.repository().messages(id);
}

Result<QList<Tip>> ActionWorkflow::tips(qint64 id) const
{
    if (auto s = requireView(id); !s)
        return s.error();
    return m_steps.repository().tips(id);
}

} // namespace burgernet
