#pragma once

#include "app/core/Result.h"
#include "app/training/ExerciseBoard.h"

#include <optional>

namespace burgernet {

class VirtualClock;

// The trainee's side of an exercise: the messages of the latest exercise on the training
// register that have not been read yet, and its clock for the trainee's session to follow. Read
// from the register each time, so that a restarted console shows the same.
class ExerciseInbox
{
public:
    explicit ExerciseInbox(ExerciseBoard& board);

    struct Update
    {
        std::optional<ExerciseRow> exercise; // the latest one, if any
        bool newExercise = false;            // another than at the last read: start afresh
        QList<ExerciseMessage> messages;     // not read before, oldest first
        // Running or paused, but its trainer's console has not been heard for longer than the
        // silence limit: it stopped without ending the exercise.
        bool interrupted = false;
    };
    Result<Update> refresh();
    void setSilenceLimit(qint64 ms) { m_silenceLimitMs = ms; }

    // Puts `clock` on the exercise's time and rate while it runs or is paused (a jump only when
    // it is further off than a second, so that a clock following closely does not stutter); after
    // the stop, or once the exercise is interrupted, the clock goes on at the real pace. True when
    // the clock was changed.
    static bool follow(VirtualClock& clock, const ExerciseRow& exercise, bool interrupted = false);

private:
    ExerciseBoard& m_board;
    qint64 m_exercise = 0;
    qint64 m_lastMessage = 0;
    qint64 m_silenceLimitMs = ExerciseBoard::kTrainerSilenceMs;
};

} // namespace burgernet
