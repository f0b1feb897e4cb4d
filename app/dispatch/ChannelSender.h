#pragma once

#include "app/core/Channel.h"
#include "app/core/Clock.h"
#include "app/core/MessageType.h"
#include "app/core/Mode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#include <QtPlugin>

#include <functional>
#include <memory>
#include <optional>

namespace burgernet {

// The contract between dispatch and the channel senders (built-in static plugins and
// third-party ones in the plugins folder). Header-only: a plugin links Qt Core and nothing of the
// console. Dispatch owns the outbox and calls send() from the worker thread of the channel; a
// sender only talks to its gateway.

enum class TextEncoding {
    Gsm7OrUcs2, // SMS: GSM 03.38 where it fits, UCS-2 otherwise; concatenated parts
    Utf8,
};

struct SenderCapabilities
{
    int maxLength = 0; // characters for one message; 0 = no limit
    TextEncoding encoding = TextEncoding::Utf8;
    bool deliveryReceipts = false;
    bool twoWay = false;
    bool media = false;
    double costPerMessage = 0; // euro, per message or per SMS part
    double defaultRatePerSecond = 10;
    int defaultBurst = 10;
};

// One entry of a sender's settings schema; the settings page is generated from these.
struct SenderSetting
{
    enum class Type { Text, Url, Secret, Integer, Boolean, Choice };
    QString key;
    QString label; // translated by the plugin
    Type type = Type::Text;
    QVariant defaultValue;
    QStringList choices;
    bool required = false;
    QString help;
};

struct SenderDescriptor
{
    QString id;   // stable: "sms-kannel", "email-smtp", "simulated", ...
    QString name; // translated display name
    // The channel it serves: a built-in one, or an area-broadcast channel the plugin adds, with
    // an id of its own (Channel::fromId), a translated name and the capabilities below.
    Channel channel;
    QString channelName; // for a channel the plugin adds; built-in channels have their own
    SenderCapabilities capabilities;
    QList<SenderSetting> settings;
    bool reachesPeople = true; // false only for the simulated sender: training may use it
    // The simulated sender serves whichever channel it is made for (SenderContext::channel).
    bool servesEveryChannel = false;

