#include "tests/badinput/BadInputs.h"

#include "app/register/ParticipantCsv.h"

#include <QStringEncoder>

#include <iterator>

namespace burgernet::test::badinput {

namespace {

QString ucs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

QStringList phoneNumbers()
{
    QStringList out = {
        // As written in the Netherlands.
        QStringLiteral("06-12345678"),
        QStringLiteral("06 12 34 56 78"),
        QStringLiteral("+31 6 1234 5678"),
        QStringLiteral("+31612345678"),
        QStringLiteral("0031612345678"),
        QStringLiteral("+31(0)612345678"),
        QStringLiteral("  0612345678  "),
        QStringLiteral("06.12.34.56.78"),
        QStringLiteral("020-1234567"),
        QStringLiteral("010 123 4567"),
        QStringLiteral("+31 20 123 4567"),
        QStringLiteral("0800-0011"),
        QStringLiteral("0900-1234567"),
        QStringLiteral("112"),
        // Too short, too long, foreign, not digits.
        QStringLiteral("06"),
        QStringLiteral("06-1234567"),
        QStringLiteral("06-123456789"),
        QStringLiteral("+1 202 555 0100"),
        QStringLiteral("+44 7700 900123"),
        QStringLiteral("+32 470 12 34 56"),
        QStringLiteral("06-abcdefgh"),
        QStringLiteral("zes-twaalf"),
        QStringLiteral("+"),
        QStringLiteral("++31612345678"),
        QStringLiteral("-"),
        QStringLiteral("()"),
        QStringLiteral("06-1234567x"),
        QStringLiteral("06-12345678 toestel 12"),
        QStringLiteral("tel:+31612345678"),
        QStringLiteral("0612345678;0687654321"),
        QStringLiteral("06-12345678, 06-87654321"),
        // Other digits and hidden characters.
        QString::fromUtf8(
            "\xef\xbc\x90\xef\xbc\x96\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94"
            "\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98"), // fullwidth 0612345678
        QString::fromUtf8("\xd9\xa0\xd9\xa6\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7"
                          "\xd9\xa8"), // Arabic-Indic 0612345678
        QStringLiteral("06") + QChar(0x2011) + QStringLiteral("12345678"), // non-breaking hyphen
        QStringLiteral("06") + QChar(0x200B) + QStringLiteral("12345678"), // zero-width space
        QChar(0x202E) + QStringLiteral("87654321-60"),                     // right-to-left override
        QStringLiteral("06-1234") + QChar(0) + QStringLiteral("5678"),
        QStringLiteral("06-12345678") + ucs4(0x1F4F1),
        QStringLiteral("=06-12345678"),
        QStringLiteral("'+31612345678"),
        QString(500, QLatin1Char('6')),
        QStringLiteral("0") + QString(40, QLatin1Char('6')),
    };
    return out;
}

QStringList injectionPayloads()
{
    return {
        QStringLiteral("Robert'); DROP TABLE participants;--"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("1; DELETE FROM audit_records"),
        QStringLiteral("=HYPERLINK(\"http://example.org/x\",\"klik\")"),
        QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("-2+3+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
        QStringLiteral("'=1+1"),
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("</description><headline>nep</headline>"),
        QStringLiteral("]]><!ENTITY xxe SYSTEM \"file:///etc/passwd\">&xxe;"),
        QStringLiteral("&amp;&lt;&#0;&#x1F600;"),
        QStringLiteral("\"},{\"status\":\"sent\",\"x\":\""),
        QStringLiteral("$(rm -rf /) `id` ${HOME}"),
        QStringLiteral("%s%s%s%n %1 %2 %L1"),
        QStringLiteral("../../../../etc/passwd"),
        QStringLiteral("*)(uid=*))(|(uid=*"),
        QStringLiteral("{callback} {description} {location}"),
        QStringLiteral("naam\r\nBcc: iedereen@example.org"),
        QStringLiteral("naam") + QChar(0) + QStringLiteral("verborgen"),
        QChar(0x202E) + QStringLiteral("gnissimrev"),
        QStringLiteral("a") + QChar(0x2066) + QStringLiteral("b") + QChar(0x2069),
        QStringLiteral("\\x00\\n\\r' \" ; , |"),
        QString(300, QLatin1Char('A')),
    };
}

QList<QPair<QString, QString>> messageTexts()
{
    QList<QPair<QString, QString>> out;
    // One assigned or private-use character of every plane, in a sentence.
    const char32_t planes[] = {0x00E9,  0x1F600, 0x20BB7, 0x30000, 0x40000, 0x50000,
                               0x60000, 0x70000, 0x80000, 0x90000, 0xA0000, 0xB0000,
                               0xC0000, 0xD0000, 0xE0041, 0xF0000, 0x100000};
    for (qsizetype plane = 0; plane < qsizetype(std::size(planes)); ++plane)
        out.append({QStringLiteral("plane %1").arg(plane),
                    QStringLiteral("Kijk uit naar ") + ucs4(planes[plane]) +
                        QStringLiteral(" bij het station.")});
    out.append({QStringLiteral("emoji"),
                QStringLiteral("Gezien? ") + ucs4(0x1F6A8) + ucs4(0x1F46E) + ucs4(0x200D) +
                    ucs4(0x2642) + ucs4(0xFE0F) + QStringLiteral(" bel ") + ucs4(0x1F4DE)});
    out.append({QStringLiteral("emoji family"),
                ucs4(0x1F468) + ucs4(0x200D) + ucs4(0x1F469) + ucs4(0x200D) + ucs4(0x1F467)});
    out.append({QStringLiteral("flags and skin tones"),
                ucs4(0x1F1F3) + ucs4(0x1F1F1) + ucs4(0x1F44B) + ucs4(0x1F3FD)});
    out.append({QStringLiteral("Arabic"),
                QString::fromUtf8("\xd8\xa7\xd9\x84\xd8\xb4\xd8\xb1\xd8\xb7\xd8\xa9 "
                                  "\xd8\xaa\xd8\xa8\xd8\xad\xd8\xab")});
    out.append({QStringLiteral("Hebrew with digits"),
                QString::fromUtf8("\xd7\x94\xd7\x9e\xd7\xa9\xd7\x98\xd7\xa8\xd7\x94 112 "
                                  "\xd7\x9e\xd7\x97\xd7\xa4\xd7\xa9\xd7\xaa")});
    out.append({QStringLiteral("mixed direction"),
                QStringLiteral("Man (") + QString::fromUtf8("\xd8\xb1\xd8\xac\xd9\x84") +
                    QStringLiteral(") met rode jas")});
    out.append({QStringLiteral("right-to-left mark"),
                QStringLiteral("Let op") + QChar(0x200F) + QStringLiteral(" bel 112")});
    out.append({QStringLiteral("right-to-left override"),
                QStringLiteral("Bel ") + QChar(0x202E) + QStringLiteral("2110 0080")});
    out.append({QStringLiteral("isolate"), QChar(0x2067) + QStringLiteral("abc") + QChar(0x2069)});
    out.append({QStringLiteral("combining marks"),
                QStringLiteral("Z") + QString(30, QChar(0x0301)) + QStringLiteral("algo")});
    out.append({QStringLiteral("zero-width joiners"), QStringLiteral("a") + QChar(0x200B) +
                                                          QChar(0x200C) + QChar(0x200D) +
                                                          QStringLiteral("b") + QChar(0xFEFF)});
    out.append({QStringLiteral("line breaks"), QStringLiteral("Eerste regel.\nTweede regel.\r\n")});
    out.append({QStringLiteral("tab"), QStringLiteral("kolom\tkolom")});
    out.append({QStringLiteral("bell"), QStringLiteral("ding") + QChar(0x07)});
    out.append({QStringLiteral("escape"), QStringLiteral("\x1b[31mrood\x1b[0m")});
    out.append({QStringLiteral("NUL"), QStringLiteral("voor") + QChar(0) + QStringLiteral("na")});
    out.append({QStringLiteral("lone surrogate"),
                QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y")});
    out.append({QStringLiteral("noncharacter"), QStringLiteral("x") + QChar(0xFFFE)});
    out.append({QStringLiteral("private use"), QChar(0xE000) + QStringLiteral(" logo")});
    out.append({QStringLiteral("only spaces"), QStringLiteral("     ")});
    out.append({QStringLiteral("2,000 characters"), QString(2000, QLatin1Char('x'))});
    out.append({QStringLiteral("2,001 characters"), QString(2001, QLatin1Char('x'))});
    out.append({QStringLiteral("1,000 emoji"), ucs4(0x1F600).repeated(1000)});
    out.append({QStringLiteral("10,000 characters"),
                QStringLiteral("Kijk uit naar een man. ").repeated(435).left(10000)});
    out.append({QStringLiteral("10,000 emoji"), ucs4(0x1F600).repeated(10000)});
    return out;
}

QList<QPair<QString, QByteArray>> csvFiles()
{
    const QByteArray header = ParticipantCsv::columns().join(QLatin1Char(';')).toUtf8() + "\r\n";
    const QByteArray row = "P1;Anna de Vries;nl;active;;06-12345678;;;sms;2024-03-01;2024-03-01;"
                           "Kerkstraat;1;1012AB;Amsterdam;Amsterdam;52.3731;4.8922;always;;;;;;;;"
                           "\r\n";
    QByteArray many = header;
    for (int i = 0; i < 5000; ++i)
        many += QByteArray(row).replace("P1;", "P" + QByteArray::number(i + 1) + ';');
    QByteArray wide =
        header + QByteArray(row).replace("\r\n", "") + QByteArray(10000, ';') + "\r\n";
    QStringEncoder utf16le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder utf16be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    const QString text = QString::fromUtf8(header + row);
    QByteArray semicolonless = header + row;
    semicolonless.replace(';', ',');
    return {
        {QStringLiteral("empty"), QByteArray()},
        {QStringLiteral("only a byte-order mark"), QByteArray("\xef\xbb\xbf")},
        {QStringLiteral("only blank lines"), QByteArray("\r\n\r\n\n\n")},
        {QStringLiteral("header only"), header},
        {QStringLiteral("valid"), header + row},
        {QStringLiteral("commas"), semicolonless},
        {QStringLiteral("tabs"), QByteArray(header + row).replace(';', '\t')},
        {QStringLiteral("LF"), QByteArray(header + row).replace("\r\n", "\n")},
        {QStringLiteral("CR"), QByteArray(header + row).replace("\r\n", "\r")},
        {QStringLiteral("no final line break"), header + row.chopped(2)},
        {QStringLiteral("UTF-8 byte-order mark"), "\xef\xbb\xbf" + header + row},
        {QStringLiteral("UTF-16LE"), utf16le.encode(text)},
        {QStringLiteral("UTF-16BE"), utf16be.encode(text)},
        {QStringLiteral("Windows-1252"), header + QByteArray(row).replace("Anna", "Ren\xe9")},
        {QStringLiteral("invalid UTF-8 bytes"),
         header + QByteArray(row).replace("Anna", "\xc3\x28\xa0\xa1")},
        {QStringLiteral("NUL bytes"),
         header + QByteArray(row).replace("Anna", QByteArray("An\0na", 5))},
        {QStringLiteral("PNG"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
        {QStringLiteral("workbook"),
         QByteArray("PK\x03\x04\x14\0\x06\0", 8) + QByteArray(200, 'x')},
        {QStringLiteral("unknown column"), "external_id;name;shoe_size\r\nP1;Anna;42\r\n"},
        {QStringLiteral("column twice"), QByteArray(header).replace("language", "name") + row},
        {QStringLiteral("required column missing"), "external_id;mobile;home_lat;home_lon\r\n"},
        {QStringLiteral("empty header cell"), ";" + header + ";" + row},
        {QStringLiteral("header in capitals"), header.toUpper() + row},
        {QStringLiteral("unclosed quote"), header + "P1;\"Anna de Vries;nl\r\n"},
        {QStringLiteral("quote inside a field"),
         header + QByteArray(row).replace("Anna de", "Anna \"de\"")},
        {QStringLiteral("quoted line break"),
         header + QByteArray(row).replace("Kerkstraat", "\"Kerk\r\nstraat\"")},
        {QStringLiteral("too few fields"), header + "P1;Anna;nl\r\n"},
        {QStringLiteral("too many fields"), header + row.chopped(2) + ";extra;extra\r\n"},
        {QStringLiteral("10,000 separators"), wide},
        {QStringLiteral("a field of a megabyte"),
         header + QByteArray(row).replace("Anna", QByteArray(1 << 20, 'a'))},
        {QStringLiteral("blank lines between rows"), header + "\r\n\r\n" + row + "\r\n;;;\r\n"},
        {QStringLiteral("the same id twice"),
         header + row + QByteArray(row).replace("Anna", "Bert")},
        {QStringLiteral("formula id"), header + QByteArray(row).replace("P1;", "=1+1;")},
        {QStringLiteral("5,000 rows"), many},
    };
}

} // namespace burgernet::test::badinput
