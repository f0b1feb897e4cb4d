#pragma once

#include <QString>

namespace burgernet {

// How an SMS text travels: GSM 03.38 7-bit when every character is in the default alphabet or
// its extension table, UCS-2 otherwise (one "ë" in "Zoë" or a typographic quote is enough, and
// triples the cost). Long texts are concatenated: 153 septets or 67 UCS-2 units a part.
struct SmsTextInfo
{
    bool gsm7 = true;
    int units = 0; // septets (extension characters count 2) or UTF-16 code units
    int parts = 1;
};

SmsTextInfo analyseSmsText(const QString& text);
bool isGsm7Character(char32_t c, int* septets = nullptr);

} // namespace burgernet
