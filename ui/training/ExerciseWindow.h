#pragma once

#include "app/training/ExerciseEngine.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace burgernet {

class DebriefDialog;
class ExerciseRuns;
class ScenarioMap;
class SessionServices;
class VirtualClock;

// Training → Exercises: the trainer chooses a scenario and the trainee, and starts, pauses,
// resumes, speeds up and stops it on the session's virtual clock. The inbox shows the injects as
// they arrive (what the trainee is told, and what only the trainer sees), the tips list the
// call-backs; the trainer's live view shows what the trainee does (each action's area, texts and
// sends) and, on the map, the true path with where the person is now, hidden from the trainee.
// Stopping stores the run for the trainee and opens the debrief, compared with their earlier
// runs. The engine does the work; this window only shows it.
class ExerciseWindow : public QWidget
{
    Q_OBJECT

public:
    ExerciseWindow(SessionServices& session, VirtualClock& clock, QWidget* parent = nullptr);
    ~ExerciseWindow() override;

    ExerciseEngine* engine() { return m_engine.get(); }
    DebriefDialog* debriefDialog() { return m_debrief; }
    ScenarioMap* map() { return m_map; }
    void setTrainee(const QString& name);
    // Chooses a scenario by its bundled file name or its path; false when it does not load.
    bool chooseScenario(const QString& nameOrPath);

    void start();
    void pause();
    void resume();
    void stop();
    // How often the engine is asked to deliver what is due (real milliseconds).
    void setPollInterval(int ms);

Q_SIGNALS:
    // The exercise moved on (each poll while it runs or is paused). Its clock jumps to the
    // report's time and may run faster than real time, so that the window's idle lock, which
    // counts on the session's clock, takes every poll for activity until the exercise stops.
    void exerciseTicked();

private:
    void openFile();
    void tick();
    void refreshButtons();
    void addEvent(const ExerciseEvent& event);
    void refreshTrainee();
    double chosenSpeed() const;

    SessionServices& m_session;
    VirtualClock& m_clock;
    std::unique_ptr<ExerciseEngine> m_engine;
    std::optional<Scenario> m_scenario;
    QString m_scenarioName;
    QComboBox* m_scenarios = nullptr;
    QComboBox* m_speed = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_inbox = nullptr;
    QListWidget* m_tips = nullptr;
    QLineEdit* m_trainee = nullptr;
    QTreeWidget* m_activity = nullptr;
    ScenarioMap* m_map = nullptr;
    std::unique_ptr<ExerciseRuns> m_runs;
    QTimer* m_timer = nullptr;
    DebriefDialog* m_debrief = nullptr;
};

} // namespace burgernet