    bool addsChannel() const { return channel.isValid() && !channel.isBuiltin(); }
};

// One message as dispatch hands it to a sender.
struct OutgoingMessage
{
    QString messageId; // the outbox row's id: stable across retries, the idempotency key
    QString actionId;
    Channel channel;
    Mode mode = Mode::Live;
    QString language; // "nl" or "en"
    // Addressed channels: the participant's address (E.164 phone number or e-mail address)
    // and pseudonymous id. Neither goes into logs.
    QString recipient;
    QString participantPseudonym;
    // The texts. `subject` and `html` are for e-mail; others ignore them.
    QString subject;
    QString text;
    QString html;
    // Area broadcasts: the area as GeoJSON (WGS84), the plugins' exchange format, and its
    // description.
    QByteArray areaGeoJson;
    QString areaDescription;
    MessageType messageType = MessageType::Alert;
    QJsonObject extra; // channel-specific fields (CAP fields, references, call-back number, ...)
    QDateTime createdAt;
};

enum class SendOutcome {
    Sent,      // accepted by the gateway; a delivery report may follow
    Delivered, // the gateway confirmed delivery synchronously
    Retryable, // temporary failure: try again later (honour retryAfter)
    Final,     // permanent failure: do not retry
    Uncertain, // sent, but the answer was lost: never resend without a human decision
};

template <>
struct EnumIdTable<SendOutcome>
{
    static constexpr std::array entries{
        std::pair{SendOutcome::Sent, "sent"}, std::pair{SendOutcome::Delivered, "delivered"},
        std::pair{SendOutcome::Retryable, "retryable"}, std::pair{SendOutcome::Final, "final"},
        std::pair{SendOutcome::Uncertain, "uncertain"}};
};

struct SendResult
{
    SendOutcome outcome = SendOutcome::Final;
    QString providerId; // the gateway's message id, to match delivery reports
    QString error;      // for the dispatcher; no personal data
    std::optional<int> retryAfterSeconds;
    qint64 reach = -1; // area broadcasts: the platform's reported reach, when known
    int parts = 1;     // SMS: the number of parts the gateway bills (concatenation)
};

struct DeliveryReport
{
    QString messageId; // outbox id when the sender knows it, else empty
    QString providerId;
    enum class Status { Delivered, Failed, Buffered } status = Status::Delivered;
    QString detail;
    QDateTime at;
};

struct SenderHealth
{
    enum class Status { Unknown, Ok, Degraded, Down } status = Status::Unknown;
    QString detail;
};

template <>
struct EnumIdTable<SenderHealth::Status>
{
    static constexpr std::array entries{std::pair{SenderHealth::Status::Unknown, "unknown"},
                                        std::pair{SenderHealth::Status::Ok, "ok"},
                                        std::pair{SenderHealth::Status::Degraded, "degraded"},
                                        std::pair{SenderHealth::Status::Down, "down"}};
};

// What a sender gets from the console: its settings (secrets already resolved from the
// keychain), and where to report delivery receipts and replies. Callbacks may be called from
// any thread.
struct SenderContext
{
    QVariantMap settings;
    Mode mode = Mode::Live;
    // The channel this instance serves: the descriptor's, or any for a sender that serves
    // every channel.
    Channel channel;
    // The session's clock (virtual in training): report times and message dates come from it.
    // Never null once the console made the context.
    const Clock* clock = nullptr;
    std::function<void(const DeliveryReport&)> deliveryReport;
    std::function<void(const QString& from, const QString& text)> reply;
    // Where gateways call back (delivery reports, status callbacks) for this sender instance,
    // e.g. http://127.0.0.1:8787/callbacks/sms-kannel; empty when the console listens nowhere.
    // The console's listener hands every request under it to ChannelSender::handleCallback().
    QUrl callbackUrl;
    // Folder where a sender may keep files (the CAP feed writes its messages there).
    QString dataDir;
};

// The time as the sender's session sees it (virtual in training).
inline QDateTime senderNow(const SenderContext& context)
{
    return context.clock ? context.clock->nowUtc() : QDateTime();
}

// A request from a gateway to the console's callback listener, and the answer to it.
struct CallbackRequest
{
    QByteArray method;
    QString subPath; // the part of the path after the sender's callbackUrl, "" or "/dlr"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct CallbackReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "text/plain; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A configured sender. Each instance is used from one worker thread at a time.
class ChannelSender
{
public:
    virtual ~ChannelSender() = default;
    virtual SenderDescriptor descriptor() const = 0;
    virtual SendResult send(const OutgoingMessage& message) = 0;
    virtual SenderHealth checkHealth() = 0;
    // Called on the listener's thread, concurrently with send(): report through the context's
    // callbacks and keep shared state behind a mutex.
    virtual CallbackReply handleCallback(const CallbackRequest& request)
    {
        Q_UNUSED(request);
        return {404, "no callbacks for this sender\n"};
    }
};

// A sender that reaches people. Training can never reach a real person, whatever the
// configuration says: the refusal lives here, once, and live senders implement sendLive().
class LiveChannelSender : public ChannelSender
{
public:
    SendResult send(const OutgoingMessage& message) final
    {
        if (message.mode == Mode::Training)
            return {SendOutcome::Final,
                    {},
                    QCoreApplication::translate("burgernet::LiveChannelSender",
                                                "Training messages never go to a live sender.")};
        return sendLive(message);
    }

protected:
    virtual SendResult sendLive(const OutgoingMessage& message) = 0;
};

// The plugin: describes the sender and makes configured instances.
class ChannelSenderPlugin
{
public:
    virtual ~ChannelSenderPlugin() = default;
    virtual SenderDescriptor descriptor() const = 0;
    virtual std::unique_ptr<ChannelSender> create(const SenderContext& context) const = 0;
};

// The plugin of a live sender S (S::describe(), S(SenderContext)): makes none in training.
template <typename S>
class LiveSenderPlugin : public ChannelSenderPlugin
{
public:
    SenderDescriptor descriptor() const override { return S::describe(); }
    std::unique_ptr<ChannelSender> create(const SenderContext& context) const override
    {
        if (context.mode == Mode::Training)
            return nullptr;
        return std::make_unique<S>(context);
    }
};

} // namespace burgernet

// Bump the version whenever the structs or classes above change shape.
// Version 2: SenderContext::callbackUrl/dataDir, ChannelSender::handleCallback, SendResult::parts.
// Version 3: typed Channel and MessageType, a plugin's own broadcast channel, the session's
// clock in SenderContext, LiveChannelSender; the header no longer needs the console's libraries.
#define BurgernetChannelSenderPlugin_iid_base "nl.burgernet.console.ChannelSenderPlugin/"
#define BurgernetChannelSenderPlugin_version 3
#define BurgernetChannelSenderPlugin_iid "nl.burgernet.console.ChannelSenderPlugin/3"
Q_DECLARE_INTERFACE(burgernet::ChannelSenderPlugin, BurgernetChannelSenderPlugin_iid)
