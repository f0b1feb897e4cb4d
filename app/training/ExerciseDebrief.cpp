#include "app/training/ExerciseDebrief.h"

#include "app/dispatch/Outbox.h"
#include "app/dispatch/TextChecks.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/SelectionService.h"
#include "app/session/SessionServices.h"
#include "app/training/ExerciseEngine.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace burgernet {

namespace {

// The caller's slots against the trainee's: {given, filled}.
std::pair<int, int> slotCounts(const ScenarioIncident& incident, const ActionContent& content)
{
    int given = 0;
    int filled = 0;
    const auto slot = [&](const QString& caller, const QString& trainee) {
        if (caller.trimmed().isEmpty())
            return;
        ++given;
        filled += trainee.trimmed().isEmpty() ? 0 : 1;
    };
    const PersonDescription& p = incident.person;
    const PersonDescription& q = content.person;
    slot(p.sex, q.sex);
    slot(p.age, q.age);
    slot(p.height, q.height);
    slot(p.build, q.build);
    slot(p.clothing, q.clothing);
    slot(p.particulars, q.particulars);
    slot(p.direction, q.direction);
    const VehicleDescription& v = incident.vehicle;
    const VehicleDescription& w = content.vehicle;
    slot(v.make, w.make);
    slot(v.model, w.model);
    slot(v.colour, w.colour);
    slot(v.plate, w.plate);
    slot(v.direction, w.direction);
    return {given, filled};
}

// 1 on time, falling to 0 at three times the allowed minutes.
double timely(std::optional<double> minute, double allowed)
{
    if (!minute)
        return 0;
    if (*minute <= allowed)
        return 1;
    return std::max(0.0, 1.0 - (*minute - allowed) / (2 * allowed));
}

QString minutesText(std::optional<double> m)
{
    return m ? QString::number(*m, 'f', 1) : QStringLiteral("-");
}

} // namespace

