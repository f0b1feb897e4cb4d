#pragma once

#include "app/core/Result.h"
#include "app/dispatch/Action.h"
#include "app/training/Scenario.h"
#include "app/training/SimulatedPopulation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace burgernet {

class ExerciseBoard;
class ParticipantRepository;
class SessionServices;
class VirtualClock;

// Something that happened in an exercise: an inject delivered, a call-back logged as a tip.
struct ExerciseEvent
{
    enum class Kind { Inject, Tip };
    Kind kind = Kind::Inject;
    double minute = 0;
    InjectKind inject = InjectKind::CallerInfo;
    QString text;
    QGeoCoordinate position;
    qint64 actionId = 0;    // a tip's action
    bool forTrainee = true; // gateway failures are felt, not announced
};

// What the engine saw of one of the trainee's actions while the exercise ran.
struct ExerciseActionTrace
{
    qint64 actionId = 0;
    double sentMinute = -1; // the first alert confirmed
    GeoArea areaAtSend;
    ActionContent contentAtSend;
    QSet<qint64> reached;              // participants reached on an addressed channel
    qint64 callbacks = 0;              // simulated call-backs logged as tips
    QHash<Channel, qint64> failedSeen; // the most failed messages seen at once, per channel
    bool withoutConsent = false;       // a missing person looked for without the family's consent
};

// Runs a scenario in a training session on its virtual clock: start, pause, resume, speed and
// stop; delivers the injects when their minute comes; makes gateways fail and recover in the
// simulated senders; and lets the simulated population call back on the trainee's actions. The
// trainee works as always (the window or burgernetctl through the same services); the engine
// only watches the training register. Through the register (ExerciseBoard) it shares its clock,
// the injects meant for the trainee and the failing gateways, so that the trainee may work at
// another workstation on the same training register. It never runs in a live session: there is
// no live sender to fail or to reach.
class ExerciseEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Ready, Running, Paused, Stopped };

    ExerciseEngine(SessionServices& session, VirtualClock& clock, Scenario scenario,
                   QString scenarioName, QObject* parent = nullptr);
    ~ExerciseEngine() override;

    // Checks the permission and the mode, records the start, sets the clock to the report's
    // time of day (the next one from now) and runs it at `speed` times real time (0: the clock
    // stands until someone moves it, as the headless run does).
    Status start(double speed = 1.0);
    // Each recorded before the clock changes; nothing changes when the record cannot be written.
    Status pause();
    Status resume();
    Status setSpeed(double speed);
    // Records the stop; every gateway works again.
    Status stop();
    // Delivers what is due at the clock's time; the window calls it from a timer.
    void poll();

    State state() const { return m_state; }
    double speed() const { return m_speed; }
    double minute() const;
    QDateTime startedAt() const { return m_start; }
    const Scenario& scenario() const { return m_scenario; }
    const QString& scenarioName() const { return m_name; }
    const QList<ExerciseEvent>& events() const { return m_events; }
    QList<ExerciseActionTrace> traces() const;
    SessionServices& session() { return m_session; }
    const SimulatedPopulation& population() const { return m_population; }
    // The minute each inject of the scenario was delivered (-1: not yet).
    const QList<double>& deliveredAt() const { return m_deliveredAt; }
    // The exercise's id in the training register (0 when it could not be shared there).
    qint64 exerciseId() const { return m_exerciseId; }

    static double minutesBetween(const QDateTime& from, const QDateTime& to);

Q_SIGNALS:
    void stateChanged(burgernet::ExerciseEngine::State state);
    void injectDelivered(const burgernet::ExerciseEvent& event);
    void tipArrived(const burgernet::ExerciseEvent& event);
    // The scenario's last minute has come; the trainer stops it.
    void endReached();

private:
    void deliver(qsizetype index, double now);
    void watchActions(double now);
    void watchReached(ExerciseActionTrace& trace, double now);
    void callBack(double now);
    void setState(State state);
    Status record(const QString& action, double speed);
    // Tells the trainee's workstations the clock: at once after a change, and in between when it
    // has moved otherwise than at its rate (a clock steered by hand, as the tests do).
    void publishClock(bool changed);

    SessionServices& m_session;
    VirtualClock& m_clock;
    Scenario m_scenario;
    QString m_name;
    SimulatedPopulation m_population;
    std::unique_ptr<ParticipantRepository> m_participants;
    std::unique_ptr<ExerciseBoard> m_board;
    qint64 m_exerciseId = 0;
    qint64 m_publishedVirtualMs = 0;
    QElapsedTimer m_publishedAt; // real time since the clock was last published
    QElapsedTimer m_beatAt;      // real time since the last heartbeat
    State m_state = State::Ready;
    double m_speed = 1.0;
    QDateTime m_start;
    qsizetype m_nextInject = 0;
    QList<double> m_deliveredAt;
    QList<ExerciseEvent> m_events;
    QHash<qint64, ExerciseActionTrace> m_traces;
    QSet<qint64> m_considered; // participants whose call-back was decided
    QList<SimulatedCallback> m_pending;
    QSet<Channel> m_outage;        // channels whose gateway has failed in this exercise
    qint64 m_lastActionBefore = 0; // the trainee's actions are the ones made after the start
    double m_lastWatch = -1;
    bool m_endSignalled = false;
    bool m_populationReady = false; // the window loads the participant index in the background
};

} // namespace burgernet
