#include "app/ctl/ActionReview.h"

#include "app/ctl/CtlContext.h"
#include "app/services/ActionWorkflow.h"
#include "app/session/SessionServices.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace burgernet {

namespace {

QString minutesText(qint64 seconds)
{
    if (seconds < 60)
        return ActionReview::tr("%n second(s)", nullptr, int(seconds));
    return ActionReview::tr("%n minute(s)", nullptr, int(seconds / 60));
}

} // namespace

QString ActionReview::estimateText(double finishSeconds, double cost)
{
    QStringList parts;
    if (finishSeconds >= 0)
        parts << tr("done in about %1")
                     .arg(minutesText(qint64(std::max(1.0, std::ceil(finishSeconds)))));
    if (cost >= 0)
        parts << tr("about € %1").arg(cost, 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

QJsonObject ActionReview::planJson(const DispatchPlan& plan)
{
    QJsonObject json;
    QJsonArray overlaps;
    for (const PlanOverlap& o : plan.overlaps)
        overlaps.append(QJsonObject{{QStringLiteral("action"), o.actionId},
                                    {QStringLiteral("incident"), enumId(o.incident)},
                                    {QStringLiteral("sent"), o.sentAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("shared_participants"), o.sharedParticipants}});
    json.insert(QStringLiteral("overlaps"), overlaps);
    json.insert(QStringLiteral("overlap_hours"), plan.overlapHours);
    QJsonArray duplicates;
    for (const PlanDuplicate& d : plan.duplicates)
        duplicates.append(QJsonObject{{QStringLiteral("action"), d.actionId},
                                      {QStringLiteral("state"), enumId(d.state)},
                                      {QStringLiteral("author"), d.author}});
    json.insert(QStringLiteral("duplicates"), duplicates);
    if (!plan.incidentNumber.isEmpty())
        json.insert(QStringLiteral("incident_number"), plan.incidentNumber);
    json.insert(QStringLiteral("large_area"), plan.largeArea);
    QJsonArray estimates;
    for (const PlannedChannel& c : plan.channels) {
        QJsonObject e{{QStringLiteral("channel"), c.channel.id()}};
        if (c.finishSeconds >= 0)
            e.insert(QStringLiteral("finish_seconds"), c.finishSeconds);
        if (c.cost >= 0)
            e.insert(QStringLiteral("cost_eur"), c.cost);
        estimates.append(e);
    }
    json.insert(QStringLiteral("estimates"), estimates);
    if (plan.approving) {
        json.insert(QStringLiteral("author"), plan.author);
        json.insert(QStringLiteral("submitted"), plan.submittedAt.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("waited_seconds"), plan.submittedAt.secsTo(plan.preparedAt));
    }
    return json;
}

void ActionReview::printApproval(CtlContext& context, const SessionServices& session,
                                 const DispatchPlan& plan)
{
    if (plan.approving)
        context.err() << tr("Submitted by %1, waiting for %2.")
                             .arg(plan.author,
                                  minutesText(plan.submittedAt.secsTo(plan.preparedAt)))
                      << Qt::endl;
    for (const PlannedMessage& m : plan.messages) {
        if (m.type != plan.request.type)
            continue;
        for (auto lang = m.message.texts.cbegin(); lang != m.message.texts.cend(); ++lang)
            for (auto it = lang.value().cbegin(); it != lang.value().cend(); ++it) {
                if (it.key().is(BuiltinChannel::Cap) || it.value().text.isEmpty())
                    continue;
                context.err() << tr("Text %1 (%2): %3")
                                     .arg(session.catalog().name(it.key()), lang.key(),
                                          it.value().text)
                              << Qt::endl;
            }
        break;
    }
}

QJsonObject ActionReview::rejectionJson(const Action& a)
{
    return {{QStringLiteral("by"), a.rejectedBy},
            {QStringLiteral("at"), a.rejectedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("reason"), a.rejectionReason},
            {QStringLiteral("current"), a.sentBack()}};
}

int ActionReview::run(CtlContext& context, SessionServices& session, qint64 id, bool json)
{
    auto plan = session.workflow().prepare(PlanRequest::alert(id));
    if (!plan) {
        context.err() << plan.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (!plan->approving) {
        context.err() << tr("Action %1 is not awaiting approval.").arg(id) << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonObject result = planJson(*plan);
        result.insert(QStringLiteral("id"), id);
        result.insert(QStringLiteral("participants"), plan->participants);
        QJsonArray channels;
        for (const PlannedChannel& c : plan->channels)
            channels.append(QJsonObject{{QStringLiteral("channel"), c.channel.id()},
                                        {QStringLiteral("rows"), c.rows}});
        result.insert(QStringLiteral("channels"), channels);
        result.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan->warnings));
        QJsonObject texts;
        for (const PlannedMessage& m : plan->messages)
            if (m.type == MessageType::Alert)
                if (auto* t = m.message.find(QStringLiteral("nl"), Channel::sms()))
                    texts.insert(QStringLiteral("sms"), t->text);
        result.insert(QStringLiteral("texts"), texts);
        if (!plan->refusal.isEmpty())
            result.insert(QStringLiteral("refusal"), plan->refusal);
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << tr("Action %1 waits for approval: %2 participant(s).").arg(id).arg(plan->participants)
        << Qt::endl;
    out << tr("Submitted by %1, waiting for %2.")
               .arg(plan->author, minutesText(plan->submittedAt.secsTo(plan->preparedAt)))
        << Qt::endl;
    for (const PlannedChannel& c : plan->channels) {
        const QString estimate = estimateText(c.finishSeconds, c.cost);
        out << QStringLiteral("  %1  %2%3")
                   .arg(session.catalog().name(c.channel), -8)
                   .arg(c.rows, 8)
                   .arg(estimate.isEmpty() ? QString() : QStringLiteral("  ") + estimate)
            << Qt::endl;
    }
    for (const PlannedMessage& m : plan->messages) {
        if (m.type != MessageType::Alert)
            continue;
        for (auto lang = m.message.texts.cbegin(); lang != m.message.texts.cend(); ++lang)
            for (auto it = lang.value().cbegin(); it != lang.value().cend(); ++it)
                if (!it.key().is(BuiltinChannel::Cap) && !it.value().text.isEmpty())
                    out << tr("Text %1 (%2): %3")
                               .arg(session.catalog().name(it.key()), lang.key(), it.value().text)
                        << Qt::endl;
    }
    for (const QString& w : plan->warnings)
        out << tr("Warning: %1").arg(w) << Qt::endl;
    if (!plan->refusal.isEmpty())
        out << plan->refusal << Qt::endl;
    out << tr("Approve with \"action approve %1 --yes\", or send it back with \"action reject %1 "
              "--reason TEXT\".")
               .arg(id)
        << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
