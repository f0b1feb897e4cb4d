#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace burgernet {

// What no name, address or message needs and what can hide text from the one who reads it:
// control characters (a line break inside a name breaks a CSV export and a voice script),
// bidirectional embeddings, overrides and isolates (they can make "06-1234" read as "4321-60"
// on screen), and more text than the field can mean. Refused where text comes in: the importer,
// the dispatcher's texts, the accounts.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TextRules)

public:
    static constexpr qsizetype kNameLength = 200;
    static constexpr qsizetype kAddressPartLength = 200;
    static constexpr qsizetype kMessageLength = 2'000;

    // Why `text` is refused, naming the character and its place (1-based); nullopt: fine. Line
    // breaks are allowed where `multiLine` (a message's free text).
    static std::optional<QString> problem(const QString& text, qsizetype maxLength,
                                          bool multiLine = false);
    // `text` with what problem() refuses shown instead of carried: each control character,
    // bidirectional control, lone surrogate half and noncharacter as <U+XXXX>. For quoting a
    // refused value to a person (the import report), where the character itself would break
    // the line, hide text or end a C string.
    static QString visible(const QString& text);
};

} // namespace burgernet
