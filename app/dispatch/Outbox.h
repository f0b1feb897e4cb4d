#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <vector>

namespace burgernet {

class Database;
struct DeliveryReport;

// The states of one outbox row. `sending` is written (and committed) before the sender is
// called: a row found in `sending` after a crash may or may not have gone out, so it becomes
// `uncertain` and waits for the dispatcher. `stale` rows are queued messages of an urgent
// action found too old after a restart; they too wait for a decision.
namespace outbox {
inline const QString Queued = QStringLiteral("queued");
inline const QString Sending = QStringLiteral("sending");
inline const QString Sent = QStringLiteral("sent");
inline const QString Delivered = QStringLiteral("delivered");
inline const QString Failed = QStringLiteral("failed");
inline const QString Uncertain = QStringLiteral("uncertain");
inline const QString Stale = QStringLiteral("stale");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Dropped = QStringLiteral("dropped");
QStringList allStates();
} // namespace outbox

// A row to be written: one recipient (participantId > 0) on an addressed channel, or the
// area (participantId 0) on a broadcast channel.
struct OutboxEntry
{
    qint64 participantId = 0;
    QString channel;
    QString language = QStringLiteral("nl");
};

// A claimed row with what the sender needs; the address is read from the register now.
struct OutboxItem
{
    qint64 id = 0;
    qint64 actionId = 0;
    qint64 messageId = 0;
    QString messageType;
    QString channel;
    qint64 participantId = 0;
    QString language;
    int attempts = 0;
    QString mode;    // the action's: "live" or "training"
    QString address; // empty for broadcasts or when the participant was erased
    QString pseudonym;
    bool participantGone = false; // erased or unsubscribed since queued
};

// The fate of one send, as the worker writes it back.
struct OutboxResult
{
    qint64 id = 0;
    QString state; // sent, delivered, failed, uncertain, or queued (retry / not attempted)
    qint64 nextAttemptAt = 0;
    QString providerId;
    QString error;
    bool attempted = true; // false: handed back unsent (breaker opened), attempts undone
};

using OutboxCounts = QMap<QString, QMap<QString, qint64>>; // channel -> state -> rows

// SQL over the outbox table. Used by the service (enqueue, decisions, counts) on the GUI
// thread's connection and by the worker (claim, complete) on its own.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::Outbox)

public:
    explicit Outbox(Database& db);

    // Inside the caller's transaction.
    // `dueMs` later than `nowMs`: the rows wait until then (a scheduled notice).
    Status enqueue(qint64 actionId, qint64 messageId, const QString& messageType, bool urgent,
                   const std::vector<OutboxEntry>& entries, qint64 nowMs, qint64 dueMs = 0);

    // Marks up to `limit` due rows of `channel` as sending (committed) and returns them.
    Result<std::vector<OutboxItem>> claim(const QString& channel, qint64 nowMs, int limit);
    Status complete(const std::vector<OutboxResult>& results, qint64 nowMs);
    Status applyDeliveryReport(const DeliveryReport& report, qint64 nowMs);

    // After a crash: `sending` -> `uncertain`; queued rows of urgent actions created before
    // `staleBeforeMs` -> `stale`. Returns {uncertain, stale}.
    Result<std::pair<qint64, qint64>> recover(qint64 nowMs, qint64 staleBeforeMs);

    // Moves rows of an action from one state to another (retry failed, decide uncertain or
    // stale, cancel). `channel` empty: every channel. Returns the rows moved.
    Result<qint64> move(qint64 actionId, const QString& from, const QString& to, qint64 nowMs,
                        const QString& channel = {});

    Result<OutboxCounts> counts(qint64 actionId) const;
    // Of `channels`, those with queued rows, with the earliest due time of each. Rows of
    // other channels wait (nothing is lost) until a sender for them is configured.
    Result<QHash<QString, qint64>> dueChannels(const QStringList& channels) const;
    // Participants who got (sent/delivered) a message of `messageType` on `channel`.
    Result<std::vector<qint64>> participants(qint64 actionId, const QString& channel,
                                             const QStringList& messageTypes,
                                             const QStringList& states) const;
    // Distinct urgent alert actions each participant was queued for since `sinceMs`.
    Result<QHash<qint64, int>> alertsSince(const std::vector<qint64>& participantIds,
                                           qint64 sinceMs) const;
    // Whether an action still has rows queued or being sent.
    Result<bool> hasPendingWork(qint64 actionId, const QString& messageType = {}) const;

private:
    Database& m_db;
};

} // namespace burgernet
