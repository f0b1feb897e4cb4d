#include "ctl/CtlCommand.h"

#include "ctl/CtlContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace burgernet {

bool CtlCommand::parse(CtlContext& context, QCommandLineParser& parser, const QStringList& args,
                       int& exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("burgernet::CtlCommand",
                                                              "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        context.err() << parser.errorText() << Qt::endl;
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program; show the subcommand as it is typed.
        text.replace(QStringLiteral("Usage: %1").arg(args.value(0)),
                     QStringLiteral("Usage: burgernetctl %1").arg(args.value(0)));
        context.out() << text;
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace burgernet
