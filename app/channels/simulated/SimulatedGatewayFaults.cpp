#include "app/channels/simulated/SimulatedGatewayFaults.h"

namespace burgernet {

void SimulatedGatewayFaults::setFailing(const Channel& channel, bool failing)
{
    std::lock_guard lock(m_mutex);
    if (failing)
        m_failing.insert(channel);
    else
        m_failing.remove(channel);
}

bool SimulatedGatewayFaults::isFailing(const Channel& channel) const
{
    std::lock_guard lock(m_mutex);
    return m_failing.contains(channel);
}

void SimulatedGatewayFaults::clear()
{
    std::lock_guard lock(m_mutex);
    m_failing.clear();
}

FaultInjectingSender::FaultInjectingSender(std::unique_ptr<ChannelSender> inner,
                                           const SimulatedGatewayFaults& faults, Channel channel)
    : m_inner(std::move(inner))
    , m_faults(faults)
    , m_channel(std::move(channel))
{}

SendResult FaultInjectingSender::send(const OutgoingMessage& message)
{
    if (m_faults.isFailing(m_channel))
        return {SendOutcome::Final, {}, tr("Simulated gateway failure (exercise)")};
    return m_inner->send(message);
}

SenderHealth FaultInjectingSender::checkHealth()
{
    if (m_faults.isFailing(m_channel)) {
        SenderHealth health;
        health.status = SenderHealth::Status::Down;
        health.detail = tr("Simulated gateway failure (exercise)");
        return health;
    }
    return m_inner->checkHealth();
}

} // namespace burgernet
