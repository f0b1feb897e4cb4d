#include "app/ctl/ParticipantsCommand.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/ctl/CtlContext.h"
#include "app/register/ContactMask.h"
#include "app/register/ParticipantCsv.h"
#include "app/services/AuditService.h"
#include "app/services/ParticipantService.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"
#include "app/storage/PolicyStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace burgernet {

namespace {

// Thousands grouped as the user's language writes them (1,250,000 or 1.250.000); the C locale
// of scripts and tests groups as English does.
QString count(qint64 n)
{
    static const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    return locale.toString(n);
}

const std::pair<ParticipantQuery::SortColumn, const char*> kSortColumns[] = {
    {ParticipantQuery::SortColumn::Name, "name"},
    {ParticipantQuery::SortColumn::Pseudonym, "pseudonym"},
    {ParticipantQuery::SortColumn::ExternalId, "external-id"},
    {ParticipantQuery::SortColumn::Status, "status"},
    {ParticipantQuery::SortColumn::Postcode, "postcode"},
    {ParticipantQuery::SortColumn::Place, "place"},
};

std::optional<ParticipantQuery::SortColumn> sortColumnFromId(const QString& id)
{
    for (const auto& [column, name] : kSortColumns)
        if (id == QLatin1String(name))
            return column;
    return std::nullopt;
}

} // namespace

QString ParticipantsCommand::summary() const
{
    return tr("List participants with masked contact data (list), import them from CSV (import), "
              "export them (export), erase one (erase) or purge those unsubscribed long ago "
              "(purge).");
}

int ParticipantsCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Columns: %1").arg(ParticipantCsv::columns().join(QLatin1Char(';'))));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("list, import FILE.csv, export FILE.csv, erase EXTERNAL_ID|PSEUDONYM or purge"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("import: write the rejected rows and warnings here "
                                       "(default: FILE-report.csv next to FILE)."),
                                    tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("import, list: print the summary or the rows as JSON."));
    const QCommandLineOption search(
        QStringLiteral("search"),
        tr("list: only those whose name or place contains TEXT, or whose postcode or phone number "
           "starts with it."),
        tr("TEXT"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("list: order by name (default), pseudonym, external-id, "
                                     "status, postcode or place."),
                                  tr("COLUMN"), QStringLiteral("name"));
    const QCommandLineOption descending(QStringLiteral("descending"),
                                        tr("list: in descending order."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("list: start at this row (0 is the first)."), tr("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("list: at most this many rows (default 50, at most 10000)."),
                                   tr("N"), QStringLiteral("50"));
    const QCommandLineOption days(
        QStringLiteral("days"),
        tr("purge: participants unsubscribed more than this many days ago (default: the setting "
           "security/purgeUnsubscribedDays)."),
        tr("N"));
    parser.addOptions({report, json, days, search, sort, descending, from, limit});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb != QLatin1String("import") && verb != QLatin1String("export") &&
        verb != QLatin1String("erase") && verb != QLatin1String("purge") &&
        verb != QLatin1String("list")) {
        context.err() << tr("Unknown or missing action \"%1\": use list, import, export, erase or "
                            "purge.")
                             .arg(verb)
                      << Qt::endl;
        return ExitUsage;
    }
    const bool listing = verb == QLatin1String("list");
    for (const QCommandLineOption* option : {&search, &sort, &descending, &from, &limit}) {
        if (!listing && parser.isSet(*option)) {
            context.err() << tr("--%1 belongs to participants list.").arg(option->names().front())
                          << Qt::endl;
            return ExitUsage;
        }
    }
    const bool alone = listing || verb == QLatin1String("purge");
    if (alone ? positional.size() != 1 : (positional.size() != 2 || positional[1].isEmpty())) {
        context.err() << (alone ? tr("participants %1 takes no further arguments.").arg(verb)
                          : verb == QLatin1String("erase")
                              ? tr("participants erase needs the external id or pseudonym.")
                              : tr("participants %1 needs the CSV file.").arg(verb))
                      << Qt::endl;
        return ExitUsage;
    }
    if (verb != QLatin1String("purge") && parser.isSet(days)) {
        context.err() << tr("--days belongs to participants purge.") << Qt::endl;
        return ExitUsage;
    }
    if (verb != QLatin1String("import") && parser.isSet(report)) {
        context.err() << tr("--report belongs to participants import.") << Qt::endl;
        return ExitUsage;
    }
    if (verb != QLatin1String("import") && !listing && parser.isSet(json)) {
        context.err() << tr("--json belongs to participants import and list.") << Qt::endl;
        return ExitUsage;
    }
    Database* db = context.databaseOrReport();
    if (!db)
        return ExitFailure;
    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    ParticipantService service(*db, *audit);
    if (listing)
        return list(context, service, parser);
    if (verb == QLatin1String("import"))
        return import(context, service, positional[1], parser.value(report), parser.isSet(json));
    if (verb == QLatin1String("export"))
        return exportAll(context, service, positional[1]);
    if (verb == QLatin1String("purge")) {
        if (parser.isSet(days))
            return purge(context, service, parser.value(days));
        auto policy = PolicyStore(*db).load();
        if (!policy) {
            context.err() << policy.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        return purge(context, service,
                     QString::number(policy->value(PolicyKey::PurgeUnsubscribedDays)));
    }
    return erase(context, service, positional[1]);
}

int ParticipantsCommand::import(CtlContext& context, ParticipantService& service,
                                const QString& file, QString report, bool json)
{
    const QFileInfo info(file);
    if (report.isEmpty())
        report = info.dir().filePath(info.completeBaseName() + QStringLiteral("-report.csv"));
    bool started = false;
    ImportOptions options;
    QElapsedTimer shown;
    shown.start();
    options.progress = [&](qint64 done, qint64 total) {
        started = true;
        if (shown.elapsed() >= 200 || done == total) {
            context.err() << QStringLiteral("\r")
                          << tr("Import: %1 of %2 rows (%3 %)")
                                 .arg(count(done), count(total))
                                 .arg(total ? 100 * done / total : 100)
                          << Qt::flush;
            shown.restart();
        }
        return true;
    };
    const auto imported = service.importCsv(file, report, options);
    if (started)
        context.err() << Qt::endl;
    if (!imported) {
        context.err() << imported.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    const ImportSummary& s = *imported;
    if (json) {
        const QJsonObject object{{QStringLiteral("rows"), s.rowsRead},
                                 {QStringLiteral("imported"), s.imported()},
                                 {QStringLiteral("inserted"), s.inserted},
                                 {QStringLiteral("updated"), s.updated},
                                 {QStringLiteral("rejected"), s.rejected},
                                 {QStringLiteral("superseded"), s.superseded},
                                 {QStringLiteral("warnings"), s.warnings},
                                 {QStringLiteral("encoding"), s.encoding},
                                 {QStringLiteral("separator"), QString(s.separator)},
                                 {QStringLiteral("seconds"), double(s.durationMs) / 1000.0},
                                 {QStringLiteral("report"), report}};
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        QString line =
            tr("%1 rows: %2 imported (%3 updated), %4 rejected")
                .arg(count(s.rowsRead), count(s.imported()), count(s.updated), count(s.rejected));
        if (s.warnings > 0)
            line += tr(", %1 warnings").arg(count(s.warnings));
        if (s.rejected > 0 || s.warnings > 0)
            line += tr(" — see %1").arg(QDir::toNativeSeparators(report));
        context.out() << line << Qt::endl;
    }
    // A file whose rows were all refused imported nothing: a script should notice.
    return s.rowsRead > 0 && s.imported() == 0 ? ExitFailure : ExitOk;
}

int ParticipantsCommand::list(CtlContext& context, ParticipantService& service,
                              const QCommandLineParser& parser)
{
    ParticipantQuery query;
    query.search = parser.value(QStringLiteral("search")).simplified();
    const auto column = sortColumnFromId(parser.value(QStringLiteral("sort")));
    if (!column) {
        context.err() << tr("--sort: unknown column \"%1\"; use name, pseudonym, external-id, "
                            "status, postcode or place.")
                             .arg(parser.value(QStringLiteral("sort")))
                      << Qt::endl;
        return ExitUsage;
    }
    query.sortColumn = *column;
    query.order =
        parser.isSet(QStringLiteral("descending")) ? Qt::DescendingOrder : Qt::AscendingOrder;
    bool fromOk = false;
    bool limitOk = false;
    const qint64 first = parser.value(QStringLiteral("from")).toLongLong(&fromOk);
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!fromOk || first < 0) {
        context.err() << tr("--from needs a row number, 0 or more.") << Qt::endl;
        return ExitUsage;
    }
    if (!limitOk || limit < 1 || limit > 10'000) {
        context.err() << tr("--limit needs a number from 1 to 10000.") << Qt::endl;
        return ExitUsage;
    }
    const auto page = service.list(query, first, limit);
    if (!page) {
        context.err() << page.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    auto phoneOf = [](const ParticipantRow& r) {
        return ContactMask::phone(r.mobile.isEmpty() ? r.phone : r.mobile);
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ParticipantRow& r : page->rows)
            rows.append(QJsonObject{{QStringLiteral("pseudonym"), r.pseudonym},
                                    {QStringLiteral("external_id"), r.externalId},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("status"), Participant::statusId(r.status)},
                                    {QStringLiteral("postcode"), r.postcode},
                                    {QStringLiteral("place"), r.place},
                                    {QStringLiteral("phone"), phoneOf(r)},
                                    {QStringLiteral("email"), ContactMask::email(r.email)}});
        const QJsonObject object{{QStringLiteral("total"), page->total},
                                 {QStringLiteral("from"), first},
                                 {QStringLiteral("rows"), rows}};
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const ParticipantRow& r : page->rows)
        context.out() << QStringList{r.pseudonym, r.externalId,
                                     r.name,      Participant::statusId(r.status),
                                     r.postcode,  r.place,
                                     phoneOf(r),  ContactMask::email(r.email)}
                             .join(QLatin1Char('\t'))
                      << Qt::endl;
    context.err() << tr("Rows %1 to %2 of %3.")
                         .arg(count(page->rows.empty() ? 0 : first + 1),
                              count(first + qint64(page->rows.size())), count(page->total))
                  << Qt::endl;
    return ExitOk;
}

int ParticipantsCommand::exportAll(CtlContext& context, ParticipantService& service,
                                   const QString& file)
{
    const auto written = service.exportCsv(file);
    if (!written) {
        context.err() << written.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%1 participants written to %2.").arg(count(*written), file) << Qt::endl;
    return ExitOk;
}

int ParticipantsCommand::erase(CtlContext& context, ParticipantService& service, const QString& id)
{
    const auto pseudonym = service.erase(id);
    if (!pseudonym) {
        context.err() << pseudonym.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("Participant %1 and their addresses erased.").arg(*pseudonym) << Qt::endl;
    return ExitOk;
}

int ParticipantsCommand::purge(CtlContext& context, ParticipantService& service,
                               const QString& daysText)
{
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!ok || days < 1) {
        context.err() << tr("--days needs a positive number.") << Qt::endl;
        return ExitUsage;
    }
    const auto purged = service.purgeUnsubscribed(days, context.clock().nowUtc());
    if (!purged) {
        context.err() << purged.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%1 participants unsubscribed more than %2 days ago erased.")
                         .arg(count(*purged))
                         .arg(days)
                  << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
