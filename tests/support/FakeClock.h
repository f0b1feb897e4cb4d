#pragma once

#include "app/core/Clock.h"

namespace burgernet::test {

// A clock that only moves when the test moves it.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC))
        : m_now(start.toUTC())
    {}

    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }

    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }
    void set(const QDateTime& utc) { m_now = utc.toUTC(); }

private:
    QDateTime m_now;
    qint64 m_monotonic = 1'000'000;
};

// The real clock, for tests of peers that run on real time (gateways, listeners).
inline const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace burgernet::test
