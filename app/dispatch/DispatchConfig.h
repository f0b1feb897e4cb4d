#pragma once

#include "app/core/Channel.h"
#include "app/dispatch/SendPolicies.h"

#include <QHash>

#include <utility>

namespace burgernet {

class Settings;

// How the channel workers send: the same for every channel but the rates.
struct DispatchConfig
{
    RetryPolicy retry; // maxAttempts from dispatch/maxAttempts
    // Rows claimed at once: at most this many per channel become uncertain in a crash.
    int batchSize = 100;
    int breakerThreshold = 5;
    qint64 breakerCooldownMs = 30'000;
    quint32 seed = 0; // jitter; 0: from std::random_device
    // channel -> {rate per second, burst}; rate <= 0 is unlimited. Otherwise the sender's defaults.
    QHash<Channel, std::pair<double, int>> rates;
    qint64 idlePollMs = 1000;   // also catches work queued by another process (burgernetctl)
    qint64 countsEveryMs = 500; // how often the progress counts of a busy action are posted
    // An urgent message older than this is held back as stale instead of sent (0: never).
    qint64 staleAfterMs = 30 * 60'000;
    qint64 staleSweepMs = 10'000; // how often queued rows are checked for staleness
    qint64 rateWindowMs = 60'000; // the time-to-finish comes from the rate measured over this
    // Batch results are recorded per channel and action at most this often (summed over the
    // batches in between), so that 20,000 messages a second do not become 200 audit records a
    // second; rows left to a decision (uncertain, stale) are recorded at once, with their batch.
    qint64 recordEveryMs = 1000;

    // A worker's claim on a batch lasts this long and is renewed while it sends; rows of a worker
    // that died stay `sending` this long before another one makes them uncertain.
    qint64 leaseMs = 30'000;
    qint64 leaseSweepMs = 5'000; // how often rows whose lease ran out are looked for

    static DispatchConfig fromSettings(const Settings& settings);
};

} // namespace burgernet
