#include "app/channels/BuiltinSenders.h"

#include <QtPlugin>

// The built-in senders are static plugins; importing them here links them into every program
// that makes a registry.
Q_IMPORT_PLUGIN(SimulatedSenderPlugin)
Q_IMPORT_PLUGIN(KannelSmsSenderPlugin)
Q_IMPORT_PLUGIN(SmtpEmailSenderPlugin)
Q_IMPORT_PLUGIN(VoiceGatewaySenderPlugin)
Q_IMPORT_PLUGIN(AppPushSenderPlugin)
Q_IMPORT_PLUGIN(SocialSenderPlugin)
Q_IMPORT_PLUGIN(CapFeedSenderPlugin)

namespace burgernet {

std::unique_ptr<SenderRegistry> createSenderRegistry(Mode mode, const Clock& clock,
                                                     const QString& pluginFolder)
{
    auto registry = std::make_unique<SenderRegistry>(mode, clock);
    registry->addStaticPlugins();
    const QString folder =
        pluginFolder.isEmpty() ? SenderRegistry::defaultPluginFolder() : pluginFolder;
    if (mode == Mode::Live)
        registry->loadFolder(folder);
    else
        registry->readChannelsOf(folder);
    return registry;
}

} // namespace burgernet
