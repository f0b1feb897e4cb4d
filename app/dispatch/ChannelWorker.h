#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/core/Result.h"
#include "app/dispatch/ChannelSender.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/ClockJumps.h"
#include "app/dispatch/DispatchConfig.h"
#include "app/dispatch/DispatchRecorder.h"
#include "app/dispatch/MessageComposer.h"
#include "app/dispatch/Outbox.h"
#include "app/dispatch/SendPolicies.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

class QTimer;

namespace burgernet {

class ActionRepository;
class Clock;
class Database;

// Sends one channel's rows of the outbox, on a thread and a database connection of its own, so
// that a slow or hanging gateway delays only its own channel. A token bucket, retries with
// backoff and jitter (Retry-After honoured), final errors not retried, a circuit breaker that
// counts timeouts too, and stale protection: an urgent message that waited too long is held back
// for a decision, whether the wait came from a restart or a long outage. processOnce() is the
// whole algorithm and can be driven directly by tests with a fake clock; start() runs it on a
// timer in the thread the worker lives in.
class ChannelWorker : public QObject
{
    Q_OBJECT
public:
    ChannelWorker(Channel channel, std::unique_ptr<ChannelSender> sender, const Clock& clock,
                  DispatchConfig config = {}, QObject* parent = nullptr);
    ~ChannelWorker() override;

    const Channel& channel() const { return m_channel; }
    // The name this worker claims rows in: unique per worker and process, so that workers of
    // several workstations (or sessions) on one register never take each other's rows.
    const QString& claimant() const { return m_claimant; }
    ChannelSender* sender() const { return m_sender.get(); }

    // Where batches, stale rows and breaker changes are recorded (none: not recorded); before
    // start(). Called on the worker's thread.
    void setRecorder(DispatchRecorder* recorder) { m_recorder = recorder; }
    // Use a connection opened by the caller (same thread).
    void attach(Database& db);
    // Open a connection of our own; call in the worker's thread.
    Status open(const DatabaseSpec& spec);

    // One batch. Returns the milliseconds until more work is due (0: go on at once), or -1 when
    // nothing is queued.
    qint64 processOnce();

    // Thread-safe: senders report from their own threads.
    void reportDelivery(const DeliveryReport& report);
    // Thread-safe: the batch being sent ends after the message now with the gateway, the rest
    // going back to the queue unsent, so that stopping waits for one send and not for a whole
    // batch against a gateway that hangs.
    void requestStop() { m_stopRequested = true; }
    // Thread-safe: the readiness and the measured rate for the plan and the progress.
    ChannelStatus status() const;
    qint64 sentCount() const;

public Q_SLOTS:
    // Starts the timer loop (opens the connection when given a spec).
    void start(const burgernet::DatabaseSpec& spec);
    void wake();
    void stop();

Q_SIGNALS:
    // Rows of these actions changed state.
    void progressed(const QList<qint64>& actionIds);
    void problem(const burgernet::Channel& channel, const QString& problem);
    // This channel's counts of an action, counted here so that no other thread counts a
    // 100,000-row action (at most every countsEveryMs while busy, and at the end).
    void countsChanged(qint64 actionId, const burgernet::Channel& channel,
                       const burgernet::StateCounts& counts);

private:
    const ComposedMessage* message(qint64 messageId);
    struct AreaInfo
    {
        QByteArray geoJson; // how plugins receive the area
        QString description;
    };
    const AreaInfo* areaOf(qint64 actionId, qint64 messageId);
    OutgoingMessage outgoing(const OutboxItem& item);
    OutboxResult sendOne(const OutboxItem& item, qint64 nowMs, bool* breakerOpened);
    void applyReports();
    // Writes the results a failed write left in memory; false while the register refuses.
    void noteRegister(const QString& problem); // empty: the register takes writes again
    void sweepStale(qint64 nowMs, qint64 mono);
    void sweepLeases(qint64 nowMs, qint64 mono);
    // The register did not answer: reconnect when our own connection is gone. Returns the wait
    // before the next try (growing while the register stays away).
    qint64 registerTrouble(const QString& what);
    bool awaitPace(); // false: stopped, or no token came within 5 s
    bool flushPendingResults();
    void noteBreaker(qint64 mono);
    bool recordBatch(const std::vector<OutboxItem>& items, const std::vector<OutboxResult>& results,
                     qint64 durationMs);
    bool flushBatches();
    void measure(qint64 mono, int sent);
    void scheduleNext(qint64 waitMs);
    void postCounts(bool finalPass);

    Channel m_channel;
    std::unique_ptr<ChannelSender> m_sender;
    SenderDescriptor m_descriptor;
    const Clock& m_clock;
    DispatchConfig m_config;
    QString m_claimant;
    DatabaseSpec m_spec; // to open the register when start() could not
    double m_ratePerSecond = 0;
    int m_burst = 1;
    TokenBucket m_pace; // this worker's own pace, message by message
    std::unique_ptr<Database> m_ownDb;
    // Results of sends whose write to the register failed: written before anything is claimed
    // again (the rows are still `sending` in our name meanwhile).
    std::vector<OutboxResult> m_pendingResults;
    int m_troubles = 0; // register failures in a row
    qint64 m_lastLeaseSweepMono = -1;
    Database* m_db = nullptr;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ActionRepository> m_actions;
    CircuitBreaker m_breaker;
    CircuitBreaker::State m_recordedBreaker = CircuitBreaker::State::Closed;
    DispatchRecorder* m_recorder = nullptr;
    // Batch results not yet recorded, per action, and since when (monotonic ms).
    QList<BatchOutcome> m_unrecorded;
    qint64 m_unrecordedMs = 0; // time spent sending them
    qint64 m_unrecordedSince = -1;
    std::mt19937 m_random;
    QHash<qint64, ComposedMessage> m_messages;
    // Per message: an update that grew the area carries the grown one.
    QHash<qint64, AreaInfo> m_areas;
    std::atomic<bool> m_stopRequested{false};
    std::mutex m_reportsMutex;
    std::vector<DeliveryReport> m_reports;
    QTimer* m_timer = nullptr;
    qint64 m_lastSweepMono = -1;
    QHash<qint64, qint64> m_countsPostedAt; // action -> monotonic ms
    QSet<qint64> m_countsPending;
    ClockJumps m_clockJumps;

    mutable std::mutex m_statusMutex;
    std::deque<std::pair<qint64, int>> m_samples; // monotonic ms, messages answered
    double m_rate = -1;
    bool m_breakerOpen = false;
    QString m_lastProblem;
    QString m_registerProblem; // under m_statusMutex
    qint64 m_sent = 0;
};

} // namespace burgernet

Q_DECLARE_METATYPE(burgernet::DatabaseSpec)
