#pragma once

#include "app/core/Mode.h"
#include "app/dispatch/SenderRegistry.h"

#include <memory>

namespace burgernet {

// The registry of the senders this build has: the built-in ones, and in live mode the plugin
// files in `pluginFolder` (SenderRegistry::defaultPluginFolder() when empty). In training mode
// only the simulated sender.
// `clock` goes into every sender made from it (the session's: virtual in training).
std::unique_ptr<SenderRegistry> createSenderRegistry(Mode mode, const Clock& clock,
                                                     const QString& pluginFolder = {});

} // namespace burgernet
