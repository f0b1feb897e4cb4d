#include "app/channels/email_smtp/MimeMessage.h"

#include <QCryptographicHash>
#include <QLocale>

namespace burgernet {

namespace {
bool isPlainAscii(const QString& value)
{
    for (const QChar c : value)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    return lines;
}

QByteArray rfc2822Date(const QDateTime& date)
{
    // English names whatever the locale, as RFC 5322 wants.
    const QDateTime utc = date.toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
           " +0000";
}

QByteArray address(const QString& name, const QString& mailbox)
{
    if (name.isEmpty())
        return "<" + mailbox.toUtf8() + ">";
    return encodeHeaderWord(name) + " <" + mailbox.toUtf8() + ">";
}
} // namespace

QByteArray encodeHeaderWord(const QString& value)
{
    if (isPlainAscii(value))
        return value.toLatin1();
    // Encoded words of at most 75 characters: whole UTF-8 characters, 45 bytes a word.
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype width = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray bytes = value.mid(i, width).toUtf8();
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
        i += width;
    }
    flush();
    return out;
}

QString htmlFromText(const QString& text)
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>");
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    for (const QString& paragraph : paragraphs)
        html += QStringLiteral("<p>") +
                paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    return html + QStringLiteral("</body></html>\n");
}

QByteArray MimeMessage::toBytes() const
{
    const QByteArray boundary =
        "=_burgernet_" +
        QCryptographicHash::hash(messageId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    QByteArray out;
    out += "Date: " + rfc2822Date(date) + "\r\n";
    out += "From: " + address(fromName, fromAddress) + "\r\n";
    out += "To: <" + to.toUtf8() + ">\r\n";
    out += "Subject: " + encodeHeaderWord(subject) + "\r\n";
    out += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    // Tells mail systems not to answer with out-of-office replies.
    out += "Auto-Submitted: auto-generated\r\n";
    if (!actionId.isEmpty())
        out += "X-Burgernet-Action: " + actionId.toUtf8() + "\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "\r\nThis is a message in MIME format.\r\n";
    auto part = [&](const char* type, const QString& body) {
        out += "\r\n--" + boundary + "\r\n";
        out += QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(body.toUtf8());
    };
    part("text/plain", text);
    part("text/html", html.isEmpty() ? htmlFromText(text) : html);
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

} // namespace burgernet
