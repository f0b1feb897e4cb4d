#include "app/ctl/DbCommand.h"

#include "app/ctl/CtlContext.h"
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "app/storage/ParticipantRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

QString DbCommand::summary() const
{
    return tr("Show the register's schema and size (info), or bring its schema up to date "
              "(migrate).");
}

int DbCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("action"), tr("info or migrate"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("info"));
    if (action != QLatin1String("info") && action != QLatin1String("migrate")) {
        context.err() << tr("Unknown action \"%1\": use info or migrate.").arg(action) << Qt::endl;
        return ExitUsage;
    }

    // Opening migrates; `migrate` exists for scripts that want that step on its own.
    Database* db = context.databaseOrReport();
    if (!db)
        return ExitFailure;
    ParticipantRepository participants(*db);
    const auto all = participants.countAll();
    const auto active = participants.countActive();
    if (!all || !active) {
        context.err() << (all ? active.errorMessage() : all.errorMessage()) << Qt::endl;
        return ExitFailure;
    }

    const Database& database = *db;
    if (parser.isSet(json)) {
        const QJsonObject info{
            {QStringLiteral("database"), database.spec().displayName()},
            {QStringLiteral("kind"), database.kind() == DatabaseKind::Sqlite
                                         ? QStringLiteral("sqlite")
                                         : QStringLiteral("postgresql")},
            {QStringLiteral("database_id"), database.metaValue(QStringLiteral("database_id"))},
            {QStringLiteral("schema_version"), database.schemaVersion()},
            {QStringLiteral("latest_schema_version"), Migrations::latestVersion()},
            {QStringLiteral("participants"), *all},
            {QStringLiteral("active_participants"), *active},
        };
        context.out() << QJsonDocument(info).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("Database:       %1").arg(database.spec().displayName()) << Qt::endl
                  << tr("Register id:    %1").arg(database.metaValue(QStringLiteral("database_id")))
                  << Qt::endl
                  << tr("Schema version: %1 (this program: %2)")
                         .arg(database.schemaVersion())
                         .arg(Migrations::latestVersion())
                  << Qt::endl
                  << tr("Participants:   %1 (%2 active)").arg(*all).arg(*active) << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
