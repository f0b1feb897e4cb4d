#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

namespace burgernet {

// Voice messages (spraakbericht) through a voice gateway's HTTP JSON API: the gateway calls
// the participant, reads the text with its text-to-speech in the given language and reports
// the call's end to the status callback.
//   POST {url}/calls  {"reference", "to", "callerId", "text", "language", "statusCallback"}
//   -> 200/201 {"id": "..."};  status callback: POST {"id", "reference", "status"}
class VoiceGatewaySender final : public LiveChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::VoiceGatewaySender)

public:
    explicit VoiceGatewaySender(SenderContext context);
    static SenderDescriptor describe();

    // With the rate the site configured.
    SenderDescriptor descriptor() const override;
    SendResult sendLive(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;
    CallbackReply handleCallback(const CallbackRequest& request) override;

private:
    SenderContext m_context;
};

class VoiceGatewaySenderPlugin : public QObject, public LiveSenderPlugin<VoiceGatewaySender>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)
};

} // namespace burgernet
