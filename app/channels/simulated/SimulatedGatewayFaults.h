#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>
#include <mutex>

namespace burgernet {

// The gateway failures an exercise switches on and off, per channel, in training's simulated
// senders. Only a training session has one: a live sender is never wrapped.
class SimulatedGatewayFaults
{
public:
    void setFailing(const Channel& channel, bool failing);
    bool isFailing(const Channel& channel) const;
    void clear();

private:
    mutable std::mutex m_mutex;
    QSet<Channel> m_failing;
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
