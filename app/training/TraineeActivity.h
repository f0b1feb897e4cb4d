#pragma once

#include "app/dispatch/Action.h"
#include "app/dispatch/Outbox.h"

#include <QList>

namespace burgernet {

class ExerciseEngine;

// One of the trainee's actions as the trainer watches it live: its state and area now, every
// message's text with its minute, and what went out per channel.
struct TraineeActionView
{
    struct Message
    {
        double minute = 0;
        MessageType type = MessageType::Alert;
        QString text; // the SMS text, or the first channel's
    };
    qint64 actionId = 0;
    ActionState state = ActionState::Draft;
    GeoArea area;
    QString areaDescription;
    double sentMinute = -1;
    QList<Message> messages;
    OutboxCounts counts;
};

// Reads what the trainee has done since the exercise started, from the training register
// through the session's services (the trainer's live view).
class TraineeActivity
{
public:
    static QList<TraineeActionView> read(ExerciseEngine& engine);
};

} // namespace burgernet
