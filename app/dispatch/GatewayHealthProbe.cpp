#include "app/dispatch/GatewayHealthProbe.h"

#include "app/core/Logging.h"

#include <QMetaObject>

namespace burgernet {

GatewayHealthProbe::GatewayHealthProbe(QObject* parent)
    : QObject(parent)
{}

GatewayHealthProbe::~GatewayHealthProbe()
{
    stop();
}

void GatewayHealthProbe::addChannel(const Channel& channel, std::unique_ptr<ChannelSender> sender)
{
    m_senders[channel] = std::move(sender);
}

void GatewayHealthProbe::start(std::chrono::milliseconds interval)
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_interval = interval;
        m_stopping = false;
    }
    if (m_senders.empty())
        return;
    m_thread = std::thread([this] { run(); });
}

void GatewayHealthProbe::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void GatewayHealthProbe::probeNow()
{
    {
        std::lock_guard lock(m_mutex);
        m_now = true;
    }
    m_wake.notify_all();
}

void GatewayHealthProbe::setInterval(std::chrono::milliseconds interval)
{
    {
        std::lock_guard lock(m_mutex);
        m_interval = interval;
    }
    m_wake.notify_all();
}

SenderHealth GatewayHealthProbe::health(const Channel& channel) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_health.find(channel);
    return it == m_health.end() ? SenderHealth() : it->second;
}

int GatewayHealthProbe::rounds() const
{
    std::lock_guard lock(m_mutex);
    return m_rounds;
}

void GatewayHealthProbe::run()
{
    for (;;) {
        {
            // The first round after one interval: a console that just started has nothing to
            // send yet, and a gateway that counts its requests sees none it did not ask for.
            std::unique_lock lock(m_mutex);
            const auto wait = m_interval.count() > 0 ? m_interval : std::chrono::hours(1);
            const bool woken = m_wake.wait_for(lock, wait, [this] { return m_stopping || m_now; });
            if (m_stopping)
                return;
            if (!woken && m_interval.count() <= 0)
                continue;
            m_now = false;
        }
        for (const auto& [channel, sender] : m_senders) {
            const SenderHealth h = sender->checkHealth();
            bool changed = false;
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return;
                SenderHealth& last = m_health[channel];
                changed = last.status != h.status;
                last = h;
            }
            if (changed) {
                qCInfo(lcDispatch) << "gateway of" << channel.id() << "is now" << enumId(h.status);
                // A copy: clang before 16 cannot capture a structured binding.
                QMetaObject::invokeMethod(
                    this, [this, c = channel, h] { Q_EMIT healthChanged(c, h); },
                    Qt::QueuedConnection);
            }
        }
        {
            std::lock_guard lock(m_mutex);
            ++m_rounds;
        }
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT roundFinished(); }, Qt::QueuedConnection);
    }
}

} // namespace burgernet
