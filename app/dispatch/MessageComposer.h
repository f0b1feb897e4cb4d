#pragma once

#include "app/core/MessageType.h"
#include "app/core/Mode.h"
#include "app/dispatch/Action.h"
#include "app/dispatch/ChannelCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace burgernet {

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
    QMap<QString, QMap<Channel, ChannelText>> texts; // language -> channel -> text

    const ChannelText* find(const QString& language, const Channel& channel) const;
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
        QString capCircle;       // "lat,lon km", when the area is a circle
        QStringList capPolygons; // closed "lat,lon ...", one per part, when a polygon
        // The municipalities the area reaches into (from the register's boundaries): their CBS
        // codes as CAP geocodes, their names in the CAP area's description.
        QStringList municipalityCodes;
        QStringList municipalityNames;
        QString capIdentifier;
        QDateTime sentAt; // the CAP message's time
    };

    explicit MessageComposer(MessageTemplates templates = MessageTemplates::builtIn(),
                             ChannelCatalog catalog = ChannelCatalog::builtIn());

    // The texts of the chosen channels, and always the CAP text in the action's language: it is
    // the message's record in the exchange format (`burgernetctl action cap`), sent only when
    // the CAP channel is chosen.
    ComposedMessage compose(const Input& input) const;
    // The description sentence ("een man van ongeveer 30 jaar, ...").
    QString describe(const ActionContent& content, const QString& language) const;

private:
    ChannelText render(const Input& input, const QString& language, const Channel& channel) const;
    // A broadcast text cut to the channel's length, at a word, with an ellipsis.
    static QString fitTo(const QString& text, int maxLength);
    QString fill(const QString& language, const QString& name,
                 const QHash<QString, QString>& values) const;

    MessageTemplates m_templates;
    ChannelCatalog m_catalog;
};

} // namespace burgernet
