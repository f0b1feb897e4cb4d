#include "app/channels/simulated/SimulatedGatewayFaults.h"

namespace burgernet {

void SimulatedGatewayFaults::setSource(Source source, std::chrono::milliseconds refresh)
{
    std::lock_guard reading(m_reading);
    m_source = std::move(source);
    m_refresh = refresh;
    m_readAt = {};
}

void SimulatedGatewayFaults::refreshIfDue() const
{
    // A sender that finds another reading goes on with what was read last.
    std::unique_lock reading(m_reading, std::try_to_lock);
    if (!reading.owns_lock() || !m_source)
        return;
    // Real time, not the session's: the exercise's clock may stand still or run at 5×.
    const auto now = std::chrono::steady_clock::now();
    if (m_readAt != std::chrono::steady_clock::time_point() && now - m_readAt < m_refresh)
        return;
    m_readAt = now;
    if (auto failing = m_source()) {
        std::lock_guard lock(m_mutex);
        m_shared = std::move(*failing);
    }
}

void SimulatedGatewayFaults::setFailing(const Channel& channel, bool failing)
{
    std::lock_guard lock(m_mutex);
    if (failing) {
        m_failing.insert(channel);
    } else {
        // Whoever recovers it here has written the register first.
        m_failing.remove(channel);
        m_shared.remove(channel);
    }
}

bool SimulatedGatewayFaults::isFailing(const Channel& channel) const
{
    refreshIfDue();
    std::lock_guard lock(m_mutex);
    return m_failing.contains(channel) || m_shared.contains(channel);
}

void SimulatedGatewayFaults::clear()
{
    std::lock_guard lock(m_mutex);
    m_failing.clear();
    m_shared.clear();
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
