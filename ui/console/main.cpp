// burgernet-console: the control-room window. Composition root only.
#include "app/audit/AuditLog.h"
#include "app/channels/BuiltinSenders.h"
#include "app/channels/common/HttpListener.h"
#include "app/channels/secrets/SecretStore.h"
#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/core/Paths.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/core/Version.h"
#include "app/dispatch/DispatchThread.h"
#include "app/dispatch/DispatchWorker.h"
#include "app/dispatch/SenderProvider.h"
#include "app/security/SignInService.h"
#include "app/services/ActionService.h"
#include "app/services/AuditService.h"
#include "app/services/ParticipantService.h"
#include "app/services/ReauthGate.h"
#include "app/services/SelectionService.h"
#include "app/services/SenderService.h"
#include "app/services/SettingsService.h"
#include "app/storage/Database.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/WindowScreenshot.h"
#include "ui/console/ConsoleOptions.h"
#include "ui/console/FirstStart.h"
#include "ui/console/SignInFlow.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapView.h"
#include "ui/security/DialogReauthPrompt.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
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
                 << (*database)->schemaVersion() << "mode" << modeId(mode);
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
    AuditLog::Options auditOptions;
    auditOptions.path =
        options->auditLog.isEmpty() ? paths::defaultAuditLogPath() : options->auditLog;
    auditOptions.keyPath = paths::signingKeyPathFor(auditOptions.path);
    auditOptions.workstation = workstation.workstation;
    auto auditLog = AuditLog::open(auditOptions, clock);
    if (!auditLog) {
        report(auditLog.errorMessage(), interactive);
        return 1;
    }
    // Before sign-in the workstation's own account acts: first start, sign-in attempts.
    AuditService workstationAudit(**auditLog, workstation);
    SettingsService workstationSettings(*settings, workstationAudit);
    if (auto reconciled = workstationSettings.reconcile(); !reconciled)
        qCWarning(lcUi) << "settings reconciliation failed:" << reconciled.errorMessage();

    // The live register holds the accounts, whichever mode is chosen.
    bool demo = false;
    int exitCode = 0;
    auto accounts =
        openRegister(*options, Mode::Live, workstationAudit, interactive, &demo, &exitCode);
    if (!accounts) {
        report(accounts.errorMessage(), interactive);
        return exitCode;
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
            }
            database = trainingRegister.get();
        }

        AuditService audit(**auditLog, session);
        SettingsService settingsService(*settings, audit);
        if (auto started = audit.sessionStarted(database->metaValue(QStringLiteral("database_id")));
            !started) {
            report(started.errorMessage(), interactive);
            return 1;
        }
        // The retention rule: participants unsubscribed long ago leave the register.
        if (auto purged = ParticipantService(*database, audit)
                              .purgeUnsubscribed(settings->value(keys::PurgeUnsubscribedDays),
                                                 clock.nowUtc(), true);
            !purged)
            qCWarning(lcUi) << "purge:" << purged.errorMessage();
        SignInService reauth(**accounts, audit, clock, SignInPolicy::fromSettings(*settings));

        DialogReauthPrompt prompt(nullptr);
        ReauthGate gate(
            audit, settings->value(keys::ReauthRecipients),
            [&](const QString& password, QString* message) {
                const SignInAttempt a =
                    reauth.reauthenticate(session, password, QStringLiteral("live-send"));
                *message = a.message;
                return a.ok()                               ? ReauthGate::Check::Right
                       : a.outcome == SignInOutcome::Locked ? ReauthGate::Check::Locked
                                                            : ReauthGate::Check::Wrong;
            },
            &prompt);

        // Senders: in training only the simulated one, with settings of its own.
        auto senderRegistry = createSenderRegistry(session.mode);
        auto secrets = openSecretStore(paths::dataDir());
        SenderService senderService(*senderRegistry, *secrets, audit,
                                    QDir(paths::dataDir())
                                        .filePath(session.mode == Mode::Training
                                                      ? QStringLiteral("senders-training.ini")
                                                      : QStringLiteral("senders.ini")));

        // Dispatch and the map's live counts: who is in an area (about 2 s for 1.25 M), the actions
        // service, and the outbox worker on its own thread and connection. Interrupted sends of an
        // earlier run wait for a decision first.
        SelectionService selection;
        if (auto loaded = selection.reload(*database); !loaded)
            qCWarning(lcUi) << "participant index:" << loaded.errorMessage();
        ActionService actions(*database, audit, *settings, clock, selection);
        if (auto recovered = actions.recoverAfterRestart(); !recovered)
            qCWarning(lcUi) << "outbox recovery:" << recovered.errorMessage();
        SenderList senders;
        DispatchThread dispatch(senders, clock, database->spec());
        // Delivery reports, voice status callbacks and the CAP feed come in on loopback; the
        // listener goes before the senders it calls (declared after them).
        HttpListener callbacks;
        if (callbacks.start(static_cast<quint16>(settings->value(keys::CallbackPort))) == 0)
            qCWarning(lcUi) << "the callback listener could not start; no delivery reports";
        qCInfo(lcUi) << "callbacks and CAP feed on" << callbacks.baseUrl().toString();
        // One configured sender per channel; one that cannot be made (settings missing) leaves
        // its channel's messages waiting in the outbox, nothing is lost.
        for (const SenderDescriptor& descriptor : senderService.senders()) {
            SenderContext context;
            context.mode = session.mode;
            DispatchWorker* worker = dispatch.worker();
            context.deliveryReport = [worker](const DeliveryReport& report) {
                worker->reportDelivery(report);
            };
            context.dataDir =
                QDir(paths::dataDir())
                    .filePath(session.mode == Mode::Training ? QStringLiteral("training")
                                                             : QStringLiteral("live"));
            if (callbacks.port() != 0)
                context.callbackUrl = QUrl(callbacks.baseUrl().toString() +
                                           QStringLiteral("/callbacks/") + descriptor.id);
            auto sender = senderService.create(descriptor.id, context);
            if (sender) {
                if (callbacks.port() != 0)
                    callbacks.routeSender(descriptor.id, sender->get());
                senders.add(std::move(sender).value());
            } else
                qCInfo(lcUi) << "sender" << descriptor.id << "not ready:" << sender.errorMessage();
        }
        QObject::connect(&actions, &ActionService::outboxQueued, &dispatch, &DispatchThread::wake);
        QObject::connect(&dispatch, &DispatchThread::progressed, &actions,
                         [&actions](const QList<qint64>& ids) { actions.refreshStates(ids); });
        actions.useWorkerCounts(true);
        QObject::connect(
            &dispatch, &DispatchThread::countsChanged, &actions,
            [&actions](qint64 id, const OutboxCounts& counts) { actions.setCounts(id, counts); });
        dispatch.start();

        ConsoleServices services{*settings,    *database, clock, audit,         settingsService,
                                 session.mode, &reauth,   &gate, &senderService};
        services.actions = &actions;
        services.selection = &selection;
        MainWindow window(services);

        if (!options->mapCircle.isEmpty() && window.mapView()) {
            const QStringList parts = options->mapCircle.split(QLatin1Char(','));
            const QGeoCoordinate centre(parts[0].toDouble(), parts[1].toDouble());
            window.mapView()->areaController()->setIncident(centre);
            window.mapView()->areaController()->commit(
                GeoArea::circle(centre, parts[2].toDouble()),
                QCoreApplication::translate("main", "Draw circle"));
            window.mapView()->zoomToArea();
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
