#pragma once

#include "app/core/Mode.h"
#include "app/dispatch/Action.h"
#include "app/geo/GeoArea.h"
#include "app/services/ReplayTypes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace burgernet {

// Which actions a review covers. Live and training are never counted together: an empty mode
// means the session's own.
struct ReviewFilter
{
    QDateTime from; // inclusive, by the action's creation
    QDateTime to;   // exclusive
    std::optional<IncidentType> incident;
    std::optional<Outcome> outcome;
    std::optional<ActionKind> kind;
    QString dispatcher;  // the author; empty: everyone
    QString workstation; // where the action was made; empty: every workstation
    std::optional<Mode> mode;
    int closingLimitMinutes = 60; // a closing message later than this is late
    int fatigueAlerts = 3;        // message fatigue: more alerts than this in the last 30 days
};

// The programme's way of counting success: direct (an arrest, the person found), indirect
// (useful information) or none.
enum class Success { Direct, Indirect, None };
Success successOf(Outcome outcome);

// The area's size on the ground (a polygon's outer ring less its holes, projected locally).
double areaSquareMetres(const GeoArea& area);

// One channel of one action.
struct ReviewChannel
{
    QString channel;
    qint64 recipients = 0; // the alert's rows
    qint64 reached = 0;    // of those, sent or delivered
    qint64 messages = 0;   // every row: alert, updates, closing
    qint64 messagesReached = 0;
    qint64 t90Ms = -1; // from the alert's first row until 90 % reached; < 0: never or unknown
};

// One row of the actions overview.
struct ReviewRow
{
    qint64 id = 0;
    ActionKind kind = ActionKind::Urgent;
    IncidentType incident = IncidentType::Other;
    Mode mode = Mode::Live;
    ActionState state = ActionState::Draft;
    Outcome outcome = Outcome::None;
    QString author;
    QString workstation;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime closedAt;
    GeoArea::Kind areaKind = GeoArea::Kind::Empty;
    double radiusMetres = 0;
    double areaKm2 = 0;
    QList<ReviewChannel> channels;
    qint64 tips = 0;
    qint64 usefulTips = 0;
    qint64 firstTipMs = -1; // after the send; < 0: no tip
    qint64 closingMs = -1;  // send to closing message; < 0: not closed
    bool closingLate = false;

    qint64 recipients() const;
    qint64 reached() const;
    double deliveredPercent() const; // of the alert's rows; < 0: none
};

// How many of a group of closed urgent actions ended how.
struct SuccessFigures
{
    qint64 closed = 0;
    qint64 direct = 0;
    qint64 indirect = 0;
    qint64 none = 0;
    void add(Success s, qint64 n);
    double directPercent() const { return closed ? 100.0 * double(direct) / double(closed) : 0; }
    double indirectPercent() const
    {
        return closed ? 100.0 * double(indirect) / double(closed) : 0;
    }
};

// A histogram bar: [lowMinutes, highMinutes) (high < 0: and more).
struct DelayBucket
{
    int lowMinutes = 0;
    int highMinutes = -1;
    qint64 count = 0;
};

struct ChannelFigures
{
    QString channel;
    qint64 messages = 0;
    qint64 messagesReached = 0;
    qint64 recipients = 0;
    qint64 reached = 0;
    qint64 actionsWith90 = 0; // actions whose alert reached 90 % on this channel
    double averageT90Seconds = -1;
    double maxT90Seconds = -1;
    double deliveryPercent() const
    {
        return messages ? 100.0 * double(messagesReached) / double(messages) : 0;
    }
};

// The statistics of a period.
struct ReviewStats
{
    ReviewFilter filter;
    qint64 actions = 0;
    QMap<QString, QMap<IncidentType, qint64>> perWeek;  // "2026-W05"
    QMap<QString, QMap<IncidentType, qint64>> perMonth; // "2026-01"
    QMap<IncidentType, qint64> perType;
    SuccessFigures success; // closed urgent actions
    QMap<IncidentType, SuccessFigures> successByType;
    QMap<int, SuccessFigures> successBySize; // area size bucket, see sizeBuckets(); -1 unknown
    std::array<SuccessFigures, 24> successByHour;
    std::array<SuccessFigures, 7> successByWeekday; // Monday first
    qint64 tips = 0;
    qint64 usefulTips = 0;
    qint64 actionsWithTips = 0;
    QList<DelayBucket> firstTip;
    QList<DelayBucket> closing;
    qint64 closed = 0; // with a closing message
    qint64 closedOnTime = 0;
    QList<ChannelFigures> channels;
    qint64 actionsReaching = 0; // actions with a summary
    qint64 reachedTotal = 0;
    qint64 reachedMax = 0;
    QList<DelayBucket> reachedPerAction; // bars over participants reached, not minutes
    // Message fatigue over the 30 days before the period's end: the participants who got an
    // alert, and how many of them got more than filter.fatigueAlerts.
    qint64 alertedLast30Days = 0;
    qint64 fatiguedLast30Days = 0;

    double closingOnTimePercent() const
    {
        return closed ? 100.0 * double(closedOnTime) / double(closed) : 0;
    }
    double averageReached() const
    {
        return actionsReaching ? double(reachedTotal) / double(actionsReaching) : 0;
    }

    // Upper bounds of the area size buckets in km² (the last is open).
    static QList<double> sizeBuckets();
    static QString sizeBucketLabel(int bucket);
};

// One action's report: its row, its timeline and its delivery curves.
struct TimelineEntry
{
    QDateTime at;
    QString what;   // "created", "approved", "first_message", "tip", "closed", ...
    QString actor;  // user name, "system" or empty
    QString detail; // codes and counts only
    // Where it comes from: "register" (the action's steps), "outbox", "tips", "audit" (a record
    // of the audit log that the register has no step for), or "register+audit" and "tips+audit"
    // (a step or tip whose audit record was found); seq: that record's number.
    QString source;
    qint64 seq = 0;
};

struct DeliveryPoint
{
    qint64 minute = 0;  // after the alert's first row
    qint64 reached = 0; // cumulative
};

// Where a tip places what it reports (not who sent it), for the map of the action's report.
struct TipPlace
{
    QDateTime at;
    bool useful = false;
    double lat = 0;
    double lon = 0;
};

struct ActionReport
{
    ReviewRow row;
    GeoArea area;
    QList<TipPlace> tipPlaces;
    QString areaDescription;
    QList<TimelineEntry> timeline;
    QMap<QString, QList<DeliveryPoint>> curves; // per channel
    qint64 approvalWaitMs = -1;
    QList<ReplayArea> areas; // the areas its messages went to, oldest first
};

} // namespace burgernet
