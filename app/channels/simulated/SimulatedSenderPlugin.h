#pragma once

#include "app/channels/simulated/SimulatedSender.h"

#include <QObject>

namespace burgernet {

class SimulatedSenderPlugin : public QObject, public ChannelSenderPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)

public:
    SenderDescriptor descriptor() const override { return SimulatedSender::describe(); }
    std::unique_ptr<ChannelSender> create(const SenderContext& context) const override
    {
        return std::make_unique<SimulatedSender>(context);
    }
};

} // namespace burgernet
