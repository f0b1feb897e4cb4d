#include "app/ctl/ActionCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/CtlContext.h"
#include "app/geo/GeoArea.h"
#include "app/services/ActionService.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"
#include "app/storage/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace burgernet {

namespace {

QJsonObject actionJson(const Action& a)
{
    QJsonObject json{{QStringLiteral("id"), a.id},
                     {QStringLiteral("state"), actionStateId(a.state)},
                     {QStringLiteral("kind"), actionKindId(a.content.kind)},
                     {QStringLiteral("incident"), incidentTypeId(a.content.incident)},
                     {QStringLiteral("mode"), modeId(a.mode)},
                     {QStringLiteral("author"), a.author},
                     {QStringLiteral("created"), a.createdAt.toString(Qt::ISODate)}};
    if (a.outcome != Outcome::None)
        json.insert(QStringLiteral("outcome"), outcomeId(a.outcome));
    if (!a.approver.isEmpty())
        json.insert(QStringLiteral("approver"), a.approver);
    return json;
}

Result<GeoArea> parseArea(const QString& circle, const QString& geojson)
{
    if (!circle.isEmpty()) {
        const QStringList parts = circle.split(QLatin1Char(','));
        bool ok[3] = {false, false, false};
        const double lat = parts.value(0).toDouble(&ok[0]);
        const double lon = parts.value(1).toDouble(&ok[1]);
        const double radius = parts.value(2).toDouble(&ok[2]);
        if (parts.size() != 3 || !ok[0] || !ok[1] || !ok[2] || radius <= 0 ||
            !QGeoCoordinate(lat, lon).isValid())
            return Error{
                ActionCommand::tr("--circle needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.")};
        return GeoArea::circle(QGeoCoordinate(lat, lon), radius);
    }
    QFile file(geojson);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ActionCommand::tr("Cannot read %1: %2").arg(geojson, file.errorString())};
    return GeoArea::fromGeoJson(file.readAll());
}

} // namespace

QString ActionCommand::summary() const
{
    return tr("Burgernet actions: list, status, send, close, cancel.");
}

int ActionCommand::list(CtlContext& context, ActionService& actions, bool openOnly, bool json)
{
    auto all = actions.actions(openOnly);
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
                             .arg(actionStateId(a.state), incidentTypeId(a.content.incident),
                                  a.createdAt.toLocalTime().toString(Qt::ISODate), a.author)
                      << Qt::endl;
    return ExitOk;
}

