#pragma once

#include "app/core/EnumIds.h"

#include <QHashFunctions>
#include <QMetaType>

namespace burgernet {

// The channels the console itself knows. Voice, SMS and e-mail are addressed: one message per
// participant. The others are area broadcasts: one message for the whole area.
enum class BuiltinChannel : quint8 { Voice, Sms, Email, App, Social, Cap };

template <>
struct EnumIdTable<BuiltinChannel>
{
    static constexpr std::array entries{
        std::pair{BuiltinChannel::Voice, "voice"},   std::pair{BuiltinChannel::Sms, "sms"},
        std::pair{BuiltinChannel::Email, "email"},   std::pair{BuiltinChannel::App, "app"},
        std::pair{BuiltinChannel::Social, "social"}, std::pair{BuiltinChannel::Cap, "cap"}};
};

// One channel: a built-in one, or an area-broadcast channel that a sender plugin adds (municipal
// matrix signs, say), known by the id the plugin gives it. Addressed channels are always the three
// built-in ones. The id is the spelling in the outbox, the audit log and on the command line.
class Channel
{
public:
    Channel() = default; // not a channel: isValid() is false
    Channel(BuiltinChannel builtin)
        : m_builtin(static_cast<int>(builtin))
    {}

    static Channel voice() { return BuiltinChannel::Voice; }
    static Channel sms() { return BuiltinChannel::Sms; }
    static Channel email() { return BuiltinChannel::Email; }

    // A built-in id, or a plugin channel's (lower-case letters, digits and '-', at most 32).
    static std::optional<Channel> fromId(QStringView id)
    {
        if (const auto builtin = enumFromId<BuiltinChannel>(id))
            return Channel(*builtin);
        if (!isValidPluginId(id))
            return std::nullopt;
        Channel c;
        c.m_pluginId = id.toString();
        return c;
    }
    static bool isValidPluginId(QStringView id)
    {
        if (id.isEmpty() || id.size() > 32)
            return false;
        for (QChar ch : id)
            if (!((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-'))
                return false;
        return true;
    }

    bool isValid() const { return m_builtin >= 0 || !m_pluginId.isEmpty(); }
    bool isBuiltin() const { return m_builtin >= 0; }
    std::optional<BuiltinChannel> builtin() const
    {
        if (m_builtin < 0)
            return std::nullopt;
        return static_cast<BuiltinChannel>(m_builtin);
    }
    bool is(BuiltinChannel b) const { return m_builtin == static_cast<int>(b); }
    // One message per participant (voice, SMS, e-mail) rather than one for the area.
    bool isAddressed() const
    {
        return is(BuiltinChannel::Voice) || is(BuiltinChannel::Sms) || is(BuiltinChannel::Email);
    }
    QString id() const { return isBuiltin() ? enumId(*builtin()) : m_pluginId; }

    friend bool operator==(const Channel& a, const Channel& b)
    {
        return a.m_builtin == b.m_builtin && a.m_pluginId == b.m_pluginId;
    }
    friend bool operator!=(const Channel& a, const Channel& b) { return !(a == b); }
    // Built-in channels in their order first, then plugin channels by id.
    friend bool operator<(const Channel& a, const Channel& b)
    {
        if (a.isBuiltin() != b.isBuiltin())
            return a.isBuiltin();
        if (a.isBuiltin())
            return a.m_builtin < b.m_builtin;
        return a.m_pluginId < b.m_pluginId;
    }
    friend size_t qHash(const Channel& c, size_t seed = 0)
    {
        return c.isBuiltin() ? qHash(c.m_builtin, seed) : qHash(c.m_pluginId, seed);
    }

private:
    int m_builtin = -1;
    QString m_pluginId;
};

// The addressed channels, in the order the composer and the counts show them.
inline QList<Channel> addressedChannels()
{
    return {BuiltinChannel::Voice, BuiltinChannel::Sms, BuiltinChannel::Email};
}
inline QList<Channel> builtinChannels()
{
    QList<Channel> all;
    for (BuiltinChannel b : enumValues<BuiltinChannel>())
        all << Channel(b);
    return all;
}

// Addressed channels as bits, as the register stores a participant's preferences and the index
// packs what each participant can be reached on.
using ChannelMask = quint8;
constexpr ChannelMask channelBit(BuiltinChannel c)
{
    switch (c) {
    case BuiltinChannel::Sms:
        return 1;
    case BuiltinChannel::Voice:
        return 2;
    case BuiltinChannel::Email:
        return 4;
    default:
        return 0;
    }
}
inline ChannelMask channelBit(const Channel& c)
{
    return c.isBuiltin() ? channelBit(*c.builtin()) : ChannelMask(0);
}
constexpr ChannelMask kAllAddressedChannels = 1 | 2 | 4;
inline constexpr int kAddressedChannelBits = 3;

QStringList channelIds(const QList<Channel>& channels);
// The translated name ("SMS", "E-mail", "Spraak"); a plugin channel shows its id unless the
// registry knows its name (ChannelCatalog).
QString channelName(const Channel& channel);

} // namespace burgernet

Q_DECLARE_METATYPE(burgernet::Channel)
