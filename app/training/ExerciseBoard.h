#pragma once

#include "app/core/Channel.h"
#include "app/core/Result.h"
#include "app/storage/ExerciseRepository.h"
#include "app/training/Scenario.h"

#include <QCoreApplication>

#include <optional>

namespace burgernet {

class AuditService;
class Clock;
class Database;

enum class ExerciseClockState { Running, Paused, Stopped };

template <>
struct EnumIdTable<ExerciseClockState>
{
    static constexpr std::array entries{std::pair{ExerciseClockState::Running, "running"},
                                        std::pair{ExerciseClockState::Paused, "paused"},
                                        std::pair{ExerciseClockState::Stopped, "stopped"}};
};

// One message of an exercise for the trainee, as the training register holds it.
struct ExerciseMessage
{
    qint64 id = 0;
    double minute = 0;
    QDateTime virtualAt;
    InjectKind kind = InjectKind::CallerInfo;
    QString text;
};

// What an exercise shares through the training register, so that the trainee's console follows
// it on the same workstation or on another one: its clock, the injects meant for the trainee and
// the simulated gateways it makes fail. The trainer's side (the engine) needs the permission to
// run exercises and records each message and each gateway before it is written; the trainee's
// side only reads. Training registers only: a live session is refused.
class ExerciseBoard
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ExerciseBoard)

public:
    ExerciseBoard(Database& db, AuditService& audit, const Clock& clock);

    // A new exercise on the register (after the engine recorded its start); every gateway works
    // again. Returns its id.
    Result<qint64> begin(const QString& scenario, const QDateTime& startedAt, double rate);
    // The exercise's clock as the trainee's session follows it: the session's time now, `rate`.
    Status publishClock(qint64 exercise, ExerciseClockState state, double rate);
    // The trainer's console is still there: said every kBeatMs while an exercise runs or is
    // paused. A trainee's console that hears nothing for kTrainerSilenceMs takes the exercise as
    // interrupted (its trainer's console stopped without ending it).
    Status beat(qint64 exercise);
    static constexpr qint64 kBeatMs = 5'000;
    static constexpr qint64 kTrainerSilenceMs = 30'000;
    // An inject for the trainee: recorded (`exercise.inject`: kind, minute, length) first.
    Result<qint64> post(qint64 exercise, double minute, InjectKind kind, const QString& text);
    // A simulated gateway failing or recovering on every training workstation of the register:
    // recorded (`exercise.gateway`) first.
    Status setGateway(qint64 exercise, const Channel& channel, bool failing, double minute);
    // At the exercise's stop (recorded as `exercise.stop`): every gateway works again.
    Status clearGateways();

    // The trainee's side.
    Result<std::optional<ExerciseRow>> latest() const;
    Result<QList<ExerciseMessage>> messages(qint64 exercise, qint64 afterId = 0) const;

private:
    Status requireTrainer(const QString& action, const QString& objectId) const;
    Status requireTraining() const;

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
};

} // namespace burgernet
