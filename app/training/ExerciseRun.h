#pragma once

#include "app/core/Result.h"
#include "app/training/ExerciseDebrief.h"
#include "app/training/TraineeScript.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace burgernet {

class SessionServices;
class VirtualClock;

// An exercise without a window: the engine runs the scenario, the script acts as the trainee
// through the session's services, the session's own dispatcher sends through the simulated
// senders, and the debrief comes out at the end. With speed 0 the virtual clock is moved in
// steps of ten seconds as soon as the messages due have been handed to the senders (as fast
// as the machine goes; by one second while messages wait for their channel's rate); any other speed
// runs the clock at that many times real time.
class ExerciseRun
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ExerciseRun)

public:
    ExerciseRun(SessionServices& session, VirtualClock& clock, const Scenario& scenario,
                QString scenarioName, const TraineeScript& script);

    Result<Debrief> run(double speed);
    // What each step of the script did (sent, refused and why), in order.
    const QStringList& log() const { return m_log; }
    // Called with every line of the log as it happens.
    void setProgress(std::function<void(const QString&)> progress)
    {
        m_progress = std::move(progress);
    }

private:
    // True when messages are still due after `capMs` (a channel waits for its rate or gateway).
    bool settle(qint64 capMs);
    void note(const QString& line);

    SessionServices& m_session;
    VirtualClock& m_clock;
    const Scenario& m_scenario;
    QString m_name;
    const TraineeScript& m_script;
    QStringList m_log;
    std::function<void(const QString&)> m_progress;
};

} // namespace burgernet
