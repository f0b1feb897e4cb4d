#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

// What a file that should be CSV text turns out to be, from its first bytes. Spreadsheets save
// "Unicode text" as UTF-16, which is read after converting it to UTF-8; workbooks, UTF-32 and
// other binary files are refused with a message that names what they are.
class TextFileEncoding
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TextFileEncoding)

public:
    enum class Kind { Utf8OrLegacy, Utf16LittleEndian, Utf16BigEndian };

    // `fileName` is what the messages call the file.
    static Result<Kind> sniff(const QString& path, const QString& fileName);
    // Writes the UTF-16 file `path` to `target` as UTF-8 without a byte-order mark, a chunk at a
    // time; an unpaired surrogate is an error naming the byte offset.
    static Status toUtf8(const QString& path, Kind kind, const QString& target);
    static QString name(Kind kind);
};

} // namespace burgernet
