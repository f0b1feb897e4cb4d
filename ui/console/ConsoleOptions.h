#pragma once

#include "app/core/Mode.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace burgernet {

// burgernet-console's command line.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ConsoleOptions)

public:
    QString database;                    // empty: the default register for the mode
    QString auditLog;                    // empty: the workstation's audit log
    qint64 demoParticipants = 1'250'000; // for a new embedded register
    Mode mode = Mode::Live;
    QString trainingDatabase; // empty: training.sqlite in the data folder
    // Non-interactive sign-in (tests, screenshots): the account and a file holding its
    // password, or BURGERNET_USER / BURGERNET_PASSWORD_FILE. Never the password itself.
    QString user;
    QString passwordFile;
    QString screenshot; // render the window to this PNG and exit
    QSize screenshotSize{1280, 800};
    QString mapCircle; // "LAT,LON,METRES": an alert circle drawn at start
    // A scripted training send through the window's own composer (tests, demonstrations): the
    // incident type, the text and the channels; the console sends in --map-circle, waits until
    // every message is final, prints the action's state and exits.
    QString sendAction;
    QString sendText;
    QStringList sendChannels;
    bool exitNow = false; // --help or --version was answered
    QString output;       // what to print for --help/--version

    static Result<ConsoleOptions> parse(const QStringList& arguments);
};

} // namespace burgernet
