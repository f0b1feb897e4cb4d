#include "app/ctl/ActionCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/ActionCap.h"
#include "app/ctl/ActionFailures.h"
#include "app/ctl/ActionReview.h"
#include "app/ctl/ActionWait.h"
#include "app/ctl/CtlContext.h"
#include "app/geo/GeoArea.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/DispatchProgress.h"
#include "app/services/OutboxDecisions.h"
#include "app/session/SessionServices.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace burgernet {

namespace {

QJsonObject actionJson(const Action& a)
{
    QJsonObject json{{QStringLiteral("id"), a.id},
                     {QStringLiteral("state"), enumId(a.state)},
                     {QStringLiteral("kind"), enumId(a.content.kind)},
                     {QStringLiteral("incident"), enumId(a.content.incident)},
                     {QStringLiteral("mode"), enumId(a.mode)},
                     {QStringLiteral("author"), a.author},
                     {QStringLiteral("created"), a.createdAt.toString(Qt::ISODate)}};
    if (a.outcome != Outcome::None)
        json.insert(QStringLiteral("outcome"), enumId(a.outcome));
    if (!a.approver.isEmpty())
        json.insert(QStringLiteral("approver"), a.approver);
    if (a.sentAt.isValid())
        json.insert(QStringLiteral("sent"), a.sentAt.toUTC().toString(Qt::ISODateWithMs));
    if (a.closedAt.isValid())
        json.insert(QStringLiteral("closed"), a.closedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!a.content.incidentNumber.isEmpty())
        json.insert(QStringLiteral("incident_number"), a.content.incidentNumber);
    if (a.rejectedAt.isValid())
        json.insert(QStringLiteral("rejected"), ActionReview::rejectionJson(a));
    return json;
}

Result<GeoArea> parseArea(const QString& circle, const QString& geojson, const char* circleName)
{
    if (!circle.isEmpty()) {
        const QStringList parts = circle.split(QLatin1Char(','));
        bool ok[3] = {false, false, false};
        const double lat = parts.value(0).toDouble(&ok[0]);
        const double lon = parts.value(1).toDouble(&ok[1]);
        const double radius = parts.value(2).toDouble(&ok[2]);
        if (parts.size() != 3 || !ok[0] || !ok[1] || !ok[2] || radius <= 0 ||
            !QGeoCoordinate(lat, lon).isValid())
            return Error{ActionCommand::tr("--%1 needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.")
                             .arg(QLatin1String(circleName))};
        return GeoArea::circle(QGeoCoordinate(lat, lon), radius);
    }
    QFile file(geojson);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ActionCommand::tr("Cannot read %1: %2").arg(geojson, file.errorString())};
    return GeoArea::fromGeoJson(file.readAll());
}

QString readinessText(ChannelReadiness r)
{
    switch (r) {
    case ChannelReadiness::Ready:
        return ActionCommand::tr("ready");
    case ChannelReadiness::NotConfigured:
        return ActionCommand::tr("NOT READY: no configured sender, the messages would wait");
    case ChannelReadiness::BreakerOpen:
        return ActionCommand::tr("NOT READY: the gateway keeps failing, the messages would wait");
    case ChannelReadiness::NoDispatcher:
        return ActionCommand::tr("waits for a running dispatcher");
    }
    return {};
}

const QStringList kVerbs{
    QStringLiteral("list"),         QStringLiteral("status"),   QStringLiteral("show"),
    QStringLiteral("send"),         QStringLiteral("approve"),  QStringLiteral("reject"),
    QStringLiteral("update"),       QStringLiteral("close"),    QStringLiteral("cancel"),
    QStringLiteral("retry-failed"), QStringLiteral("decide"),   QStringLiteral("cap"),
    QStringLiteral("resume"),       QStringLiteral("dispatch"), QStringLiteral("failures"),
    QStringLiteral("review")};

} // namespace

