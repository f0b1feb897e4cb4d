#include "ui/MainWindow.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/GatewayHealthProbe.h"
#include "app/geocode/PlaceFinder.h"
#include "app/security/SignInService.h"
#include "app/services/ActionNotifier.h"
#include "app/services/AreaCountService.h"
#include "app/services/AuditService.h"
#include "app/services/BoundaryService.h"
#include "app/services/ParticipantService.h"
#include "app/services/RegisterPresence.h"
#include "app/services/ReviewService.h"
#include "app/services/SavedAreaService.h"
#include "app/services/SelectionService.h"
#include "app/services/SettingsService.h"
#include "app/session/SessionServices.h"
#include "ui/ModeIndicator.h"
#include "ui/NightPalette.h"
#include "ui/OpenActionsGuard.h"
#include "ui/PlaceholderPanel.h"
#include "ui/RegisterHealthLabel.h"
#include "ui/alarms/AlarmDock.h"
#include "ui/alarms/AlarmTray.h"
#include "ui/audit/AuditDock.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/PolicyDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dispatch/ActionTimeline.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/dispatch/FailuresPanel.h"
#include "ui/dispatch/GuideMapFeed.h"
#include "ui/dispatch/TipMapFeed.h"
#include "ui/dispatch/TipsPanel.h"
#include "ui/map/AreaController.h"
#include "ui/map/AreaLibraryPanel.h"
#include "ui/map/LayerListWidget.h"
#include "ui/map/MapView.h"
#include "ui/participants/ParticipantsDock.h"
#include "ui/participants/RegisterTransfers.h"
#include "ui/review/ReviewDock.h"
#include "ui/security/IdleWatcher.h"
#include "ui/security/LockPanel.h"
#include "ui/security/RoleNames.h"
#include "ui/senders/SendersDialog.h"
#include "ui/training/ExerciseInboxDock.h"
#include "ui/training/ExerciseWindow.h"
#include "ui/training/ScenarioEditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace burgernet {

MainWindow::MainWindow(ConsoleServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/burgernet-console.svg")));
    // The product's name once: the desktop adds the application's name to a title that is not
    // the name itself.
    setWindowTitle(m_services.mode == Mode::Live ? tr("Burgernet Console") : tr("TRAINING"));
    m_openActions = std::make_unique<OpenActionsGuard>(
        m_services.session ? &m_services.session->workflow() : nullptr);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createCentralArea();
    createDocks();
    createMenus();
    createStatusBar();
    createLock();
    if (m_services.mode == Mode::Training) {
        createExerciseInbox();
        markAsTraining();
    }
    restoreLayout();
    refreshStatus();
    // Imports and erasures made elsewhere (burgernetctl, another workstation on a shared
    // register) show here: announced within a second on a shared register, and otherwise (SQLite,
    // or after the connection was lost) by one small read of the register's change token.
    m_registerGeneration =
        ParticipantService(m_services.database, m_services.audit).registerGeneration();
    if (m_services.session) {
        RegisterPresence& presence = m_services.session->presence();
        connect(&presence, &RegisterPresence::pollDue, this, &MainWindow::checkRegisterChanged);
        connect(&presence, &RegisterPresence::registerChanged, this,
                &MainWindow::checkRegisterChanged);
        // Back after an interruption: what was announced meanwhile was missed.
        connect(&presence, &RegisterPresence::pollDue, this, [this, &presence] {
            if (m_actionsDock && presence.health() == RegisterHealth::Connected)
                m_actionsDock->refresh();
        });
    } else {
        auto* registerWatch = new QTimer(this);
        registerWatch->setInterval(kRegisterWatchMs);
        connect(registerWatch, &QTimer::timeout, this, &MainWindow::checkRegisterChanged);
        registerWatch->start();
    }
    // The session leaves the index to the window: it is read in the background while the map
    // draws and the counts say they are loading.
    if (m_services.selection && !m_services.selection->isLoaded())
        reloadSelectionIndex();
}

MainWindow::~MainWindow() = default;

