#include "app/ctl/TemplateCommand.h"

#include "app/ctl/CtlContext.h"
#include "app/dispatch/MessageComposer.h"
#include "app/services/AuditService.h"
#include "app/services/TemplateService.h"
#include "app/session/SessionServices.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

QString TemplateCommand::summary() const
{
    return tr("Message templates: list, show, set.");
}

int TemplateCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"),
                                 tr("list, show LANG NAME or set LANG NAME FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (!((what == QLatin1String("list") && positional.size() == 1) ||
          (what == QLatin1String("show") && positional.size() == 3) ||
          (what == QLatin1String("set") && positional.size() == 4))) {
        context.err() << tr("Use \"template list\", \"template show LANG NAME\" or \"template set "
                            "LANG NAME FILE\".")
                      << Qt::endl;
        return ExitUsage;
    }
    // Templates need no participant index and send nothing.
    SessionServices* session = context.sessionServicesOrReport(false, false);
    if (!session)
        return ExitFailure;
    TemplateService& templates = session->templates();
    const MessageTemplates builtIn = MessageTemplates::builtIn();
    const MessageTemplates inUse = templates.templates();

    if (what == QLatin1String("list")) {
        QJsonObject byLanguage;
        for (const QString& language : MessageTemplates::languages()) {
            QJsonArray names;
            for (const QString& name : builtIn.names(language)) {
                const bool replaced = inUse.text(language, name) != builtIn.text(language, name);
                names.append(QJsonObject{{QStringLiteral("name"), name},
                                         {QStringLiteral("replaced"), replaced}});
                if (!parser.isSet(json))
                    context.out() << language << '\t' << name
                                  << (replaced ? tr("\t(replaced)") : QString()) << Qt::endl;
            }
            byLanguage.insert(language, names);
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(byLanguage).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    const QString language = positional.value(1);
    const QString name = positional.value(2);
    if (!MessageTemplates::languages().contains(language) || !builtIn.hasEntry(language, name)) {
        context.err() << tr("There is no template \"%1\" in language \"%2\".").arg(name, language)
                      << Qt::endl;
        return ExitUsage;
    }
    if (what == QLatin1String("show")) {
        context.out() << inUse.text(language, name) << Qt::endl;
        return ExitOk;
    }
    QFile file(positional.value(3));
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())
                      << Qt::endl;
        return ExitFailure;
    }
    const QString body = QString::fromUtf8(file.readAll()).trimmed();
    if (body.isEmpty()) {
        context.err() << tr("The file %1 is empty: a template needs a text.").arg(file.fileName())
                      << Qt::endl;
        return ExitUsage;
    }
    if (auto set = templates.setTemplate(language, name, body); !set) {
        context.err() << set.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("Template %1/%2 replaced.").arg(language, name) << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
