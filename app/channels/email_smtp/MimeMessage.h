#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace burgernet {

// An e-mail as it goes over SMTP: UTF-8, multipart/alternative with a text and an HTML part,
// both base64 so that no line is too long and no byte is mangled; non-ASCII headers as
// RFC 2047 encoded words.
struct MimeMessage
{
    QString fromAddress;
    QString fromName;
    QString to;
    QString subject;
    QString text;
    QString html;      // empty: made from the text
    QString messageId; // without the angle brackets
    QDateTime date;
    QString actionId; // pseudonymous; for the X-Burgernet-Action header

    QByteArray toBytes() const;
};

QByteArray encodeHeaderWord(const QString& value);
QString htmlFromText(const QString& text);

} // namespace burgernet
