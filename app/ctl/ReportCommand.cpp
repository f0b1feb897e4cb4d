#include "app/ctl/ReportCommand.h"

#include "app/core/CsvWriter.h"
#include "app/ctl/CtlContext.h"
#include "app/register/PlaceTable.h"
#include "app/reports/ReviewPdf.h"
#include "app/services/ReviewFormats.h"
#include "app/services/ReviewService.h"
#include "app/session/SessionServices.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace burgernet {

namespace {

// A day (local midnight; `end`: the midnight after it, so that --to names the last day) or a
// moment in ISO 8601.
std::optional<QDateTime> parseMoment(const QString& text, bool end)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0));
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (moment.isValid())
        return moment;
    return std::nullopt;
}

void printCsv(CtlContext& context, const QList<QStringList>& rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    for (const QStringList& row : rows)
        csv.writeRow(row);
    QByteArray bytes = buffer.data();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a terminal or a pipe wants no byte-order mark
    context.out() << QString::fromUtf8(bytes) << Qt::flush;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("The supervisors' review: statistics of a period, the actions overview, one "
              "action's report, PDF reports.");
}

int ReportCommand::actionPdf(CtlContext& context, SessionServices& session, qint64 id,
                             int limitMinutes, const QString& path)
{
    // The places only name the map's surroundings; a report without them is still a report.
    auto places = PlaceTable::load();
    const PlaceTable* table = places ? &*places : nullptr;
    auto report = session.review().exportAction(
        id, path, QStringLiteral("pdf"),
        [table](const ActionReport& r, QIODevice& device) {
            return ReviewPdf::writeAction(r, table, device);
        },
        limitMinutes);
    if (!report) {
        context.err() << report.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("Action %1's report written to %2.").arg(id).arg(path) << Qt::endl;
    return ExitOk;
}

int ReportCommand::periodPdf(CtlContext& context, SessionServices& session,
                             const ReviewFilter& filter, const QString& path)
{
    auto stats =
        session.review().exportPeriod(filter, path, QStringLiteral("pdf"), &ReviewPdf::writePeriod);
    if (!stats) {
        context.err() << stats.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("The report of %1 actions written to %2.").arg(stats->actions).arg(path)
                  << Qt::endl;
    return ExitOk;
}

int ReportCommand::stats(CtlContext& context, SessionServices& session, const ReviewFilter& filter,
                         bool json, bool csv)
{
    auto stats = session.review().stats(filter);
    if (!stats) {
        context.err() << stats.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        context.out() << QJsonDocument(
                             ReviewFormats::statsJson(*stats, session.review().modeOf(filter)))
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
        return ExitOk;
    }
    if (csv) {
        printCsv(context, ReviewFormats::statsRows(*stats));
        return ExitOk;
    }
    context.out() << tr("Actions: %1").arg(stats->actions) << Qt::endl;
    context.out() << tr("Closed urgent actions: %1; direct success %2 %, indirect %3 %")
                         .arg(stats->success.closed)
                         .arg(stats->success.directPercent(), 0, 'f', 1)
                         .arg(stats->success.indirectPercent(), 0, 'f', 1)
                  << Qt::endl;
    context.out() << tr("Closing message on time: %1 % of %2")
                         .arg(stats->closingOnTimePercent(), 0, 'f', 1)
                         .arg(stats->closed)
                  << Qt::endl;
    context.out() << tr("Tips: %1 (%2 useful)").arg(stats->tips).arg(stats->usefulTips) << Qt::endl;
    for (const ChannelFigures& c : stats->channels)
        context.out() << tr("  %1: %2 messages, %3 % delivered")
                             .arg(c.channel)
                             .arg(c.messages)
                             .arg(c.deliveryPercent(), 0, 'f', 1)
                      << Qt::endl;
    return ExitOk;
}

int ReportCommand::overview(CtlContext& context, SessionServices& session,
                            const ReviewFilter& filter, bool json, bool csv)
{
    auto rows = session.review().overview(filter);
    if (!rows) {
        context.err() << rows.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const ReviewRow& r : *rows)
            array.append(ReviewFormats::rowJson(r));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> lines{ReviewFormats::overviewHeader()};
    for (const ReviewRow& r : *rows)
        lines << ReviewFormats::overviewCells(r);
    if (csv) {
        printCsv(context, lines);
        return ExitOk;
    }
    for (const QStringList& line : lines)
        context.out() << line.join(QLatin1Char('\t')) << Qt::endl;
    return ExitOk;
}

int ReportCommand::action(CtlContext& context, SessionServices& session, qint64 id,
                          int limitMinutes)
{
    auto report = session.review().action(id, limitMinutes);
    if (!report) {
        context.err() << report.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out()
        << QJsonDocument(ReviewFormats::reportJson(*report)).toJson(QJsonDocument::Compact)
        << Qt::endl;
    return ExitOk;
}

int ReportCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"),
                                 QStringLiteral("stats, overview, action, period"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("action: the action's number."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The first day (YYYY-MM-DD, local) or moment (ISO 8601)."),
                                  tr("D"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The last day (YYYY-MM-DD, included) or the moment after."),
                                tr("D"));
    const QCommandLineOption type(QStringLiteral("type"), tr("Only this incident type."),
                                  tr("TYPE"));
    const QCommandLineOption outcome(QStringLiteral("outcome"), tr("Only this outcome."),
                                     tr("OUTCOME"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Only urgent or notice."), tr("KIND"));
    const QCommandLineOption dispatcher(QStringLiteral("dispatcher"),
                                        tr("Only the actions of this user."), tr("USER"));
    const QCommandLineOption limit(QStringLiteral("closing-limit"),
                                   tr("A closing message later than this is late (default 60)."),
                                   tr("MINUTES"), QStringLiteral("60"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    const QCommandLineOption workstation(QStringLiteral("workstation"),
                                         tr("Only the actions made at this workstation."),
                                         tr("NAME"));
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), tr("action, period: write the report as PDF to FILE."), tr("FILE"));
    parser.addOptions(
        {from, to, type, outcome, kind, dispatcher, workstation, limit, json, csv, pdf});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QString what = parser.positionalArguments().value(0);
    if (what != QLatin1String("stats") && what != QLatin1String("overview") &&
        what != QLatin1String("action") && what != QLatin1String("period")) {
        context.err() << tr("Use \"report stats\", \"report overview\", \"report action ID\" or "
                            "\"report period --pdf FILE\"; see --help.")
                      << Qt::endl;
        return ExitUsage;
    }
    ReviewFilter filter;
    bool limitOk = false;
    filter.closingLimitMinutes = parser.value(limit).toInt(&limitOk);
    if (!limitOk || filter.closingLimitMinutes <= 0) {
        context.err() << tr("--closing-limit needs a number of minutes above 0.") << Qt::endl;
        return ExitUsage;
    }
    const auto usage = [&](const QString& message) {
        context.err() << message << Qt::endl;
        return ExitUsage;
    };
    for (const auto& [option, end] : {std::pair{&from, false}, std::pair{&to, true}}) {
        if (!parser.isSet(*option))
            continue;
        const auto moment = parseMoment(parser.value(*option), end);
        if (!moment)
            return usage(tr("--%1 needs a day YYYY-MM-DD or an ISO 8601 moment, not \"%2\".")
                             .arg(option->names().first(), parser.value(*option)));
        (end ? filter.to : filter.from) = *moment;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return usage(tr("--to must come after --from."));
    if (parser.isSet(type)) {
        IncidentType t{};
        if (!enumFromId(parser.value(type), &t))
            return usage(tr("--type: unknown incident type \"%1\".").arg(parser.value(type)));
        filter.incident = t;
    }
    if (parser.isSet(outcome)) {
        Outcome o{};
        if (!enumFromId(parser.value(outcome), &o))
            return usage(tr("--outcome: unknown outcome \"%1\".").arg(parser.value(outcome)));
        filter.outcome = o;
    }
    if (parser.isSet(kind)) {
        ActionKind k{};
        if (!enumFromId(parser.value(kind), &k))
            return usage(tr("--kind needs urgent or notice."));
        filter.kind = k;
    }
    filter.dispatcher = parser.value(dispatcher);
    filter.workstation = parser.value(workstation).trimmed();
    if (int(parser.isSet(json)) + int(parser.isSet(csv)) + int(parser.isSet(pdf)) > 1)
        return usage(tr("Choose one of --json, --csv and --pdf."));
    if (parser.isSet(pdf) && parser.value(pdf).trimmed().isEmpty())
        return usage(tr("--pdf needs the file to write."));
    if (parser.isSet(pdf) && what != QLatin1String("action") && what != QLatin1String("period"))
        return usage(tr("--pdf is for \"report action ID\" and \"report period\"."));
    if (what == QLatin1String("period") && !parser.isSet(pdf))
        return usage(tr("\"report period\" needs --pdf FILE (for the figures: \"report stats\")."));
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&idOk);
    if (what == QLatin1String("action") && (!idOk || id <= 0))
        return usage(tr("\"report action\" needs the action's number."));

    SessionServices* session = context.sessionServicesOrReport(false, false);
    if (!session)
        return ExitFailure;
    if (what == QLatin1String("stats"))
        return stats(context, *session, filter, parser.isSet(json), parser.isSet(csv));
    if (what == QLatin1String("overview"))
        return overview(context, *session, filter, parser.isSet(json), parser.isSet(csv));
    if (what == QLatin1String("period"))
        return periodPdf(context, *session, filter, parser.value(pdf));
    if (parser.isSet(pdf))
        return actionPdf(context, *session, id, filter.closingLimitMinutes, parser.value(pdf));
    return action(context, *session, id, filter.closingLimitMinutes);
}

} // namespace burgernet
