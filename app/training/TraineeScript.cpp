#include "app/training/TraineeScript.h"

#include "app/dispatch/ChannelCatalog.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/OutboxDecisions.h"
#include "app/session/SessionServices.h"
#include "app/training/Scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

namespace {

QString at(qsizetype i, const char* field)
{
    return QStringLiteral("steps[%1].%2").arg(i).arg(QLatin1String(field));
}

Result<QList<Channel>> channelList(const QJsonValue& value, const QString& field)
{
    QList<Channel> channels;
    if (value.isUndefined())
        return channels;
    if (!value.isArray())
        return Error{QStringLiteral("%1: %2").arg(field, TraineeScript::tr("must be a list"))};
    for (const QJsonValue& v : value.toArray()) {
        const auto c = Channel::fromId(v.toString());
        if (!c || !ChannelCatalog::builtIn().find(*c))
            return Error{QStringLiteral("%1: %2").arg(
                field, TraineeScript::tr("\"%1\" is not a channel").arg(v.toString()))};
        channels << *c;
    }
    return channels;
}

} // namespace

Result<TraineeScript> TraineeScript::load(const QString& path, const Scenario& scenario)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    auto script = parse(file.readAll(), scenario);
    if (!script)
        return Error{QStringLiteral("%1: %2").arg(path, script.errorMessage())};
    return script;
}

Result<TraineeScript> TraineeScript::parse(const QByteArray& json, const Scenario& scenario)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("line %1: not valid JSON: %2")
                         .arg(json.left(parseError.offset).count('\n') + 1)
                         .arg(parseError.errorString())};
    const QJsonObject root = doc.object();
    TraineeScript script;
    script.m_name = root.value(QStringLiteral("trainee")).toString();
    const QJsonValue stepsValue = root.value(QStringLiteral("steps"));
    if (!stepsValue.isArray() || stepsValue.toArray().isEmpty())
        return Error{QStringLiteral("steps: %1").arg(tr("must be a list of at least one step"))};
    const QJsonArray steps = stepsValue.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        TraineeStep step;
        const QJsonValue minute = o.value(QStringLiteral("minute"));
        if (!minute.isDouble() || minute.toDouble() < 0 || minute.toDouble() > scenario.endMinute)
            return Error{QStringLiteral("%1: %2").arg(
                at(i, "minute"),
                tr("must be a number from 0 to %1 (the scenario's end)").arg(scenario.endMinute))};
        step.minute = minute.toDouble();
        if (!script.m_steps.isEmpty() && step.minute < script.m_steps.last().minute)
            return Error{QStringLiteral("%1: %2").arg(at(i, "minute"),
                                                      tr("steps must be in the order of time"))};
        if (!enumFromId(o.value(QStringLiteral("do")).toString(), &step.kind))
            return Error{QStringLiteral("%1: %2").arg(
                at(i, "do"), tr("must be send, update, retry-failed or close"))};
        step.text = o.value(QStringLiteral("text")).toString();
        auto deferred = channelList(o.value(QStringLiteral("defer")), at(i, "defer"));
        if (!deferred)
            return deferred.error();
        step.deferred = *deferred;
        switch (step.kind) {
        case TraineeStepKind::Send: {
            auto area = exerciseAreaFromJson(o.value(QStringLiteral("area")), at(i, "area"));
            if (!area)
                return area.error();
            step.area = *area;
            step.areaDescription = o.value(QStringLiteral("areaDescription")).toString();
            ActionContent& c = step.content;
            c.kind = ActionKind::Urgent;
            c.incident = scenario.incident.type;
            if (o.contains(QStringLiteral("type")) &&
                !enumFromId(o.value(QStringLiteral("type")).toString(), &c.incident))
                return Error{
                    QStringLiteral("%1: %2").arg(at(i, "type"), tr("is not an incident type"))};
            c.location = scenario.incident.location;
            c.locationText = o.value(QStringLiteral("locationText")).toString();
            c.person = PersonDescription::fromJson(o.value(QStringLiteral("person")).toObject());
            c.vehicle = VehicleDescription::fromJson(o.value(QStringLiteral("vehicle")).toObject());
            c.freeText = step.text;
            c.familyConsent = o.value(QStringLiteral("consent")).toBool(false);
            auto channels = channelList(o.value(QStringLiteral("channels")), at(i, "channels"));
            if (!channels)
                return channels.error();
            if (channels->isEmpty())
                return Error{QStringLiteral("%1: %2").arg(at(i, "channels"),
                                                          tr("must name at least one channel"))};
            c.channels = *channels;
            break;
        }
        case TraineeStepKind::Update:
            if (o.contains(QStringLiteral("growArea"))) {
                auto grown =
                    exerciseAreaFromJson(o.value(QStringLiteral("growArea")), at(i, "growArea"));
                if (!grown)
                    return grown.error();
                step.grownArea = *grown;
            }
            if (step.text.trimmed().isEmpty())
                return Error{
                    QStringLiteral("%1: %2").arg(at(i, "text"), tr("an update needs its news"))};
            break;
        case TraineeStepKind::RetryFailed:
            if (o.contains(QStringLiteral("channel"))) {
                step.channel = Channel::fromId(o.value(QStringLiteral("channel")).toString());
                if (!step.channel)
                    return Error{
                        QStringLiteral("%1: %2").arg(at(i, "channel"), tr("is not a channel"))};
            }
            break;
        case TraineeStepKind::Close:
            if (!enumFromId(o.value(QStringLiteral("outcome")).toString(), &step.outcome) ||
                step.outcome == Outcome::None)
                return Error{QStringLiteral("%1: %2").arg(
                    at(i, "outcome"), tr("must be arrested, person_found, useful_information, "
                                         "no_result or other"))};
            break;
        }
        script.m_steps << step;
    }
    return script;
}

