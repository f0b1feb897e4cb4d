#include "app/training/ExerciseInbox.h"

#include "app/core/Clock.h"

#include <cmath>

namespace burgernet {

namespace {

constexpr qint64 kFollowToleranceMs = 1000;

} // namespace

ExerciseInbox::ExerciseInbox(ExerciseBoard& board)
    : m_board(board)
{}

Result<ExerciseInbox::Update> ExerciseInbox::refresh()
{
    auto latest = m_board.latest();
    if (!latest)
        return latest.error();
    Update update;
    update.exercise = *latest;
    if (!update.exercise)
        return update;
    const auto state = enumFromId<ExerciseClockState>(update.exercise->state);
    update.interrupted = state && *state != ExerciseClockState::Stopped &&
                         update.exercise->silentMs > m_silenceLimitMs;
    if (update.exercise->id != m_exercise) {
        update.newExercise = true;
        m_exercise = update.exercise->id;
        m_lastMessage = 0;
    }
    auto messages = m_board.messages(m_exercise, m_lastMessage);
    if (!messages)
        return messages.error();
    update.messages = std::move(messages).value();
    if (!update.messages.isEmpty())
        m_lastMessage = update.messages.last().id;
    return update;
}

bool ExerciseInbox::follow(VirtualClock& clock, const ExerciseRow& exercise, bool interrupted)
{
    const auto state = enumFromId<ExerciseClockState>(exercise.state);
    if (!state)
        return false;
    if (*state == ExerciseClockState::Stopped || interrupted) {
        if (clock.rate() == 1.0)
            return false;
        clock.setRate(1.0);
        return true;
    }
    bool changed = false;
    if (clock.rate() != exercise.rate) {
        clock.setRate(exercise.rate);
        changed = true;
    }
    if (std::abs(clock.nowUtc().msecsTo(exercise.virtualNow)) > kFollowToleranceMs) {
        clock.setTime(exercise.virtualNow);
        changed = true;
    }
    return changed;
}

} // namespace burgernet
