#pragma once

#include "ui/ConsoleServices.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace burgernet {

class ActionsDock;
class AlarmDock;
class AlarmTray;
class OpenActionsGuard;
class AuditDock;
class ExerciseInboxDock;
class ExerciseWindow;
class AreaCountService;
class AreaLibraryPanel;
class ScenarioEditor;
class BoundaryService;
class MapView;
class SavedAreaService;
class SelectionService;
class IdleWatcher;
class LockPanel;
class DispatchDock;
class ModeIndicator;
class ParticipantsDock;
class RegisterTransfers;
class ReviewDock;

// The console's window: the map in the centre, docks around it, menus and the status bar.
// Composition only: the panels and services do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    AuditDock* auditDock() const { return m_auditDock; }
    MapView* mapView() const { return m_mapView; }
    AreaLibraryPanel* areaLibrary() const { return m_areaLibrary; }
    ParticipantsDock* participantsDock() const { return m_participantsDock; }
    RegisterTransfers* registerTransfers() const { return m_transfers; }
    DispatchDock* dispatchDock() const { return m_dispatchDock; }
    ActionsDock* actionsDock() const { return m_actionsDock; }
    AlarmDock* alarmDock() const { return m_alarmDock; }
    AlarmTray* alarmTray() const { return m_alarmTray; }
    // Asks before quitting or signing out with actions open; tests script its question.
    OpenActionsGuard* openActionsGuard() const { return m_openActions.get(); }
    ReviewDock* reviewDock() const { return m_reviewDock; }
    // Training only: the trainee's exercise inbox.
    ExerciseInboxDock* exerciseInbox() const { return m_exerciseInbox; }
    // Re-reads the participant count and database name shown in the status bar.
    void refreshStatus();
    // Rebuilds the selection index from the register in the background (after an import).
    void reloadSelectionIndex();
    Q_SIGNAL void selectionIndexReloaded();
    // Compares the register's change token with the one last read; on a change, the list, the
    // status bar and the selection index follow. Runs every kRegisterWatchMs.
    void checkRegisterChanged();
    static constexpr int kRegisterWatchMs = 10'000;

    // The idle lock: hides the docks (personal data) and open dialogs until the signed-in
    // user types their password again.
    bool isLocked() const { return m_locked; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    LockPanel* lockPanel() const { return m_lockPanel; }
    // True when the window closed because the user signed out (the console then asks for the
    // next sign-in instead of quitting).
    bool signedOut() const { return m_signedOut; }

public Q_SLOTS:
    void lock(const QString& reason = QStringLiteral("manual"));
    bool unlock(const QString& password);
    void signOut();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralArea();
    void createDocks();
    void createMenus();
    void createStatusBar();
    void createLock();
    void createExerciseInbox();
    void markAsTraining();
    void restoreLayout();
    void saveLayout();
    QDockWidget* addPanelDock(const QString& objectName, const QString& title, QWidget* panel,
                              Qt::DockWidgetArea area);
    void showPreferences();
    void showPolicy();
    void showSenders();
    void showExercises();
    void showScenarioEditor();
    // The register's idle lock for this session's mode.
    qint64 idleLockMs() const;
    void showAbout();

    ConsoleServices m_services;
    ExerciseWindow* m_exercises = nullptr;
    ExerciseInboxDock* m_exerciseInbox = nullptr;
    ScenarioEditor* m_scenarioEditor = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QList<QDockWidget*> m_docks;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_participantsLabel = nullptr;
    ModeIndicator* m_modeIndicator = nullptr;
    AuditDock* m_auditDock = nullptr;
    std::unique_ptr<SelectionService> m_ownSelection;
    std::unique_ptr<BoundaryService> m_boundaries;
    std::unique_ptr<AreaCountService> m_areaCounts;
    std::unique_ptr<SavedAreaService> m_savedAreas;
    AreaLibraryPanel* m_areaLibrary = nullptr;
    MapView* m_mapView = nullptr;
    ParticipantsDock* m_participantsDock = nullptr;
    RegisterTransfers* m_transfers = nullptr;
    QLabel* m_userLabel = nullptr;
    QStackedWidget* m_centre = nullptr;
    LockPanel* m_lockPanel = nullptr;
    IdleWatcher* m_idle = nullptr;
    QList<QWidget*> m_hiddenWhileLocked;
    bool m_locked = false;
    bool m_signedOut = false;
    QString m_registerGeneration; // Database::registerGeneration() when the index was last read
    void followRegisterChange();
    DispatchDock* m_dispatchDock = nullptr;
    ActionsDock* m_actionsDock = nullptr;
    AlarmDock* m_alarmDock = nullptr;
    AlarmTray* m_alarmTray = nullptr;
    std::unique_ptr<OpenActionsGuard> m_openActions;
    ReviewDock* m_reviewDock = nullptr;
};

} // namespace burgernet
