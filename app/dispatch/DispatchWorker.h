#pragma once

#include "app/core/Result.h"
#include "app/dispatch/ChannelSender.h"
#include "app/dispatch/MessageComposer.h"
#include "app/dispatch/Outbox.h"
#include "app/dispatch/SendPolicies.h"
#include "app/storage/DatabaseSpec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <mutex>
#include <random>
#include <vector>

class QTimer;

namespace burgernet {

class Clock;
class Database;
class Outbox;
class ActionRepository;
class SenderProvider;
struct OutboxItem;

struct DispatchConfig
{
    RetryPolicy retry;
    int batchSize =
        100; // rows claimed at once: at most this many per channel become uncertain in a crash
    int breakerThreshold = 5;
    qint64 breakerCooldownMs = 30'000;
    quint32 seed = 0; // jitter; 0: from std::random_device
    // channel -> {rate per second, burst}; rate <= 0 is unlimited. Otherwise the sender's defaults.
    QHash<QString, std::pair<double, int>> rates;
    qint64 idlePollMs = 1000;   // also catches work queued by another process (burgernetctl)
    qint64 countsEveryMs = 500; // how often the progress counts of a busy action are posted
};

// Sends what the outbox holds, off the GUI thread, with its own database connection. Per
// channel: a token bucket, retries with backoff and jitter (Retry-After honoured), final
// errors not retried, a circuit breaker. processOnce() is the whole algorithm and can be
// driven directly by tests with a fake clock; start() runs it on a timer in the thread the
// worker lives in.
class DispatchWorker : public QObject
{
    Q_OBJECT
public:
    DispatchWorker(SenderProvider& senders, const Clock& clock, DispatchConfig config = {},
                   QObject* parent = nullptr);
    ~DispatchWorker() override;

    // Use a connection opened by the caller (same thread).
    void attach(Database& db);
    // Open a connection of our own; call in the worker's thread.
    Status open(const DatabaseSpec& spec);

    // One pass over the channels. Returns the milliseconds until more work is due (0: go on
    // at once), or -1 when nothing is queued.
    qint64 processOnce();

    // Thread-safe: senders may report from any thread.
    void reportDelivery(const DeliveryReport& report);
    qint64 sentCount() const { return m_sent; }

public Q_SLOTS:
    // Starts the timer loop (opens the connection when given a spec).
    void start(const burgernet::DatabaseSpec& spec);
    void wake();
    void stop();

Q_SIGNALS:
    // Rows of these actions changed state.
    void progressed(const QList<qint64>& actionIds);
    void channelProblem(const QString& channel, const QString& problem);
    // The outbox counts of an action, counted here so that the GUI thread need not count a
    // 100,000-row action itself (at most every countsEveryMs while it is busy, and at the end).
    void countsChanged(qint64 actionId, const burgernet::OutboxCounts& counts);

private:
    struct Channel
    {
        TokenBucket bucket;
        CircuitBreaker breaker;
        SenderDescriptor descriptor;
        bool configured = false;
    };
    struct ActionInfo
    {
        QByteArray areaGeoJson;
        QString areaDescription;
    };

    Channel& channelState(const QString& channel, ChannelSender* sender);
    qint64 sendBatch(const QString& channel, ChannelSender* sender, Channel& state, int limit,
                     QList<qint64>& touched);
    const ComposedMessage* message(qint64 messageId);
    const ActionInfo* action(qint64 actionId);
    OutgoingMessage outgoing(const OutboxItem& item);
    void applyReports();
    void scheduleNext(qint64 waitMs);
    void postCounts(bool finalPass);

    SenderProvider& m_senders;
    const Clock& m_clock;
    DispatchConfig m_config;
    std::unique_ptr<Database> m_ownDb;
    Database* m_db = nullptr;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ActionRepository> m_actions;
    QHash<QString, Channel> m_channels;
    QHash<qint64, ComposedMessage> m_messages;
    QHash<qint64, ActionInfo> m_actionInfo;
    std::mt19937 m_random;
    std::mutex m_reportsMutex;
    std::vector<DeliveryReport> m_reports;
    QTimer* m_timer = nullptr;
    qint64 m_sent = 0;
    QHash<qint64, qint64> m_countsPostedAt; // action -> monotonic ms
    QSet<qint64> m_countsPending;
};

} // namespace burgernet

Q_DECLARE_METATYPE(burgernet::DatabaseSpec)
