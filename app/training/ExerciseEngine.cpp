#include "app/training/ExerciseEngine.h"

#include "app/channels/simulated/SimulatedGatewayFaults.h"
#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/dispatch/Outbox.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"
#include "app/session/SessionServices.h"
#include "app/storage/ParticipantRepository.h"
#include "app/training/ExerciseBoard.h"

#include <QTimeZone>

#include <algorithm>

namespace burgernet {

namespace {

const QString kExercise = QStringLiteral("exercise");

// How often (in exercise minutes) the register is read for who was reached.
constexpr double kWatchEveryMinutes = 0.25;
// How far (exercise ms) the trainee's clock may be from the trainer's before it is told again,
// and how often (real ms) at most while it stands and is moved by hand.
constexpr qint64 kClockDriftMs = 1000;
constexpr qint64 kClockRepublishMs = 250;

// The next moment from `now` at which Dutch local time reads `time`.
QDateTime nextTimeOfDay(const QDateTime& now, const QTime& time)
{
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime local = now.toTimeZone(amsterdam);
    QDateTime at(local.date(), time, amsterdam);
    if (at < now)
        at = QDateTime(local.date().addDays(1), time, amsterdam);
    return at.toUTC();
}

} // namespace

ExerciseEngine::ExerciseEngine(SessionServices& session, VirtualClock& clock, Scenario scenario,
                               QString scenarioName, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_scenario(std::move(scenario))
    , m_name(std::move(scenarioName))
    , m_population(m_scenario)
    , m_participants(std::make_unique<ParticipantRepository>(session.database()))
    , m_board(std::make_unique<ExerciseBoard>(session.database(), session.audit(), clock))
{
    m_deliveredAt.fill(-1, m_scenario.injects.size());
}

ExerciseEngine::~ExerciseEngine()
{
    if (m_state == State::Running || m_state == State::Paused)
        (void)stop();
}

double ExerciseEngine::minutesBetween(const QDateTime& from, const QDateTime& to)
{
    return double(from.msecsTo(to)) / 60'000.0;
}

double ExerciseEngine::minute() const
{
    return m_start.isValid() ? minutesBetween(m_start, m_clock.nowUtc()) : 0.0;
}

Status ExerciseEngine::start(double speed)
{
    if (m_state != State::Ready)
        return Error{tr("This exercise has already been started.")};
    AuditService& audit = m_session.audit();
    if (auto allowed = audit.require(Permission::RunExercise, QStringLiteral("exercise.start"),
                                     kExercise, m_name);
        !allowed)
        return allowed;
    if (m_session.mode() != Mode::Training || !m_session.gatewayFaults()) {
        (void)audit.record(QStringLiteral("exercise.start"), kExercise, m_name, AuditResult::Denied,
                           {{QStringLiteral("reason"), QStringLiteral("live")}},
                           {{QStringLiteral("reason"), DetailKind::Code}});
        return Error{tr("Exercises run in training mode only.")};
    }
    const QDateTime start = nextTimeOfDay(m_clock.nowUtc(), m_scenario.incident.timeOfDay);
    // Recorded before the clock moves: the record carries the real time and the exercise's.
    if (auto recorded =
            audit.record(QStringLiteral("exercise.start"), kExercise, m_name, AuditResult::Ok,
                         {{QStringLiteral("speed"), speed},
                          {QStringLiteral("exercise_time"), start.toString(Qt::ISODate)},
                          {QStringLiteral("injects"), m_scenario.injects.size()}},
                         {{QStringLiteral("speed"), DetailKind::Count},
                          {QStringLiteral("exercise_time"), DetailKind::Time},
                          {QStringLiteral("injects"), DetailKind::Count}});
        !recorded)
        return recorded.error();
    if (auto before = m_session.workflow().actions(false); before)
        for (const Action& a : std::as_const(*before))
            m_lastActionBefore = std::max(m_lastActionBefore, a.id);
    m_clock.setRate(0);
    m_clock.setTime(start);
    m_start = start;
    m_speed = speed;
    m_clock.setRate(speed);
    // The trainee's workstations follow from here; the exercise runs here even when they cannot.
    if (auto shared = m_board->begin(m_name, start, speed); shared) {
        m_exerciseId = *shared;
        m_publishedVirtualMs = start.toMSecsSinceEpoch();
        m_publishedAt.start();
    } else {
        qCWarning(lcDispatch) << "exercise not shared:" << shared.errorMessage();
    }
    setState(State::Running);
    poll();
    return {};
}

void ExerciseEngine::publishClock(bool changed)
{
    if (!m_exerciseId)
        return;
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const double rate = m_state == State::Running ? m_speed : 0.0;
    if (!changed && m_publishedAt.isValid()) {
        // A standing clock moved by hand (a headless run) is told a few times a second at most.
        if (rate == 0 && m_publishedAt.elapsed() < kClockRepublishMs)
            return;
        const qint64 expected =
            m_publishedVirtualMs + qint64(double(m_publishedAt.elapsed()) * rate);
        if (std::abs(now - expected) < kClockDriftMs)
            return;
    }
    const ExerciseClockState state = m_state == State::Running  ? ExerciseClockState::Running
                                     : m_state == State::Paused ? ExerciseClockState::Paused
                                                                : ExerciseClockState::Stopped;
    if (auto published = m_board->publishClock(m_exerciseId, state, m_speed); !published) {
        qCWarning(lcDispatch) << "exercise clock not shared:" << published.errorMessage();
        return;
    }
    m_publishedVirtualMs = now;
    m_publishedAt.start();
}

Status ExerciseEngine::record(const QString& action, double speed)
{
    auto recorded =
        m_session.audit().record(action, kExercise, m_name, AuditResult::Ok,
                                 {{QStringLiteral("minute"), qRound(minute() * 10) / 10.0},
                                  {QStringLiteral("speed"), speed}},
                                 {{QStringLiteral("minute"), DetailKind::Count},
                                  {QStringLiteral("speed"), DetailKind::Count}});
    if (!recorded)
        return recorded.error();
    return {};
}

Status ExerciseEngine::pause()
{
    if (m_state != State::Running)
        return Error{tr("The exercise is not running.")};
    if (auto recorded = record(QStringLiteral("exercise.pause"), m_speed); !recorded)
        return recorded;
    m_clock.setRate(0);
    setState(State::Paused);
    publishClock(true);
    return {};
}

Status ExerciseEngine::resume()
{
    if (m_state != State::Paused)
        return Error{tr("The exercise is not paused.")};
    if (auto recorded = record(QStringLiteral("exercise.resume"), m_speed); !recorded)
        return recorded;
    m_clock.setRate(m_speed);
    setState(State::Running);
    publishClock(true);
    return {};
}

Status ExerciseEngine::setSpeed(double speed)
{
    speed = std::max(0.0, speed);
    if (m_state == State::Running || m_state == State::Paused)
        if (auto recorded = record(QStringLiteral("exercise.speed"), speed); !recorded)
            return recorded;
    m_speed = speed;
    if (m_state == State::Running)
        m_clock.setRate(m_speed);
    publishClock(true);
    return {};
}

Status ExerciseEngine::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return Error{tr("The exercise is not running.")};
    poll();
    // After the exercise the training clock goes on at the real pace.
    m_clock.setRate(1.0);
    qint64 tips = 0;
    for (const ExerciseEvent& e : std::as_const(m_events))
        tips += e.kind == ExerciseEvent::Kind::Tip ? 1 : 0;
    const Status recorded =
        m_session.audit()
                .record(QStringLiteral("exercise.stop"), kExercise, m_name, AuditResult::Ok,
                        {{QStringLiteral("minute"), qRound(minute() * 10) / 10.0},
                         {QStringLiteral("tips"), tips},
                         {QStringLiteral("actions"), m_traces.size()}},
                        {{QStringLiteral("minute"), DetailKind::Count},
                         {QStringLiteral("tips"), DetailKind::Count},
                         {QStringLiteral("actions"), DetailKind::Count}})
                .ok()
            ? Status()
            : Status(Error{tr("The exercise's stop could not be recorded.")});
    // Every gateway works again, here and at the trainee's workstations, even when the stop
    // could not be recorded: a failure must not outlive its exercise.
    if (m_exerciseId)
        if (auto cleared = m_board->clearGateways(); !cleared)
            qCWarning(lcDispatch) << "exercise gateways:" << cleared.errorMessage();
    if (SimulatedGatewayFaults* faults = m_session.gatewayFaults())
        faults->clear();
    setState(State::Stopped);
    publishClock(true);
    return recorded;
}

void ExerciseEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ExerciseEngine::poll()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    if (!m_populationReady && m_session.selection().isLoaded()) {
        m_population.prepare(m_session.selection(), m_start);
        m_populationReady = true;
    }
    const double now = minute();
    publishClock(false);
    if (m_exerciseId && m_publishedAt.isValid() &&
        (!m_beatAt.isValid() || m_beatAt.elapsed() >= ExerciseBoard::kBeatMs) &&
        m_publishedAt.elapsed() >= ExerciseBoard::kBeatMs) {
        if (auto beat = m_board->beat(m_exerciseId); !beat)
            qCWarning(lcDispatch) << "exercise heartbeat not shared:" << beat.errorMessage();
        m_beatAt.start();
    }
    while (m_nextInject < m_scenario.injects.size() &&
           m_scenario.injects.at(m_nextInject).minute <= now)
        deliver(m_nextInject++, now);
    if (m_lastWatch < 0 || now - m_lastWatch >= kWatchEveryMinutes) {
        m_lastWatch = now;
        watchActions(now);
    }
    callBack(now);
    if (!m_endSignalled && now >= m_scenario.endMinute) {
        m_endSignalled = true;
        Q_EMIT endReached();
    }
}