Debrief ExerciseDebrief::make(ExerciseEngine& engine)
{
    const Scenario& s = engine.scenario();
    SessionServices& session = engine.session();
    Debrief d;
    d.scenario = engine.scenarioName();
    d.title = s.title;
    d.startedAt = engine.startedAt();
    d.minutesRun = engine.minute();
    const QList<ExerciseActionTrace> traces = engine.traces();
    d.actions = traces.size();
    for (const ExerciseEvent& e : engine.events())
        d.tips += e.kind == ExerciseEvent::Kind::Tip ? 1 : 0;

    const ExerciseActionTrace* judged = nullptr;
    for (const ExerciseActionTrace& t : traces) {
        d.sentWithoutConsentAttempt = d.sentWithoutConsentAttempt || t.withoutConsent;
        if (t.sentMinute >= 0 && (!judged || t.sentMinute < judged->sentMinute))
            judged = &t;
    }
    d.consentNeeded = s.incident.type == IncidentType::Missing;
    const auto found = s.foundAt();

    // The updates the news asked for, counted over every action of the exercise.
    QList<double> updateMinutes;
    for (const ExerciseActionTrace& t : traces) {
        auto messages = session.workflow().messages(t.actionId);
        if (!messages)
            continue;
        for (const ActionMessage& m : std::as_const(*messages)) {
            const double minute = ExerciseEngine::minutesBetween(engine.startedAt(), m.createdAt);
            if (m.type == MessageType::Update)
                updateMinutes << minute;
            if (m.type == MessageType::Closing && (!d.closingMinute || minute < *d.closingMinute))
                d.closingMinute = minute;
        }
    }
    d.closingSent = d.closingMinute.has_value();
    for (qsizetype i = 0; i < s.injects.size(); ++i) {
        if (!s.injects.at(i).expectsUpdate)
            continue;
        ++d.updatesExpected;
        const double at = engine.deliveredAt().value(i, -1);
        if (at < 0)
            continue;
        d.updatesInTime +=
            std::any_of(updateMinutes.cbegin(), updateMinutes.cend(),
                        [at](double m) { return m >= at && m <= at + kUpdateWithinMinutes; })
                ? 1
                : 0;
    }

    if (judged) {
        d.actionId = judged->actionId;
        d.firstSendMinute = judged->sentMinute;
        const GeoArea& area = judged->areaAtSend;
        const QGeoCoordinate at = s.positionAt(judged->sentMinute);
        d.positionInside = area.contains(at.latitude(), at.longitude());
        int inside = 0;
        int samples = 0;
        const double until =
            std::min(judged->sentMinute + kCoverageMinutes, found.value_or(s.endMinute));
        for (double m = judged->sentMinute; m <= until + 1e-9; m += 0.25) {
            const QGeoCoordinate p = s.positionAt(m);
            inside += area.contains(p.latitude(), p.longitude()) ? 1 : 0;
            ++samples;
        }
        d.pathCoverage = samples ? double(inside) / samples : 0;
        d.reached = judged->reached.size();
        d.callbacks = judged->callbacks;
        if (s.referenceArea)
            d.referenceParticipants =
                session.selection()
                    .count(*s.referenceArea,
                           engine.startedAt().addSecs(qint64(judged->sentMinute * 60)))
                    .participants;
        for (const TextWarning& w : TextChecks::check(judged->contentAtSend))
            if (w.kind == TextWarning::Kind::Offence || w.kind == TextWarning::Kind::PersonalData)
                d.warningsSent << w.message;
        const auto [given, filled] = slotCounts(s.incident, judged->contentAtSend);
        d.slotsFilled = given ? double(filled) / given : 1.0;
        d.consentGiven = judged->contentAtSend.familyConsent;
        for (auto it = judged->failedSeen.cbegin(); it != judged->failedSeen.cend(); ++it)
            d.gatewayFailed = d.gatewayFailed || it.value() > 0;
    }
    if (d.gatewayFailed) {
        // Handled: what failed on the failing gateway was retried and has gone since.
        d.gatewayHandled = true;
        for (const ExerciseActionTrace& t : traces)
            for (auto it = t.failedSeen.cbegin(); it != t.failedSeen.cend(); ++it)
                if (it.value() > 0) {
                    const auto failedNow = Outbox(session.database()).counts(t.actionId, it.key());
                    if (!failedNow || failedNow->value(OutboxState::Failed) > 0)
                        d.gatewayHandled = false;
                }
    }

    for (const LearningGoal& goal : s.goals) {
        d.objectives << goal.title;
        GoalScore g{goal.id, goal.title, 0, {}, std::nullopt};
        double sum = 0;
        for (const GoalCriterion& c : goal.criteria) {
            double score = 0;
            switch (c.kind) {
            case Criterion::FirstSendWithin:
                score = timely(d.firstSendMinute, c.minutes);
                g.findings << tr("First send at minute %1 (within %2 expected).")
                                  .arg(minutesText(d.firstSendMinute))
                                  .arg(c.minutes);
                break;
            case Criterion::AreaContainsPosition:
                score = d.positionInside ? 1 : 0;
                g.findings << (d.positionInside
                                   ? tr("The person was inside the area when it was sent.")
                                   : tr("The person was not inside the area when it was sent."));
                break;
            case Criterion::PathCoverage:
                score = d.pathCoverage;
                g.findings << tr("The area covered %1 % of the path in the next 15 minutes.")
                                  .arg(qRound(d.pathCoverage * 100));
                break;
            case Criterion::TipsReceived:
                score = std::min(1.0, double(d.callbacks) / 2.0);
                g.findings << tr("%n call-back(s) from participants reached.", nullptr,
                                 int(d.callbacks));
                break;
            case Criterion::DescriptionComplete:
                score = judged ? d.slotsFilled : 0;
                g.findings << tr("%1 % of the caller's description was in the message.")
                                  .arg(qRound(score * 100));
                break;
            case Criterion::CleanText:
                score = judged ? std::max(0.0, 1.0 - 0.5 * d.warningsSent.size()) : 0;
                for (const QString& w : d.warningsSent)
                    g.findings << tr("Sent despite the warning: %1").arg(w);
                break;
            case Criterion::Consent:
                score = !d.consentGiven ? 0 : d.sentWithoutConsentAttempt ? 0.5 : 1;
                g.findings << (d.sentWithoutConsentAttempt
                                   ? tr("A send without the family's consent was tried.")
                               : d.consentGiven ? tr("Sent with the family's consent.")
                                                : tr("No send with the family's consent."));
                break;
            case Criterion::UpdateAfterNews:
                score = d.updatesExpected ? double(d.updatesInTime) / d.updatesExpected : 1;
                g.findings << tr("%1 of %2 new facts passed on within 10 minutes.")
                                  .arg(d.updatesInTime)
                                  .arg(d.updatesExpected);
                break;
            case Criterion::ClosingMessage: {
                const double end = found.value_or(s.endMinute);
                score =
                    d.closingMinute ? timely(std::max(0.0, *d.closingMinute - end), c.minutes) : 0;
                g.findings
                    << (d.closingSent
                            ? tr("Closing message at minute %1.").arg(minutesText(d.closingMinute))
                            : tr("No closing message."));
                break;
            }
            case Criterion::GatewayRetry:
                score = !judged ? 0 : !d.gatewayFailed ? 1 : d.gatewayHandled ? 1 : 0;
                g.findings << (!d.gatewayFailed ? tr("No message failed on the failing gateway.")
                               : d.gatewayHandled
                                   ? tr("The failed messages were retried (failed only).")
                                   : tr("Failed messages were left unsent."));
                break;
            }
            sum += score;
        }
        g.score = goal.criteria.isEmpty() ? 0 : 100.0 * sum / goal.criteria.size();
        if (g.score >= 80)
            d.strengths << g.title;
        else if (g.score < 60)
            d.improvements << QStringLiteral("%1: %2").arg(g.title,
                                                           g.findings.join(QLatin1Char(' ')));
        d.goals << g;
    }
    return d;
}

