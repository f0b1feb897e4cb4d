#pragma once

#include "app/core/Result.h"
#include "app/training/Scenario.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace burgernet {

class AuditService;
class ScenarioMap;

// Training → Scenario editor: trainers write a scenario here instead of by hand. The incident
// (type, place, time of day, the caller's description and its slots), the learning goals, the
// true path clicked on the map (each point gets its minute), the injects in a table. Checking
// and saving go through ScenarioService: the loader `scenario check` uses names the field of
// any error, and the save is recorded. What the editor does not show of an opened file (the
// population's model, the reference area) is kept as it was.
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(AuditService& audit, QWidget* parent = nullptr);
    ~ScenarioEditor() override;

    // The scenario as the editor holds it now, as JSON.
    QJsonObject document() const;
    // Fills the editor from a scenario document.
    void setDocument(const QJsonObject& document);
    void newScenario();
    Status openFile(const QString& path);
    // Checks and saves; the status line says what happened (or names the wrong field).
    Status saveTo(const QString& path);
    // Checks without saving: the scenario, or the first error naming the field.
    Result<Scenario> check();

    ScenarioMap* map() const { return m_map; }
    // Adds a point of the true path (what a click on the map does while the path is picked).
    void addPathPoint(const QGeoCoordinate& at);
    // Adds an inject row at minute `minute`.
    void addInject(double minute, InjectKind kind, const QString& text);
    void addGoal(const QString& id, const QString& title, const QString& criteria);

private:
    QWidget* createIncidentPage();
    QWidget* createGoalsPage();
    QWidget* createPathPage();
    QWidget* createInjectsPage();
    void picked(const QGeoCoordinate& at);
    void refreshMap();
    void showStatus(const QString& text, bool error);
    void openWithDialog();
    void saveWithDialog();
    void setIncidentLocation(const QGeoCoordinate& at);

    AuditService& m_audit;
    QJsonObject m_base; // the opened document: what the editor does not show stays
    QString m_path;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_summary = nullptr;
    QSpinBox* m_endMinute = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_place = nullptr;
    QTimeEdit* m_time = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_location = nullptr;
    QGeoCoordinate m_incident;
    QList<QLineEdit*> m_personSlots;
    QList<QLineEdit*> m_vehicleSlots;
    QPlainTextEdit* m_tipTexts = nullptr;
    QTableWidget* m_goals = nullptr;
    QTableWidget* m_pathTable = nullptr;
    QDoubleSpinBox* m_step = nullptr;
    QRadioButton* m_pickIncident = nullptr;
    QTableWidget* m_injects = nullptr;
    ScenarioMap* m_map = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace burgernet