void MainWindow::checkRegisterChanged()
{
    if (ParticipantService(m_services.database, m_services.audit).registerGeneration() !=
        m_registerGeneration)
        followRegisterChange();
}

void MainWindow::followRegisterChange()
{
    if (m_participantsDock)
        m_participantsDock->refresh();
    reloadSelectionIndex();
    m_mapView->placeFinder()->loadPostcodeCentroids(m_services.database);
    refreshStatus();
}

void MainWindow::createCentralArea()
{
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (!m_services.selection)
        m_ownSelection = std::make_unique<SelectionService>();
    m_mapView = new MapView(m_services.selection ? *m_services.selection : *m_ownSelection,
                            *m_undoStack, m_services.clock, m_services.settings, centre);
    auto* map = m_mapView;
    // Offline postcode search: the register's postcode centres, read in the background.
    m_mapView->placeFinder()->loadPostcodeCentroids(m_services.database);
    m_boundaries =
        std::make_unique<BoundaryService>(m_services.database, m_services.audit, m_services.clock);
    m_mapView->setBoundaries(m_boundaries.get());
    m_areaCounts = std::make_unique<AreaCountService>(m_services.selection ? *m_services.selection
                                                                           : *m_ownSelection,
                                                      m_services.audit, *m_boundaries);
    m_mapView->setAreaCounts(m_areaCounts.get());
    connect(m_mapView, &MapView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15'000); });
    layout->addWidget(map, 1);
    setCentralWidget(centre);
}

// Training must never be mistaken for live: a banner across the whole window, above the docks,
// and a frame in the training colour.
void MainWindow::markAsTraining()
{
    auto* bar = new QToolBar(tr("Training"), this);
    bar->setObjectName(QStringLiteral("trainingBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);
    auto* banner = ModeIndicator::createTrainingBanner(bar);
    banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(banner);
    addToolBar(Qt::TopToolBarArea, bar);
    setStyleSheet(QStringLiteral("QMainWindow#mainWindow { border: 4px solid %1; }")
                      .arg(ModeIndicator::modeColor(Mode::Training).name()));
}

QDockWidget* MainWindow::addPanelDock(const QString& objectName, const QString& title,
                                      QWidget* panel, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::createDocks()
{
    // Docks a role may not use are not built at all (the services refuse them anyway).
    const Session& session = m_services.audit.session();
    if (session.can(Permission::ViewParticipants))
        m_participantsDock = new ParticipantsDock(m_services.database, m_services.audit, this);
    addPanelDock(QStringLiteral("participantsDock"), tr("Participants"),
                 m_participantsDock
                     ? static_cast<QWidget*>(m_participantsDock)
                     : new PlaceholderPanel(tr("Participants"),
                                            tr("Your role does not see the participant register."),
                                            this),
                 Qt::LeftDockWidgetArea);
    // Edits in the dock: the index, the map and the counts follow; "Show on map" pins.
    if (m_participantsDock) {
        connect(m_participantsDock, &ParticipantsDock::registerChanged, this,
                &MainWindow::checkRegisterChanged);
        connect(m_participantsDock, &ParticipantsDock::showOnMapRequested, m_mapView,
                &MapView::showPlaces);
    }
    // The dock's "only the drawn area" filter follows the alert area on the map.
    if (m_participantsDock)
        connect(m_mapView->areaController(), &AreaController::alertAreaChanged, m_participantsDock,
                [this](const GeoArea& area) {
                    const SelectionService& selection =
                        m_services.selection ? *m_services.selection : *m_ownSelection;
                    m_participantsDock->setArea(
                        area.isEmpty()
                            ? std::nullopt
                            : std::optional(selection.select(area, m_services.clock.nowUtc())));
                });
    auto* layers = addPanelDock(QStringLiteral("mapLayersDock"), tr("Map layers"),
                                m_mapView->layerList(), Qt::LeftDockWidgetArea);
    layers->hide(); // shown from the View menu
    // The area library: named areas used with one click (changes recorded by the service).
    m_savedAreas =
        std::make_unique<SavedAreaService>(m_services.database, m_services.audit, m_services.clock,
                                           SavedAreaService::regionFor(m_services.settings));
    m_areaLibrary = new AreaLibraryPanel(*m_savedAreas, *m_mapView->areaController(), this);
    connect(m_areaLibrary, &AreaLibraryPanel::areaUsed, m_mapView, &MapView::zoomToArea);
    addPanelDock(QStringLiteral("areaLibraryDock"), tr("Area library"), m_areaLibrary,
                 Qt::LeftDockWidgetArea)
        ->hide(); // shown from the View menu
    if (m_services.session && m_services.dispatchJobs &&
        (session.can(Permission::ComposeAction) || session.can(Permission::SendNonUrgent))) {
        SessionServices& s = *m_services.session;
        m_dispatchDock = new DispatchDock(s.workflow(), *m_services.dispatchJobs, s.selection(),
                                          m_services.clock, this);
        m_dispatchDock->setAreaCounts(m_areaCounts.get());
        addPanelDock(QStringLiteral("dispatchDock"), tr("Dispatch"), m_dispatchDock,
                     Qt::RightDockWidgetArea);
        QDockWidget* composer = m_docks.last();
        m_actionsDock =
            new ActionsDock(s.workflow(), s.progress(), s.decisions(), *m_services.dispatchJobs,
                            m_services.clock, m_services.settings, this);
        connect(&s.notifier(), &ActionNotifier::actionChanged, m_actionsDock,
                &ActionsDock::refresh);
        QDockWidget* actions = addPanelDock(QStringLiteral("actionsDock"), tr("Actions"),
                                            m_actionsDock, Qt::RightDockWidgetArea);
        // Composer and actions share the right side as tabs; a sent action shows its progress.
        tabifyDockWidget(composer, actions);
        composer->raise();
        connect(m_actionsDock, &ActionsDock::editRequested, this, [this, composer](qint64 id) {
            if (m_dispatchDock->editDraft(id)) {
                composer->raise();
                m_dispatchDock->setFocus();
            }
        });
        // One area: the map's. The composer shows it and edits it through the map, so that
        // what is drawn is what is sent; an update may grow the action's area to it.
        connect(m_mapView->areaController(), &AreaController::alertAreaChanged, m_dispatchDock,
                &DispatchDock::setAlertArea);
        connect(m_mapView->areaController(), &AreaController::alertAreaChanged, m_actionsDock,
                &ActionsDock::setAlertArea);
        connect(m_dispatchDock, &DispatchDock::areaEdited, this, [this](const GeoArea& area) {
            m_mapView->areaController()->commit(area, tr("Circle from the composer"));
            m_mapView->zoomToArea();
        });
        m_dispatchDock->setAlertArea(m_mapView->areaController()->area());
        // A scheduled notice is counted on the map for its send time as well.
        connect(m_dispatchDock, &DispatchDock::countMomentChanged, m_mapView, &MapView::setCountAt);
        m_dispatchDock->setChannelStatus(s.dispatcher());
        // Tips: the Actions dock's Tips and Timeline tabs, the map's tip layer from the register
        // (so they are back after a restart), and a click on the map for a tip's place.
        m_actionsDock->setTipService(s.tips());
        new TipMapFeed(s.workflow(), s.tips(), *m_mapView->areaController(), s.notifier(), this);
        // The area assistant's ring and the area of an action under review, on the map.
        new GuideMapFeed(*m_mapView, *m_dispatchDock, *m_actionsDock, s.areaAssistant(), this);
        connect(&s.notifier(), &ActionNotifier::tipLogged, m_actionsDock->tipsPanel(),
                &TipsPanel::reload);
        connect(&s.notifier(), &ActionNotifier::tipLogged, m_actionsDock->timeline(),
                &ActionTimeline::reload);
        connect(&s.notifier(), &ActionNotifier::actionChanged, m_actionsDock->timeline(),
                &ActionTimeline::reload);
        connect(m_actionsDock->tipsPanel(), &TipsPanel::pickPlaceRequested, this, [this] {
            m_mapView->activateTool(MapToolId::TipPlace);
            statusBar()->showMessage(tr("Click the tip's place on the map (Escape: none)."));
        });
        connect(m_mapView, &MapView::placePicked, m_actionsDock->tipsPanel(),
                &TipsPanel::setPickedPlace);

        // Alarms: one dock, its title counting what needs attention; one click to the action or
        // the decision.
        m_alarmDock = new AlarmDock(s.alarms(), m_services.clock, this);
        // With the participants, so the window keeps its size; it comes to the front when a new
        // alarm needs attention.
        QDockWidget* alarms = addPanelDock(QStringLiteral("alarmsDock"), tr("Alarms"), m_alarmDock,
                                           Qt::LeftDockWidgetArea);
        if (auto* participants = findChild<QDockWidget*>(QStringLiteral("participantsDock"))) {
            tabifyDockWidget(participants, alarms);
            if (m_alarmDock->activeCount() == 0)
                participants->raise();
        }
        connect(&s.notifier(), &ActionNotifier::actionChanged, m_alarmDock, &AlarmDock::refresh);
        connect(&s.notifier(), &ActionNotifier::outboxChanged, m_alarmDock, &AlarmDock::refresh);
        connect(m_alarmDock, &AlarmDock::activeCountChanged, alarms,
                [alarms, shown = m_alarmDock->activeCount()](int count) mutable {
                    alarms->setWindowTitle(count ? tr("Alarms (%1)").arg(count) : tr("Alarms"));
                    if (count > shown) {
                        alarms->show();
                        alarms->raise();
                    }
                    shown = count;
                });
        alarms->setWindowTitle(m_alarmDock->activeCount()
                                   ? tr("Alarms (%1)").arg(m_alarmDock->activeCount())
                                   : tr("Alarms"));
        // New alarms also reach the desktop's tray, where there is one.
        m_alarmTray = new AlarmTray(this);
        connect(m_alarmDock, &AlarmDock::alarmsRaised, m_alarmTray, &AlarmTray::notify);
        if (GatewayHealthProbe* probe = s.healthProbe())
            connect(probe, &GatewayHealthProbe::healthChanged, m_alarmDock, &AlarmDock::refresh);
        // Who was not reached, for those who may see (masked) participant data.
        if (session.can(Permission::ViewParticipants) && m_actionsDock->tabs()) {
            auto* failures = new FailuresPanel(s.failures(), this);
            const int tab = m_actionsDock->tabs()->addTab(failures, tr("Failures"));
            connect(m_actionsDock, &ActionsDock::shownActionChanged, failures,
                    &FailuresPanel::setAction);
            connect(m_actionsDock->tabs(), &QTabWidget::currentChanged, failures,
                    [failures, tab](int index) {
                        if (index == tab)
                            failures->reload();
                    });
            failures->setAction(m_actionsDock->currentActionId());
        }
        connect(m_alarmDock, &AlarmDock::openAction, this, [this, actions](qint64 id) {
            actions->show();
            actions->raise();
            m_actionsDock->selectAction(id);
        });
        connect(m_alarmDock, &AlarmDock::openDecision, this,
                [this, actions](qint64 id, AlarmKind kind) {
                    actions->show();
                    actions->raise();
                    m_actionsDock->selectAction(id);
                    if (kind != AlarmKind::Uncertain && kind != AlarmKind::Stale)
                        return;
                    QPushButton* b = m_actionsDock->button(kind == AlarmKind::Uncertain
                                                               ? ActionStep::DecideUncertain
                                                               : ActionStep::DecideStale);
                    if (b->isEnabled())
                        b->click();
                });
        connect(m_mapView->areaController(), &AreaController::incidentChanged, m_dispatchDock,
                [this](const QGeoCoordinate& at) { m_dispatchDock->setIncidentLocation(at); });
        connect(m_dispatchDock, &DispatchDock::actionSubmitted, this, [this, actions](qint64 id) {
            actions->raise();
            m_actionsDock->selectAction(id);
        });
    } else {
        addPanelDock(QStringLiteral("dispatchDock"), tr("Dispatch"),
                     new PlaceholderPanel(tr("Compose and send"),
                                          tr("Compose one message, preview it per channel and "
                                             "send it to the participants in the area."),
                                          this),
                     Qt::RightDockWidgetArea);
        addPanelDock(QStringLiteral("actionsDock"), tr("Actions"),
                     new PlaceholderPanel(tr("Burgernet actions"),
                                          tr("Running and closed actions with their progress, "
                                             "call-back tips and outcome."),
                                          this),
                     Qt::RightDockWidgetArea);
    }
    // The review of actions and the statistics: for those with ViewReports only.
    if (m_services.session && session.can(Permission::ViewReports)) {
        m_reviewDock = new ReviewDock(m_services.session->review(), session.mode, this);
        auto* review = addPanelDock(QStringLiteral("reviewDock"), tr("Review"), m_reviewDock,
                                    Qt::BottomDockWidgetArea);
        review->hide(); // shown from the View menu
    }
    if (!session.can(Permission::ReviewAudit))
        return;
    m_auditDock = new AuditDock(m_services.audit, this);
    auto* audit = addPanelDock(QStringLiteral("auditDock"), tr("Audit log"), m_auditDock,
                               Qt::BottomDockWidgetArea);
    audit->hide(); // for supervisors; shown from the View menu
}

// The map's counts and dots follow the register: the new index is read and built on a worker
// thread with its own connection (about 1.5 s at 1.25 M) while counts go on with the old one.
void MainWindow::reloadSelectionIndex()
{
    using Built = Result<std::shared_ptr<const ParticipantIndex>>;
    // Read before the index: a write after this point changes it again and is picked up next.
    m_registerGeneration =
        ParticipantService(m_services.database, m_services.audit).registerGeneration();
    auto* watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Built built = watcher->result();
        watcher->deleteLater();
        if (!built) {
            statusBar()->showMessage(built.errorMessage(), 15'000);
            return;
        }
        SelectionService& selection =
            m_services.selection ? *m_services.selection : *m_ownSelection;
        selection.setIndex(*built);
        m_mapView->participantsChanged(selection);
        // The composer counted before the index was there: its count would stay at zero.
        if (m_dispatchDock)
            m_dispatchDock->refreshPreview();
        emit selectionIndexReloaded();
    });
    watcher->setFuture(QtConcurrent::run(SelectionService::loaderOf(m_services.database)));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_transfers = new RegisterTransfers(m_services, this);
    connect(m_transfers, &RegisterTransfers::registerChanged, this,
            &MainWindow::followRegisterChange);
    connect(m_transfers, &RegisterTransfers::exported, this,
            [this](qint64 rows, const QString& path) {
                statusBar()->showMessage(
                    tr("%1 participants exported to %2")
                        .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)),
                    10'000);
            });
    QAction* importAction = file->addAction(tr("&Import participants…"), m_transfers,
                                            &RegisterTransfers::openImportDialog);
    importAction->setObjectName(QStringLiteral("importParticipantsAction"));
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    importAction->setEnabled(m_services.audit.session().can(Permission::ImportParticipants));
    QAction* exportAction =
        file->addAction(tr("&Export participants…"), m_transfers, &RegisterTransfers::exportToFile);
    exportAction->setObjectName(QStringLiteral("exportParticipantsAction"));
    exportAction->setEnabled(m_services.audit.session().can(Permission::ExportParticipants));
    file->addSeparator();
    QAction* lockNow = file->addAction(tr("&Lock"), this, [this] { lock(); });
    lockNow->setObjectName(QStringLiteral("lockAction"));
    lockNow->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction* signOutAction =
        file->addAction(tr("Sign &out / switch user"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    // The service refuses everyone else too; the menu only spares them a refusal.
    if (m_services.audit.session().can(Permission::ManageSettings)) {
        QAction* policy = edit->addAction(tr("P&olicy…"), this, &MainWindow::showPolicy);
        policy->setObjectName(QStringLiteral("policyAction"));
    }
    if (m_services.senders) {
        QAction* senders = edit->addAction(tr("&Senders…"), this, &MainWindow::showSenders);
        senders->setObjectName(QStringLiteral("sendersAction"));
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    // From the keyboard straight to the work: the place search, the composer, the actions. A
    // locked window opens nothing.
    QAction* find = view->addAction(tr("&Find a place"), this, [this] {
        if (!m_locked)
            m_mapView->focusSearch();
    });
    find->setObjectName(QStringLiteral("findPlaceAction"));
    find->setShortcut(QKeySequence::Find);
    const auto goTo = [this, view](const QString& text, const QString& objectName,
                                   const QString& keys, const QString& dockName) {
        QAction* action = view->addAction(text, this, [this, dockName] {
            auto* dock = findChild<QDockWidget*>(dockName);
            if (m_locked || !dock)
                return;
            dock->show();
            dock->raise();
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
        });
        action->setObjectName(objectName);
        action->setShortcut(QKeySequence(keys));
    };
    goTo(tr("&Compose"), QStringLiteral("goToComposerAction"), tr("Ctrl+D"),
         QStringLiteral("dispatchDock"));
    goTo(tr("&Actions list"), QStringLiteral("goToActionsAction"), tr("Ctrl+J"),
         QStringLiteral("actionsDock"));
    view->addSeparator();
    QAction* fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    // Trainers run exercises on the training session's virtual clock.
    if (m_services.mode == Mode::Training && m_services.exerciseClock && m_services.session) {
        QMenu* training = menuBar()->addMenu(tr("&Training"));
        training->setObjectName(QStringLiteral("trainingMenu"));
        QAction* exercises =
            training->addAction(tr("&Exercises…"), this, &MainWindow::showExercises);
        exercises->setObjectName(QStringLiteral("exercisesAction"));
        exercises->setEnabled(m_services.audit.session().can(Permission::RunExercise));
        QAction* editor =
            training->addAction(tr("Scenario &editor…"), this, &MainWindow::showScenarioEditor);
        editor->setObjectName(QStringLiteral("scenarioEditorAction"));
        editor->setEnabled(m_services.audit.session().can(Permission::EditScenarios));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About Burgernet Console"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_participantsLabel = new QLabel(this);
    m_participantsLabel->setObjectName(QStringLiteral("participantsStatus"));
    m_modeIndicator = new ModeIndicator(m_services.mode, this);
    const Session& session = m_services.audit.session();
    m_userLabel = new QLabel(tr("%1 — %2").arg(session.user, RoleNames::text(session.role)) +
                                 (session.municipality.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (%1)").arg(session.municipality)),
                             this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_userLabel->setToolTip(tr("Signed in on %1").arg(session.workstation));
    statusBar()->addWidget(m_databaseLabel, 1);
    if (m_services.session)
        statusBar()->addPermanentWidget(
            new RegisterHealthLabel(m_services.session->presence(), this));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_mapView->countLabel());
    statusBar()->addPermanentWidget(m_mapView->cursorLabel());
    statusBar()->addPermanentWidget(m_participantsLabel);
    statusBar()->addPermanentWidget(m_modeIndicator);
}

void MainWindow::refreshStatus()
{
    const ParticipantService participants(m_services.database, m_services.audit);
    m_databaseLabel->setText(tr("Register: %1").arg(participants.registerLocation()));
    m_databaseLabel->setToolTip(participants.registerLocation());
    // Says which count it is: the list counts every status, the status bar those who get messages.
    const auto count = participants.countActive();
    m_participantsLabel->setText(count ? tr("%1 active").arg(QLocale().toString(*count))
                                       : tr("participants: ?"));
    m_participantsLabel->setToolTip(count ? tr("Active participants in the register: those who "
                                               "get messages")
                                          : count.errorMessage());
}

void MainWindow::createLock()
{
    m_centre = new QStackedWidget(this);
    m_centre->setObjectName(QStringLiteral("centreStack"));
    m_centre->addWidget(takeCentralWidget());
    m_lockPanel = new LockPanel(m_centre);
    m_lockPanel->setUser(m_services.audit.session().user,
                         RoleNames::text(m_services.audit.session().role));
    m_centre->addWidget(m_lockPanel);
    setCentralWidget(m_centre);
    connect(m_lockPanel, &LockPanel::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockPanel, &LockPanel::signOutRequested, this, &MainWindow::signOut);

    m_idle = new IdleWatcher(m_services.clock, idleLockMs(), this);
    connect(m_idle, &IdleWatcher::idle, this, [this] { lock(QStringLiteral("idle")); });
}

void MainWindow::lock(const QString& reason)
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->setPaused(true);
    (void)m_services.audit.record(QStringLiteral("session.lock"), QStringLiteral("workstation"),
                                  m_services.audit.session().workstation, AuditResult::Ok,
                                  {{QStringLiteral("reason"), reason}});
    // Whatever shows personal data goes: the docks, the toolbars (but the training banner),
    // and open dialogs such as a participant's details.
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog->isVisible())
            dialog->reject();
    m_hiddenWhileLocked.clear();
    for (QDockWidget* dock : std::as_const(m_docks))
        if (dock->isVisible())
            m_hiddenWhileLocked << dock;
    for (QToolBar* bar : findChildren<QToolBar*>())
        if (bar->isVisible() && bar->objectName() != QLatin1String("trainingBar"))
            m_hiddenWhileLocked << bar;
    for (QWidget* w : std::as_const(m_hiddenWhileLocked))
        w->hide();
    menuBar()->setEnabled(false);
    m_centre->setCurrentWidget(m_lockPanel);
    m_lockPanel->clear();
}

bool MainWindow::unlock(const QString& password)
{
    if (!m_locked)
        return true;
    if (!m_services.signIn) {
        m_lockPanel->setMessage(tr("Sign out and sign in again."));
        return false;
    }
    const SignInAttempt attempt = m_services.signIn->reauthenticate(
        m_services.audit.session(), password, QStringLiteral("idle-lock"));
    if (!attempt.ok()) {
        m_lockPanel->clear();
        m_lockPanel->setMessage(attempt.message);
        if (attempt.outcome == SignInOutcome::Locked || attempt.outcome == SignInOutcome::Refused)
            signOut(); // the name is locked or refused here now: someone else signs in
        return false;
    }
    m_locked = false;
    for (QWidget* w : std::as_const(m_hiddenWhileLocked))
        w->show();
    m_hiddenWhileLocked.clear();
    menuBar()->setEnabled(true);
    m_centre->setCurrentIndex(0);
    m_lockPanel->clear();
    m_idle->setPaused(false);
    return true;
}

void MainWindow::signOut()
{
    m_signedOut = true;
    close();
}

namespace {

// A user's own copy of a layout key, under users/<name>/: two dispatchers who share a
// workstation each find the docks where they left them. Until a user has saved one, the
// workstation's (from before layouts were kept per user) holds.
class UserLayoutKey
{
public:
    UserLayoutKey(const QString& user, const SettingKey<QByteArray>& shared)
        : m_path(QByteArrayLiteral("users/") + QUrl::toPercentEncoding(user) + '/' + shared.path)
        , m_own{m_path.constData(), {}, shared.description}
        , m_shared(shared)
    {}
    QByteArray read(const Settings& settings) const
    {
        const QByteArray own = settings.value(m_own);
        return own.isEmpty() ? settings.value(m_shared) : own;
    }
    void write(Settings& settings, const QByteArray& value) const
    {
        settings.setValue(m_own, value);
    }

private:
    QByteArray m_path;
    SettingKey<QByteArray> m_own;
    const SettingKey<QByteArray>& m_shared;
};

} // namespace

void MainWindow::restoreLayout()
{
    const QString& user = m_services.audit.session().user;
    const QByteArray geometry =
        UserLayoutKey(user, keys::MainWindowGeometry).read(m_services.settings);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(UserLayoutKey(user, keys::MainWindowState).read(m_services.settings));
    if (m_auditDock)
        m_auditDock->restoreHeaderState(m_services.settings.value(keys::AuditTableHeader));
}

void MainWindow::saveLayout()
{
    const QString& user = m_services.audit.session().user;
    UserLayoutKey(user, keys::MainWindowGeometry).write(m_services.settings, saveGeometry());
    UserLayoutKey(user, keys::MainWindowState).write(m_services.settings, saveState());
    if (m_auditDock)
        m_services.settings.setValue(keys::AuditTableHeader, m_auditDock->headerState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A locked window that someone else takes over does not ask: the question would wait on a
    // screen nobody may read.
    if (!m_locked && !m_openActions->mayLeave(this, m_signedOut)) {
        m_signedOut = false;
        event->ignore();
        return;
    }
    // A locked window's layout has its docks hidden: keep the one from before the lock.
    if (!m_locked)
        saveLayout();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_services.settingsService, this);
    connect(&dialog, &PreferencesDialog::schemeChanged, this, [](const QString& scheme) {
        NightPalette::apply(*qApp, NightPalette::fromId(scheme));
    });
    connect(&dialog, &PreferencesDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language is used from the next start of the console."),
                                 10'000);
    });
    dialog.exec();
}

void MainWindow::showPolicy()
{
    PolicyDialog dialog(m_services.settingsService, this);
    dialog.exec();
    m_idle->setIdleMs(idleLockMs());
}

qint64 MainWindow::idleLockMs() const
{
    const auto policy = m_services.settingsService.policy();
    const int minutes = (policy ? *policy : PolicyValues()).value(PolicyKey::IdleLockMinutes);
    return qint64(std::max(0, minutes)) * 60'000;
}

void MainWindow::showSenders()
{
    SendersDialog dialog(*m_services.senders, this);
    dialog.exec();
}

// The trainee's exercise inbox: whoever runs the exercise, here or at another workstation on the
// training register, its messages arrive here and the session's clock follows its clock.
void MainWindow::createExerciseInbox()
{
    if (!m_services.session)
        return;
    m_exerciseInbox = new ExerciseInboxDock(m_services.database, m_services.audit,
                                            m_services.exerciseClock, this);
    m_exerciseInbox->setLeading([this] {
        const ExerciseEngine* engine = m_exercises ? m_exercises->engine() : nullptr;
        return engine && (engine->state() == ExerciseEngine::State::Running ||
                          engine->state() == ExerciseEngine::State::Paused);
    });
    QDockWidget* dock = addPanelDock(QStringLiteral("exerciseInboxDock"), tr("Exercise inbox"),
                                     m_exerciseInbox, Qt::RightDockWidgetArea);
    dock->setStyleSheet(QStringLiteral("QDockWidget::title { background: %1; color: white; }")
                            .arg(ModeIndicator::modeColor(Mode::Training).name()));
    connect(m_exerciseInbox, &ExerciseInboxDock::exerciseActive, m_idle, &IdleWatcher::touch);
    connect(m_exerciseInbox, &ExerciseInboxDock::unreadChanged, dock, [dock](int unread) {
        dock->setWindowTitle(unread ? tr("Exercise inbox (%n new)", nullptr, unread)
                                    : tr("Exercise inbox"));
    });
    connect(m_exerciseInbox, &ExerciseInboxDock::messagesArrived, this,
            [this, dock](int, const QString& notice) {
                dock->show();
                dock->raise();
                statusBar()->showMessage(notice, 15'000);
            });
}

void MainWindow::showExercises()
{
    if (!m_exercises) {
        m_exercises = new ExerciseWindow(*m_services.session, *m_services.exerciseClock, this);
        connect(m_exercises, &ExerciseWindow::exerciseTicked, m_idle, &IdleWatcher::touch);
    }
    m_exercises->show();
    m_exercises->raise();
}

void MainWindow::showScenarioEditor()
{
    if (!m_scenarioEditor)
        m_scenarioEditor = new ScenarioEditor(m_services.audit, this);
    m_scenarioEditor->show();
    m_scenarioEditor->raise();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace burgernet
