// The rules for text that comes in: what is refused, and that the message names the character
// and its place.
#include "app/core/TextRules.h"

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

TEST_CASE("Text with control characters, bidirectional controls or too many characters is refused",
          "[core][text]")
{
    CHECK_FALSE(TextRules::problem(u"Zoë de Vries-El Amrani"_s, 200));
    CHECK_FALSE(TextRules::problem(QString(200, u'a'), 200));
    CHECK(TextRules::problem(QString(201, u'a'), 200)->contains(u"200"_s));
    CHECK(*TextRules::problem(u"ab\u202Ecd"_s, 200) ==
          u"a bidirectional text control (U+202E) at position 3"_s);
    for (char16_t c :
         {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u2066', u'\u2067', u'\u2068', u'\u2069'})
        CHECK(TextRules::problem(QString(QChar(c)), 10));
    // Marks change no order of what is written: allowed (Arabic and Hebrew names use them).
    CHECK_FALSE(TextRules::problem(u"a\u200Fb\u200Ec"_s, 10));
    CHECK(*TextRules::problem(u"a\tb"_s, 10) == u"a control character (U+0009) at position 2"_s);
    CHECK(TextRules::problem(u"a\u0085b"_s, 10)); // C1 NEL
    CHECK(TextRules::problem(u"a\nb"_s, 10));
    CHECK_FALSE(TextRules::problem(u"regel een\nregel twee"_s, 100, true));
    CHECK(TextRules::problem(u"regel\u0000"_s, 100, true));
}

TEST_CASE("A refused value is quoted with its hidden characters shown, not carried", "[core][text]")
{
    CHECK(TextRules::visible(u"Zoë \u200Fal-Amin 😀"_s) == u"Zoë \u200Fal-Amin 😀"_s);
    CHECK(TextRules::visible(QString::fromUtf16(u"a\0b", 3)) == u"a<U+0000>b"_s);
    CHECK(TextRules::visible(u"Anna \u202Eseirf\n"_s) == u"Anna <U+202E>seirf<U+000A>"_s);
    CHECK(TextRules::visible(QString(QChar(0xD800)) + u"x"_s) == u"<U+D800>x"_s);
    CHECK(TextRules::visible(u"\uFFFE\U0001FFFF"_s) == u"<U+FFFE><U+1FFFF>"_s);
    // Whatever it is given, what comes out passes the rules (it can be shown and stored).
    QString every;
    for (char16_t c = 0; c < 0x3000; ++c)
        every += QChar(c);
    CHECK_FALSE(TextRules::problem(TextRules::visible(every), 100'000));
}
