#pragma once

#include "app/core/Channel.h"
#include "app/core/MessageType.h"
#include "app/core/Mode.h"
#include "app/core/OutboxState.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace burgernet {

class Database;
struct DeliveryReport;

// A row to be written: one recipient (participantId > 0) on an addressed channel, or the
// area (participantId 0) on a broadcast channel.
struct OutboxEntry
{
    qint64 participantId = 0;
    Channel channel;
    QString language = QStringLiteral("nl");
};

// A claimed row with what the sender needs; the address is read from the register now.
struct OutboxItem
{
    qint64 id = 0;
    qint64 actionId = 0;
    qint64 messageId = 0;
    MessageType messageType = MessageType::Alert;
    Channel channel;
    qint64 participantId = 0;
    QString language;
    int attempts = 0;
    Mode mode = Mode::Live; // the action's
    bool urgent = true;
    bool decided = false; // a dispatcher decided to send it: no longer held back as stale
    qint64 createdAtMs = 0;
    QString address; // empty for broadcasts or when the participant was erased
    QString pseudonym;
    bool participantGone = false; // erased or unsubscribed since queued
};

// The fate of one send, as the worker writes it back.
struct OutboxResult
{
    qint64 id = 0;
    // Sent, Delivered, Failed, Uncertain, Stale, or Queued (retry / not attempted).
    OutboxState state = OutboxState::Failed;
    qint64 nextAttemptAt = 0;
    QString providerId;
    QString error;
    bool attempted = true; // false: handed back unsent (breaker opened), attempts undone
    // Area broadcasts: how many the platform says it reached (-1: not said), kept as a step of
    // the action (event "platform-reach") in the results' transaction.
    qint64 reach = -1;
    qint64 actionId = 0;
    Channel channel;
};

// A row that failed for good, as the failures list shows it: the participant by pseudonym and
// the address the channel used (the caller masks it), with the gateway's reason.
struct FailedRow
{
    qint64 id = 0;
    Channel channel;
    MessageType messageType = MessageType::Alert;
    QString pseudonym; // empty: the participant was erased since
    QString address;   // unmasked: never shown or logged as is
    QString reason;
    int attempts = 0;
    qint64 updatedAtMs = 0;
};

// How a worker claims rows: in its own name, for how long, and within the register's rate for
// the channel (shared by every workstation that sends on it).
struct ClaimTerms
{
    QString claimant; // the worker's name; empty: this process's
    qint64 leaseMs = 30'000;
    double ratePerSecond = 0; // <= 0: unlimited
    int burst = 1;
};

struct ClaimedBatch
{
    std::vector<OutboxItem> items;
    // Nothing was claimed because the register's rate for the channel allows no message for
    // this many ms.
    qint64 waitMs = 0;
};

using StateCounts = QMap<OutboxState, qint64>;
using OutboxCounts = QMap<Channel, StateCounts>;

// SQL over the outbox table: the only place that spells outbox states, channels and message
// types as text. Used by the services (enqueue, decisions, counts) on their connection and by
// each channel's worker (claim, complete) on its own.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::Outbox)

