#pragma once

#include "app/core/Channel.h"
#include "app/core/MessageType.h"
#include "app/core/Mode.h"
#include "app/dispatch/Action.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/MessageComposer.h"
#include "app/dispatch/Outbox.h"
#include "app/geo/GeoArea.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

namespace burgernet {

// What the dispatcher asks to send: the first alert of an action, an update (with the area
// grown, or not), the closing message with its outcome, or a cancellation.
struct PlanRequest
{
    qint64 actionId = 0;
    MessageType type = MessageType::Alert;
    QString text;                     // update and cancel: the news; closing: the outcome text
    Outcome outcome = Outcome::None;  // closing
    std::optional<GeoArea> grownArea; // update: newcomers inside it get the full alert first

    static PlanRequest alert(qint64 id) { return {id, MessageType::Alert, {}, Outcome::None, {}}; }
    static PlanRequest update(qint64 id, QString text, std::optional<GeoArea> grown = {})
    {
        return {id, MessageType::Update, std::move(text), Outcome::None, std::move(grown)};
    }
    static PlanRequest closing(qint64 id, Outcome outcome, QString text = {})
    {
        return {id, MessageType::Closing, std::move(text), outcome, {}};
    }
    static PlanRequest cancel(qint64 id, QString text = {})
    {
        return {id, MessageType::Cancel, std::move(text), Outcome::None, {}};
    }
};

// One message of a plan and exactly the outbox rows it will get.
struct PlannedMessage
{
    MessageType type = MessageType::Alert;
    ComposedMessage message;
    std::vector<OutboxEntry> entries;
};

// A chosen channel as the confirmation states it.
struct PlannedChannel
{
    Channel channel;
    qint64 rows = 0; // messages this plan queues on it (1 for an area broadcast)
    ChannelStatus status;
    // From the channel's rate limit and its sender's declared price; < 0 when not known.
    double finishSeconds = -1;
    double cost = -1; // euro; SMS counted per part
};

// An action of the last hours whose area overlaps the new one.
struct PlanOverlap
{
    qint64 actionId = 0;
    IncidentType incident = IncidentType::Other;
    QDateTime sentAt;
    // Participants inside both areas now (the selection index): they would get a second message.
    qint64 sharedParticipants = 0;
};

// Another open action with the same control-room incident number.
struct PlanDuplicate
{
    qint64 actionId = 0;
    ActionState state = ActionState::Draft;
    QString author;
};

// The first phase of a send: everything the confirmation states, built once and queued exactly
// as stated. ActionWorkflow::prepare() makes it; submit() refuses it when the action, the
// register or the index changed in between, so that what the dispatcher confirmed is what goes.
struct DispatchPlan
{
    PlanRequest request;
    qint64 actionId = 0;
    Mode mode = Mode::Live;
    ActionKind kind = ActionKind::Urgent;
    IncidentType incident = IncidentType::Other;
    ActionState stateBefore = ActionState::Draft;
    ActionState stateAfter = ActionState::Sending;
    GeoArea area;
    QString areaDescription;

    QList<PlannedMessage> messages;
    QList<PlannedChannel> channels;
    qint64 participants = 0;   // selected in the area now (alerts), or addressed (follow-ups)
    qint64 overDailyLimit = 0; // left out by the daily limit
    qint64 unreachable = 0;    // selected, but on none of the chosen channels
    qint64 newRecipients = 0;  // an update's newcomers in the grown area
    // Rows queued, waiting or stale that a closing message or a cancellation stops: they will
    // not be sent, and the confirmation says how many.
    qint64 unsentRows = 0;
    qint64 alertRowsPending = 0; // an update's first wave that has not gone out yet

    bool approving = false;     // a second user approves an action waiting for approval
    QString author;             // approving: whose action it is
    QDateTime submittedAt;      // approving: when it was submitted (the wait is from here)
    bool needsApproval = false; // submitting only asks for approval
    bool needsReauth = false;   // a large live send: the password again

    QList<PlanOverlap> overlaps;
    int overlapHours = 0; // how far back overlaps were looked for
    QString incidentNumber;
    QList<PlanDuplicate> duplicates; // a send needs Confirmation::allowDuplicate
    // More participants than the map warns at (the same threshold, repeated here).
    bool largeArea = false;
    qint64 largeAreaThreshold = 0;

    QStringList warnings; // stated, but do not stop the send
    QString refusal;      // not empty: cannot be submitted, and why

    // What the plan was made on; submit() compares them.
    QDateTime preparedAt;
    QDateTime actionVersion; // the action's updatedAt
    quint64 indexGeneration = 0;

    qint64 rows() const
    {
        qint64 n = 0;
        for (const PlannedMessage& m : messages)
            n += qint64(m.entries.size());
        return n;
    }
    qint64 addressedRows() const
    {
        qint64 n = 0;
        for (const PlannedMessage& m : messages)
            for (const OutboxEntry& e : m.entries)
                n += e.channel.isAddressed() ? 1 : 0;
        return n;
    }
    // Chosen channels whose sender cannot send now (not configured, or its gateway failing
    // again and again). Without a dispatcher in this process every row waits for one anyway.
    QList<Channel> notReady() const
    {
        QList<Channel> list;
        for (const PlannedChannel& c : channels)
            if (c.rows > 0 && (c.status.readiness == ChannelReadiness::NotConfigured ||
                               c.status.readiness == ChannelReadiness::BreakerOpen))
                list << c.channel;
        return list;
    }
};

// The second phase: the dispatcher's deliberate yes. Channels that are not ready are sent only
// when named here: their rows then wait in the outbox until the channel works.
struct Confirmation
{
    bool confirmed = false;
    QList<Channel> deferred;
    // A second open action for the same incident number is meant (the plan names the first).
    bool allowDuplicate = false;

    static Confirmation yes(QList<Channel> deferred = {})
    {
        return {true, std::move(deferred), false};
    }
};

} // namespace burgernet