Result<QString> TraineeScript::perform(SessionServices& session, const TraineeStep& step,
                                       qint64* actionId)
{
    ActionWorkflow& workflow = session.workflow();
    const auto submit = [&](const PlanRequest& request, qint64 draft) -> Result<QString> {
        auto plan = workflow.prepare(request);
        QString refusal = plan ? plan->refusal : plan.errorMessage();
        if (refusal.isEmpty()) {
            auto state = workflow.submit(*plan, Confirmation::yes(step.deferred));
            if (state)
                return tr("%1 of action %2: %3, %4 participant(s)")
                    .arg(enumId(request.type))
                    .arg(request.actionId)
                    .arg(enumId(*state))
                    .arg(plan->participants);
            refusal = state.errorMessage();
        }
        // A draft that could not go is withdrawn, as the window's confirmation does.
        if (draft)
            (void)workflow.withdraw(draft);
        return Error{refusal};
    };
    switch (step.kind) {
    case TraineeStepKind::Send: {
        auto draft = workflow.createDraft(step.content, step.area, step.areaDescription);
        if (!draft)
            return draft.error();
        auto sent = submit(PlanRequest::alert(*draft), *draft);
        if (sent)
            *actionId = *draft;
        return sent;
    }
    case TraineeStepKind::Update:
        if (!*actionId)
            return Error{tr("There is no action to update.")};
        return submit(PlanRequest::update(*actionId, step.text, step.grownArea), 0);
    case TraineeStepKind::Close:
        if (!*actionId)
            return Error{tr("There is no action to close.")};
        return submit(PlanRequest::closing(*actionId, step.outcome, step.text), 0);
    case TraineeStepKind::RetryFailed: {
        if (!*actionId)
            return Error{tr("There is no action to retry.")};
        auto moved = session.decisions().retryFailed(*actionId, step.channel);
        if (!moved)
            return moved.error();
        return tr("%n failed message(s) queued again", nullptr, int(*moved));
    }
    }
    return Error{tr("Unknown step.")};
}

} // namespace burgernet