QString ActionCommand::summary() const
{
    return tr("Burgernet actions: list, status, send, review, approve, reject, update, close, "
              "cancel, retry-failed, decide, resume, cap, dispatch, failures.");
}

int ActionCommand::list(CtlContext& context, SessionServices& session, bool openOnly, bool json)
{
    auto all = session.workflow().actions(openOnly);
    if (!all) {
        context.err() << all.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const Action& a : *all)
            array.append(actionJson(a));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const Action& a : *all)
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(a.id)
                             .arg(enumId(a.state), enumId(a.content.incident),
                                  a.createdAt.toLocalTime().toString(Qt::ISODate), a.author)
                      << Qt::endl;
    return ExitOk;
}

int ActionCommand::status(CtlContext& context, SessionServices& session, qint64 id, bool json)
{
    auto a = session.workflow().action(id);
    auto progress = session.progress().progress(id);
    if (!a || !progress) {
        context.err() << (a ? progress.errorMessage() : a.errorMessage()) << Qt::endl;
        return ExitFailure;
    }
    QJsonObject perChannel;
    for (const ChannelProgress& c : progress->channels) {
        QJsonObject states;
        for (auto it = c.states.cbegin(); it != c.states.cend(); ++it)
            states.insert(enumId(it.key()), it.value());
        perChannel.insert(c.channel.id(), states);
    }
    QJsonObject result = actionJson(*a);
    result.insert(QStringLiteral("channels"), perChannel);
    // The tips as counts and the first one's time: their words stay in the console.
    if (auto tips = session.workflow().tips(id); tips) {
        QJsonObject summary{{QStringLiteral("count"), qint64(tips->size())}};
        qint64 useful = 0;
        QDateTime first;
        for (const Tip& t : *tips) {
            useful += t.useful ? 1 : 0;
            if (!first.isValid() || t.at < first)
                first = t.at;
        }
        summary.insert(QStringLiteral("useful"), useful);
        if (first.isValid())
            summary.insert(QStringLiteral("first"), first.toUTC().toString(Qt::ISODateWithMs));
        result.insert(QStringLiteral("tips"), summary);
    }
    if (json) {
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("Action %1: %2").arg(id).arg(enumId(a->state)) << Qt::endl;
    // The author must not miss why it came back.
    if (a->sentBack())
        context.out() << tr("Sent back by %1 at %2: %3")
                             .arg(a->rejectedBy,
                                  a->rejectedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                                  a->rejectionReason)
                      << Qt::endl;
    for (const ChannelProgress& c : progress->channels) {
        QStringList parts;
        for (auto it = c.states.cbegin(); it != c.states.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(enumId(it.key())).arg(it.value());
        context.out()
            << QStringLiteral("  %1: %2").arg(c.channel.id(), parts.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return ExitOk;
}

void ActionCommand::printPlan(CtlContext& context, const SessionServices& session,
                              const DispatchPlan& plan, bool json)
{
    if (json)
        return; // the JSON result carries the plan's figures
    const QString mode = plan.mode == Mode::Live ? tr("LIVE") : tr("TRAINING");
    switch (plan.request.type) {
    case MessageType::Alert:
        context.err() << tr("Action %1 (%2): alert to %3 participant(s) in the area.")
                             .arg(plan.actionId)
                             .arg(mode)
                             .arg(plan.participants)
                      << Qt::endl;
        break;
    case MessageType::Update:
        context.err() << tr("Action %1 (%2): update to %3 participant(s), %4 newly in the area.")
                             .arg(plan.actionId)
                             .arg(mode)
                             .arg(plan.participants)
                             .arg(plan.newRecipients)
                      << Qt::endl;
        break;
    case MessageType::Closing:
        context.err() << tr("Action %1 (%2): closing message to the %3 participant(s) reached, "
                            "outcome %4.")
                             .arg(plan.actionId)
                             .arg(mode)
                             .arg(plan.participants)
                             .arg(enumId(plan.request.outcome))
                      << Qt::endl;
        break;
    case MessageType::Cancel:
    case MessageType::Test:
        context.err() << tr("Action %1 (%2): cancellation to the %3 participant(s) who may have "
                            "been reached.")
                             .arg(plan.actionId)
                             .arg(mode)
                             .arg(plan.participants)
                      << Qt::endl;
        break;
    }
    if (plan.approving)
        ActionReview::printApproval(context, session, plan);
    for (const PlannedChannel& c : plan.channels) {
        const QString estimate = ActionReview::estimateText(c.finishSeconds, c.cost);
        context.err() << QStringLiteral("  %1  %2  %3%4")
                             .arg(session.catalog().name(c.channel), -8)
                             .arg(c.rows, 8)
                             .arg(readinessText(c.status.readiness),
                                  estimate.isEmpty() ? QString() : QStringLiteral(", ") + estimate)
                      << Qt::endl;
    }
    for (const QString& w : plan.warnings)
        context.err() << tr("Warning: %1").arg(w) << Qt::endl;
    if (plan.needsApproval)
        context.err() << tr("A second user must approve this action before it goes out.")
                      << Qt::endl;
}

int ActionCommand::submitPlan(CtlContext& context, SessionServices& session,
                              const PlanRequest& request, const QCommandLineParser& parser,
                              qint64 draftToWithdraw)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto withdraw = [&] {
        if (draftToWithdraw)
            (void)session.workflow().withdraw(draftToWithdraw);
    };
    auto plan = session.workflow().prepare(request);
    if (!plan) {
        withdraw();
        context.err() << plan.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    printPlan(context, session, *plan, json);
    if (!plan->refusal.isEmpty()) {
        // Handed to the service unconfirmed, which records the refused attempt.
        (void)session.workflow().submit(*plan, Confirmation{});
        withdraw();
        context.err() << plan->refusal << Qt::endl;
        return ExitFailure;
    }
    QList<Channel> deferred;
    for (const QString& id : parser.values(QStringLiteral("defer")))
        if (const auto c = Channel::fromId(id))
            deferred << *c;
    Confirmation confirmation = Confirmation::yes(deferred);
    confirmation.allowDuplicate = parser.isSet(QStringLiteral("allow-duplicate"));
    auto state = session.workflow().submit(*plan, confirmation);
    if (!state) {
        withdraw();
        context.err() << state.errorMessage() << Qt::endl;
        if (!plan->duplicates.isEmpty() && !confirmation.allowDuplicate && !plan->approving)
            context.err() << tr("Add --allow-duplicate when a second action for this incident is "
                                "meant.")
                          << Qt::endl;
        return ExitFailure;
    }
    // With --wait the result is the state at the end, so standard output holds one answer; the
    // state on submission goes with the progress lines.
    const bool wait = parser.isSet(QStringLiteral("wait"));
    QTextStream& submitted = wait ? context.err() : context.out();
    if (json) {
        QJsonObject perChannel;
        QJsonArray channels;
        for (const PlannedChannel& c : plan->channels) {
            perChannel.insert(c.channel.id(), c.rows);
            channels.append(QJsonObject{{QStringLiteral("channel"), c.channel.id()},
                                        {QStringLiteral("rows"), c.rows},
                                        {QStringLiteral("readiness"), enumId(c.status.readiness)}});
        }
        QJsonObject result = ActionReview::planJson(*plan);
        result.insert(QStringLiteral("id"), plan->actionId);
        result.insert(QStringLiteral("state"), enumId(*state));
        result.insert(QStringLiteral("participants"), plan->participants);
        result.insert(QStringLiteral("messages"), perChannel);
        result.insert(QStringLiteral("channels"), channels);
        result.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan->warnings));
        submitted << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        submitted << tr("Action %1: %2.").arg(plan->actionId).arg(enumId(*state)) << Qt::endl;
    }
    if (!wait) {
        if (plan->rows() > 0 && *state != ActionState::AwaitingApproval)
            context.err() << tr("The messages wait in the outbox for a running dispatcher (the "
                                "console, or this command with --wait).")
                          << Qt::endl;
        return ExitOk;
    }
    return ActionWait::untilSettled(context, session, plan->actionId,
                                    parser.value(QStringLiteral("timeout")).toInt(), json);
}

int ActionCommand::decide(CtlContext& context, SessionServices& session, qint64 id,
                          const QCommandLineParser& parser)
{
    const QString uncertain = parser.value(QStringLiteral("uncertain"));
    const QString stale = parser.value(QStringLiteral("stale"));
    Result<qint64> moved = qint64(0);
    if (uncertain == QLatin1String("resend") || uncertain == QLatin1String("drop"))
        moved = session.decisions().decideUncertain(id, uncertain == QLatin1String("resend"));
    else if (stale == QLatin1String("send") || stale == QLatin1String("drop"))
        moved = session.decisions().decideStale(id, stale == QLatin1String("send"));
    else {
        context.err() << tr("\"action decide ID\" needs --uncertain resend|drop or --stale "
                            "send|drop.")
                      << Qt::endl;
        return ExitUsage;
    }
    if (!moved) {
        context.err() << moved.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%n message(s) decided.", nullptr, int(*moved)) << Qt::endl;
    return ExitOk;
}

int ActionCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"), kVerbs.join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The action's number."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption open(QStringLiteral("open"), tr("Only actions not yet closed."));
    const QCommandLineOption type(QStringLiteral("type"), tr("Incident type, e.g. straatroof."),
                                  tr("TYPE"));
    const QCommandLineOption circle(QStringLiteral("circle"),
                                    tr("A circle: centre and radius in metres."),
                                    tr("LAT,LON,METRES"));
    const QCommandLineOption geojson(QStringLiteral("geojson"), tr("A GeoJSON area."), tr("FILE"));
    const QCommandLineOption growCircle(QStringLiteral("grow-circle"),
                                        tr("update: the area grows to this circle."),
                                        tr("LAT,LON,METRES"));
    const QCommandLineOption growGeojson(QStringLiteral("grow-geojson"),
                                         tr("update: the area grows to this GeoJSON area."),
                                         tr("FILE"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("The description, the update, the outcome's words or the "
                                     "correction."),
                                  tr("TEXT"));
    const QCommandLineOption locationText(QStringLiteral("location-text"),
                                          tr("The street or place the message names."), tr("TEXT"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("A channel (repeat for more)."),
                                     tr("NAME"));
    const QCommandLineOption defer(QStringLiteral("defer"),
                                   tr("Send although this channel cannot send now: its messages "
                                      "wait in the outbox (repeat for more)."),
                                   tr("NAME"));
    const QCommandLineOption notice(QStringLiteral("notice"), tr("A non-urgent notice."));
    const QCommandLineOption consent(QStringLiteral("consent"),
                                     tr("The family consents (vermissing)."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm the send (required)."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("Send in this process until every message is final, with a "
                                     "progress line."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("With --wait: give up waiting after this many seconds "
                                        "(the messages stay queued)."),
                                     tr("SECONDS"));
    const QCommandLineOption outcome(
        QStringLiteral("outcome"),
        tr("arrested, person_found, useful_information, no_result or other."), tr("OUTCOME"));
    const QCommandLineOption uncertain(QStringLiteral("uncertain"),
                                       tr("decide: resend or drop the uncertain messages."),
                                       tr("resend|drop"));
    const QCommandLineOption stale(QStringLiteral("stale"),
                                   tr("decide: send or drop the stale messages."), tr("send|drop"));
    // Printed, the documents follow each other, each complete with its XML declaration: what a
    // reader wants to see or to split; --out gives a file per message for a validator or a peer.
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("cap: write each CAP 1.2 message to DIR/IDENTIFIER.xml "
                                    "instead of printing them one after another."),
                                 tr("DIR"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("reject: why the action goes back to its author "
                                       "(required; the author reads it)."),
                                    tr("TEXT"));
    const QCommandLineOption incidentNumber(
        QStringLiteral("incident-number"),
        tr("send: the control room's own number for the incident (free text)."), tr("NUMBER"));
    const QCommandLineOption allowDuplicate(
        QStringLiteral("allow-duplicate"),
        tr("send: a second open action for the same incident number is meant."));
    parser.addOptions({json,        open,   type,           circle,        geojson, growCircle,
                       growGeojson, text,   locationText,   channel,       defer,   notice,
                       consent,     yes,    wait,           timeout,       outcome, uncertain,
                       stale,       reason, incidentNumber, allowDuplicate});
    parser.addOption(out);
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QString what = parser.positionalArguments().value(0);
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&idOk);
    const bool needsId = what != QLatin1String("list") && what != QLatin1String("send");
    if (!kVerbs.contains(what) || (needsId && !idOk)) {
        context.err()
            << tr("Use \"action list\", \"action status ID\", \"action send ...\", "
                  "\"action review|approve|reject|update|close|cancel|retry-failed|decide|"
                  "resume|cap|dispatch|failures ID ...\"; see --help.")
            << Qt::endl;
        return ExitUsage;
    }
    const bool sends = what == QLatin1String("send") || what == QLatin1String("approve") ||
                       what == QLatin1String("update") || what == QLatin1String("close") ||
                       what == QLatin1String("cancel");
    if (sends && !parser.isSet(yes)) {
        context.err() << tr("Sending reaches people: add --yes to confirm.") << Qt::endl;
        return ExitUsage;
    }
    // --text is what earlier versions took; --reason says what it is.
    const QString rejectReason = parser.isSet(reason) ? parser.value(reason) : parser.value(text);
    if (what == QLatin1String("reject") && rejectReason.trimmed().isEmpty()) {
        context.err() << tr("\"action reject ID\" needs --reason TEXT: the author reads why.")
                      << Qt::endl;
        return ExitUsage;
    }
    Outcome closingOutcome = Outcome::None;
    if (what == QLatin1String("close") &&
        (!enumFromId(parser.value(outcome), &closingOutcome) || closingOutcome == Outcome::None)) {
        context.err() << tr("--outcome needs arrested, person_found, useful_information, "
                            "no_result or other.")
                      << Qt::endl;
        return ExitUsage;
    }
    ActionContent content;
    std::optional<GeoArea> area;
    if (what == QLatin1String("send")) {
        content.kind = parser.isSet(notice) ? ActionKind::Notice : ActionKind::Urgent;
        if (!enumFromId(parser.value(type), &content.incident) ||
            parser.isSet(circle) == parser.isSet(geojson) || parser.values(channel).isEmpty()) {
            context.err() << tr("\"action send\" needs --type, one of --circle or --geojson, "
                                "--text and at least one --channel.")
                          << Qt::endl;
            return ExitUsage;
        }
        for (const QString& c : parser.values(channel)) {
            const auto known = Channel::fromId(c);
            if (!known) {
                context.err() << tr("Unknown channel \"%1\".").arg(c) << Qt::endl;
                return ExitUsage;
            }
            content.channels << *known;
        }
        auto parsed = parseArea(parser.value(circle), parser.value(geojson), "circle");
        if (!parsed) {
            context.err() << parsed.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        area = *parsed;
        content.freeText = parser.value(text);
        content.locationText = parser.value(locationText);
        content.familyConsent = parser.isSet(consent);
        content.incidentNumber = parser.value(incidentNumber).trimmed();
        content.location =
            area->kind() == GeoArea::Kind::Circle ? area->centre() : QGeoCoordinate();
    }
    std::optional<GeoArea> grown;
    if (what == QLatin1String("update") &&
        (parser.isSet(growCircle) || parser.isSet(growGeojson))) {
        auto parsed = parseArea(parser.value(growCircle), parser.value(growGeojson), "grow-circle");
        if (!parsed) {
            context.err() << parsed.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        grown = *parsed;
    }

    // Only what selects participants reads the index; only --wait sends from this process.
    const bool selects = what == QLatin1String("send") || what == QLatin1String("approve") ||
                         what == QLatin1String("review") || grown.has_value();
    // resume is a send in this process: it always waits. `dispatch`: this workstation helps
    // send what is queued (several may, on a shared register).
    const bool resume = what == QLatin1String("resume");
    const bool dispatching = parser.isSet(wait) || resume || what == QLatin1String("dispatch");
    SessionServices* session = context.sessionServicesOrReport(dispatching, selects);
    if (!session)
        return ExitFailure;

    if (what == QLatin1String("list"))
        return list(context, *session, parser.isSet(open), parser.isSet(json));
    if (what == QLatin1String("status") || what == QLatin1String("show"))
        return status(context, *session, id, parser.isSet(json));
    if (what == QLatin1String("cap"))
        return ActionCap::run(context, *session, id, parser.value(out));
    if (what == QLatin1String("failures")) {
        std::optional<Channel> only;
        if (const QStringList channels = parser.values(channel); !channels.isEmpty()) {
            only = Channel::fromId(channels.first());
            if (!only) {
                context.err() << tr("Unknown channel \"%1\".").arg(channels.first()) << Qt::endl;
                return ExitUsage;
            }
        }
        return ActionFailuresCtl::run(context, *session, id, only, parser.isSet(json));
    }
    if (resume) {
        // Starting this session already turned what a killed process was sending into
        // uncertain rows; what is queued goes out from here.
        if (auto resumed = session->decisions().resume(id); !resumed) {
            context.err() << resumed.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        return ActionWait::untilSettled(context, *session, id, parser.value(timeout).toInt(),
                                        parser.isSet(json));
    }
    if (what == QLatin1String("dispatch"))
        return ActionWait::untilSettled(context, *session, id, parser.value(timeout).toInt(),
                                        parser.isSet(json));
    if (what == QLatin1String("review"))
        return ActionReview::run(context, *session, id, parser.isSet(json));
    if (what == QLatin1String("reject")) {
        if (auto s = session->workflow().reject(id, rejectReason); !s) {
            context.err() << s.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        context.out() << tr("Action %1 went back to its author as a draft.").arg(id) << Qt::endl;
        return ExitOk;
    }
    if (what == QLatin1String("retry-failed") || what == QLatin1String("decide")) {
        int code = ExitOk;
        if (what == QLatin1String("decide")) {
            code = decide(context, *session, id, parser);
        } else {
            std::optional<Channel> only;
            if (parser.isSet(channel))
                only = Channel::fromId(parser.value(channel));
            auto moved = session->decisions().retryFailed(id, only);
            if (!moved) {
                context.err() << moved.errorMessage() << Qt::endl;
                return ExitFailure;
            }
            context.out() << tr("%n failed message(s) queued again.", nullptr, int(*moved))
                          << Qt::endl;
        }
        if (code != ExitOk || !parser.isSet(wait))
            return code;
        return ActionWait::untilSettled(context, *session, id, parser.value(timeout).toInt(),
                                        parser.isSet(json));
    }
    if (what == QLatin1String("approve"))
        return submitPlan(context, *session, PlanRequest::alert(id), parser);
    if (what == QLatin1String("update"))
        return submitPlan(context, *session, PlanRequest::update(id, parser.value(text), grown),
                          parser);
    if (what == QLatin1String("close"))
        return submitPlan(context, *session,
                          PlanRequest::closing(id, closingOutcome, parser.value(text)), parser);
    if (what == QLatin1String("cancel"))
        return submitPlan(context, *session, PlanRequest::cancel(id, parser.value(text)), parser);

    // send: a draft, then the same two phases as the window.
    auto created = session->workflow().createDraft(content, *area, parser.value(locationText));
    if (!created) {
        context.err() << created.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    return submitPlan(context, *session, PlanRequest::alert(*created), parser, *created);
}

} // namespace burgernet
