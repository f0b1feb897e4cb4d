#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace burgernet {

// Where the dispatch worker finds the sender of a channel. The sender registry (channels
// issue) implements this; tests and the training console use a SenderList. The senders are
// called from the worker's thread only.
class SenderProvider
{
public:
    virtual ~SenderProvider() = default;
    virtual ChannelSender* sender(const QString& channel) = 0;
    virtual QStringList channels() const = 0;
};

// A fixed list of sender instances, one per channel (a later one for the same channel wins).
class SenderList final : public SenderProvider
{
public:
    void add(std::unique_ptr<ChannelSender> sender)
    {
        m_byChannel.insert(sender->descriptor().channel, sender.get());
        m_owned.push_back(std::move(sender));
    }
    // A sender owned elsewhere (tests keep their scripted fakes).
    void addBorrowed(ChannelSender* sender)
    {
        m_byChannel.insert(sender->descriptor().channel, sender);
    }

    ChannelSender* sender(const QString& channel) override { return m_byChannel.value(channel); }
    QStringList channels() const override { return m_byChannel.keys(); }

private:
    std::vector<std::unique_ptr<ChannelSender>> m_owned;
    QHash<QString, ChannelSender*> m_byChannel;
};

} // namespace burgernet
