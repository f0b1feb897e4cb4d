#include "app/training/ExerciseRun.h"

#include "app/core/Clock.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/Outbox.h"
#include "app/session/SessionServices.h"
#include "app/training/ExerciseEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace burgernet {

namespace {
constexpr qint64 kStepMs = 10'000;
constexpr qint64 kBusyStepMs = 1'000;
} // namespace

ExerciseRun::ExerciseRun(SessionServices& session, VirtualClock& clock, const Scenario& scenario,
                         QString scenarioName, const TraineeScript& script)
    : m_session(session)
    , m_clock(clock)
    , m_scenario(scenario)
    , m_name(std::move(scenarioName))
    , m_script(script)
{}

void ExerciseRun::note(const QString& line)
{
    m_log << line;
    if (m_progress)
        m_progress(line);
}

// Lets the channel workers hand what is due to the senders before the clock moves on: until
// nothing is due, or every channel with messages due has finished a batch (it then waits for its
// rate or its gateway), or `capMs` of real time.
bool ExerciseRun::settle(qint64 capMs)
{
    Dispatcher* dispatcher = m_session.dispatcher();
    if (!dispatcher)
        return false;
    QSet<Channel> reported;
    const auto connection =
        QObject::connect(dispatcher, &Dispatcher::countsChanged, dispatcher,
                         [&reported](qint64, const Channel& channel, const StateCounts&) {
                             reported.insert(channel);
                         });
    dispatcher->wake();
    Outbox outbox(m_session.database());
    QElapsedTimer waited;
    waited.start();
    bool due = false;
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
        due = false;
        bool waiting = false; // a channel with messages due that has not finished a batch yet
        for (const Channel& channel : dispatcher->channels()) {
            auto at = outbox.dueAt(channel);
            if (at && *at && **at <= now) {
                due = true;
                waiting = waiting || !reported.contains(channel);
            }
        }
        if (!waiting)
            break;
        QThread::msleep(2);
    } while (waited.elapsed() < capMs);
    QObject::disconnect(connection);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return due;
}

Result<Debrief> ExerciseRun::run(double speed)
{
    ExerciseEngine engine(m_session, m_clock, m_scenario, m_name);
    if (auto started = engine.start(speed); !started)
        return started.error();
    note(tr("Exercise %1 started at %2 (exercise time).")
             .arg(m_name, engine.startedAt().toString(Qt::ISODate)));
    qint64 actionId = 0;
    qsizetype next = 0;
    const QList<TraineeStep>& steps = m_script.steps();
    while (true) {
        const double now = engine.minute();
        while (next < steps.size() && steps.at(next).minute <= now) {
            const TraineeStep& step = steps.at(next++);
            auto done = TraineeScript::perform(m_session, step, &actionId);
            note(QStringLiteral("T+%1 %2: %3")
                     .arg(now, 0, 'f', 1)
                     .arg(enumId(step.kind),
                          done ? *done : tr("refused: %1").arg(done.errorMessage())));
            settle(500);
            engine.poll();
        }
        if (now >= m_scenario.endMinute)
            break;
        if (speed <= 0) {
            const bool busy = settle(500);
            engine.poll();
            m_clock.advance(busy ? kBusyStepMs : kStepMs);
        } else {
            settle(50);
            engine.poll();
        }
    }
    settle(500);
    engine.poll();
    Debrief debrief = ExerciseDebrief::make(engine);
    if (auto stopped = engine.stop(); !stopped)
        return stopped.error();
    return debrief;
}

} // namespace burgernet
