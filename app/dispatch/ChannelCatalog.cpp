#include "app/dispatch/ChannelCatalog.h"

#include <algorithm>

namespace burgernet {

ChannelCatalog ChannelCatalog::builtIn()
{
    ChannelCatalog catalog;
    for (const Channel& channel : builtinChannels()) {
        SenderCapabilities caps;
        switch (*channel.builtin()) {
        case BuiltinChannel::Sms:
            caps.encoding = TextEncoding::Gsm7OrUcs2;
            caps.deliveryReceipts = true;
            break;
        case BuiltinChannel::App:
            caps.maxLength = kAppTextLength;
            break;
        case BuiltinChannel::Social:
            caps.maxLength = kSocialTextLength;
            break;
        case BuiltinChannel::Voice:
        case BuiltinChannel::Email:
        case BuiltinChannel::Cap:
            break;
        }
        catalog.add({channel, channelName(channel), caps});
    }
    return catalog;
}

void ChannelCatalog::add(const ChannelInfo& info)
{
    if (!find(info.channel))
        m_channels.append(info);
}

void ChannelCatalog::add(const QList<ChannelInfo>& infos)
{
    for (const ChannelInfo& info : infos)
        add(info);
}

const ChannelInfo* ChannelCatalog::find(const Channel& channel) const
{
    const auto it = std::find_if(m_channels.begin(), m_channels.end(),
                                 [&](const ChannelInfo& i) { return i.channel == channel; });
    return it == m_channels.end() ? nullptr : &*it;
}

QString ChannelCatalog::name(const Channel& channel) const
{
    const ChannelInfo* info = find(channel);
    return info && !info->name.isEmpty() ? info->name : channelName(channel);
}

QList<Channel> ChannelCatalog::pluginChannels() const
{
    QList<Channel> list;
    for (const ChannelInfo& info : m_channels)
        if (!info.channel.isBuiltin())
            list << info.channel;
    return list;
}

} // namespace burgernet
