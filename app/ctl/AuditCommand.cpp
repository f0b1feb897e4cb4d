#include "app/ctl/AuditCommand.h"

#include "app/audit/AuditLog.h"
#include "app/audit/SigningKey.h"
#include "app/ctl/CtlContext.h"
#include "app/services/AuditService.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

QString AuditCommand::summary() const
{
    return tr("Verify the audit log (verify), list records (show), export them to CSV (export) "
              "or export the workstation's public key for the checker (export-key).");
}

int AuditCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("verify [LOG], show, export FILE.csv or export-key FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
                                       tr("Verify the checkpoints against this exported public "
                                          "key instead of the key the log names."),
                                       tr("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Records from this time (ISO 8601)."),
                                  tr("TIME"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Records up to this time (ISO 8601)."),
                                tr("TIME"));
    const QCommandLineOption actor(QStringLiteral("actor"), tr("Records of this user."),
                                   tr("USER"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("Records of this action, or of all actions starting with "
                                       "a prefix ending in a dot (\"action.\")."),
                                    tr("ACTION"));
    const QCommandLineOption actionId(QStringLiteral("action-id"),
                                      tr("The timeline of one Burgernet action."), tr("ID"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        tr("Records of live or of training sessions only (live, training). With --action-id it "
           "defaults to this command's mode: the two number their actions separately."),
        tr("MODE"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("At most this many records, newest first (show; default 50)."),
        tr("N"), QStringLiteral("50"));
    parser.addOptions({json, publicKey, from, to, actor, action, actionId, mode, limit});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    AuditFilter filter;
    for (const auto& [option, target] :
         {std::pair{&from, &filter.fromUtc}, std::pair{&to, &filter.toUtc}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDateTime::fromString(parser.value(*option), Qt::ISODateWithMs);
        if (!target->isValid()) {
            context.err() << tr("Invalid time \"%1\" for --%2: use ISO 8601, e.g. "
                                "2026-11-27T14:00:00+01:00.")
                                 .arg(parser.value(*option), option->names().constFirst())
                          << Qt::endl;
            return ExitUsage;
        }
    }
    filter.actor = parser.value(actor);
    filter.action = parser.value(action);
    filter.actionId = parser.value(actionId);
    if (parser.isSet(mode)) {
        filter.mode = enumFromId<Mode>(parser.value(mode));
        if (!filter.mode) {
            context.err() << tr("Unknown mode \"%1\" for --mode: use live or training.")
                                 .arg(parser.value(mode))
                          << Qt::endl;
            return ExitUsage;
        }
    }
    filter.pinActionMode(context.mode());

    if (verb != QLatin1String("verify") && verb != QLatin1String("show") &&
        verb != QLatin1String("export") && verb != QLatin1String("export-key")) {
        context.err() << tr("Unknown or missing action \"%1\": use verify, show, export or "
                            "export-key.")
                             .arg(verb)
                      << Qt::endl;
        return ExitUsage;
    }
    if ((verb == QLatin1String("export") || verb == QLatin1String("export-key")) &&
        positional.size() != 2) {
        context.err() << tr("audit %1 needs the file to write.").arg(verb) << Qt::endl;
        return ExitUsage;
    }

    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    if (verb == QLatin1String("verify"))
        return verify(context, *audit, positional.mid(1), parser.value(publicKey),
                      parser.isSet(json));
    if (verb == QLatin1String("show")) {
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n <= 0) {
            context.err() << tr("--limit needs a positive number.") << Qt::endl;
            return ExitUsage;
        }
        return show(context, *audit, filter, n, parser.isSet(json));
    }
    if (verb == QLatin1String("export-key")) {
        if (auto s = audit->exportPublicKey(positional[1]); !s) {
            context.err() << s.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        context.out()
            << tr("Public key %1 written to %2.").arg(audit->log().keyFingerprint(), positional[1])
            << Qt::endl;
        return ExitOk;
    }
    auto written = audit->exportCsv(filter, positional[1]);
    if (!written) {
        context.err() << written.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%1 records written to %2.").arg(*written).arg(positional[1]) << Qt::endl;
    return ExitOk;
}

int AuditCommand::verify(CtlContext& context, AuditService& audit, const QStringList& files,
                         const QString& publicKeyFile, bool json)
{
    std::optional<QByteArray> key;
    if (!publicKeyFile.isEmpty()) {
        auto read = SigningKey::readPublicKeyFile(publicKeyFile);
        if (!read) {
            context.err() << read.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        key = *read;
    }
    const bool own = files.isEmpty() || QFileInfo(files.first()).absoluteFilePath() ==
                                            QFileInfo(audit.log().path()).absoluteFilePath();
    auto result = own ? audit.verify(key) : audit.verifyFile(files.first(), key);
    if (!result) {
        context.err() << result.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (json)
        context.out() << QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        (result->intact() ? context.out() : context.err()) << result->summary() << Qt::endl;
    if (!result->recordError.isEmpty())
        context.err() << tr("This verification could not be recorded: %1").arg(result->recordError)
                      << Qt::endl;
    return result->intact() ? ExitOk : ExitDamaged;
}

int AuditCommand::show(CtlContext& context, AuditService& audit, const AuditFilter& filter,
                       int limit, bool json)
{
    auto query = audit.openQuery();
    if (!query) {
        context.err() << query.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (auto searched = audit.search(**query, filter); !searched) {
        context.err() << searched.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    auto records = (*query)->page(filter, 0, limit);
    if (!records) {
        context.err() << records.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    QJsonArray list;
    for (const AuditRecord& r : *records) {
        if (json) {
            list.append(QJsonObject{
                {QStringLiteral("seq"), r.seq},
                {QStringLiteral("time_utc"), r.timeUtc},
                {QStringLiteral("utc_offset"), r.utcOffset},
                {QStringLiteral("actor"), r.actor},
                {QStringLiteral("role"), r.role},
                {QStringLiteral("on_behalf_of"), r.onBehalfOf},
                {QStringLiteral("workstation"), r.workstation},
                {QStringLiteral("action"), r.action},
                {QStringLiteral("object_type"), r.objectType},
                {QStringLiteral("object_id"), r.objectId},
                {QStringLiteral("result"), r.result},
                {QStringLiteral("mode"), r.mode ? enumId(*r.mode) : QString()},
                {QStringLiteral("details"), QJsonDocument::fromJson(r.details.toUtf8()).object()}});
            continue;
        }
        context.out() << QStringLiteral("%1  %2  %3  %4 (%5)  %6  %7/%8  %9  %10")
                             .arg(r.seq, 6)
                             .arg(r.localTime().toString(Qt::ISODate),
                                  r.mode ? enumId(*r.mode) : QStringLiteral("-"), r.actor, r.role,
                                  r.action, r.objectType, r.objectId, r.result)
                             .arg(r.details)
                      << Qt::endl;
    }
    if (json)
        context.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
