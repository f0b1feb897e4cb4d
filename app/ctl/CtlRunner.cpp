#include "app/ctl/CtlRunner.h"

#include "app/core/CommonOptions.h"
#include "app/core/Paths.h"
#include "app/core/Version.h"
#include "app/ctl/ActionCommand.h"
#include "app/ctl/AlarmCommand.h"
#include "app/ctl/AreaCommand.h"
#include "app/ctl/AuditCommand.h"
#include "app/ctl/BoundariesCommand.h"
#include "app/ctl/CtlContext.h"
#include "app/ctl/DbCommand.h"
#include "app/ctl/DemoCommand.h"
#include "app/ctl/ParticipantCommand.h"
#include "app/ctl/ParticipantsCommand.h"
#include "app/ctl/ReportCommand.h"
#include "app/ctl/ScenarioCommand.h"
#include "app/ctl/SettingsCommand.h"
#include "app/ctl/TemplateCommand.h"
#include "app/ctl/TipCommand.h"
#include "app/ctl/UserCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace burgernet {

CtlRunner::CtlRunner() = default;
CtlRunner::~CtlRunner() = default;

void CtlRunner::add(std::unique_ptr<CtlCommand> command)
{
    m_commands.push_back(std::move(command));
}

std::unique_ptr<CtlRunner> CtlRunner::withBuiltinCommands()
{
    auto runner = std::make_unique<CtlRunner>();
    runner->add(std::make_unique<ActionCommand>());
    runner->add(std::make_unique<AlarmCommand>());
    runner->add(std::make_unique<TemplateCommand>());
    runner->add(std::make_unique<AreaCommand>());
    runner->add(std::make_unique<AuditCommand>());
    runner->add(std::make_unique<BoundariesCommand>());
    runner->add(std::make_unique<DbCommand>());
    runner->add(std::make_unique<DemoCommand>());
    runner->add(std::make_unique<ParticipantsCommand>());
    runner->add(std::make_unique<ParticipantCommand>());
    runner->add(std::make_unique<ReportCommand>());
    runner->add(std::make_unique<ScenarioCommand>());
    runner->add(std::make_unique<SettingsCommand>());
    runner->add(std::make_unique<TipCommand>());
    runner->add(std::make_unique<UserCommand>());
    return runner;
}

QString CtlRunner::commandList() const
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -13).arg(command->summary());
    text +=
        tr("Run \"burgernetctl COMMAND --help\" for the options of a command.") + QLatin1Char('\n');
    return text;
}

int CtlRunner::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Burgernet Console on the command line: the same services as the window, for "
           "scripts, tests and administrators."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = CommonOptions::help();
    const QCommandLineOption version = CommonOptions::version();
    const QCommandLineOption db = CommonOptions::database();
    const QCommandLineOption auditLog = CommonOptions::auditLog();
    parser.addOption(help);
    parser.addOption(version);
    const QCommandLineOption training = CommonOptions::training();
    const QCommandLineOption trainingDb = CommonOptions::trainingDatabase();
    parser.addOption(db);
    parser.addOption(auditLog);
    parser.addOption(training);
    parser.addOption(trainingDb);
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Act as this account (its role applies) instead of the "
                                     "workstation's operating-system user."),
                                  tr("NAME"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("With --user: the file whose first line is the password (default: standard input)."),
        tr("FILE"));
    parser.addOption(user);
    parser.addOption(passwordFile);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                 tr("COMMAND [options]"));

    if (!parser.parse(args)) {
        context.err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        context.out() << "burgernetctl " << kVersion << Qt::endl;
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        context.out() << CtlCommand::helpText(parser, QStringLiteral("burgernetctl")) << Qt::endl
                      << commandList();
        if (rest.isEmpty() && !parser.isSet(help))
            return ExitUsage;
        return ExitOk;
    }

    auto spec =
        DatabaseSpec::parse(parser.isSet(db) ? parser.value(db) : paths::defaultRegisterPath());
    if (!spec) {
        context.err() << spec.errorMessage() << Qt::endl;
        return ExitUsage;
    }
    context.setDatabaseSpec(*spec);
    if (parser.isSet(training) || parser.isSet(trainingDb)) {
        auto trainingSpec =
            DatabaseSpec::parse(parser.isSet(trainingDb) ? parser.value(trainingDb)
                                                         : paths::defaultTrainingRegisterPath());
        if (!trainingSpec) {
            context.err() << trainingSpec.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        // Training never touches the live register, whatever --db says.
        if (trainingSpec->displayName() == spec->displayName()) {
            context.err() << tr("The training register must not be the live register.") << Qt::endl;
            return ExitUsage;
        }
        context.setTraining(*trainingSpec);
    }
    if (parser.isSet(auditLog))
        context.setAuditLogPath(parser.value(auditLog));
    if (parser.isSet(user))
        context.setSignIn(parser.value(user), parser.value(passwordFile));

    for (const auto& command : m_commands) {
        if (command->name() == rest.first())
            return command->run(context, rest);
    }
    context.err() << tr("Unknown command \"%1\".").arg(rest.first()) << Qt::endl << commandList();
    return ExitUsage;
}

} // namespace burgernet
