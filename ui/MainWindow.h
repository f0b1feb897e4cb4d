#pragma once

#include "ConsoleServices.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QUndoStack;

namespace burgernet {

class AuditDock;
class MapView;
class SelectionService;
class ModeIndicator;

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
    // Re-reads the participant count and database name shown in the status bar.
    void refreshStatus();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralArea();
    void createDocks();
    void createMenus();
    void createStatusBar();
    void markAsTraining();
    void restoreLayout();
    void saveLayout();
    QDockWidget* addPanelDock(const QString& objectName, const QString& title, QWidget* panel,
                              Qt::DockWidgetArea area);
    void showPreferences();
    void showAbout();

    ConsoleServices m_services;
    QUndoStack* m_undoStack = nullptr;
    QList<QDockWidget*> m_docks;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_participantsLabel = nullptr;
    ModeIndicator* m_modeIndicator = nullptr;
    AuditDock* m_auditDock = nullptr;
    std::unique_ptr<SelectionService> m_ownSelection;
    MapView* m_mapView = nullptr;
};

} // namespace burgernet