double Debrief::average() const
{
    double sum = 0;
    for (const GoalScore& g : goals)
        sum += g.score;
    return goals.isEmpty() ? 0 : sum / goals.size();
}

void Debrief::proposeCorrectiveActions(const QDate& today)
{
    corrective.clear();
    for (const GoalScore& g : std::as_const(goals))
        if (g.score < 60)
            corrective << CorrectiveAction{
                ExerciseDebrief::tr("Practise \"%1\" again in an exercise").arg(g.title), trainee,
                today.addDays(30)};
}

void Debrief::compareWith(const QList<EarlierRun>& runs)
{
    earlier = runs;
    for (GoalScore& g : goals)
        g.previous = runs.isEmpty() || !runs.first().goals.contains(g.id)
                         ? std::nullopt
                         : std::optional<double>(runs.first().goals.value(g.id));
}

QJsonArray Debrief::correctiveJson(const QList<CorrectiveAction>& actions)
{
    QJsonArray array;
    for (const CorrectiveAction& a : actions)
        array.append(QJsonObject{{QStringLiteral("what"), a.what},
                                 {QStringLiteral("owner"), a.owner},
                                 {QStringLiteral("due"), a.due.toString(Qt::ISODate)}});
    return array;
}

QList<CorrectiveAction> Debrief::correctiveFromJson(const QJsonArray& array)
{
    QList<CorrectiveAction> actions;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        actions << CorrectiveAction{
            o.value(QStringLiteral("what")).toString(), o.value(QStringLiteral("owner")).toString(),
            QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate)};
    }
    return actions;
}

double Debrief::goalScore(const QString& id) const
{
    for (const GoalScore& g : goals)
        if (g.id == id)
            return g.score;
    return -1;
}

