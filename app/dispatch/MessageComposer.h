#pragma once

#include "app/core/Mode.h"
#include "app/dispatch/Action.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace burgernet {

// What a message is in the action's life; also the outbox's message_type.
enum class MessageType { Alert, Update, Closing, Cancel };
QString messageTypeId(MessageType type);
bool messageTypeFromId(const QString& id, MessageType* type);

// The channels the composer writes texts for. Area-broadcast channels (app, social, cap) get
// one message for the area; the others one per participant.
namespace channels {
inline const QString Voice = QStringLiteral("voice");
inline const QString Sms = QStringLiteral("sms");
inline const QString Email = QStringLiteral("email");
inline const QString App = QStringLiteral("app");
inline const QString Social = QStringLiteral("social");
inline const QString Cap = QStringLiteral("cap");
QStringList all();
bool isAddressed(const QString& channel);
} // namespace channels

struct ChannelText
{
    QString subject; // e-mail
    QString text;
    QString html;      // e-mail
    QJsonObject extra; // CAP fields, call-back number
};

// The texts of one message: per language, per channel.
struct ComposedMessage
{
    MessageType type = MessageType::Alert;
    QMap<QString, QMap<QString, ChannelText>> texts; // language -> channel -> text

    const ChannelText* find(const QString& language, const QString& channel) const;
    QJsonObject toJson() const;
    static ComposedMessage fromJson(const QJsonObject& json);
};

// The template texts: built-ins from resources/templates/<lang>.json, overlaid with an
// administrator's replacements.
class MessageTemplates
{
public:
    static MessageTemplates builtIn();
    static QStringList languages() { return {QStringLiteral("nl"), QStringLiteral("en")}; }

    QString text(const QString& language, const QString& name) const;
    void setOverride(const QString& language, const QString& name, const QString& body);
    bool hasEntry(const QString& language, const QString& name) const;
    QStringList names(const QString& language) const;

private:
    QHash<QString, QHash<QString, QString>> m_texts;
};

// Turns an action's content into the per-channel texts of one message. Pure: no clock, no
// database; the caller gives the moment for the CAP fields.
class MessageComposer
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::MessageComposer)

public:
    struct Input
    {
        ActionContent content;
        MessageType type = MessageType::Alert;
        Mode mode = Mode::Live;
        QString callbackNumber = QStringLiteral("0800-0011");
        QString updateText;              // update and cancel messages
        Outcome outcome = Outcome::None; // closing message
        QString outcomeText;             // closing message, "other"
        QString areaDescription;
        QString capCircle;  // "lat,lon km", when the area is a circle
        QString capPolygon; // closed "lat,lon ..." when a polygon
        QString capIdentifier;
        QString capReferences; // updates and cancels: "sender,identifier,sent" of the alert
        QDateTime sentAt;
    };

    explicit MessageComposer(MessageTemplates templates = MessageTemplates::builtIn());

    ComposedMessage compose(const Input& input) const;
    // The description sentence ("een man van ongeveer 30 jaar, ...").
    QString describe(const ActionContent& content, const QString& language) const;

    // CAP 1.2 time: YYYY-MM-DDThh:mm:ss+hh:mm, never "Z".
    static QString capTime(const QDateTime& when);

private:
    ChannelText render(const Input& input, const QString& language, const QString& channel) const;
    QString fill(const QString& language, const QString& name,
                 const QHash<QString, QString>& values) const;

    MessageTemplates m_templates;
};

} // namespace burgernet
