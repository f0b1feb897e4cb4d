#include "app/dispatch/MessageComposer.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace burgernet {

const ChannelText* ComposedMessage::find(const QString& language, const Channel& channel) const
{
    // The participant's language first, then Dutch, then whatever language has the channel
    // (broadcasts exist only in the action's language).
    for (const QString& lang : {language, QStringLiteral("nl")}) {
        const auto texts_ = texts.constFind(lang);
        if (texts_ == texts.constEnd())
            continue;
        if (auto it = texts_->constFind(channel); it != texts_->constEnd())
            return &*it;
    }
    for (const auto& perChannel : texts)
        if (auto it = perChannel.constFind(channel); it != perChannel.constEnd())
            return &*it;
    return nullptr;
}

QJsonObject ComposedMessage::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), enumId(type)}};
    for (auto lang = texts.cbegin(); lang != texts.cend(); ++lang) {
        QJsonObject perChannel;
        for (auto ch = lang->cbegin(); ch != lang->cend(); ++ch) {
            QJsonObject t{{QStringLiteral("text"), ch->text}};
            if (!ch->subject.isEmpty())
                t.insert(QStringLiteral("subject"), ch->subject);
            if (!ch->html.isEmpty())
                t.insert(QStringLiteral("html"), ch->html);
            if (!ch->extra.isEmpty())
                t.insert(QStringLiteral("extra"), ch->extra);
            perChannel.insert(ch.key().id(), t);
        }
        json.insert(lang.key(), perChannel);
    }
    return json;
}

ComposedMessage ComposedMessage::fromJson(const QJsonObject& json)
{
    ComposedMessage m;
    enumFromId(json.value(QLatin1String("type")).toString(), &m.type);
    for (auto lang = json.begin(); lang != json.end(); ++lang) {
        if (!lang->isObject())
            continue;
        const QJsonObject perChannel = lang->toObject();
        for (auto ch = perChannel.begin(); ch != perChannel.end(); ++ch) {
            const QJsonObject t = ch->toObject();
            const auto channel = Channel::fromId(ch.key());
            if (!channel)
                continue;
            m.texts[lang.key()][*channel] =
                ChannelText{t.value(QLatin1String("subject")).toString(),
                            t.value(QLatin1String("text")).toString(),
                            t.value(QLatin1String("html")).toString(),
                            t.value(QLatin1String("extra")).toObject()};
        }
    }
    return m;
}

MessageTemplates MessageTemplates::builtIn()
{
    MessageTemplates templates;
    for (const QString& language : languages()) {
        QFile file(QStringLiteral(":/templates/%1.json").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = json.begin(); it != json.end(); ++it)
            if (!it.key().startsWith(QLatin1Char('_')))
                templates.m_texts[language].insert(it.key(), it->toString());
    }
    return templates;
}

QString MessageTemplates::text(const QString& language, const QString& name) const
{
    const auto lang = m_texts.constFind(language);
    if (lang != m_texts.constEnd()) {
        const auto it = lang->constFind(name);
        if (it != lang->constEnd())
            return *it;
    }
    // An entry missing in English falls back to the Dutch one rather than to nothing.
    return language == QLatin1String("nl") ? QString() : text(QStringLiteral("nl"), name);
}

void MessageTemplates::setOverride(const QString& language, const QString& name,
                                   const QString& body)
{
    m_texts[language][name] = body;
}

bool MessageTemplates::hasEntry(const QString& language, const QString& name) const
{
    return m_texts.value(language).contains(name);
}

QStringList MessageTemplates::names(const QString& language) const
{
    QStringList names = m_texts.value(language).keys();
    names.sort();
    return names;
}

MessageComposer::MessageComposer(MessageTemplates templates, ChannelCatalog catalog)
    : m_templates(std::move(templates))
    , m_catalog(std::move(catalog))
{}

QString MessageComposer::fitTo(const QString& text, int maxLength)
{
    if (maxLength <= 0 || text.size() <= maxLength)
        return text;
    // Cut at a word and say so, rather than mid-word: the reader sees that more was meant.
    QString cut = text.left(maxLength - 1);
    const int space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxLength / 2)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026);
}

