#include "app/ctl/ParticipantCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/CtlContext.h"
#include "app/services/ParticipantRecordService.h"
#include "app/services/ParticipantService.h"

#include <QCommandLineParser>

#include <optional>

namespace burgernet {

QString ParticipantCommand::summary() const
{
    return tr("One participant's record: correct fields (edit --set COLUMN=VALUE), pause, resume, "
              "unsubscribe or erase.");
}

int ParticipantCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("edit, pause, resume, unsubscribe or erase, then the external id or pseudonym"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("edit: the new value of a column of the import format, e.g. "
                                    "--set mobile=06-12345678 --set home_postcode=\"3511 AB\"; "
                                    "an empty value clears it."),
                                 tr("COLUMN=VALUE"));
    parser.addOptions({set});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const QStringList verbs{QStringLiteral("edit"), QStringLiteral("pause"),
                            QStringLiteral("resume"), QStringLiteral("unsubscribe"),
                            QStringLiteral("erase")};
    if (!verbs.contains(verb)) {
        context.err() << tr("Unknown or missing action \"%1\": use edit, pause, resume, "
                            "unsubscribe or erase.")
                             .arg(verb)
                      << Qt::endl;
        return ExitUsage;
    }
    if (positional.size() != 2 || positional[1].trimmed().isEmpty()) {
        context.err()
            << tr("participant %1 needs the external id or pseudonym, and nothing else.").arg(verb)
            << Qt::endl;
        return ExitUsage;
    }
    if (verb != QLatin1String("edit") && parser.isSet(set)) {
        context.err() << tr("--set belongs to participant edit.") << Qt::endl;
        return ExitUsage;
    }
    std::optional<ParticipantEdit::Changes> changes;
    if (verb == QLatin1String("edit")) {
        auto parsed = ParticipantEdit::fromAssignments(parser.values(set));
        if (!parsed) {
            context.err() << parsed.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        changes = *parsed;
    }
    Database* db = context.databaseOrReport();
    if (!db)
        return ExitFailure;
    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    const QString key = positional[1];
    if (verb == QLatin1String("erase")) {
        auto erased = ParticipantService(*db, *audit).erase(key);
        if (!erased) {
            context.err() << erased.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        context.out() << tr("Erased %1.").arg(*erased) << Qt::endl;
        return ExitOk;
    }
    ParticipantRecordService service(*db, *audit);
    using Change = ParticipantRecordService::StatusChange;
    const auto result = changes                          ? service.edit(key, *changes)
                        : verb == QLatin1String("pause") ? service.changeStatus(key, Change::Pause)
                        : verb == QLatin1String("resume")
                            ? service.changeStatus(key, Change::Resume)
                            : service.changeStatus(key, Change::Unsubscribe);
    if (!result) {
        context.err() << result.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%1: %2, status %3.")
                         .arg(result->pseudonym, changes ? tr("changed") : tr("done"),
                              Participant::statusId(result->status))
                  << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
