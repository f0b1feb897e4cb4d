#include "MainWindow.h"

#include "ModeIndicator.h"
#include "PlaceholderPanel.h"
#include "audit/AuditDock.h"
#include "participants/ParticipantsDock.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "map/AreaController.h"
#include "map/LayerListWidget.h"
#include "map/MapView.h"
#include "services/SelectionService.h"
#include "storage/Database.h"
#include "storage/ParticipantRepository.h"
#include "core/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace burgernet {

MainWindow::MainWindow(ConsoleServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/burgernet-console.svg")));
    setWindowTitle(m_services.mode == Mode::Live ? tr("Burgernet Console")
                                                 : tr("Burgernet Console — TRAINING"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createCentralArea();
    createDocks();
    createMenus();
    createStatusBar();
    if (m_services.mode == Mode::Training)
        markAsTraining();
    restoreLayout();
    refreshStatus();
}

MainWindow::~MainWindow() = default;

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
    auto* participants = new ParticipantsDock(m_services.database, m_services.audit, this);
    addPanelDock(QStringLiteral("participantsDock"), tr("Participants"), participants,
                 Qt::LeftDockWidgetArea);
    // The dock's "only the drawn area" filter follows the alert area on the map.
    connect(m_mapView->areaController(), &AreaController::alertAreaChanged, participants,
            [this, participants](const GeoArea& area) {
                const SelectionService& selection =
                    m_services.selection ? *m_services.selection : *m_ownSelection;
                participants->setArea(area.isEmpty() ? std::nullopt
                                                     : std::optional(selection.select(
                                                           area, m_services.clock.nowUtc())));
            });
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
    m_auditDock = new AuditDock(m_services.audit, this);
    auto* audit = addPanelDock(QStringLiteral("auditDock"), tr("Audit log"), m_auditDock,
                               Qt::BottomDockWidgetArea);
    audit->hide(); // for supervisors; shown from the View menu
    auto* layers = addPanelDock(QStringLiteral("mapLayersDock"), tr("Map layers"),
                                m_mapView->layerList(), Qt::LeftDockWidgetArea);
    layers->hide(); // shown from the View menu
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
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

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction* fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

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
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_mapView->countLabel());
    statusBar()->addPermanentWidget(m_mapView->cursorLabel());
    statusBar()->addPermanentWidget(m_participantsLabel);
    statusBar()->addPermanentWidget(m_modeIndicator);
}

void MainWindow::refreshStatus()
{
    const DatabaseSpec& spec = m_services.database.spec();
    m_databaseLabel->setText(spec.kind == DatabaseKind::Sqlite
                                 ? tr("Register: %1").arg(spec.sqlitePath)
                                 : tr("Register: %1").arg(spec.displayName()));
    m_databaseLabel->setToolTip(spec.displayName());
    const auto count = ParticipantRepository(m_services.database).countActive();
    m_participantsLabel->setText(count ? tr("%1 participants").arg(QLocale().toString(*count))
                                       : tr("participants: ?"));
    m_participantsLabel->setToolTip(count ? tr("Active participants in the register")
                                          : count.errorMessage());
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_services.settings.value(keys::MainWindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(m_services.settings.value(keys::MainWindowState));
}

void MainWindow::saveLayout()
{
    m_services.settings.setValue(keys::MainWindowGeometry, saveGeometry());
    m_services.settings.setValue(keys::MainWindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_services.settingsService, this);
    connect(&dialog, &PreferencesDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language is used from the next start of the console."),
                                 10'000);
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace burgernet
