#include "app/core/Channel.h"

#include <QCoreApplication>

namespace burgernet {

QStringList channelIds(const QList<Channel>& channels)
{
    QStringList ids;
    for (const Channel& c : channels)
        ids << c.id();
    return ids;
}

QString channelName(const Channel& channel)
{
    const auto builtin = channel.builtin();
    if (!builtin)
        return channel.id();
    switch (*builtin) {
    case BuiltinChannel::Voice:
        return QCoreApplication::translate("burgernet::Channel", "Voice");
    case BuiltinChannel::Sms:
        return QCoreApplication::translate("burgernet::Channel", "SMS");
    case BuiltinChannel::Email:
        return QCoreApplication::translate("burgernet::Channel", "E-mail");
    case BuiltinChannel::App:
        return QCoreApplication::translate("burgernet::Channel", "App");
    case BuiltinChannel::Social:
        return QCoreApplication::translate("burgernet::Channel", "Social");
    case BuiltinChannel::Cap:
        return QCoreApplication::translate("burgernet::Channel", "CAP");
    }
    return channel.id();
}

} // namespace burgernet
