#include "app/core/Clock.h"

#include <QElapsedTimer>

#include <chrono>

namespace burgernet {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

VirtualClock::VirtualClock(const Clock& base, QDateTime start, double rate)
    : m_base(base)
    , m_anchorVirtualMs(start.toMSecsSinceEpoch())
    , m_anchorBaseMs(base.monotonicMs())
    , m_rate(rate)
{}

qint64 VirtualClock::virtualMsLocked() const
{
    const qint64 elapsed = m_base.monotonicMs() - m_anchorBaseMs;
    return m_anchorVirtualMs + static_cast<qint64>(static_cast<double>(elapsed) * m_rate);
}

QDateTime VirtualClock::nowUtc() const
{
    std::lock_guard lock(m_mutex);
    return QDateTime::fromMSecsSinceEpoch(virtualMsLocked(), Qt::UTC);
}

qint64 VirtualClock::monotonicMs() const
{
    std::lock_guard lock(m_mutex);
    return virtualMsLocked() + m_monotonicOffset;
}

void VirtualClock::setTime(const QDateTime& utc)
{
    std::lock_guard lock(m_mutex);
    const qint64 before = virtualMsLocked();
    m_anchorVirtualMs = utc.toMSecsSinceEpoch();
    m_anchorBaseMs = m_base.monotonicMs();
    // Setting the time backwards must not make monotonic time run backwards.
    if (m_anchorVirtualMs < before)
        m_monotonicOffset += before - m_anchorVirtualMs;
}

void VirtualClock::advance(qint64 ms)
{
    std::lock_guard lock(m_mutex);
    m_anchorVirtualMs = virtualMsLocked() + qMax<qint64>(ms, 0);
    m_anchorBaseMs = m_base.monotonicMs();
}

void VirtualClock::setRate(double rate)
{
    std::lock_guard lock(m_mutex);
    m_anchorVirtualMs = virtualMsLocked();
    m_anchorBaseMs = m_base.monotonicMs();
    m_rate = qMax(rate, 0.0);
}

double VirtualClock::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

} // namespace burgernet
