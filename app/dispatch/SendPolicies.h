#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <random>

namespace burgernet {

// Per-channel token bucket: `rate` tokens a second up to `burst`, on monotonic milliseconds.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond = 10, int burst = 10)
        : m_rate(ratePerSecond)
        , m_burst(std::max(1, burst))
        , m_tokens(m_burst)
    {}

    void configure(double ratePerSecond, int burst)
    {
        m_rate = ratePerSecond;
        m_burst = std::max(1, burst);
        m_tokens = std::min<double>(m_tokens, m_burst);
    }
    // Unlimited: every call to available() answers the cap.
    bool unlimited() const { return m_rate <= 0; }
    int available(qint64 nowMs)
    {
        refill(nowMs);
        return unlimited() ? std::numeric_limits<int>::max() : int(m_tokens);
    }
    void take(int n)
    {
        if (!unlimited())
            m_tokens = std::max(0.0, m_tokens - n);
    }
    // Milliseconds until one token is there.
    qint64 msUntilToken(qint64 nowMs)
    {
        refill(nowMs);
        if (unlimited() || m_tokens >= 1)
            return 0;
        return qint64(std::ceil((1 - m_tokens) * 1000.0 / m_rate));
    }
    double rate() const { return m_rate; }

private:
    void refill(qint64 nowMs)
    {
        if (m_lastMs >= 0 && !unlimited())
            m_tokens = std::min<double>(m_burst, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
    }

    double m_rate;
    int m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};

// Exponential backoff with equal jitter: half the delay fixed, half random, so that many
// retries of one gateway outage do not return in lockstep. Retry-After wins when longer.
class RetryPolicy
{
public:
    int maxAttempts = 5;
    qint64 baseMs = 2000;
    qint64 maxMs = 5 * 60 * 1000;

    qint64 delayMs(int attempt, std::optional<int> retryAfterSeconds, std::mt19937& random) const
    {
        const int shift = std::clamp(attempt - 1, 0, 20);
        const qint64 full = std::min(maxMs, baseMs << shift);
        std::uniform_int_distribution<qint64> jitter(0, full / 2);
        qint64 delay = full / 2 + jitter(random);
        if (retryAfterSeconds && *retryAfterSeconds > 0)
            delay = std::max<qint64>(delay, qint64(*retryAfterSeconds) * 1000);
        return delay;
    }
};

// Stops calling a gateway that keeps failing: after `threshold` failures in a row it opens
// for `cooldownMs` (doubling up to a cap while it keeps failing), then lets one message
// through to test it. Messages wait in the outbox meanwhile; none is lost.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    int threshold = 5;
    qint64 cooldownMs = 30'000;
    qint64 maxCooldownMs = 10 * 60 * 1000;

    State state(qint64 nowMs)
    {
        if (m_state == State::Open && nowMs >= m_openUntil)
            m_state = State::HalfOpen;
        return m_state;
    }
    qint64 openUntil() const { return m_openUntil; }
    // Failures in a row so far, and the cooldown of the current (or last) opening.
    int failures() const { return m_failures; }
    qint64 currentCooldownMs() const { return m_currentCooldown; }
    // How many messages may go now: all, one trial, or none.
    bool allows(qint64 nowMs) { return state(nowMs) != State::Open; }
    bool trialOnly(qint64 nowMs) { return state(nowMs) == State::HalfOpen; }

    void success()
    {
        m_state = State::Closed;
        m_failures = 0;
        m_currentCooldown = cooldownMs;
    }
    // Returns true when this failure opened the breaker.
    bool failure(qint64 nowMs)
    {
        ++m_failures;
        if (m_state == State::HalfOpen) {
            m_currentCooldown =
                std::min(maxCooldownMs, std::max(cooldownMs, m_currentCooldown * 2));
            open(nowMs);
            return true;
        }
        if (m_state == State::Closed && m_failures >= threshold) {
            m_currentCooldown = cooldownMs;
            open(nowMs);
            return true;
        }
        return false;
    }

private:
    void open(qint64 nowMs)
    {
        m_state = State::Open;
        m_openUntil = nowMs + m_currentCooldown;
    }

    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openUntil = 0;
    qint64 m_currentCooldown = 30'000;
};

} // namespace burgernet
