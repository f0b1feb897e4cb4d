#include "app/ctl/CtlCommand.h"

#include "app/core/CommonOptions.h"
#include "app/ctl/CtlContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace burgernet {

QString CtlCommand::helpText(const QCommandLineParser& parser, const QString& invocation)
{
    // QCommandLineParser puts the program's full path after "Usage: ".
    QString text = parser.helpText();
    const int start = text.indexOf(QLatin1String(": ")) + 2;
    const int end = text.indexOf(QLatin1Char(' '), start);
    if (start >= 2 && end > start)
        text.replace(start, end - start, invocation);
    return text;
}

bool CtlCommand::parse(CtlContext& context, QCommandLineParser& parser, const QStringList& args,
                       int& exitCode)
{
    const QCommandLineOption help = CommonOptions::help();
    parser.addOption(help);
    if (!parser.parse(args)) {
        context.err() << parser.errorText() << Qt::endl;
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        context.out() << helpText(parser, QStringLiteral("burgernetctl ") + args.value(0));
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace burgernet
