#pragma once

#include "app/core/Mode.h"
#include "app/core/Result.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPluginLoader;

namespace burgernet {

// A plugin file the registry would not take, and why (shown in the senders page and logged).
struct RefusedPlugin
{
    QString file;
    QString reason;
};

// The senders this console can create. Built-in senders come from Qt static plugins; third-party
// senders from a plugins folder. In training mode the registry holds the simulated sender and
// nothing else: no folder is read and no live sender can be created, whatever is asked of it.
class SenderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SenderRegistry)

public:
    static constexpr const char* SimulatedId = "simulated";

    // `clock` goes into every sender's context that does not bring its own.
    SenderRegistry(Mode mode, const Clock& clock);
    ~SenderRegistry();
    SenderRegistry(const SenderRegistry&) = delete;
    SenderRegistry& operator=(const SenderRegistry&) = delete;

    Mode mode() const { return m_mode; }
    const Clock& clock() const { return m_clock; }

    // Takes every static plugin linked into the program that implements our interface.
    void addStaticPlugins();
    // Loads every plugin file in `folder` (live mode only). Plugins built for another interface
    // version, or that are not sender plugins, are refused and listed in refused().
    void loadFolder(const QString& folder);
    // Training: learns from each plugin file's metadata, without loading or running it, which
    // broadcast channel it adds ("channel" in its Q_PLUGIN_METADATA file), so that training has
    // the same channels as live, each served by the simulated sender.
    void readChannelsOf(const QString& folder);
    // A channel as a plugin's metadata declares it; nullopt when it declares none or a bad one.
    static std::optional<ChannelInfo> channelFromMetaData(const QJsonObject& metaData);
    const QList<RefusedPlugin>& refused() const { return m_refused; }

    QList<SenderDescriptor> descriptors() const;
    // The area-broadcast channels that plugins add (municipal signs, say), once each.
    QList<ChannelInfo> addedChannels() const;
    bool contains(const QString& id) const;
    // A configured sender; refused in training mode for anything but the simulated sender.
    Result<std::unique_ptr<ChannelSender>> create(const QString& id,
                                                  const SenderContext& context) const;

    // The folder third-party senders are loaded from: $BURGERNET_SENDER_PLUGINS, else
    // <application dir>/../lib/burgernet-console/senders.
    static QString defaultPluginFolder();
    // Why a plugin's metadata does not fit, or empty when it does.
    static QString checkMetaData(const QJsonObject& metaData);

private:
    struct Entry
    {
        ChannelSenderPlugin* plugin = nullptr;
        SenderDescriptor descriptor;
        QString origin; // "built-in" or the plugin's file
        bool builtIn = false;
    };
    Status add(ChannelSenderPlugin* plugin, const QString& origin, bool builtIn);
    const Entry* find(const QString& id) const;

    Mode m_mode;
    const Clock& m_clock;
    std::vector<Entry> m_entries;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
    QList<RefusedPlugin> m_refused;
    QList<ChannelInfo> m_declaredChannels; // training: from the plugins' metadata only
};

} // namespace burgernet
