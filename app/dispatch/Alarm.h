#pragma once

#include "app/core/EnumIds.h"

#include <QDateTime>
#include <QString>

namespace burgernet {

// What the console warns the dispatcher about, each derived from the register and the outbox
// (the breaker from the running dispatcher), so that a restart shows them again.
enum class AlarmKind {
    ClosingDue,       // the closing message is due (the configured minutes after the first)
    BreakerOpen,      // a channel's gateway keeps failing: its rows wait
    Uncertain,        // rows that may or may not have gone out wait for a decision
    Stale,            // rows that waited too long wait for a decision
    AwaitingApproval, // an action waits for a second pair of eyes
    PartialFailure,   // some rows failed: "retry failed only"
    GatewayDown,      // the periodic check finds a channel's gateway not answering
    AppTip,           // tips from the app came in and nobody rated them yet
};

template <>
struct EnumIdTable<AlarmKind>
{
    static constexpr std::array entries{
        std::pair{AlarmKind::ClosingDue, "closing-due"},
        std::pair{AlarmKind::BreakerOpen, "breaker-open"},
        std::pair{AlarmKind::Uncertain, "uncertain"},
        std::pair{AlarmKind::Stale, "stale"},
        std::pair{AlarmKind::AwaitingApproval, "awaiting-approval"},
        std::pair{AlarmKind::PartialFailure, "partial-failure"},
        std::pair{AlarmKind::GatewayDown, "gateway-down"},
        std::pair{AlarmKind::AppTip, "app-tip"},
    };
};

enum class AlarmResponseKind { Acknowledged, Snoozed };

template <>
struct EnumIdTable<AlarmResponseKind>
{
    static constexpr std::array entries{
        std::pair{AlarmResponseKind::Acknowledged, "acknowledged"},
        std::pair{AlarmResponseKind::Snoozed, "snoozed"},
    };
};

struct Alarm
{
    AlarmKind kind = AlarmKind::ClosingDue;
    qint64 actionId = 0; // 0: not about one action (a channel's breaker)
    QString channel;     // the channel's id, where the alarm is about one
    qint64 level = 0;    // rows concerned; an acknowledgement holds until the level rises
    QDateTime since;     // when the cause began, where known
    // What a person did about it: acknowledged at this level, or snoozed until a time.
    bool acknowledged = false;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QDateTime snoozedUntil;

    // "partial-failure:12:sms", "closing-due:12", "breaker-open:0:voice"
    QString key() const
    {
        QString k = enumId(kind) + QLatin1Char(':') + QString::number(actionId);
        if (!channel.isEmpty())
            k += QLatin1Char(':') + channel;
        return k;
    }
    bool snoozedAt(const QDateTime& now) const
    {
        return snoozedUntil.isValid() && snoozedUntil > now;
    }
    // Wants attention now: neither acknowledged nor snoozed.
    bool activeAt(const QDateTime& now) const { return !acknowledged && !snoozedAt(now); }
};

// A person's answer to an alarm, as stored (the history).
struct AlarmResponse
{
    qint64 id = 0;
    QString key;
    AlarmKind kind = AlarmKind::ClosingDue;
    qint64 actionId = 0;
    AlarmResponseKind response = AlarmResponseKind::Acknowledged;
    qint64 level = 0;
    QDateTime at;
    QString by;
    QDateTime until; // snoozed until
};

} // namespace burgernet
