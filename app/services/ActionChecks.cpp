// ActionWorkflow: what the confirmation adds to a plan before a first alert goes out (the
// overlap with recent actions, another open action for the same incident, a large area, the time
// and cost per channel) and the approver's answer.
#include "app/audit/PersonalDataGuard.h"
#include "app/core/Clock.h"
#include "app/core/TextRules.h"
#include "app/dispatch/ActionWords.h"
#include "app/dispatch/SmsEncoding.h"
#include "app/geo/AreaGeometry.h"
#include "app/services/ActionNotifier.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"

#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace burgernet {

namespace {

const QString kAction = QStringLiteral("action");

QString localTime(const QDateTime& t)
{
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
        .toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

qint64 sharedCount(std::vector<qint64> a, std::vector<qint64> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    b.erase(std::unique(b.begin(), b.end()), b.end());
    qint64 n = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

} // namespace

Status ActionWorkflow::checkOverlaps(const Action& a, const std::vector<qint64>& selected,
                                     DispatchPlan& plan) const
{
    plan.overlapHours = m_policy.overlapHours;
    if (m_policy.overlapHours <= 0 || a.area.isEmpty())
        return {};
    const QDateTime now = m_clock.nowUtc();
    auto recent = m_steps.repository().sentSince(now.addSecs(-qint64(m_policy.overlapHours) * 3600),
                                                 a.mode, a.id);
    if (!recent)
        return recent.error();
    for (const Action& other : *recent) {
        auto touches = AreaGeometry::intersects(a.area, other.area);
        if (!touches || !*touches)
            continue;
        PlanOverlap overlap;
        overlap.actionId = other.id;
        overlap.incident = other.content.incident;
        overlap.sentAt = other.sentAt;
        if (m_selection.isLoaded())
            overlap.sharedParticipants = sharedCount(selected, m_selection.select(other.area, now));
        plan.overlaps << overlap;
        plan.warnings << tr("The area overlaps action %1 (%2, sent %3): %n participant(s) inside "
                            "both would get a second message.",
                            nullptr, int(std::min<qint64>(overlap.sharedParticipants, INT_MAX)))
                             .arg(other.id)
                             .arg(ActionWords::incident(other.content.incident),
                                  localTime(other.sentAt));
    }
    return {};
}

Status ActionWorkflow::checkDuplicates(const Action& a, DispatchPlan& plan) const
{
    plan.incidentNumber = a.content.incidentNumber.trimmed();
    if (plan.incidentNumber.isEmpty())
        return {};
    auto open = m_steps.repository().openWithIncidentNumber(plan.incidentNumber, a.id);
    if (!open)
        return open.error();
    for (const Action& other : *open) {
        plan.duplicates << PlanDuplicate{other.id, other.state, other.author};
        plan.warnings << tr("Action %1 (%2, by %3) is already open for incident number %4.")
                             .arg(other.id)
                             .arg(ActionWords::state(other.state), other.author,
                                  plan.incidentNumber);
    }
    return {};
}

void ActionWorkflow::checkLargeArea(DispatchPlan& plan) const
{
    plan.largeAreaThreshold = m_policy.largeAreaParticipants;
    plan.largeArea = m_policy.largeAreaParticipants > 0 &&
                     plan.participants > qint64(m_policy.largeAreaParticipants);
    if (plan.largeArea)
        plan.warnings << tr("%1 participants are inside the area, more than the %2 at which the "
                            "console warns. Check the area before sending.")
                             .arg(plan.participants)
                             .arg(m_policy.largeAreaParticipants);
}

void ActionWorkflow::estimate(DispatchPlan& plan) const
{
    for (PlannedChannel& c : plan.channels) {
        if (c.rows <= 0)
            continue;
        if (c.status.limitPerSecond > 0)
            c.finishSeconds = double(c.rows) / c.status.limitPerSecond;
        if (c.status.costPerMessage <= 0)
            continue;
        // An SMS is billed per part: the longest of the languages it goes out in.
        int parts = 1;
        if (c.channel == Channel::sms())
            for (const PlannedMessage& m : plan.messages)
                for (auto it = m.message.texts.cbegin(); it != m.message.texts.cend(); ++it)
                    if (const ChannelText* t = m.message.find(it.key(), c.channel))
                        parts = std::max(parts, SmsAnalysis::of(t->text).parts);
        c.cost = double(c.rows) * parts * c.status.costPerMessage;
    }
}

Status ActionWorkflow::describeApproval(const Action& a, DispatchPlan& plan) const
{
    plan.author = a.author;
    auto events = m_steps.repository().events(a.id);
    if (!events)
        return events.error();
    for (const ActionEvent& e : *events)
        if (e.event == QLatin1String("submit"))
            plan.submittedAt = e.at;
    if (!plan.submittedAt.isValid())
        plan.submittedAt = a.updatedAt;
    return {};
}

Status ActionWorkflow::reject(qint64 id, const QString& reason)
{
    if (auto s = m_audit.require(Permission::ApproveAction, QStringLiteral("action.reject"),
                                 kAction, QString::number(id));
        !s)
        return s;
    const QString why = reason.trimmed();
    // The author reads it to put the action right: sending back without a word helps nobody.
    if (why.isEmpty())
        return Error{tr("Reason: say why the action goes back to its author.")};
    if (auto problem = TextRules::problem(why, TextRules::kMessageLength, true))
        return Error{tr("Reason: %1.").arg(*problem)};
    if (auto s = PersonalDataGuard::checkText(QStringLiteral("reason"), why); !s)
        return Error{tr("Reason: %1").arg(s.errorMessage())};
    auto a = m_steps.repository().load(id);
    if (!a)
        return a.error();
    if (a->state != ActionState::AwaitingApproval)
        return Error{tr("Action %1 is not awaiting approval.").arg(id)};
    a->rejectionReason = why;
    a->rejectedBy = m_audit.session().user;
    a->rejectedAt = m_clock.nowUtc();
    if (auto s = m_steps.transition(*a, ActionState::Draft, QStringLiteral("reject"),
                                    {{QStringLiteral("reason"), why}}, false, why);
        !s)
        return s;
    Q_EMIT m_notifier.actionChanged(id);
    return {};
}

} // namespace burgernet
