#pragma once

#include "app/dispatch/CapDocument.h"
#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

#include <mutex>

namespace burgernet {

// Area broadcast as an OASIS CAP 1.2 feed: every alert, update and closing message becomes a
// CAP file in a folder, with an Atom index (feed.atom) of the latest messages; the console
// serves the folder over HTTP when its listener runs (GET <callbackUrl>/feed.atom,
// <callbackUrl>/<identifier>.xml). The document is the composed CAP text (its extra holds the
// fields and the area) through capFromText(), as `burgernetctl action cap` shows it; this
// sender adds its settings (sender, name, information page, validity) and the references:
// updates and cancels refer to every earlier message of the same action it published.
class CapFeedSender final : public LiveChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::CapFeedSender)

public:
    explicit CapFeedSender(SenderContext context);
    static SenderDescriptor describe();

    SenderDescriptor descriptor() const override { return describe(); }
    SendResult sendLive(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;
    CallbackReply handleCallback(const CallbackRequest& request) override;

    QString folder() const { return m_folder; }
    // The CAP message for an outgoing message (public for the tests; no files written).
    CapMessage build(const OutgoingMessage& message) const;

private:
    struct Entry
    {
        QString identifier;
        QString actionId;
        QString msgType;
        QString headline;
        QString summary;
        QDateTime sent;
        QString reference;
    };
    QString setting(const char* key, const QString& fallback = {}) const;
    CapPublisher publisher() const { return CapPublisher::fromSettings(m_context.settings); }
    void loadIndex();
    bool saveIndexAndFeed(QString* error) const;
    QByteArray atom() const;

    SenderContext m_context;
    QString m_folder;
    mutable std::mutex m_mutex;
    QList<Entry> m_entries; // oldest first
};

class CapFeedSenderPlugin : public QObject, public LiveSenderPlugin<CapFeedSender>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)
};

} // namespace burgernet
