#include "app/ctl/SettingsCommand.h"

#include "app/core/SettingsKeys.h"
#include "app/ctl/CtlContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

QString SettingsCommand::summary() const
{
    return QCoreApplication::translate("burgernet::SettingsCommand",
                                       "List the settings with their defaults and meaning.");
}

int SettingsCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("burgernet::SettingsCommand", "Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;

    const auto settings = keys::allSettingDescriptions();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto& s : settings)
            list.append(QJsonObject{{QStringLiteral("key"), s.path},
                                    {QStringLiteral("default"), s.defaultValue},
                                    {QStringLiteral("description"), s.description}});
        context.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const auto& s : settings)
        context.out() << QStringLiteral("%1  %2  (%3)")
                             .arg(s.path, -26)
                             .arg(s.description,
                                  s.defaultValue.isEmpty() ? QStringLiteral("-") : s.defaultValue)
                      << Qt::endl;
    context.out() << QCoreApplication::translate("burgernet::SettingsCommand", "Stored in: %1")
                         .arg(context.settings().fileName())
                  << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
