// burgernet-console: the control-room window. Composition root only.
#include "MainWindow.h"
#include "Translations.h"
#include "WindowScreenshot.h"
#include "audit/AuditLog.h"
#include "console/ConsoleOptions.h"
#include "console/FirstStart.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "core/Session.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Version.h"
#include "map/AreaController.h"
#include "map/MapView.h"
#include "services/AuditService.h"
#include "services/SelectionService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"

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

QString registerFor(const ConsoleOptions& options)
{
    if (!options.database.isEmpty())
        return options.database;
    // Training never touches the live register.
    return options.mode == Mode::Training
               ? QDir(paths::dataDir()).filePath(QStringLiteral("training.sqlite"))
               : paths::defaultRegisterPath();
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

    auto spec = DatabaseSpec::parse(registerFor(*options));
    if (!spec) {
        report(spec.errorMessage(), interactive);
        return 2;
    }
    auto database = Database::open(*spec);
    if (!database) {
        report(database.errorMessage(), interactive);
        return 1;
    }
    qCInfo(lcUi) << "register" << (*database)->spec().displayName() << "schema"
                 << (*database)->schemaVersion() << "mode" << modeId(options->mode);

    // No action without its record: without an audit log the console does not start.
    SystemClock clock;
    const Session session = Session::forOperatingSystemUser(options->mode);
    AuditLog::Options auditOptions;
    auditOptions.path =
        options->auditLog.isEmpty() ? paths::defaultAuditLogPath() : options->auditLog;
    auditOptions.keyPath = paths::signingKeyPathFor(auditOptions.path);
    auditOptions.workstation = session.workstation;
    auto auditLog = AuditLog::open(auditOptions, clock);
    if (!auditLog) {
        report(auditLog.errorMessage(), interactive);
        return 1;
    }
    AuditService audit(**auditLog, session);
    SettingsService settingsService(*settings, audit);
    if (auto reconciled = settingsService.reconcile(); !reconciled)
        qCWarning(lcUi) << "settings reconciliation failed:" << reconciled.errorMessage();
    if (auto started = audit.sessionStarted((*database)->metaValue(QStringLiteral("database_id")));
        !started) {
        report(started.errorMessage(), interactive);
        return 1;
    }

    // A new register at the default place gets the demo population; one named with --db is
    // the user's own and stays empty.
    if ((*database)->createdNow() && options->database.isEmpty()) {
        if (auto filled = FirstStart::fillDemoRegister(**database, audit, options->demoParticipants,
                                                       interactive);
            !filled)
            qCWarning(lcUi) << "demo population:" << filled.errorMessage();
    }

    // The participant index for the map's live counts (about 2 s for 1.25 M participants).
    SelectionService selection;
    if (auto loaded = selection.reload(**database); !loaded)
        qCWarning(lcUi) << "participant index:" << loaded.errorMessage();
    MainWindow window(ConsoleServices{*settings, **database, clock, audit, settingsService,
                                      options->mode, &selection});

    if (!options->mapCircle.isEmpty()) {
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
        while (!window.mapView()->participantsReady() && waited.elapsed() < 15000)
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
    return code;
}
