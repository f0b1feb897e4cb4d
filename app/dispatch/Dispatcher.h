#pragma once

#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/ChannelWorker.h"

#include <QObject>
#include <QThread>

#include <map>
#include <memory>
#include <mutex>

namespace burgernet {

class GatewayHealthProbe;

// Every channel's worker on a thread of its own, each with its own connection to the register:
// a gateway that hangs delays only its own channel. The owner's thread only posts wake-ups and
// never waits on a send. Channels without a sender have no worker: their rows stay queued.
class Dispatcher : public QObject, public ChannelStatusSource
{
    Q_OBJECT
public:
    Dispatcher(const Clock& clock, DatabaseSpec spec, DispatchConfig config = {},
               QObject* parent = nullptr);
    ~Dispatcher() override;

    // Where the senders of `channel` report delivery (thread-safe; usable before the channel's
    // worker exists, so that a sender can be made with it).
    std::function<void(const DeliveryReport&)> reportSink(const Channel& channel);
    // A worker for `channel` sending through `sender`; before start().
    void addChannel(const Channel& channel, std::unique_ptr<ChannelSender> sender);
    // Where the workers record their batches, stale rows and breaker changes; before
    // addChannel(). It outlives the dispatcher and is called from the workers' threads.
    void setRecorder(DispatchRecorder* recorder) { m_recorder = recorder; }
    // Whose gateway checks status() reports beside the workers' readiness; it outlives the
    // dispatcher.
    void setHealthProbe(const GatewayHealthProbe* probe) { m_probe = probe; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    QList<Channel> channels() const;
    ChannelSender* sender(const Channel& channel) const;
    ChannelStatus status(const Channel& channel) const override;

public Q_SLOTS:
    void wake();

Q_SIGNALS:
    void progressed(const QList<qint64>& actionIds);
    void countsChanged(qint64 actionId, const burgernet::Channel& channel,
                       const burgernet::StateCounts& counts);
    void problem(const burgernet::Channel& channel, const QString& problem);

private:
    // Where a channel's senders report; the worker is set and cleared under the lock, because
    // the senders call from threads of their own.
    struct ReportSink
    {
        std::mutex mutex;
        ChannelWorker* worker = nullptr;
    };
    struct Lane
    {
        std::unique_ptr<QThread> thread;
        ChannelWorker* worker = nullptr; // lives in `thread`, deleted there when it finishes
        std::shared_ptr<ReportSink> sink;
    };
    Lane& lane(const Channel& channel);

    const Clock& m_clock;
    DatabaseSpec m_spec;
    DispatchConfig m_config;
    std::map<Channel, Lane> m_lanes;
    DispatchRecorder* m_recorder = nullptr;
    const GatewayHealthProbe* m_probe = nullptr;
    bool m_running = false;
};

} // namespace burgernet
