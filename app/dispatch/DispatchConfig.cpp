#include "app/dispatch/DispatchConfig.h"

#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"

namespace burgernet {

DispatchConfig DispatchConfig::fromSettings(const Settings& settings)
{
    DispatchConfig config;
    config.retry.maxAttempts = std::max(1, settings.value(keys::DispatchMaxAttempts));
    config.staleAfterMs =
        qint64(std::max(0, settings.value(keys::DispatchStaleAfterMinutes))) * 60'000;
    return config;
}

} // namespace burgernet
