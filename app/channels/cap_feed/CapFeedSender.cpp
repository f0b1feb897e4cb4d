#include "app/channels/cap_feed/CapFeedSender.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace burgernet {

namespace {
constexpr int AtomEntries = 100;

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

SenderDescriptor CapFeedSender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("cap-feed");
    d.name = tr("CAP 1.2 feed");
    d.channel = BuiltinChannel::Cap;
    d.capabilities.defaultRatePerSecond = 10;
    d.capabilities.defaultBurst = 10;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("folder"),
         tr("Feed folder"),
         T::Text,
         QString(),
         {},
         false,
         tr("Where the CAP files and feed.atom are written; empty: the console's data folder.")},
        {QStringLiteral("sender"),
         tr("CAP sender"),
         T::Text,
         CapPublisher::defaultSender(),
         {},
         true,
         tr("Identifies the control room in every message.")},
        {QStringLiteral("senderName"),
         tr("Sender name"),
         T::Text,
         CapPublisher::defaultSenderName(),
         {},
         false,
         {}},
        {QStringLiteral("infoUrl"),
         tr("Information page"),
         T::Url,
         QStringLiteral("https://www.burgernet.nl"),
         {},
         false,
         {}},
        {QStringLiteral("publicUrl"),
         tr("Public feed URL"),
         T::Url,
         QString(),
         {},
         false,
         tr("The address under which others fetch the feed; empty: the console's listener.")},
        {QStringLiteral("expiresMinutes"),
         tr("Valid for (minutes)"),
         T::Integer,
         CapPublisher::DefaultExpiresMinutes,
         {},
         false,
         {}},
    };
    return d;
}

CapFeedSender::CapFeedSender(SenderContext context)
    : m_context(std::move(context))
{
    m_folder = setting("folder");
    if (m_folder.isEmpty())
        m_folder = QDir(m_context.dataDir.isEmpty() ? QDir::tempPath() : m_context.dataDir)
                       .absoluteFilePath(QStringLiteral("cap"));
    QDir().mkpath(m_folder);
    loadIndex();
}

QString CapFeedSender::setting(const char* key, const QString& fallback) const
{
    const QString value = m_context.settings.value(QString::fromLatin1(key)).toString();
    return value.isEmpty() ? fallback : value;
}

CapMessage CapFeedSender::build(const OutgoingMessage& message) const
{
    const ChannelText text{message.subject, message.text, message.html, message.extra};
    QStringList references;
    if (!message.actionId.isEmpty()) {
        std::lock_guard lock(m_mutex);
        for (const Entry& earlier : m_entries)
            if (earlier.actionId == message.actionId)
                references.append(earlier.reference);
    }
    CapMessage cap = capFromText(text, publisher(), references);
    // What only the outgoing message knows: a training message is never published as real,
    // and a sender test has no composed CAP text.
    if (message.mode == Mode::Training)
        cap.status = QStringLiteral("Exercise");
    else if (message.messageType == MessageType::Test)
        cap.status = QStringLiteral("Test");
    if (cap.identifier.isEmpty())
        cap.identifier = QStringLiteral("burgernet-") + message.messageId;
    if (!cap.sent.isValid()) {
        const QDateTime sent =
            message.createdAt.isValid() ? message.createdAt : senderNow(m_context);
        // CAP times have whole seconds; the reference must match the file exactly.
        cap.sent = sent.addMSecs(-sent.time().msec());
        const int minutes = publisher().expiresMinutes;
        if (minutes > 0)
            cap.expires = cap.sent.addSecs(qint64(minutes) * 60);
    }
    if (cap.event.isEmpty())
        cap.event = tr("Burgernet action");
    if (cap.headline.isEmpty())
        cap.headline =
            message.subject.isEmpty() ? message.text.left(80) : message.subject.left(159);
    if (cap.areaDesc.isEmpty())
        cap.areaDesc =
            message.areaDescription.isEmpty() ? tr("Alert area") : message.areaDescription;
    return cap;
}

SendResult CapFeedSender::sendLive(const OutgoingMessage& message)
{
    const CapMessage cap = build(message);
    if (cap.polygons.isEmpty() && cap.circles.isEmpty())
        return {SendOutcome::Final, {}, tr("The message has no area.")};
    QString error;
    if (!writeFile(QDir(m_folder).absoluteFilePath(cap.identifier + QStringLiteral(".xml")),
                   cap.toXml(), &error))
        return {SendOutcome::Retryable, {}, tr("The CAP file could not be written: %1").arg(error)};
    {
        std::lock_guard lock(m_mutex);
        m_entries.erase(
            std::remove_if(m_entries.begin(), m_entries.end(),
                           [&](const Entry& e) { return e.identifier == cap.identifier; }),
            m_entries.end());
        m_entries.append({cap.identifier, message.actionId, cap.msgType, cap.headline,
                          cap.description.left(300), cap.sent, cap.reference()});
    }
    if (!saveIndexAndFeed(&error))
        return {SendOutcome::Retryable, {}, tr("The feed could not be written: %1").arg(error)};
    SendResult result;
    result.outcome = SendOutcome::Delivered; // published: the feed is the delivery
    result.providerId = cap.identifier;
    return result;
}

