#include "ctl/ParticipantsCommand.h"

#include "ctl/CtlContext.h"
#include "register/ParticipantCsv.h"
#include "services/AuditService.h"
#include "storage/Database.h"
#include "storage/ParticipantRepository.h"

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

QString registerId(Database& db)
{
    return db.metaValue(QStringLiteral("database_id"));
}

} // namespace

QString ParticipantsCommand::summary() const
{
    return tr("Import participants from CSV (import), export them (export) or erase one (erase).");
}

int ParticipantsCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Columns: %1").arg(ParticipantCsv::columns().join(QLatin1Char(';'))));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("import FILE.csv, export FILE.csv or erase EXTERNAL_ID|PSEUDONYM"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("import: write the rejected rows and warnings here "
                                       "(default: FILE-report.csv next to FILE)."),
                                    tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("import: print the summary as JSON."));
    parser.addOptions({report, json});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb != QLatin1String("import") && verb != QLatin1String("export") &&
        verb != QLatin1String("erase")) {
        context.err()
            << tr("Unknown or missing action \"%1\": use import, export or erase.").arg(verb)
            << Qt::endl;
        return ExitUsage;
    }
    if (positional.size() != 2 || positional[1].isEmpty()) {
        context.err() << (verb == QLatin1String("erase")
                              ? tr("participants erase needs the external id or pseudonym.")
                              : tr("participants %1 needs the CSV file.").arg(verb))
                      << Qt::endl;
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
    if (verb == QLatin1String("import"))
        return import(context, *db, *audit, positional[1], parser.value(report),
                      parser.isSet(json));
    if (verb == QLatin1String("export"))
        return exportAll(context, *db, *audit, positional[1]);
    return erase(context, *db, *audit, positional[1]);
}

int ParticipantsCommand::import(CtlContext& context, Database& db, AuditService& audit,
                                const QString& file, QString report, bool json)
{
    const QFileInfo info(file);
    if (report.isEmpty())
        report = info.dir().filePath(info.completeBaseName() + QStringLiteral("-report.csv"));
    const QString action = QStringLiteral("participants.import");
    const QString type = QStringLiteral("register");
    const QString fileName = info.fileName();
    qint64 seq = -1;

    ImportOptions options;
    // Recorded once the file has been read through (so the record has the row count) and
    // before the register changes; without its record nothing is written.
    options.beforeWrite = [&](qint64 rows) -> Status {
        auto recorded =
            audit.record(action, type, registerId(db), AuditResult::Ok,
                         {{QStringLiteral("file"), fileName}, {QStringLiteral("rows"), rows}});
        if (!recorded)
            return recorded.error();
        seq = *recorded;
        return {};
    };
    QElapsedTimer shown;
    shown.start();
    options.progress = [&](qint64 done, qint64 total) {
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
    const auto imported = ParticipantCsv::import(db, file, report, options);
    if (seq >= 0)
        context.err() << Qt::endl;
    if (!imported) {
        // A follow-up to the record, or the record of an attempt that never got as far as one.
        // The error text stays out: a database's message can quote the values it refused.
        QJsonObject details{{QStringLiteral("file"), fileName}};
        if (seq >= 0)
            details = {{QStringLiteral("follows"), seq}};
        (void)audit.record(action, type, registerId(db), AuditResult::Failed, details);
        context.err() << imported.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    const ImportSummary& s = *imported;
    (void)audit.record(action, type, registerId(db), AuditResult::Ok,
                       {{QStringLiteral("follows"), seq},
                        {QStringLiteral("rows"), s.rowsRead},
                        {QStringLiteral("inserted"), s.inserted},
                        {QStringLiteral("updated"), s.updated},
                        {QStringLiteral("rejected"), s.rejected},
                        {QStringLiteral("warnings"), s.warnings}});
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

int ParticipantsCommand::exportAll(CtlContext& context, Database& db, AuditService& audit,
                                   const QString& file)
{
    const QString action = QStringLiteral("participants.export");
    const QString type = QStringLiteral("register");
    const auto total = ParticipantRepository(db).countAll();
    if (!total) {
        context.err() << total.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    // Recorded before the file exists: no export leaves without its record.
    auto seq = audit.record(action, type, registerId(db), AuditResult::Ok,
                            {{QStringLiteral("file"), QFileInfo(file).fileName()},
                             {QStringLiteral("participants"), *total}});
    if (!seq) {
        context.err() << seq.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    const auto written = ParticipantCsv::exportAll(db, file);
    if (!written) {
        (void)audit.record(action, type, registerId(db), AuditResult::Failed,
                           {{QStringLiteral("follows"), *seq}});
        context.err() << written.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%1 participants written to %2.").arg(count(*written), file) << Qt::endl;
    return ExitOk;
}

int ParticipantsCommand::erase(CtlContext& context, Database& db, AuditService& audit,
                               const QString& id)
{
    const QString action = QStringLiteral("participants.erase");
    const QString type = QStringLiteral("participant");
    // The record names the pseudonym only, never the external id given.
    const auto pseudonym = ParticipantCsv::pseudonymOf(db, id);
    if (!pseudonym) {
        context.err() << pseudonym.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    auto seq = audit.record(action, type, *pseudonym);
    if (!seq) {
        context.err() << seq.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (auto erased = ParticipantCsv::erase(db, *pseudonym); !erased) {
        (void)audit.record(action, type, *pseudonym, AuditResult::Failed,
                           {{QStringLiteral("follows"), *seq}});
        context.err() << erased.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("Participant %1 and their addresses erased.").arg(*pseudonym) << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
