#include "app/register/ContactMask.h"

#include <QStringList>

namespace burgernet {

namespace {

const QString kDots = QStringLiteral("\u2022\u2022\u2022\u2022");

// E.164 country codes have one to three digits; these are the one- and two-digit ones.
int countryCodeLength(const QString& digits)
{
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        return 1;
    static const QStringList twoDigits =
        QStringLiteral(
            "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 "
            "62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98")
            .split(u' ');
    return twoDigits.contains(digits.left(2)) ? 2 : 3;
}

} // namespace

QString ContactMask::phone(const QString& number)
{
    QString digits;
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return {};
    const int cc = number.trimmed().startsWith(u'+') ? countryCodeLength(digits) : 0;
    const QString country = cc ? u'+' + digits.left(cc) + u' ' : QString();
    const QString national = digits.mid(cc);
    // Short numbers show less, so that at least half of every number stays hidden.
    if (national.size() < 9)
        return country + kDots + u' ' + national.right(national.size() / 4);
    return country + national.left(1) + u' ' + kDots + u' ' + national.right(4);
}

QString ContactMask::email(const QString& email)
{
    if (email.isEmpty())
        return {};
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0)
        return kDots;
    return email.left(1) + kDots.left(3) + email.mid(at);
}

} // namespace burgernet
