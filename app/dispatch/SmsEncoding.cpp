#include "app/dispatch/SmsEncoding.h"

namespace burgernet {

namespace {

// The GSM 03.38 basic character set (default alphabet), as Unicode.
const QString& basicSet()
{
    static const QString set =
        QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                          "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return set;
}

// Reached through the escape code: two septets each.
const QString& extensionSet()
{
    static const QString set = QString::fromUtf8("^{}\\[~]|€\f");
    return set;
}

} // namespace

bool SmsAnalysis::isGsm7(QChar c)
{
    return basicSet().contains(c) || extensionSet().contains(c);
}

bool SmsAnalysis::isGsm7Extension(QChar c)
{
    return extensionSet().contains(c);
}

SmsAnalysis SmsAnalysis::of(const QString& text)
{
    SmsAnalysis a;
    int septets = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (basicSet().contains(c)) {
            ++septets;
        } else if (extensionSet().contains(c)) {
            septets += 2;
        } else {
            a.forcingPositions << i;
            // The low half of a surrogate pair belongs to the character already marked.
            if (c.isHighSurrogate() && i + 1 < text.size())
                ++i;
        }
    }
    const bool gsm = a.forcingPositions.isEmpty();
    a.encoding = gsm ? Encoding::Gsm7 : Encoding::Ucs2;
    a.units = gsm ? septets : static_cast<int>(text.size());
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    if (a.units == 0) {
        a.parts = 0;
        a.perPart = single;
        a.remainingInPart = single;
    } else if (a.units <= single) {
        a.parts = 1;
        a.perPart = single;
        a.remainingInPart = single - a.units;
    } else {
        a.parts = (a.units + multi - 1) / multi;
        a.perPart = multi;
        a.remainingInPart = a.parts * multi - a.units;
    }
    return a;
}

} // namespace burgernet
