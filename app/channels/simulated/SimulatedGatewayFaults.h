#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace burgernet {

// The gateway failures an exercise switches on and off, per channel, in training's simulated
// senders. Only a training session has one: a live sender is never wrapped. An exercise run from
// another workstation switches them in the training register; with a source, the failing
// channels are read from there again once `refresh` has passed since the last read (by whichever
// sender asks first; the others meanwhile use what was read last, as does everyone when a read
// fails). A channel fails when it was switched here or in the register.
class SimulatedGatewayFaults
{
public:
    // The failing channels as the register has them; nullopt when they could not be read.
    using Source = std::function<std::optional<QSet<Channel>>()>;

    void setSource(Source source, std::chrono::milliseconds refresh);
    void setFailing(const Channel& channel, bool failing);
    bool isFailing(const Channel& channel) const;
    void clear();

private:
    void refreshIfDue() const;

    mutable std::mutex m_mutex;
    QSet<Channel> m_failing;
    mutable QSet<Channel> m_shared; // as the register had them at the last read
    Source m_source;
    std::chrono::milliseconds m_refresh{0};
    mutable std::mutex m_reading; // one read of the register at a time
    mutable std::chrono::steady_clock::time_point m_readAt;
};

// A simulated sender whose gateway can be made to fail: while its channel is failing, every
// message is refused for good, as a gateway that rejects what it is given; the failed messages
// wait for the dispatcher's "retry failed only".
class FaultInjectingSender final : public ChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::FaultInjectingSender)

public:
    FaultInjectingSender(std::unique_ptr<ChannelSender> inner, const SimulatedGatewayFaults& faults,
                         Channel channel);

    SenderDescriptor descriptor() const override { return m_inner->descriptor(); }
    SendResult send(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;
    CallbackReply handleCallback(const CallbackRequest& request) override
    {
        return m_inner->handleCallback(request);
    }

private:
    std::unique_ptr<ChannelSender> m_inner;
    const SimulatedGatewayFaults& m_faults;
    Channel m_channel;
};

} // namespace burgernet