void ExerciseEngine::deliver(qsizetype index, double now)
{
    const Inject& inject = m_scenario.injects.at(index);
    m_deliveredAt[index] = now;
    ExerciseEvent event;
    event.minute = now;
    event.inject = inject.kind;
    event.text = inject.text;
    event.position = inject.position;
    switch (inject.kind) {
    case InjectKind::GatewayFailure:
    case InjectKind::GatewayRecovery:
        if (SimulatedGatewayFaults* faults = m_session.gatewayFaults(); faults && inject.channel) {
            const bool failing = inject.kind == InjectKind::GatewayFailure;
            // In the register first, for the simulated senders of every training workstation on
            // it: nothing fails unrecorded.
            const Status shared =
                m_exerciseId ? m_board->setGateway(m_exerciseId, *inject.channel, failing, now)
                             : Status();
            if (shared) {
                faults->setFailing(*inject.channel, failing);
                if (failing)
                    m_outage.insert(*inject.channel);
            } else {
                qCWarning(lcDispatch) << "exercise gateway:" << shared.errorMessage();
            }
        }
        event.forTrainee = !inject.text.isEmpty();
        break;
    case InjectKind::Sighting: {
        // A participant calls back: logged as a tip on the trainee's latest open action, or
        // told as information while there is none.
        qint64 open = 0;
        for (const ExerciseActionTrace& t : std::as_const(m_traces))
            open = std::max(open, t.actionId);
        if (open) {
            Tip tip;
            tip.at = m_clock.nowUtc();
            tip.lat = inject.position.latitude();
            tip.lon = inject.position.longitude();
            tip.text = inject.text;
            tip.useful = true;
            if (auto logged = m_session.workflow().logTip(open, tip); logged) {
                event.kind = ExerciseEvent::Kind::Tip;
                event.actionId = open;
            } else {
                qCWarning(lcDispatch) << "exercise tip:" << logged.errorMessage();
            }
        }
        break;
    }
    case InjectKind::CallerInfo:
    case InjectKind::SupervisorRequest:
    case InjectKind::PersonFound:
        break;
    }
    // What the trainee is told goes to their exercise inbox through the register (a call-back
    // logged as a tip is there already).
    if (event.kind == ExerciseEvent::Kind::Inject && event.forTrainee && m_exerciseId)
        if (auto posted = m_board->post(m_exerciseId, now, inject.kind, inject.text); !posted)
            qCWarning(lcDispatch) << "exercise message:" << posted.errorMessage();
    m_events << event;
    if (event.kind == ExerciseEvent::Kind::Tip)
        Q_EMIT tipArrived(event);
    else
        Q_EMIT injectDelivered(event);
}

