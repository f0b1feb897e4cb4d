#pragma once

#include "app/core/Channel.h"
#include "app/dispatch/ChannelSender.h"

#include <QObject>

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace burgernet {

// Asks every configured gateway, every few seconds (a setting), whether it answers: the channel
// lights show it and a gateway that stops answering raises an alarm, before a message fails on
// it. Each channel has a sender instance of its own for this (the workers' instances are used by
// one thread at a time), checked on the probe's own thread: a gateway that hangs delays only
// the probe.
class GatewayHealthProbe : public QObject
{
    Q_OBJECT
public:
    explicit GatewayHealthProbe(QObject* parent = nullptr);
    ~GatewayHealthProbe() override;

    // Before start().
    void addChannel(const Channel& channel, std::unique_ptr<ChannelSender> sender);
    // Checks every `interval` (the first time after one interval); 0 checks only on probeNow().
    void start(std::chrono::milliseconds interval);
    void stop();
    // Checks again at once (the next round), e.g. after the settings changed.
    void probeNow();
    void setInterval(std::chrono::milliseconds interval);

    // The last answer (Unknown before the first); any thread.
    SenderHealth health(const Channel& channel) const;
    // Rounds finished since start (for tests and the status line).
    int rounds() const;

Q_SIGNALS:
    // On the owner's thread, when a channel's health changed.
    void healthChanged(const burgernet::Channel& channel, const burgernet::SenderHealth& health);
    void roundFinished();

private:
    void run();

    std::map<Channel, std::unique_ptr<ChannelSender>> m_senders;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<Channel, SenderHealth> m_health;
    std::chrono::milliseconds m_interval{0};
    bool m_stopping = false;
    bool m_now = false;
    int m_rounds = 0;
    std::thread m_thread;
};

} // namespace burgernet
