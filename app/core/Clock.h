#pragma once

#include <QDateTime>

#include <mutex>

namespace burgernet {

// Where the application gets the time from. Injected everywhere so that tests can fix it and
// training mode can replay an incident on a virtual timeline.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds for measuring durations; unaffected by wall-clock changes.
    virtual qint64 monotonicMs() const = 0;

    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }

    // The wall clock, for what has no session clock to be given (a register's creation time).
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
};

// A clock that starts at a chosen moment and then runs at a chosen rate relative to a base
// clock: rate 0 freezes it (tests), rate 1 follows real time from another start (training),
// rate 10 replays an incident ten times as fast. Thread-safe: dispatch workers read it too.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(const Clock& base, QDateTime start, double rate = 0.0);

    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;

    void setTime(const QDateTime& utc);
    void advance(qint64 ms);
    void setRate(double rate);
    double rate() const;

private:
    qint64 virtualMsLocked() const;

    const Clock& m_base;
    mutable std::mutex m_mutex;
    qint64 m_anchorVirtualMs = 0; // virtual epoch ms at the anchor
    qint64 m_anchorBaseMs = 0;    // base monotonic ms at the anchor
    qint64 m_monotonicOffset = 0; // keeps monotonicMs() increasing across setTime()
    double m_rate = 0.0;
};

} // namespace burgernet