void ExerciseEngine::watchActions(double now)
{
    auto actions = m_session.workflow().actions(false);
    if (!actions)
        return;
    for (const Action& a : std::as_const(*actions)) {
        if (a.mode != Mode::Training || a.id <= m_lastActionBefore)
            continue;
        ExerciseActionTrace& trace = m_traces[a.id];
        trace.actionId = a.id;
        if (a.content.incident == IncidentType::Missing && !a.content.familyConsent)
            trace.withoutConsent = true;
        const bool sent = a.state != ActionState::Draft &&
                          a.state != ActionState::AwaitingApproval &&
                          !(a.state == ActionState::Cancelled && !a.sentAt.isValid());
        if (trace.sentMinute < 0 && sent) {
            trace.sentMinute = a.sentAt.isValid() ? minutesBetween(m_start, a.sentAt) : now;
            trace.areaAtSend = a.area;
            trace.contentAtSend = a.content;
        }
        if (trace.sentMinute >= 0)
            watchReached(trace, now);
    }
}

void ExerciseEngine::watchReached(ExerciseActionTrace& trace, double now)
{
    Outbox outbox(m_session.database());
    if (auto counts = outbox.counts(trace.actionId); counts)
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            if (m_outage.contains(it.key()))
                trace.failedSeen[it.key()] = std::max(trace.failedSeen.value(it.key()),
                                                      it.value().value(OutboxState::Failed));
    for (const ChannelInfo& info : m_session.catalog().channels()) {
        if (!info.channel.isAddressed())
            continue;
        auto ids = outbox.participants(trace.actionId, info.channel,
                                       {MessageType::Alert, MessageType::Update},
                                       {OutboxState::Sent, OutboxState::Delivered});
        if (!ids)
            continue;
        for (qint64 id : *ids) {
            trace.reached.insert(id);
            if (!m_population.nearPath(id) || m_considered.contains(id))
                continue;
            m_considered.insert(id);
            auto participant = m_participants->load(id);
            if (!participant)
                continue;
            QList<QGeoCoordinate> addresses;
            for (const ParticipantLocation& l : participant->locations)
                addresses << QGeoCoordinate(l.lat, l.lon);
            if (auto callback = m_population.decide(trace.actionId, id, addresses, now))
                m_pending << *callback;
        }
    }
    std::sort(
        m_pending.begin(), m_pending.end(),
        [](const SimulatedCallback& a, const SimulatedCallback& b) { return a.minute < b.minute; });
}

