#include "app/core/TextRules.h"

namespace burgernet {

namespace {

bool isBidiControl(char16_t c)
{
    // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. The marks LRM/RLM/ALM change no order of
    // what is already written and stay allowed.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString codePoint(char16_t c)
{
    return QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

bool isNoncharacter(char32_t u)
{
    return (u & 0xFFFE) == 0xFFFE || (u >= 0xFDD0 && u <= 0xFDEF);
}

} // namespace

QString TextRules::visible(const QString& text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
            if (isNoncharacter(u))
                shown += QStringLiteral("<U+%1>").arg(QString::number(u, 16).toUpper());
            else
                shown += text.mid(i, 2);
            ++i;
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || QChar::isSurrogate(c) || isNoncharacter(c) ||
            isBidiControl(c))
            shown += QStringLiteral("<U+%1>").arg(codePoint(c));
        else
            shown += QChar(c);
    }
    return shown;
}

std::optional<QString> TextRules::problem(const QString& text, qsizetype maxLength, bool multiLine)
{
    if (text.size() > maxLength)
        return tr("longer than %1 characters (%2)").arg(maxLength).arg(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (multiLine && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return tr("a control character (U+%1) at position %2").arg(codePoint(c)).arg(i + 1);
        // Half a surrogate pair, or a noncharacter: no text means them, and XML (the CAP
        // document) cannot carry them at all.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
                (u & 0xFFFE) == 0xFFFE)
                return tr("a noncharacter (U+%1) at position %2")
                    .arg(QString::number(u, 16).toUpper())
                    .arg(i + 1);
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return tr("half of a character (U+%1) at position %2").arg(codePoint(c)).arg(i + 1);
        if ((c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF)
            return tr("a noncharacter (U+%1) at position %2").arg(codePoint(c)).arg(i + 1);
        if (isBidiControl(c))
            return tr("a bidirectional text control (U+%1) at position %2")
                .arg(codePoint(c))
                .arg(i + 1);
    }
    return std::nullopt;
}

} // namespace burgernet
