#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QList>

namespace burgernet {

// A channel as the composer, the plan and the progress show it: its name and what its messages
// may be. For a plugin's own channel this comes from the plugin's descriptor.
struct ChannelInfo
{
    Channel channel;
    QString name;
    SenderCapabilities capabilities;
};

// Text limits of the built-in broadcast channels, shared by the composer's preview, the senders and
// the templates. A social post holds 500 characters and counts the link to the information page as
// 23 (Mastodon), plus the space and line break before it.
inline constexpr int kSocialPostLength = 500;
inline constexpr int kSocialLinkLength = 23;
inline constexpr int kSocialTextLength = kSocialPostLength - kSocialLinkLength - 2;
inline constexpr int kAppTextLength = 500;

// The channels of one session: the built-in ones and those the installed sender plugins add.
class ChannelCatalog
{
public:
    // The six built-in channels with the limits their texts are written for.
    static ChannelCatalog builtIn();
    void add(const ChannelInfo& info);
    void add(const QList<ChannelInfo>& infos);

    const QList<ChannelInfo>& channels() const { return m_channels; }
    const ChannelInfo* find(const Channel& channel) const;
    QString name(const Channel& channel) const;
    // The broadcast channels a plugin added (no built-in texts exist for them).
    QList<Channel> pluginChannels() const;

private:
    QList<ChannelInfo> m_channels;
};

} // namespace burgernet
