#include "app/dispatch/DispatchConfig.h"

#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"

#include <algorithm>

namespace burgernet {

DispatchConfig DispatchConfig::fromSettings(const Settings& settings)
{
    DispatchConfig config;
    config.retry.maxAttempts = std::max(1, settings.value(keys::DispatchMaxAttempts));
    config.staleAfterMs =
        qint64(std::max(0, settings.value(keys::DispatchStaleAfterMinutes))) * 60'000;
    config.leaseMs = qint64(std::clamp(settings.value(keys::DispatchLeaseSeconds), 3, 600)) * 1000;
    config.leaseSweepMs = std::min<qint64>(config.leaseSweepMs, config.leaseMs / 2);
    return config;
}

} // namespace burgernet
