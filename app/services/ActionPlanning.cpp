// ActionWorkflow, the first phase: what a send would do, stated before anything is queued.
#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/dispatch/ActionWords.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/RecipientResolver.h"
#include "app/geo/AreaGeometry.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AuditService.h"
#include "app/services/BoundaryService.h"
#include "app/services/ReauthGate.h"
#include "app/services/SelectionService.h"
#include "app/services/TemplateService.h"
#include "app/storage/Database.h"
#include "app/storage/PolicyStore.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <set>

namespace burgernet {

namespace {

bool hasDescription(const ActionContent& c)
{
    const bool person = incidentUsesPerson(c.incident) && !c.person.isEmpty();
    const bool vehicle = incidentUsesVehicle(c.incident) && !c.vehicle.isEmpty();
    return person || vehicle || !c.freeText.trimmed().isEmpty();
}

} // namespace

MessageComposer ActionWorkflow::composer() const
{
    return MessageComposer(m_templates.templates(), m_catalog);
}

qint64 ActionWorkflow::dayStartMs() const
{
    const QDateTime local =
        m_clock.nowUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    return QDateTime(local.date(), QTime(0, 0), local.timeZone()).toMSecsSinceEpoch();
}

// A notice may be scheduled: its alert rows wait in the outbox until then. Urgent actions and
// every follow-up go at once.
qint64 ActionWorkflow::scheduledMs(const Action& action) const
{
    if (action.content.kind != ActionKind::Notice || !action.content.scheduledAt.isValid())
        return 0;
    return action.content.scheduledAt.toMSecsSinceEpoch();
}

MessageComposer::Input ActionWorkflow::composerInput(const Action& action, MessageType type) const
{
    MessageComposer::Input in;
    in.content = action.content;
    in.type = type;
    in.mode = action.mode;
    in.callbackNumber = m_policy.callbackNumber;
    in.areaDescription = action.areaDescription;
    in.sentAt = m_clock.nowUtc();
    in.capIdentifier = QStringLiteral("burgernet-%1-%2-%3")
                           .arg(action.id)
                           .arg(enumId(type))
                           .arg(in.sentAt.toMSecsSinceEpoch());
    if (!action.area.isEmpty()) {
        if (action.area.kind() == GeoArea::Kind::Circle)
            in.capCircle = action.area.toCapCircle();
        else
            in.capPolygons = action.area.toCapPolygons();
        // Without boundaries in the register (or when they cannot be read) the message goes
        // without municipalities: they name the area, they do not decide who is reached.
        if (auto covered = BoundaryService(m_db, m_audit, m_clock).covering(action.area); covered) {
            for (const MunicipalBoundary& b : std::as_const(*covered)) {
                in.municipalityCodes << b.code;
                in.municipalityNames << b.name;
            }
        } else {
            qCWarning(lcDispatch) << "municipalities of the area:" << covered.errorMessage();
        }
    }
    return in;
}

ComposedMessage ActionWorkflow::preview(const ActionContent& content, const GeoArea& area,
                                        const QString& areaDescription, MessageType type,
                                        const QString& extraText, Outcome outcome) const
{
    Action a;
    a.mode = mode();
    a.content = content;
    a.area = area;
    a.areaDescription = areaDescription;
    MessageComposer::Input in = composerInput(a, type);
    in.updateText = extraText;
    in.outcome = outcome;
    return composer().compose(in);
}

std::vector<OutboxEntry> ActionWorkflow::reached(const Action& action,
                                                 const QList<MessageType>& types,
                                                 const QList<OutboxState>& states) const
{
    Outbox& outbox = m_steps.outbox();
    std::vector<OutboxEntry> entries;
    auto languages = outbox.alertLanguages(action.id);
    for (const Channel& channel : action.content.channels) {
        auto ids = outbox.participants(action.id, channel, types, states);
        if (!channel.isAddressed()) {
            // A broadcast channel is "reached" when its area message is in one of the states.
            auto counts = outbox.counts(action.id, channel);
            qint64 n = 0;
            if (counts)
                for (OutboxState s : states)
                    n += counts->value(s);
            if (n > 0)
                entries.push_back({0, channel, action.content.language});
            continue;
        }
        if (!ids)
            continue;
        for (qint64 participant : *ids)
            entries.push_back({participant, channel,
                               languages ? languages->value(participant, QStringLiteral("nl"))
                                         : QStringLiteral("nl")});
    }
    return entries;
}

Result<qint64> ActionWorkflow::unsentRows(qint64 id) const
{
    auto counts = m_steps.outbox().counts(id);
    if (!counts)
        return counts.error();
    qint64 n = 0;
    for (const StateCounts& perState : *counts)
        n += perState.value(OutboxState::Queued) + perState.value(OutboxState::Stale);
    return n;
}

void ActionWorkflow::describeChannels(DispatchPlan& plan) const
{
    QMap<Channel, qint64> rows;
    for (const PlannedMessage& m : plan.messages)
        for (const OutboxEntry& e : m.entries)
            ++rows[e.channel];
    auto a = m_steps.repository().load(plan.actionId);
    const QList<Channel> chosen = a ? a->content.channels : rows.keys();
    bool waits = false;
    for (const Channel& channel : chosen) {
        PlannedChannel c;
        c.channel = channel;
        c.rows = rows.value(channel);
        if (m_status) {
            c.status = m_status->status(channel);
        } else {
            c.status.channel = channel;
            c.status.readiness = ChannelReadiness::NoDispatcher;
            waits = waits || c.rows > 0;
        }
        plan.channels << c;
    }
    if (waits)
        plan.warnings << tr("Nothing sends from here: the messages wait in the outbox for a "
                            "running dispatcher (the console, or burgernetctl with --wait).");
}

Result<DispatchPlan> ActionWorkflow::prepare(const PlanRequest& request) const
{
    auto limits = PolicyStore(m_db).load();
    if (!limits)
        return limits.error();
    m_policy.apply(*limits);
    auto a = m_steps.repository().load(request.actionId);
    if (!a)
        return a.error();
    // The same check and repair as the map and the CLI, so that all count the same people.
    auto usable = AreaGeometry::usable(a->area);
    if (!usable)
        return usable.error();
    a->area = *usable;
    DispatchPlan plan;
    plan.request = request;
    if (plan.request.grownArea) {
        auto grown = AreaGeometry::usable(*plan.request.grownArea);
        if (!grown)
            return grown.error();
        plan.request.grownArea = *grown;
    }
    plan.actionId = a->id;
    plan.mode = a->mode;
    plan.kind = a->content.kind;
    plan.incident = a->content.incident;
    plan.stateBefore = a->state;
    plan.area = a->area;
    plan.areaDescription = a->areaDescription;
    plan.preparedAt = m_clock.nowUtc();
    plan.actionVersion = a->updatedAt;
    plan.indexGeneration = m_selection.generation();
    Status planned;
    switch (request.type) {
    case MessageType::Alert:
        planned = planAlert(*a, plan);
        break;
    case MessageType::Update:
        planned = planUpdate(*a, plan);
        break;
    case MessageType::Closing:
        planned = planClosing(*a, plan);
        break;
    case MessageType::Cancel:
        planned = planCancel(*a, plan);
        break;
    case MessageType::Test:
        return Error{tr("A test message is sent from the senders page, not from an action.")};
    }
    if (!planned)
        return planned.error();
    if (auto refused = scopeRefusal(plan); refused && plan.refusal.isEmpty())
        plan.refusal = refused->first;
    describeChannels(plan);
    estimate(plan);
    // A send to a whole city is never one stray click, wherever it is made from.
    plan.needsReauth = !plan.needsApproval && plan.rows() > 0 && plan.mode == Mode::Live &&
                       plan.participants > qint64(m_policy.reauthRecipients);
    return plan;
}

std::optional<std::pair<QString, QString>>
ActionWorkflow::scopeRefusal(const DispatchPlan& plan) const
{
    const Session& session = m_audit.session();
    if (session.role != Role::MunicipalEditor)
        return std::nullopt;
    // Closing or cancelling what was sent reaches no one new; only a new or grown area is checked.
    QList<GeoArea> areas;
    if (plan.request.type == MessageType::Alert)
        areas << plan.area;
    if (plan.request.grownArea)
        areas << *plan.request.grownArea;
    const BoundaryService boundaries(m_db, m_audit, m_clock);
    for (const GeoArea& area : areas)
        if (auto refused = boundaries.scopeRefusal(session, area))
            return std::pair{refused->message, refused->code()};
    return std::nullopt;
}

Status ActionWorkflow::planAlert(const Action& a, DispatchPlan& plan) const
{
    if (a.state != ActionState::Draft && a.state != ActionState::AwaitingApproval)
        return Error{tr("Action %1 has already been sent.").arg(a.id)};
    plan.approving = a.state == ActionState::AwaitingApproval;
    if (plan.approving)
        if (auto s = describeApproval(a, plan); !s)
            return s;
    if (a.content.incident == IncidentType::Missing && !a.content.familyConsent)
        plan.refusal = tr("A missing person may only be sought with the family's consent.");
    else if (a.content.channels.isEmpty())
        plan.refusal = tr("Choose at least one channel.");
    else if (a.area.isEmpty())
        plan.refusal = tr("Draw the alert area on the map first.");
    else if (!m_selection.isLoaded())
        plan.refusal = tr("The participants are still loading: prepare again in a moment.");
    else if (a.content.kind == ActionKind::Urgent && !hasDescription(a.content))
        plan.refusal = tr("An urgent action needs a description of the person or vehicle, or a "
                          "text: participants cannot look out for nothing.");
    if (a.content.locationText.trimmed().isEmpty() && !a.content.location.isValid())
        plan.warnings << tr("The message names no location.");
    std::vector<qint64> ids;
    if (!a.area.isEmpty()) {
        // A scheduled notice reaches those whose hours include its send time, as its count in
        // the window said.
        const QDateTime at =
            std::max(m_clock.nowUtc(), QDateTime::fromMSecsSinceEpoch(scheduledMs(a), Qt::UTC));
        auto [selected, generation] = m_selection.selectWithGeneration(a.area, at);
        ids = std::move(selected);
        plan.indexGeneration = generation;
    }
    if (auto s = checkOverlaps(a, ids, plan); !s)
        return s;
    if (auto s = checkDuplicates(a, plan); !s)
        return s;
    auto recipients = RecipientResolver::resolve(m_db, ids, a.content.channels, a.content.language,
                                                 m_policy.dailyLimit, dayStartMs());
    if (!recipients)
        return recipients.error();
    plan.participants = recipients->selected;
    checkLargeArea(plan);
    plan.overDailyLimit = recipients->overDailyLimit;
    plan.unreachable = recipients->unreachable;
    PlannedMessage alert;
    alert.type = MessageType::Alert;
    alert.message = composer().compose(composerInput(a, MessageType::Alert));
    alert.entries = std::move(recipients->entries);
    plan.messages << alert;
    qint64 addressed = plan.addressedRows();
    plan.needsApproval = !plan.approving && (a.content.kind == ActionKind::Notice ||
                                             addressed > qint64(m_policy.approvalThreshold));
    plan.stateAfter = plan.needsApproval ? ActionState::AwaitingApproval : ActionState::Sending;
    if (plan.refusal.isEmpty() && plan.participants == 0)
        plan.warnings << tr("Nobody is registered inside the area at this moment.");
    if (plan.overDailyLimit > 0)
        plan.warnings << tr("%n participant(s) already had the most alerts allowed today and are "
                            "left out.",
                            nullptr, int(std::min<qint64>(plan.overDailyLimit, INT_MAX)));
    return {};
}

Status ActionWorkflow::planUpdate(const Action& a, DispatchPlan& plan) const
{
    if (a.state != ActionState::Sending && a.state != ActionState::Sent &&
        a.state != ActionState::Updated)
        return Error{tr("An update can only follow a sent action.")};
    if (plan.request.text.trimmed().isEmpty())
        plan.refusal = tr("Write the update first.");
    // Everyone the alert is meant for (not cancelled, dropped or failed) gets the update.
    std::vector<OutboxEntry> updateRows =
        reached(a, {MessageType::Alert},
                {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent,
                 OutboxState::Delivered, OutboxState::Uncertain});
    if (auto pending = m_steps.outbox().counts(a.id); pending) {
        for (const StateCounts& s : *pending)
            plan.alertRowsPending += s.value(OutboxState::Queued) + s.value(OutboxState::Sending);
        if (plan.alertRowsPending > 0)
            plan.warnings << tr("%n message(s) of the first alert have not gone out yet; each of "
                                "those participants gets the alert first and the update after it.",
                                nullptr, int(std::min<qint64>(plan.alertRowsPending, INT_MAX)));
    }
    Action grown = a;
    if (plan.request.grownArea && !plan.request.grownArea->isEmpty() && !m_selection.isLoaded())
        plan.refusal = tr("The participants are still loading: prepare again in a moment.");
    if (plan.request.grownArea && !plan.request.grownArea->isEmpty()) {
        std::set<std::pair<Channel, qint64>> known;
        for (const OutboxEntry& e : reached(a, {MessageType::Alert}, enumValues<OutboxState>()))
            known.insert({e.channel, e.participantId});
        auto [selected, generation] =
            m_selection.selectWithGeneration(*plan.request.grownArea, m_clock.nowUtc());
        plan.indexGeneration = generation;
        auto recipients =
            RecipientResolver::resolve(m_db, selected, a.content.channels, a.content.language,
                                       m_policy.dailyLimit, dayStartMs());
        if (!recipients)
            return recipients.error();
        PlannedMessage newcomers;
        newcomers.type = MessageType::Alert;
        for (const OutboxEntry& e : recipients->entries)
            if (e.channel.isAddressed() && !known.count({e.channel, e.participantId}))
                newcomers.entries.push_back(e);
        plan.newRecipients = qint64(newcomers.entries.size());
        grown.area = *plan.request.grownArea;
        plan.area = grown.area;
        if (!newcomers.entries.empty()) {
            // The newcomers get the full message with the news in it, not an update to
            // something they never saw.
            Action withNews = grown;
            withNews.content.freeText =
                (a.content.freeText + QLatin1Char(' ') + plan.request.text).trimmed();
            newcomers.message = composer().compose(composerInput(withNews, MessageType::Alert));
            plan.messages << newcomers;
        }
    }
    MessageComposer::Input in = composerInput(grown, MessageType::Update);
    in.updateText = plan.request.text;
    PlannedMessage update;
    update.type = MessageType::Update;
    update.message = composer().compose(in);
    update.entries = std::move(updateRows);
    plan.messages << update;
    std::set<qint64> people;
    for (const PlannedMessage& m : plan.messages)
        for (const OutboxEntry& e : m.entries)
            if (e.participantId > 0)
                people.insert(e.participantId);
    plan.participants = qint64(people.size());
    plan.stateAfter = a.state == ActionState::Sending ? ActionState::Sending : ActionState::Updated;
    return {};
}

Status ActionWorkflow::planClosing(const Action& a, DispatchPlan& plan) const
{
    if (a.state != ActionState::Sent && a.state != ActionState::Updated &&
        a.state != ActionState::Sending)
        return Error{tr("Only a sent action can be closed; action %1 is %2.")
                         .arg(a.id)
                         .arg(ActionWords::state(a.state))};
    if (plan.request.outcome == Outcome::None)
        plan.refusal = tr("Choose the outcome of the action.");
    auto unsent = unsentRows(a.id);
    if (!unsent)
        return unsent.error();
    plan.unsentRows = *unsent;
    if (plan.unsentRows > 0)
        plan.warnings << tr("%n message(s) have not gone out yet and will not be sent.", nullptr,
                            int(std::min<qint64>(plan.unsentRows, INT_MAX)));
    plan.stateAfter = ActionState::Closed;
    if (a.content.kind == ActionKind::Notice)
        return {}; // notices close without a message
    // Exactly everyone reached: the alert went out to them (sent or delivered).
    Action closing = a;
    closing.outcome = plan.request.outcome;
    MessageComposer::Input in = composerInput(closing, MessageType::Closing);
    in.outcome = plan.request.outcome;
    in.outcomeText = plan.request.text;
    PlannedMessage message;
    message.type = MessageType::Closing;
    message.message = composer().compose(in);
    message.entries = reached(a, {MessageType::Alert}, {OutboxState::Sent, OutboxState::Delivered});
    std::set<qint64> people;
    for (const OutboxEntry& e : message.entries)
        if (e.participantId > 0)
            people.insert(e.participantId);
    plan.participants = qint64(people.size());
    plan.messages << message;
    return {};
}

Status ActionWorkflow::planCancel(const Action& a, DispatchPlan& plan) const
{
    if (isTerminal(a.state) || a.state == ActionState::Draft)
        return Error{tr("Action %1 is %2: there is nothing to cancel.")
                         .arg(a.id)
                         .arg(ActionWords::state(a.state))};
    auto unsent = unsentRows(a.id);
    if (!unsent)
        return unsent.error();
    plan.unsentRows = *unsent;
    if (plan.unsentRows > 0)
        plan.warnings << tr("%n message(s) have not gone out yet and will not be sent.", nullptr,
                            int(std::min<qint64>(plan.unsentRows, INT_MAX)));
    plan.stateAfter = ActionState::Cancelled;
    // Those who may have heard the alert hear that it is withdrawn.
    PlannedMessage message;
    message.type = MessageType::Cancel;
    message.entries = reached(a, {MessageType::Alert, MessageType::Update},
                              {OutboxState::Sent, OutboxState::Delivered, OutboxState::Uncertain});
    if (!message.entries.empty()) {
        MessageComposer::Input in = composerInput(a, MessageType::Cancel);
        in.updateText = plan.request.text;
        message.message = composer().compose(in);
        plan.messages << message;
    }
    std::set<qint64> people;
    for (const OutboxEntry& e : message.entries)
        if (e.participantId > 0)
            people.insert(e.participantId);
    plan.participants = qint64(people.size());
    return {};
}

} // namespace burgernet