public:
    explicit Outbox(Database& db);

    // Inside the caller's transaction.
    // `dueMs` later than `nowMs`: the rows wait until then (a scheduled notice).
    Status enqueue(qint64 actionId, qint64 messageId, MessageType type, bool urgent,
                   const std::vector<OutboxEntry>& entries, qint64 nowMs, qint64 dueMs = 0);

    // Marks up to `limit` due rows of `channel` as sending (committed), leased to the claimant,
    // and returns them. Rows another worker holds are skipped (SKIP LOCKED on PostgreSQL; on
    // SQLite the write lock of the claim's transaction serialises workers). The batch also takes
    // its tokens from the channel's shared bucket.
    Result<ClaimedBatch> claim(const Channel& channel, qint64 nowMs, int limit,
                               const ClaimTerms& terms);
    Result<std::vector<OutboxItem>> claim(const Channel& channel, qint64 nowMs, int limit);
    // Extends the claimant's lease on those of `ids` it still holds; returns how many it holds.
    Result<qint64> renewLeases(const std::vector<qint64>& ids, const QString& claimant,
                               qint64 leaseMs);
    // Writes the results of the claimant's rows. A row whose lease ran out meanwhile (made
    // uncertain by another worker) gets its true result, unless a person decided on it since.
    Status complete(const std::vector<OutboxResult>& results, qint64 nowMs,
                    const QString& claimant = {});
    // The claimant's rows left `sending` by a claim whose answer was lost (connection gone at
    // the commit): never handed to a sender, so they go back to the queue.
    Result<qint64> releaseClaims(const Channel& channel, const QString& claimant);
    // Inside the caller's transaction: rows of `channel` still `sending` after their lease ran
    // out become uncertain (their worker died or lost the register mid-send), counted per action
    // first for the record that precedes the change.
    Result<QHash<qint64, qint64>> expireLeases(const Channel& channel, qint64 nowMs);
    // A report settles a row of `channel` only (the sender's own): a report naming another
    // channel's row, or no row, changes nothing. Delivered is final: a later, duplicated or
    // out-of-order failure report does not take it back.
    Status applyDeliveryReport(const DeliveryReport& report, qint64 nowMs, const Channel& channel);

    // Queued rows of urgent actions created before `staleBeforeMs` and not decided on become
    // stale (on `channel`, or every channel). Returns the rows moved.
    // `createdAtShift`, an SQL expression over a row's id and created_at from ClockJumps, moves
    // the creation times into the present wall-clock timeline after the clock jumped.
    Result<qint64> markStale(qint64 nowMs, qint64 staleBeforeMs,
                             const std::optional<Channel>& channel = {},
                             const QString& createdAtShift = {});
    // The same inside the caller's transaction, counted per action first (for the record that
    // precedes the change): action -> rows moved.
    Result<QHash<qint64, qint64>> markStaleByAction(qint64 nowMs, qint64 staleBeforeMs,
                                                    const Channel& channel,
                                                    const QString& createdAtShift = {});
    // The highest row id so far (0: none).
    Result<qint64> lastId() const;
    // After a crash, inside the caller's transaction: `sending` -> `uncertain` (on PostgreSQL only
    // rows whose lease ran out: the others belong to workers still running), then markStale.
    // Returns {uncertain, stale}.
    Result<std::pair<qint64, qint64>> recover(qint64 nowMs, qint64 staleBeforeMs);

    // Moves rows of an action from one state to another (retry failed, decide uncertain or
    // stale, cancel). A move back to the queue by a person's decision starts the retry policy
    // afresh and exempts the rows from stale protection. Returns the rows moved.
    Result<qint64> move(qint64 actionId, OutboxState from, OutboxState to, qint64 nowMs,
                        const std::optional<Channel>& channel = {});

    Result<OutboxCounts> counts(qint64 actionId) const;
    // The action's failed rows (on `channel`, or every channel), oldest first.
    Result<std::vector<FailedRow>> failedRows(qint64 actionId,
                                              const std::optional<Channel>& channel = {}) const;
    Result<StateCounts> counts(qint64 actionId, const Channel& channel) const;
    // The earliest due time of the channel's queued rows; nullopt when none is queued.
    Result<std::optional<qint64>> dueAt(const Channel& channel) const;
    // Participants with a row of one of `types` on `channel` in one of `states`.
    Result<std::vector<qint64>> participants(qint64 actionId, const Channel& channel,
                                             const QList<MessageType>& types,
                                             const QList<OutboxState>& states) const;
    // Distinct urgent alert actions each participant was queued for since `sinceMs`.
    Result<QHash<qint64, int>> alertsSince(const std::vector<qint64>& participantIds,
                                           qint64 sinceMs) const;
    // Whether an action still has rows queued or being sent (of `type`, or any).
    Result<bool> hasPendingWork(qint64 actionId, const std::optional<MessageType>& type = {}) const;
    // Each alert recipient's language, to write follow-ups in it.
    Result<QHash<qint64, QString>> alertLanguages(qint64 actionId) const;

private:
    QString claimantOrDefault(const QString& claimant) const;
    Result<int> takeTokens(const Channel& channel, qint64 nowMs, int wanted,
                           const ClaimTerms& terms, qint64* waitMs);
    Status returnTokens(const Channel& channel, int unused, const ClaimTerms& terms);

    Database& m_db;
};

} // namespace burgernet
