// burgernet-console: the control-room window. Composition root only.
#include "app/audit/AuditLog.h"
#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/core/Paths.h"
#include "app/core/PrivateFiles.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/core/Version.h"
#include "app/services/AuditAnchors.h"
#include "app/services/AuditService.h"
#include "app/services/ParticipantService.h"
#include "app/services/SettingsService.h"
#include "app/session/SessionServices.h"
#include "app/session/WorkstationAuditLog.h"
#include "app/storage/Database.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/NightPalette.h"
#include "ui/WindowScreenshot.h"
#include "ui/console/ConsoleOptions.h"
#include "ui/console/ConsoleSession.h"
#include "ui/console/FirstStart.h"
#include "ui/console/SignInFlow.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

using namespace burgernet;

namespace {

void report(const QString& message, bool interactive)
{
    std::fprintf(stderr, "burgernet-console: %s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Burgernet Console"),
                              message);
}

QString registerFor(const ConsoleOptions& options, Mode mode)
{
    // Training never touches the live register: it has its own, whatever --db says.
    if (mode == Mode::Training)
        return !options.trainingDatabase.isEmpty()
                   ? options.trainingDatabase
                   : QDir(paths::dataDir()).filePath(QStringLiteral("training.sqlite"));
    return !options.database.isEmpty() ? options.database : paths::defaultRegisterPath();
}