void CapFeedSender::loadIndex()
{
    QFile file(QDir(m_folder).absoluteFilePath(QStringLiteral("index.json")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    std::lock_guard lock(m_mutex);
    for (const QJsonValue& value : entries) {
        const QJsonObject o = value.toObject();
        m_entries.append(
            {o.value(QStringLiteral("identifier")).toString(),
             o.value(QStringLiteral("action")).toString(),
             o.value(QStringLiteral("msgType")).toString(),
             o.value(QStringLiteral("headline")).toString(),
             o.value(QStringLiteral("summary")).toString(),
             QDateTime::fromString(o.value(QStringLiteral("sent")).toString(), Qt::ISODate),
             o.value(QStringLiteral("reference")).toString()});
    }
}

bool CapFeedSender::saveIndexAndFeed(QString* error) const
{
    QJsonArray entries;
    QByteArray feed;
    {
        std::lock_guard lock(m_mutex);
        for (const Entry& e : m_entries)
            entries.append(QJsonObject{{QStringLiteral("identifier"), e.identifier},
                                       {QStringLiteral("action"), e.actionId},
                                       {QStringLiteral("msgType"), e.msgType},
                                       {QStringLiteral("headline"), e.headline},
                                       {QStringLiteral("summary"), e.summary},
                                       {QStringLiteral("sent"), e.sent.toString(Qt::ISODate)},
                                       {QStringLiteral("reference"), e.reference}});
        feed = atom();
    }
    const QDir dir(m_folder);
    return writeFile(dir.absoluteFilePath(QStringLiteral("index.json")),
                     QJsonDocument(entries).toJson(), error) &&
           writeFile(dir.absoluteFilePath(QStringLiteral("feed.atom")), feed, error);
}

QByteArray CapFeedSender::atom() const
{
    QString base = setting("publicUrl", m_context.callbackUrl.toString());
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const QString sender = publisher().sender;
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    w.writeStartElement(QStringLiteral("feed"));
    w.writeTextElement(QStringLiteral("id"), QStringLiteral("urn:burgernet:cap:") + sender);
    w.writeTextElement(QStringLiteral("title"), publisher().senderName + QStringLiteral(" CAP"));
    w.writeTextElement(QStringLiteral("updated"), m_entries.isEmpty()
                                                      ? capTime(senderNow(m_context).toLocalTime())
                                                      : capTime(m_entries.last().sent));
    w.writeStartElement(QStringLiteral("author"));
    w.writeTextElement(QStringLiteral("name"), publisher().senderName);
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    w.writeAttribute(QStringLiteral("href"), base + QStringLiteral("feed.atom"));
    for (qsizetype i = m_entries.size() - 1; i >= 0 && i >= m_entries.size() - AtomEntries; --i) {
        const Entry& e = m_entries.at(i);
        w.writeStartElement(QStringLiteral("entry"));
        w.writeTextElement(QStringLiteral("id"),
                           QStringLiteral("urn:burgernet:cap:") + e.identifier);
        w.writeTextElement(QStringLiteral("title"), e.msgType + QStringLiteral(": ") + e.headline);
        w.writeTextElement(QStringLiteral("updated"), capTime(e.sent));
        w.writeTextElement(QStringLiteral("summary"), e.summary);
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("application/cap+xml"));
        w.writeAttribute(QStringLiteral("href"), base + e.identifier + QStringLiteral(".xml"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

SenderHealth CapFeedSender::checkHealth()
{
    const QString probe = QDir(m_folder).absoluteFilePath(QStringLiteral(".health"));
    QString error;
    if (!writeFile(probe, "ok\n", &error))
        return {SenderHealth::Status::Down, tr("The feed folder is not writable: %1").arg(error)};
    QFile::remove(probe);
    return {SenderHealth::Status::Ok, tr("Feed folder writable")};
}

CallbackReply CapFeedSender::handleCallback(const CallbackRequest& request)
{
    if (request.method != "GET")
        return {405, "GET only\n"};
    // Only the feed and CAP files by their identifier: nothing else of the disk is served.
    static const QRegularExpression allowed(
        QStringLiteral(R"(^/(feed\.atom|burgernet-[A-Za-z0-9._-]+\.xml)$)"));
    const QString path = request.subPath.isEmpty() ? QStringLiteral("/feed.atom") : request.subPath;
    if (!allowed.match(path).hasMatch())
        return {404, "not found\n"};
    QFile file(m_folder + path);
    if (!file.open(QIODevice::ReadOnly))
        return {404, "not found\n"};
    return {200, file.readAll(),
            path.endsWith(QLatin1String(".atom")) ? "application/atom+xml; charset=utf-8"
                                                  : "application/cap+xml; charset=utf-8"};
}

} // namespace burgernet
