#include "app/ctl/ParticipantsCommand.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/ctl/CtlContext.h"
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

} // namespace

QString ParticipantsCommand::summary() const
{
    return tr("Import participants from CSV (import), export them (export), erase one (erase) or "
              "purge those unsubscribed long ago (purge).");
}

int ParticipantsCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Columns: %1").arg(ParticipantCsv::columns().join(QLatin1Char(';'))));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("import FILE.csv, export FILE.csv, erase EXTERNAL_ID|PSEUDONYM or purge"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("import: write the rejected rows and warnings here "
                                       "(default: FILE-report.csv next to FILE)."),
                                    tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("import: print the summary as JSON."));
    const QCommandLineOption days(
        QStringLiteral("days"),
        tr("purge: participants unsubscribed more than this many days ago (default: the setting "
           "security/purgeUnsubscribedDays)."),
        tr("N"));
    parser.addOptions({report, json, days});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb != QLatin1String("import") && verb != QLatin1String("export") &&
        verb != QLatin1String("erase") && verb != QLatin1String("purge")) {
        context.err()
            << tr("Unknown or missing action \"%1\": use import, export, erase or purge.").arg(verb)
            << Qt::endl;
        return ExitUsage;
    }
    if (verb == QLatin1String("purge") ? positional.size() != 1
                                       : (positional.size() != 2 || positional[1].isEmpty())) {
        context.err() << (verb == QLatin1String("erase")
                              ? tr("participants erase needs the external id or pseudonym.")
                              : tr("participants %1 needs the CSV file.").arg(verb))
                      << Qt::endl;
        return ExitUsage;
    }
    if (verb != QLatin1String("purge") && parser.isSet(days)) {
        context.err() << tr("--days belongs to participants purge.") << Qt::endl;
        return ExitUsage;
    }
    if (verb != QLatin1String("import") && (parser.isSet(report) || parser.isSet(json))) {
        context.err() << tr("--report and --json belong to participants import.") << Qt::endl;
        return ExitUsage;
    }
    Database* db = context.databaseOrReport();
    if (!db)
        return ExitFailure;
    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    ParticipantService service(*db, *audit);
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
