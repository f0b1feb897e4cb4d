#include "app/channels/sms_kannel/SmsText.h"

#include <QList>
#include <QStringView>

namespace burgernet {

namespace {
// GSM 03.38 default alphabet (the 128 positions, escape excluded) and the extension table.
const QString& basicAlphabet()
{
    static const QString alphabet =
        QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                          "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return alphabet;
}
const QString& extensionTable()
{
    static const QString table = QString::fromUtf8("\f^{}\\[~]|€");
    return table;
}
} // namespace

bool isGsm7Character(char32_t c, int* septets)
{
    if (c > 0xFFFF)
        return false;
    const QChar ch{char16_t(c)};
    if (basicAlphabet().contains(ch)) {
        if (septets)
            *septets = 1;
        return true;
    }
    if (extensionTable().contains(ch)) {
        if (septets)
            *septets = 2;
        return true;
    }
    return false;
}

SmsTextInfo analyseSmsText(const QString& text)
{
    SmsTextInfo info;
    int septets = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        int width = 0;
        if (!isGsm7Character(c, &width)) {
            info.gsm7 = false;
            break;
        }
        septets += width;
    }
    if (info.gsm7) {
        info.units = septets;
        info.parts = septets <= 160 ? 1 : (septets + 152) / 153;
    } else {
        info.units = int(text.size()); // UTF-16 code units = UCS-2 units (surrogates count 2)
        info.parts = info.units <= 70 ? 1 : (info.units + 66) / 67;
    }
    return info;
}

} // namespace burgernet
