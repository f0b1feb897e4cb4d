#pragma once

#include "app/core/Channel.h"
#include "app/core/EnumIds.h"
#include "app/core/Result.h"
#include "app/dispatch/Action.h"
#include "app/geo/GeoArea.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace burgernet {

class SessionServices;
struct Scenario;

// What a scripted trainee does, at a minute of the exercise.
enum class TraineeStepKind { Send, Update, RetryFailed, Close };

template <>
struct EnumIdTable<TraineeStepKind>
{
    static constexpr std::array entries{
        std::pair{TraineeStepKind::Send, "send"},
        std::pair{TraineeStepKind::Update, "update"},
        std::pair{TraineeStepKind::RetryFailed, "retry-failed"},
        std::pair{TraineeStepKind::Close, "close"},
    };
};

struct TraineeStep
{
    double minute = 0;
    TraineeStepKind kind = TraineeStepKind::Send;
    // send
    ActionContent content;
    GeoArea area;
    QString areaDescription;
    // update: the news and the area it grows to; close: the outcome and its words
    QString text;
    std::optional<GeoArea> grownArea;
    Outcome outcome = Outcome::None;
    std::optional<Channel> channel; // retry-failed: only this channel
    QList<Channel> deferred;        // channels confirmed although they cannot send now
};

// A trainee's actions as a script ({"steps": [{"minute": 3, "do": "send", ...}, ...]}), for
// demonstrations and tests of exercises; each step goes through the services the window uses.
class TraineeScript
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TraineeScript)

public:
    static Result<TraineeScript> load(const QString& path, const Scenario& scenario);
    static Result<TraineeScript> parse(const QByteArray& json, const Scenario& scenario);

    const QList<TraineeStep>& steps() const { return m_steps; }
    QString name() const { return m_name; }

    // Runs one step as the session's user: a draft, then the two phases of the workflow, as
    // burgernetctl's action command does. The result says what happened in a line.
    static Result<QString> perform(SessionServices& session, const TraineeStep& step,
                                   qint64* actionId);

private:
    QString m_name;
    QList<TraineeStep> m_steps;
};

} // namespace burgernet
