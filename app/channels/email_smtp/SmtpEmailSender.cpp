#include "app/channels/email_smtp/SmtpEmailSender.h"

#include "app/channels/common/CurlHandle.h"
#include "app/channels/common/SenderRate.h"
#include "app/channels/email_smtp/MimeMessage.h"

#include <QDateTime>

namespace burgernet {

namespace {
struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* target)
{
    auto* upload = static_cast<Upload*>(target);
    const qsizetype n = qMin(qsizetype(size * count), upload->data.size() - upload->offset);
    memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

size_t discard(char*, size_t size, size_t count, void*)
{
    return size * count;
}
} // namespace

SenderDescriptor SmtpEmailSender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("email-smtp");
    d.name = tr("E-mail (SMTP)");
    d.channel = BuiltinChannel::Email;
    d.capabilities.maxLength = 0;
    d.capabilities.encoding = TextEncoding::Utf8;
    d.capabilities.media = true;
    d.capabilities.defaultRatePerSecond = 20;
    d.capabilities.defaultBurst = 50;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("host"), tr("SMTP server"), T::Text, QString(), {}, true, {}},
        {QStringLiteral("port"),
         tr("Port"),
         T::Integer,
         587,
         {},
         false,
         tr("587 for STARTTLS, 465 for SMTPS.")},
        {QStringLiteral("security"),
         tr("Security"),
         T::Choice,
         QStringLiteral("starttls"),
         {QStringLiteral("starttls"), QStringLiteral("smtps"), QStringLiteral("none")},
         false,
         tr("\"none\" only for a relay on this machine.")},
        {QStringLiteral("username"), tr("User name"), T::Text, QString(), {}, false, {}},
        {QStringLiteral("password"), tr("Password"), T::Secret, QString(), {}, false, {}},
        {QStringLiteral("from"),
         tr("Sender address"),
         T::Text,
         QStringLiteral("noreply@burgernet.nl"),
         {},
         true,
         {}},
        {QStringLiteral("fromName"),
         tr("Sender name"),
         T::Text,
         QStringLiteral("Burgernet"),
         {},
         false,
         {}},
        {QStringLiteral("verifyTls"),
         tr("Verify TLS certificates"),
         T::Boolean,
         true,
         {},
         false,
         tr("Turn off only for a test server; the change is recorded.")},
        {QStringLiteral("caFile"),
         tr("CA certificate file"),
         T::Text,
         QString(),
         {},
         false,
         tr("A site's own certificate authority, in PEM.")},
        {QStringLiteral("timeoutMs"), tr("Timeout (ms)"), T::Integer, 30000, {}, false, {}},
        rateSetting(d.capabilities.defaultRatePerSecond),
    };
    return d;
}

SenderDescriptor SmtpEmailSender::descriptor() const
{
    return withConfiguredRate(describe(), m_context.settings);
}

SmtpEmailSender::SmtpEmailSender(SenderContext context)
    : m_context(std::move(context))
{
    initCurlOnce();
}

QString SmtpEmailSender::setting(const char* key, const QString& fallback) const
{
    const QVariant value = m_context.settings.value(QString::fromLatin1(key));
    return value.isValid() && !value.toString().isEmpty() ? value.toString() : fallback;
}

QByteArray SmtpEmailSender::serverUrl() const
{
    const bool smtps = setting("security") == QLatin1String("smtps");
    const QString from = setting("from", QStringLiteral("noreply@burgernet.nl"));
    // The path is the name libcurl gives in EHLO: the sender's domain.
    return QStringLiteral("%1://%2:%3/%4")
        .arg(smtps ? QStringLiteral("smtps") : QStringLiteral("smtp"), setting("host"),
             setting("port", smtps ? QStringLiteral("465") : QStringLiteral("587")),
             from.section(QLatin1Char('@'), 1))
        .toUtf8();
}

