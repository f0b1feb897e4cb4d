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
    };
    Result<Update> refresh();

    // Puts `clock` on the exercise's time and rate while it runs or is paused (a jump only when
    // it is further off than a second, so that a clock following closely does not stutter); after
    // the stop the clock goes on at the real pace. True when the clock was changed.
    static bool follow(VirtualClock& clock, const ExerciseRow& exercise);

private:
    ExerciseBoard& m_board;
    qint64 m_exercise = 0;
    qint64 m_lastMessage = 0;
};

} // namespace burgernet
