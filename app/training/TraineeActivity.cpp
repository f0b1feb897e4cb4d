#include "app/training/TraineeActivity.h"

#include "app/services/ActionWorkflow.h"
#include "app/session/SessionServices.h"
#include "app/training/ExerciseEngine.h"

namespace burgernet {

QList<TraineeActionView> TraineeActivity::read(ExerciseEngine& engine)
{
    QList<TraineeActionView> views;
    SessionServices& session = engine.session();
    Outbox outbox(session.database());
    for (const ExerciseActionTrace& trace : engine.traces()) {
        auto action = session.workflow().action(trace.actionId);
        if (!action)
            continue;
        TraineeActionView view;
        view.actionId = action->id;
        view.state = action->state;
        view.area = action->area;
        view.areaDescription = action->areaDescription;
        view.sentMinute = trace.sentMinute;
        if (auto messages = session.workflow().messages(action->id))
            for (const ActionMessage& m : std::as_const(*messages)) {
                const ChannelText* text = m.message.find(QStringLiteral("nl"), Channel::sms());
                if (!text && !m.message.texts.isEmpty() && !m.message.texts.first().isEmpty())
                    text = &m.message.texts.first().first();
                view.messages << TraineeActionView::Message{
                    ExerciseEngine::minutesBetween(engine.startedAt(), m.createdAt), m.type,
                    text ? text->text : QString()};
            }
        if (auto counts = outbox.counts(action->id))
            view.counts = *counts;
        views << view;
    }
    return views;
}

} // namespace burgernet
