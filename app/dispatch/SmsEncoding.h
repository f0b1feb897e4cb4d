#pragma once

#include <QList>
#include <QString>

namespace burgernet {

// How an SMS text will travel: GSM 03.38 (7-bit, 160 per message, 153 per part when
// concatenated; extension characters such as € count twice) or UCS-2 (70, 67 per part) as soon
// as one character is outside GSM-7. Dutch text with ë, ï, typographic quotes or an emoji
// falls back to UCS-2 and then costs about three times as much.
struct SmsAnalysis
{
    enum class Encoding { Gsm7, Ucs2 } encoding = Encoding::Gsm7;
    int units = 0;     // septets (GSM-7) or UTF-16 code units (UCS-2)
    int parts = 0;     // messages billed; 0 for an empty text
    int perPart = 160; // the limit of one part for this text's length and encoding
    int remainingInPart = 160;
    QList<int> forcingPositions; // indexes into the text of the characters that force UCS-2

    static SmsAnalysis of(const QString& text);
    static bool isGsm7(QChar c);
    static bool isGsm7Extension(QChar c);
};

} // namespace burgernet