QString MessageComposer::fill(const QString& language, const QString& name,
                              const QHash<QString, QString>& values) const
{
    QString text = m_templates.text(language, name);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    // Empty slots leave doubled spaces and stray punctuation behind; tidy them per line.
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
    static const QRegularExpression spaceBeforePunct(QStringLiteral(" +([.,?!])"));
    static const QRegularExpression doubleDot(QStringLiteral("\\.(\\s*\\.)+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(spaceBeforePunct, QStringLiteral("\\1"));
    text.replace(doubleDot, QStringLiteral("."));
    text.replace(blankLines, QStringLiteral("\n\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed();
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString MessageComposer::describe(const ActionContent& content, const QString& language) const
{
    QStringList parts;
    const auto slot = [&](const char* name, const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            parts << fill(language, QLatin1String(name), {{QLatin1String(key), value.trimmed()}});
    };
    const PersonDescription& p = content.person;
    const VehicleDescription& v = content.vehicle;
    const bool person = incidentUsesPerson(content.incident) && !p.isEmpty();
    const bool vehicle = incidentUsesVehicle(content.incident) && !v.isEmpty();
    if (person) {
        parts << m_templates.text(
            language, p.sex == QLatin1String("male")     ? QStringLiteral("person.male")
                      : p.sex == QLatin1String("female") ? QStringLiteral("person.female")
                                                         : QStringLiteral("person.default"));
        slot("person.age", "age", p.age);
        slot("person.height", "height", p.height);
        slot("person.build", "build", p.build);
        slot("person.clothing", "clothing", p.clothing);
        slot("person.particulars", "particulars", p.particulars);
    }
    if (vehicle) {
        QStringList name;
        for (const QString& s : {v.colour, v.make, v.model})
            if (!s.trimmed().isEmpty())
                name << s.trimmed();
        const QString article = m_templates.text(language, QStringLiteral("vehicle.default"));
        if (name.isEmpty()) {
            parts << article;
        } else {
            // "een voertuig" -> "een rode Volkswagen Golf": keep the article, replace the noun.
            const QString a = article.section(QLatin1Char(' '), 0, 0);
            parts << a + QLatin1Char(' ') + name.join(QLatin1Char(' '));
        }
        slot("vehicle.plate", "plate", v.plate);
    }
    const QString direction =
        person && !p.direction.trimmed().isEmpty() ? p.direction : v.direction;
    if ((person || vehicle) && !direction.trimmed().isEmpty())
        slot("direction", "direction", direction);
    return parts.join(QStringLiteral(", "));
}

QString MessageComposer::capTime(const QDateTime& when)
{
    const QDateTime local = when.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    const int offset = local.offsetFromUtc();
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + sign +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

ChannelText MessageComposer::render(const Input& in, const QString& language,
                                    const Channel& channel) const
{
    QString prefix;
    switch (in.type) {
    case MessageType::Alert:
        prefix = in.content.kind == ActionKind::Notice ? QStringLiteral("notice.")
                                                       : QStringLiteral("alert.");
        break;
    case MessageType::Update:
        prefix = QStringLiteral("update.");
        break;
    case MessageType::Closing:
        prefix = QStringLiteral("closing.");
        break;
    case MessageType::Cancel:
    case MessageType::Test:
        prefix = QStringLiteral("cancel.");
        break;
    }
    QString outcomeText =
        m_templates.text(language, QStringLiteral("outcome.") + enumId(in.outcome));
    if (!in.outcomeText.trimmed().isEmpty())
        outcomeText = (outcomeText + QLatin1Char(' ') + in.outcomeText.trimmed()).trimmed();
    const QString location =
        in.content.locationText.trimmed().isEmpty()
            ? QString()
            : fill(language, QStringLiteral("location"),
                   {{QStringLiteral("location"), in.content.locationText.trimmed()}});
    const QHash<QString, QString> values{
        {QStringLiteral("description"), describe(in.content, language)},
        {QStringLiteral("location"), location},
        {QStringLiteral("free_text"), in.content.freeText.trimmed()},
        {QStringLiteral("callback"), in.callbackNumber},
        {QStringLiteral("update_text"), in.updateText.trimmed()},
        {QStringLiteral("outcome_text"), outcomeText},
    };
    // Training must be unmistakable in every text that could ever reach a screen or a phone.
    const QString marker = in.mode == Mode::Training
                               ? m_templates.text(language, QStringLiteral("training_marker"))
                               : QString();
    const auto mark = [&](const QString& text) {
        return marker.isEmpty() ? text : marker + QStringLiteral(": ") + text;
    };

    ChannelText out;
    if (channel.is(BuiltinChannel::Email)) {
        out.subject = mark(fill(language, prefix + QStringLiteral("email_subject"), values));
        out.text = mark(fill(language, prefix + QStringLiteral("email_text"), values));
        QString html;
        for (const QString& para : out.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            html += QStringLiteral("<p>") +
                    para.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QStringLiteral("</p>\n");
        out.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><body>\n%2</body></html>\n")
                       .arg(language, html);
    } else if (channel.is(BuiltinChannel::Cap)) {
        const QString headline =
            mark(fill(language, prefix + QStringLiteral("cap_headline"), values));
        const QString description =
            mark(fill(language, prefix + QStringLiteral("cap_description"), values));
        const QString instruction =
            fill(language, prefix + QStringLiteral("cap_instruction"), values);
        out.text = description;
        const char* msgType = in.type == MessageType::Alert    ? "Alert"
                              : in.type == MessageType::Cancel ? "Cancel"
                                                               : "Update";
        out.extra = QJsonObject{
            {QStringLiteral("identifier"), in.capIdentifier},
            {QStringLiteral("sent"), capTime(in.sentAt)},
            {QStringLiteral("status"),
             in.mode == Mode::Training ? QStringLiteral("Exercise") : QStringLiteral("Actual")},
            {QStringLiteral("msgType"), QLatin1String(msgType)},
            {QStringLiteral("scope"), QStringLiteral("Public")},
            {QStringLiteral("category"), in.content.incident == IncidentType::Missing
                                             ? QStringLiteral("Rescue")
                                             : QStringLiteral("Security")},
            {QStringLiteral("event"), enumId(in.content.incident)},
            {QStringLiteral("urgency"), in.content.kind == ActionKind::Urgent
                                            ? QStringLiteral("Immediate")
                                            : QStringLiteral("Expected")},
            {QStringLiteral("severity"), QStringLiteral("Moderate")},
            {QStringLiteral("certainty"), QStringLiteral("Observed")},
            {QStringLiteral("language"),
             language == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("nl-NL")},
            {QStringLiteral("headline"), headline},
            {QStringLiteral("description"), description},
            {QStringLiteral("instruction"), instruction},
            {QStringLiteral("areaDesc"),
             in.areaDescription.isEmpty() ? in.content.locationText : in.areaDescription},
        };
        if (!in.capReferences.isEmpty())
            out.extra.insert(QStringLiteral("references"), in.capReferences);
        if (!in.capCircle.isEmpty())
            out.extra.insert(QStringLiteral("circle"), in.capCircle);
        if (!in.capPolygon.isEmpty())
            out.extra.insert(QStringLiteral("polygon"), in.capPolygon);
    } else if (channel.isBuiltin()) {
        out.text = mark(fill(language, prefix + channel.id(), values));
    } else {
        // A plugin's broadcast channel has no template of its own: it gets the short broadcast
        // text that the app gets, fitted to what the channel can show.
        out.text = mark(fill(language, prefix + QStringLiteral("app"), values));
    }
    if (!channel.isAddressed() && !channel.is(BuiltinChannel::Cap))
        if (const ChannelInfo* info = m_catalog.find(channel))
            out.text = fitTo(out.text, info->capabilities.maxLength);
    if (channel.is(BuiltinChannel::Voice) || channel.is(BuiltinChannel::Sms))
        out.extra.insert(QStringLiteral("callback"), in.callbackNumber);
    return out;
}

ComposedMessage MessageComposer::compose(const Input& input) const
{
    ComposedMessage message;
    message.type = input.type;
    QList<Channel> wanted = input.content.channels;
    if (wanted.isEmpty())
        wanted = builtinChannels();
    // Addressed channels in both languages (each participant reads their own); broadcasts in
    // the action's language.
    for (const QString& language : MessageTemplates::languages()) {
        for (const Channel& channel : wanted) {
            if (!channel.isAddressed() && language != input.content.language)
                continue;
            message.texts[language][channel] = render(input, language, channel);
        }
    }
    return message;
}

} // namespace burgernet