QJsonObject Debrief::toJson() const
{
    const auto optional = [](const auto& v) {
        return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray goalArray;
    for (const GoalScore& g : goals)
        goalArray.append(
            QJsonObject{{QStringLiteral("id"), g.id},
                        {QStringLiteral("title"), g.title},
                        {QStringLiteral("score"), qRound(g.score * 10) / 10.0},
                        {QStringLiteral("previous_score"),
                         g.previous ? QJsonValue(qRound(*g.previous * 10) / 10.0) : QJsonValue()},
                        {QStringLiteral("findings"), QJsonArray::fromStringList(g.findings)}});
    QJsonArray earlierArray;
    for (const EarlierRun& r : earlier) {
        QJsonObject scores;
        for (auto it = r.goals.cbegin(); it != r.goals.cend(); ++it)
            scores.insert(it.key(), qRound(it.value() * 10) / 10.0);
        earlierArray.append(
            QJsonObject{{QStringLiteral("run_id"), r.id},
                        {QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODate)},
                        {QStringLiteral("average"), qRound(r.average * 10) / 10.0},
                        {QStringLiteral("goals"), scores}});
    }
    return {
        {QStringLiteral("trainee"), trainee},
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("average"), qRound(average() * 10) / 10.0},
        {QStringLiteral("earlier_runs"), earlierArray},
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("title"), title},
        {QStringLiteral("minutes_run"), qRound(minutesRun * 10) / 10.0},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("action_id"), actionId},
        {QStringLiteral("times"),
         QJsonObject{{QStringLiteral("first_send_minute"), optional(firstSendMinute)},
                     {QStringLiteral("closing_minute"), optional(closingMinute)}}},
        {QStringLiteral("area"),
         QJsonObject{
             {QStringLiteral("position_inside_at_send"), positionInside},
             {QStringLiteral("path_coverage_15min"), qRound(pathCoverage * 1000) / 1000.0},
             {QStringLiteral("reached"), reached},
             {QStringLiteral("reference_area_participants"), optional(referenceParticipants)},
             {QStringLiteral("callbacks"), callbacks},
             {QStringLiteral("tips"), tips}}},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("warnings_sent"), QJsonArray::fromStringList(warningsSent)},
                     {QStringLiteral("slots_filled"), qRound(slotsFilled * 1000) / 1000.0}}},
        {QStringLiteral("procedure"),
         QJsonObject{{QStringLiteral("consent_needed"), consentNeeded},
                     {QStringLiteral("consent_given"), consentGiven},
                     {QStringLiteral("tried_without_consent"), sentWithoutConsentAttempt},
                     {QStringLiteral("updates_expected"), updatesExpected},
                     {QStringLiteral("updates_in_time"), updatesInTime},
                     {QStringLiteral("closing_sent"), closingSent},
                     {QStringLiteral("gateway_failed"), gatewayFailed},
                     {QStringLiteral("gateway_handled"), gatewayHandled}}},
        {QStringLiteral("goals"), goalArray},
        {QStringLiteral("after_action"),
         QJsonObject{
             {QStringLiteral("objectives"), QJsonArray::fromStringList(objectives)},
             {QStringLiteral("strengths"), QJsonArray::fromStringList(strengths)},
             {QStringLiteral("areas_for_improvement"), QJsonArray::fromStringList(improvements)},
             {QStringLiteral("corrective_actions"), correctiveJson(corrective)},
             {QStringLiteral("observations"), observations}}},
    };
}

QString Debrief::toText() const
{
    QString text;
    QTextStream out(&text);
    out << ExerciseDebrief::tr("Debrief: %1 (%2)").arg(title, scenario) << '\n';
    out << ExerciseDebrief::tr("First send at minute %1, closing message at minute %2.")
               .arg(minutesText(firstSendMinute), minutesText(closingMinute))
        << '\n';
    out << ExerciseDebrief::tr("Area: person inside at send %1; %2 % of the next 15 minutes of "
                               "the path covered; %3 participants reached; %4 call-back(s).")
               .arg(positionInside ? ExerciseDebrief::tr("yes") : ExerciseDebrief::tr("no"))
               .arg(qRound(pathCoverage * 100))
               .arg(reached)
               .arg(callbacks)
        << '\n';
    if (!trainee.isEmpty())
        out << ExerciseDebrief::tr("Trainee %1, run %2; %n earlier run(s) of this scenario.",
                                   nullptr, int(earlier.size()))
                   .arg(trainee)
                   .arg(runId)
            << '\n';
    for (const GoalScore& g : goals) {
        out << QStringLiteral("%1  %2").arg(qRound(g.score), 3).arg(g.title);
        if (g.previous)
            out << ' ' << ExerciseDebrief::tr("(last time %1)").arg(qRound(*g.previous));
        out << '\n';
        for (const QString& f : g.findings)
            out << QStringLiteral("       ") << f << '\n';
    }
    for (const CorrectiveAction& c : corrective)
        out << ExerciseDebrief::tr("Corrective action: %1 (%2, by %3)")
                   .arg(c.what, c.owner, c.due.toString(Qt::ISODate))
            << '\n';
    return text;
}

} // namespace burgernet
