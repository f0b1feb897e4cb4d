#pragma once

#include "app/training/ExerciseEngine.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace burgernet {

class DebriefDialog;
class SessionServices;
class TruePathView;
class VirtualClock;

// Training → Exercises: the trainer chooses a scenario and starts, pauses, resumes, speeds up
// and stops it on the session's virtual clock. The inbox shows the injects as they arrive (what
// the trainee is told, and what only the trainer sees), the tips list the call-backs, and the
// picture shows the true path with where the person is now. Stopping opens the debrief. The
// engine does the work; this window only shows it.
class ExerciseWindow : public QWidget
{
    Q_OBJECT

public:
    ExerciseWindow(SessionServices& session, VirtualClock& clock, QWidget* parent = nullptr);
    ~ExerciseWindow() override;

    ExerciseEngine* engine() { return m_engine.get(); }
    DebriefDialog* debriefDialog() { return m_debrief; }
    // Chooses a scenario by its bundled file name or its path; false when it does not load.
    bool chooseScenario(const QString& nameOrPath);

    void start();
    void pause();
    void resume();
    void stop();
    // How often the engine is asked to deliver what is due (real milliseconds).
    void setPollInterval(int ms);

private:
    void openFile();
    void tick();
    void refreshButtons();
    void addEvent(const ExerciseEvent& event);
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
    TruePathView* m_path = nullptr;
    QTimer* m_timer = nullptr;
    DebriefDialog* m_debrief = nullptr;
};

} // namespace burgernet