// Opens a register; a new one at the default place gets the demo population.
Result<std::unique_ptr<Database>> openRegister(const ConsoleOptions& options, Mode mode,
                                               AuditService& audit, bool interactive,
                                               bool* filledWithDemo, int* exitCode)
{
    auto spec = DatabaseSpec::parse(registerFor(options, mode));
    *exitCode = 2;
    if (!spec)
        return spec.error();
    auto database = Database::open(*spec);
    *exitCode = 1;
    if (!database)
        return database.error();
    qCInfo(lcUi) << "register" << (*database)->spec().displayName() << "schema"
                 << (*database)->schemaVersion() << "mode" << enumId(mode);
    // A new register at the default place gets the demo population; one named with --db is
    // the user's own and stays empty.
    const bool named =
        mode == Mode::Live ? !options.database.isEmpty() : !options.trainingDatabase.isEmpty();
    *filledWithDemo = false;
    if ((*database)->createdNow() && !named && options.demoParticipants > 0) {
        if (auto filled = FirstStart::fillDemoRegister(**database, audit, options.demoParticipants,
                                                       interactive);
            !filled)
            qCWarning(lcUi) << "demo population:" << filled.errorMessage();
        else
            *filledWithDemo = true;
    }
    return database;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QLatin1String(kOrganizationName));
    QApplication::setOrganizationDomain(QLatin1String(kOrganizationDomain));
    QApplication::setApplicationName(QStringLiteral("burgernet-console"));
    QApplication::setApplicationDisplayName(QLatin1String(kApplicationName));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("nl.burgernet.Console"));

    auto settings = Settings::forUser();
    installTranslations(app, settings->value(keys::UiLanguage));
    if (const auto scheme = NightPalette::fromId(settings->value(keys::UiScheme));
        scheme == NightPalette::Scheme::Night)
        NightPalette::apply(app, scheme);

    auto options = ConsoleOptions::parse(QApplication::arguments());
    if (!options) {
        report(options.errorMessage(), false);
        return 2;
    }
    if (options->exitNow) {
        std::fputs(qPrintable(options->output), stdout);
        return 0;
    }
    const bool interactive = options->screenshot.isEmpty();

    // No action without its record: without an audit log the console does not start.
    SystemClock clock;
    const Session workstation = Session::forOperatingSystemUser(options->mode);
    const QString auditLogPath =
        options->auditLog.isEmpty() ? paths::defaultAuditLogPath() : options->auditLog;
    // The data folder holds the register and the log: the owner's only, whatever the umask.
    if (auto folder = PrivateFiles::makeFolder(QFileInfo(auditLogPath).absolutePath()); !folder) {
        report(folder.errorMessage(), interactive);
        return 1;
    }
    auto auditLog = WorkstationAuditLog::open(auditLogPath, workstation.workstation, clock);
    if (!auditLog) {
        report(auditLog.errorMessage(), interactive);
        return 1;
    }
    // Before sign-in the workstation's own account acts: first start, sign-in attempts.
    AuditService workstationAudit(**auditLog, workstation);

    // The live register holds the accounts, whichever mode is chosen.
    bool demo = false;
    int exitCode = 0;
    auto accounts =
        openRegister(*options, Mode::Live, workstationAudit, interactive, &demo, &exitCode);
    if (!accounts) {
        report(accounts.errorMessage(), interactive);
        return exitCode;
    }
    // The live register anchors the log's checkpoints, whichever mode is chosen.
    AuditAnchoring anchoring(**auditLog, **accounts);
    workstationAudit.setAnchors(&anchoring.anchors());
    {
        // The live register's ranges apply to its policy, whichever mode is preselected.
        AuditService liveWorkstation(**auditLog, Session::forOperatingSystemUser(Mode::Live));
        SettingsService workstationSettings(*settings, liveWorkstation, accounts->get());
        if (auto adopted = workstationSettings.adoptFileValues(); !adopted)
            qCWarning(lcUi) << "settings from the file not adopted:" << adopted.errorMessage();
        if (auto reconciled = workstationSettings.reconcile(); !reconciled)
            qCWarning(lcUi) << "settings reconciliation failed:" << reconciled.errorMessage();
    }
    SignInFlow signInFlow(**accounts, workstationAudit, clock, *settings, *options, interactive);
    if (demo)
        if (auto added = signInFlow.addDemoAccounts(); !added)
            qCWarning(lcUi) << "demo accounts:" << added.errorMessage();

    std::unique_ptr<Database> trainingRegister;
    for (;;) {
        auto signedIn = signInFlow.run();
        if (!signedIn) {
            report(signedIn.errorMessage(), interactive);
            return 1;
        }
        if (!*signedIn)
            return 0; // cancelled
        const Session session = **signedIn;

        Database* database = accounts->get();
        if (session.mode == Mode::Training) {
            if (!trainingRegister) {
                bool trainingDemo = false;
                auto opened = openRegister(*options, Mode::Training, workstationAudit, interactive,
                                           &trainingDemo, &exitCode);
                if (!opened) {
                    report(opened.errorMessage(), interactive);
                    return exitCode;
                }
                trainingRegister = std::move(opened).value();
                AuditService trainingWorkstation(**auditLog,
                                                 Session::forOperatingSystemUser(Mode::Training));
                if (auto reconciled =
                        SettingsService(*settings, trainingWorkstation, trainingRegister.get())
                            .reconcile();
                    !reconciled)
                    qCWarning(lcUi)
                        << "training settings reconciliation failed:" << reconciled.errorMessage();
            }
            database = trainingRegister.get();
        }

        // The retention rule: participants unsubscribed long ago leave the register.
        {
            AuditService audit(**auditLog, session);
            if (auto started =
                    audit.sessionStarted(database->metaValue(QStringLiteral("database_id")));
                !started) {
                report(started.errorMessage(), interactive);
                return 1;
            }
            const auto policy = SettingsService(*settings, audit, database).policy();
            if (!policy)
                qCWarning(lcUi) << "purge:" << policy.errorMessage();
            else if (auto purged =
                         ParticipantService(*database, audit)
                             .purgeUnsubscribed(policy->value(PolicyKey::PurgeUnsubscribedDays),
                                                clock.nowUtc(), true);
                     !purged)
                qCWarning(lcUi) << "purge:" << purged.errorMessage();
        }
        // Training runs on a clock of its own (from now, at the real pace until an exercise sets
        // it otherwise), so that nothing in it depends on the wall clock.
        VirtualClock trainingClock(clock, clock.nowUtc(), 1.0);
        const Clock& sessionClock =
            session.mode == Mode::Training ? static_cast<const Clock&>(trainingClock) : clock;
        ConsoleSession consoleSession({session, *database, **accounts, **auditLog, *settings,
                                       sessionClock, paths::dataDir(), true, &anchoring.anchors(),
                                       &trainingClock});
        // Interrupted sends of an earlier run wait for a decision first.
        if (auto started = consoleSession.start(); !started)
            qCWarning(lcUi) << "session:" << started.errorMessage();
        MainWindow& window = *consoleSession.window();
        AuditService& audit = consoleSession.services().audit();
        if (!options->mapCircle.isEmpty())
            consoleSession.drawCircle(options->mapCircle);
        if (!options->sendAction.isEmpty()) {
            const int code = consoleSession.runScriptedSend(*options);
            (void)audit.sessionEnded();
            return code;
        }
        if (!interactive) {
            // The participant layer is aggregated in a worker thread: let it finish first.
            QElapsedTimer waited;
            waited.start();
            while (window.mapView() && !window.mapView()->participantsReady() &&
                   waited.elapsed() < 15000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const Status saved =
                WindowScreenshot::save(window, options->screenshot, options->screenshotSize);
            (void)audit.sessionEnded();
            if (!saved) {
                report(saved.errorMessage(), false);
                return 1;
            }
            return 0;
        }
        window.show();
        const int code = QApplication::exec();
        (void)audit.sessionEnded();
        if (!window.signedOut())
            return code;
    }
}