int ActionCommand::status(CtlContext& context, ActionService& actions, qint64 id, bool json)
{
    auto a = actions.action(id);
    auto progress = actions.progress(id);
    if (!a || !progress) {
        context.err() << (a ? progress.errorMessage() : a.errorMessage()) << Qt::endl;
        return ExitFailure;
    }
    QJsonObject perChannel;
    for (const ChannelProgress& c : progress->channels) {
        QJsonObject states;
        for (auto it = c.states.cbegin(); it != c.states.cend(); ++it)
            states.insert(it.key(), it.value());
        perChannel.insert(c.channel, states);
    }
    QJsonObject result = actionJson(*a);
    result.insert(QStringLiteral("channels"), perChannel);
    if (json) {
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("Action %1: %2").arg(id).arg(actionStateId(a->state)) << Qt::endl;
    for (const ChannelProgress& c : progress->channels) {
        QStringList parts;
        for (auto it = c.states.cbegin(); it != c.states.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        context.out() << QStringLiteral("  %1: %2").arg(c.channel, parts.join(QStringLiteral(", ")))
                      << Qt::endl;
    }
    return ExitOk;
}

int ActionCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"), tr("list, status, send, close or cancel"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The action's number."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption open(QStringLiteral("open"), tr("Only actions not yet closed."));
    const QCommandLineOption type(QStringLiteral("type"), tr("Incident type, e.g. straatroof."),
                                  tr("TYPE"));
    const QCommandLineOption circle(QStringLiteral("circle"),
                                    tr("A circle: centre and radius in metres."),
                                    tr("LAT,LON,METRES"));
    const QCommandLineOption geojson(QStringLiteral("geojson"), tr("A GeoJSON area."), tr("FILE"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The description or text."),
                                  tr("TEXT"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("A channel (repeat for more)."),
                                     tr("NAME"));
    const QCommandLineOption notice(QStringLiteral("notice"), tr("A non-urgent notice."));
    const QCommandLineOption consent(QStringLiteral("consent"),
                                     tr("The family consents (vermissing)."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm sending (required)."));
    const QCommandLineOption outcome(
        QStringLiteral("outcome"),
        tr("arrested, person_found, useful_information, no_result or other."), tr("OUTCOME"));
    parser.addOptions(
        {json, open, type, circle, geojson, text, channel, notice, consent, yes, outcome});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QString what = parser.positionalArguments().value(0);
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&idOk);
    const bool needsId = what == QLatin1String("status") || what == QLatin1String("show") ||
                         what == QLatin1String("close") || what == QLatin1String("cancel");
    if (!QStringList{QStringLiteral("list"), QStringLiteral("status"), QStringLiteral("show"),
                     QStringLiteral("send"), QStringLiteral("close"), QStringLiteral("cancel")}
             .contains(what) ||
        (needsId && !idOk)) {
        context.err() << tr("Use \"action list\", \"action status ID\", \"action send ...\", "
                            "\"action close ID --outcome O\" or \"action cancel ID\".")
                      << Qt::endl;
        return ExitUsage;
    }
    Database* db = context.databaseOrReport();
    AuditService* audit = db ? context.auditOrReport() : nullptr;
    if (!audit)
        return ExitFailure;
    SelectionService selection;
    if (what == QLatin1String("send")) {
        if (auto loaded = selection.reload(*db); !loaded) {
            context.err() << loaded.errorMessage() << Qt::endl;
            return ExitFailure;
        }
    }
    ActionService actions(*db, *audit, context.settings(), context.clock(), selection);

    if (what == QLatin1String("list"))
        return list(context, actions, parser.isSet(open), parser.isSet(json));
    if (what == QLatin1String("status") || what == QLatin1String("show"))
        return status(context, actions, id, parser.isSet(json));
    if (what == QLatin1String("close")) {
        Outcome o = Outcome::Other;
        if (!outcomeFromId(parser.value(outcome), &o) || o == Outcome::None) {
            context.err() << tr("--outcome needs arrested, person_found, useful_information, "
                                "no_result or other.")
                          << Qt::endl;
            return ExitUsage;
        }
        if (auto s = actions.close(id, o, parser.value(text)); !s) {
            context.err() << s.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        return ExitOk;
    }
    if (what == QLatin1String("cancel")) {
        if (auto s = actions.cancel(id, parser.value(text)); !s) {
            context.err() << s.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        return ExitOk;
    }

    // send
    ActionContent content;
    content.kind = parser.isSet(notice) ? ActionKind::Notice : ActionKind::Urgent;
    if (!incidentTypeFromId(parser.value(type), &content.incident) ||
        parser.isSet(circle) == parser.isSet(geojson) || parser.values(channel).isEmpty()) {
        context.err()
            << tr("\"action send\" needs --type, one of --circle or --geojson, --text and "
                  "at least one --channel.")
            << Qt::endl;
        return ExitUsage;
    }
    for (const QString& c : parser.values(channel)) {
        if (!channels::all().contains(c)) {
            context.err() << tr("Unknown channel \"%1\".").arg(c) << Qt::endl;
            return ExitUsage;
        }
    }
    if (!parser.isSet(yes)) {
        context.err() << tr("Sending reaches people: add --yes to confirm.") << Qt::endl;
        return ExitUsage;
    }
    auto area = parseArea(parser.value(circle), parser.value(geojson));
    if (!area) {
        context.err() << area.errorMessage() << Qt::endl;
        return ExitUsage;
    }
    content.channels = parser.values(channel);
    content.freeText = parser.value(text);
    content.familyConsent = parser.isSet(consent);
    content.location = area->kind() == GeoArea::Kind::Circle ? area->centre() : QGeoCoordinate();
    auto created = actions.createDraft(content, *area, QString());
    if (!created) {
        context.err() << created.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    auto summary = actions.summarise(*created);
    auto state = actions.submit(*created);
    if (!state || !summary) {
        context.err() << (state ? summary.errorMessage() : state.errorMessage()) << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonObject perChannel;
        for (auto it = summary->perChannel.cbegin(); it != summary->perChannel.cend(); ++it)
            perChannel.insert(it.key(), it.value());
        context.out() << QJsonDocument(
                             QJsonObject{{QStringLiteral("id"), *created},
                                         {QStringLiteral("state"), actionStateId(*state)},
                                         {QStringLiteral("participants"), summary->participants},
                                         {QStringLiteral("messages"), perChannel}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    } else {
        context.out() << tr("Action %1: %2, %3 participants in the area.")
                             .arg(*created)
                             .arg(actionStateId(*state))
                             .arg(summary->participants)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace burgernet
