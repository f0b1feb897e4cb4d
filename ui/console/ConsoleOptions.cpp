#include "ui/console/ConsoleOptions.h"

#include "app/core/CommonOptions.h"
#include "app/core/Paths.h"
#include "app/core/Version.h"
#include "ui/WindowScreenshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace burgernet {

Result<ConsoleOptions> ConsoleOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Burgernet Console: draw an area, reach the "
                                        "participants inside it."));
    const QCommandLineOption help = CommonOptions::help();
    const QCommandLineOption version = CommonOptions::version();
    const QCommandLineOption db = CommonOptions::database();
    const QCommandLineOption auditLog = CommonOptions::auditLog();
    const QCommandLineOption demo(QStringLiteral("demo-participants"),
                                  tr("How many demo participants a new embedded register gets "
                                     "(default 1,250,000; 0 for none)."),
                                  tr("N"));
    const QCommandLineOption training = CommonOptions::training();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the main window to a PNG file and exit."),
                                        tr("FILE.png"));
    const QCommandLineOption size(
        QStringLiteral("size"), tr("Window size for --screenshot (default 1280x800)."), tr("WxH"));
    const QCommandLineOption mapCircle(
        QStringLiteral("map-circle"),
        tr("Draw this alert circle and the incident at its centre at start, and zoom to it "
           "(demonstrations, screenshots)."),
        tr("LAT,LON,METRES"));
    const QCommandLineOption trainingDb = CommonOptions::trainingDatabase();
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Sign in as this account without the dialog (with "
                                     "--password-file; or BURGERNET_USER)."),
                                  tr("NAME"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("The file whose first line is the password for --user (or BURGERNET_PASSWORD_FILE)."),
        tr("FILE"));
    const QCommandLineOption sendAction(
        QStringLiteral("send-action"),
        tr("Training only: compose an action of this incident type in the Dispatch dock, send it "
           "in --map-circle, wait until every message is final, print its state and exit."),
        tr("TYPE"));
    const QCommandLineOption sendText(QStringLiteral("send-text"),
                                      tr("The description for --send-action."), tr("TEXT"));
    const QCommandLineOption sendChannel(QStringLiteral("send-channel"),
                                         tr("A channel for --send-action (repeat for more)."),
                                         tr("NAME"));
    parser.addOptions({sendAction, sendText, sendChannel});
    parser.addOptions({help, version, db, auditLog, demo, training, screenshot, size, trainingDb,
                       user, passwordFile, mapCircle});

    if (!parser.parse(arguments))
        return Error{parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return Error{tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first())};

    ConsoleOptions options;
    if (parser.isSet(help)) {
        options.exitNow = true;
        options.output = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.exitNow = true;
        options.output = QStringLiteral("burgernet-console %1\n").arg(QLatin1String(kVersion));
        return options;
    }
    options.database = parser.value(db);
    options.auditLog = parser.value(auditLog);
    if (parser.isSet(demo)) {
        bool ok = false;
        options.demoParticipants = parser.value(demo).toLongLong(&ok);
        if (!ok || options.demoParticipants < 0 || options.demoParticipants > 20'000'000)
            return Error{tr("--demo-participants needs a number from 0 to 20,000,000.")};
    }
    options.mode = parser.isSet(training) ? Mode::Training : Mode::Live;
    options.trainingDatabase = parser.value(trainingDb);
    options.user = parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("BURGERNET_USER");
    options.passwordFile = parser.isSet(passwordFile)
                               ? parser.value(passwordFile)
                               : qEnvironmentVariable("BURGERNET_PASSWORD_FILE");
    if (!options.user.isEmpty() && options.passwordFile.isEmpty())
        return Error{tr("--user needs --password-file (the password never goes on the command "
                        "line).")};
    options.screenshot = parser.value(screenshot);
    options.mapCircle = parser.value(mapCircle);
    if (!options.mapCircle.isEmpty() && options.mapCircle.split(QLatin1Char(',')).size() != 3)
        return Error{tr("--map-circle needs LAT,LON,METRES, e.g. 52.3731,4.8932,1500.")};
    options.sendAction = parser.value(sendAction);
    options.sendText = parser.value(sendText);
    options.sendChannels = parser.values(sendChannel);
    if (!options.sendAction.isEmpty()) {
        // A scripted send exists to exercise the real window; it never reaches people.
        if (options.mode != Mode::Training)
            return Error{tr("--send-action works in training mode only (--training).")};
        if (options.mapCircle.isEmpty() || options.sendChannels.isEmpty() || options.user.isEmpty())
            return Error{tr("--send-action needs --map-circle, at least one --send-channel and "
                            "--user with --password-file.")};
    }
    if (parser.isSet(size)) {
        if (options.screenshot.isEmpty())
            return Error{tr("--size only applies to --screenshot.")};
        auto parsed = WindowScreenshot::parseSize(parser.value(size));
        if (!parsed)
            return parsed.error();
        options.screenshotSize = *parsed;
    }
    return options;
}

} // namespace burgernet