void ExerciseEngine::callBack(double now)
{
    while (!m_pending.isEmpty() && m_pending.first().minute <= now) {
        const SimulatedCallback c = m_pending.takeFirst();
        auto action = m_session.workflow().action(c.actionId);
        // Nobody calls about an action that has been closed or withdrawn.
        if (!action || isTerminal(action->state))
            continue;
        Tip tip;
        tip.at = m_clock.nowUtc();
        tip.lat = c.at.latitude();
        tip.lon = c.at.longitude();
        tip.text = c.text;
        tip.useful = true;
        auto logged = m_session.workflow().logTip(c.actionId, tip);
        if (!logged) {
            qCWarning(lcDispatch) << "exercise call-back:" << logged.errorMessage();
            continue;
        }
        m_traces[c.actionId].callbacks += 1;
        ExerciseEvent event;
        event.kind = ExerciseEvent::Kind::Tip;
        event.minute = now;
        event.text = c.text;
        event.position = c.at;
        event.actionId = c.actionId;
        m_events << event;
        Q_EMIT tipArrived(event);
    }
}

QList<ExerciseActionTrace> ExerciseEngine::traces() const
{
    QList<ExerciseActionTrace> list = m_traces.values();
    std::sort(list.begin(), list.end(),
              [](const ExerciseActionTrace& a, const ExerciseActionTrace& b) {
                  return a.actionId < b.actionId;
              });
    return list;
}

} // namespace burgernet