SendResult SmtpEmailSender::sendLive(const OutgoingMessage& message)
{
    if (!message.recipient.contains(QLatin1Char('@')))
        return {SendOutcome::Final, {}, tr("The participant has no e-mail address.")};

    const QString from = setting("from", QStringLiteral("noreply@burgernet.nl"));
    MimeMessage mime;
    mime.fromAddress = from;
    mime.fromName = setting("fromName", QStringLiteral("Burgernet"));
    mime.to = message.recipient;
    mime.subject = message.subject.isEmpty() ? QStringLiteral("Burgernet") : message.subject;
    mime.text = message.text;
    mime.html = message.html;
    // The outbox id makes the Message-ID stable across retries, so a mail system can drop a
    // duplicate of a message whose first answer was lost.
    mime.messageId = message.messageId + QLatin1Char('@') + from.section(QLatin1Char('@'), 1);
    mime.date = message.createdAt.isValid() ? message.createdAt : senderNow(m_context);
    mime.actionId = message.actionId;
    Upload upload{mime.toBytes()};

    // The worker's thread keeps its SMTP connection between messages: one greeting, STARTTLS
    // and login per run, not per participant.
    const ThreadCurlHandle handle;
    CURL* curl = handle.get();
    if (!curl)
        return {SendOutcome::Retryable, {}, QStringLiteral("libcurl could not be initialised")};
    const QByteArray url = serverUrl();
    const QByteArray mailFrom = "<" + from.toUtf8() + ">";
    const QByteArray rcpt = "<" + message.recipient.toUtf8() + ">";
    const QByteArray user = setting("username").toUtf8();
    const QByteArray password = setting("password").toUtf8();
    const QByteArray caFile = setting("caFile").toLocal8Bit();
    const bool verify = m_context.settings.value(QStringLiteral("verifyTls"), true).toBool();
    const QString security = setting("security", QStringLiteral("starttls"));
    curl_slist* recipients = curl_slist_append(nullptr, rcpt.constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     security == QLatin1String("none") ? long(CURLUSESSL_NONE)
                                                       : long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS,
                     long(setting("timeoutMs", QStringLiteral("30000")).toInt()));

    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);

    SendResult result;
    result.providerId = QLatin1Char('<') + mime.messageId + QLatin1Char('>');
    if (code == CURLE_OK) {
        result.outcome = SendOutcome::Sent;
        return result;
    }
    const QString curlError = QString::fromUtf8(curl_easy_strerror(code));
    result.error = reply > 0 ? tr("SMTP %1: %2").arg(reply).arg(curlError) : curlError;
    const bool wholeMessageSent = upload.offset == upload.data.size();
    if (reply >= 400 && reply < 500) {
        result.outcome = SendOutcome::Retryable;
    } else if (reply >= 500) {
        result.outcome = SendOutcome::Final;
    } else if (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE ||
               code == CURLE_USE_SSL_FAILED || code == CURLE_LOGIN_DENIED ||
               code == CURLE_URL_MALFORMAT) {
        // The settings or the server's certificate must change first; retrying only repeats it.
        result.outcome = SendOutcome::Final;
    } else if (wholeMessageSent) {
        // The message went out and the server's answer was lost: it may have been accepted.
        result.outcome = SendOutcome::Uncertain;
    } else {
        result.outcome = SendOutcome::Retryable; // no connection, or it broke before the data
    }
    return result;
}

SenderHealth SmtpEmailSender::checkHealth()
{
    // Connect, greet, log in (and STARTTLS) without sending: libcurl's CONNECT_ONLY.
    CURL* curl = curl_easy_init();
    if (!curl)
        return {SenderHealth::Status::Unknown, QStringLiteral("libcurl could not be initialised")};
    const QByteArray url = serverUrl();
    const QByteArray user = setting("username").toUtf8();
    const QByteArray password = setting("password").toUtf8();
    const QByteArray caFile = setting("caFile").toLocal8Bit();
    const bool verify = m_context.settings.value(QStringLiteral("verifyTls"), true).toBool();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     setting("security", QStringLiteral("starttls")) == QLatin1String("none")
                         ? long(CURLUSESSL_NONE)
                         : long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK)
        return {SenderHealth::Status::Ok, tr("SMTP server answers")};
    return {SenderHealth::Status::Down, QString::fromUtf8(curl_easy_strerror(code))};
}

} // namespace burgernet
