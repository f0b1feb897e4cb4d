#include "app/ctl/SettingsCommand.h"

#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/ctl/CtlContext.h"
#include "app/services/SettingsService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

QString SettingsCommand::summary() const
{
    return tr("The policy (values and ranges) and this user's settings; set a policy value.");
}

int SettingsCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"), tr("nothing to list, or set KEY VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool setting = positional.value(0) == QLatin1String("set");
    if (!(positional.isEmpty() || (setting && positional.size() == 3))) {
        context.err() << tr("Use \"settings\" to list, or \"settings set KEY VALUE\".") << Qt::endl;
        return ExitUsage;
    }
    auto service = context.settingsService();
    if (!service) {
        context.err() << service.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (setting)
        return set(context, **service, positional[1], positional[2]);
    return list(context, **service, parser.isSet(json));
}

int SettingsCommand::list(CtlContext& context, SettingsService& service, bool json)
{
    const auto values = service.policy();
    if (!values) {
        context.err() << values.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    const auto fileSettings = keys::allSettingDescriptions();
    if (json) {
        QJsonArray policyList;
        for (const PolicyDescriptor& d : policy::descriptors()) {
            const PolicyRange range = service.range(d.key);
            policyList.append(
                QJsonObject{{QStringLiteral("key"), QString::fromLatin1(d.id)},
                            {QStringLiteral("value"), values->value(d.key)},
                            {QStringLiteral("default"), d.defaultValue},
                            {QStringLiteral("minimum"), range.minimum},
                            {QStringLiteral("maximum"), range.maximum},
                            {QStringLiteral("description"), policy::describe(d.key)}});
        }
        QJsonArray fileList;
        for (const auto& s : fileSettings)
            fileList.append(QJsonObject{{QStringLiteral("key"), s.path},
                                        {QStringLiteral("value"), context.settings().text(s.path)},
                                        {QStringLiteral("default"), s.defaultValue},
                                        {QStringLiteral("description"), s.description}});
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("policy"), policyList},
                                                   {QStringLiteral("settings"), fileList}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("Policy, kept in the register for every workstation that shares it "
                        "(change with: burgernetctl --user NAME settings set KEY VALUE):")
                  << Qt::endl;
    for (const PolicyDescriptor& d : policy::descriptors()) {
        const PolicyRange range = service.range(d.key);
        context.out() << QStringLiteral("  %1 %2  %3  %4")
                             .arg(QString::fromLatin1(d.id), -34)
                             .arg(values->value(d.key), 8)
                             .arg(tr("(%1..%2, default %3)")
                                      .arg(range.minimum)
                                      .arg(range.maximum)
                                      .arg(d.defaultValue),
                                  -28)
                             .arg(policy::describe(d.key))
                      << Qt::endl;
    }
    context.out() << tr("This user's settings, stored in %1:").arg(context.settings().fileName())
                  << Qt::endl;
    for (const auto& s : fileSettings)
        context.out() << QStringLiteral("  %1  %2  (%3)")
                             .arg(s.path, -32)
                             .arg(s.description,
                                  s.defaultValue.isEmpty() ? QStringLiteral("-") : s.defaultValue)
                      << Qt::endl;
    return ExitOk;
}

int SettingsCommand::set(CtlContext& context, SettingsService& service, const QString& keyText,
                         const QString& valueText)
{
    const auto key = policy::fromId(keyText);
    if (!key) {
        QStringList known;
        for (const PolicyDescriptor& d : policy::descriptors())
            known << QString::fromLatin1(d.id);
        context.err() << tr("Unknown policy key \"%1\"; the keys are: %2.")
                             .arg(keyText, known.join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitUsage;
    }
    bool isNumber = false;
    const int value = valueText.toInt(&isNumber);
    if (!isNumber) {
        const PolicyRange range = service.range(*key);
        context.err() << tr("%1 needs a whole number between %2 and %3.")
                             .arg(keyText)
                             .arg(range.minimum)
                             .arg(range.maximum)
                      << Qt::endl;
        return ExitUsage;
    }
    if (auto changed = service.setPolicy(*key, value); !changed) {
        context.err() << changed.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%1 is now %2.").arg(keyText).arg(value) << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
