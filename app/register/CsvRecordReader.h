#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QTemporaryFile>

#include <memory>

namespace burgernet {

// Reads RFC 4180 records from a file a chunk at a time, so that a file of a million rows never
// sits in memory whole: quoted fields with separators, doubled quotes and line breaks, records
// ending in CRLF, LF or CR. Fields come back as bytes; decode() turns them into text. The bytes
// that matter to the format (separator, quote, CR, LF) are ASCII, so parsing before decoding
// works for UTF-8 and Windows-1252 alike, and a multi-byte character never spans two fields.
class CsvRecordReader
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::CsvRecordReader)

public:
    enum class Encoding { Utf8, Windows1252 };

    // Opens the file, skips a UTF-8 byte-order mark and takes the separator (semicolon or comma)
    // from the first line: whichever occurs more often outside quotes. A UTF-16 file is read
    // through a UTF-8 copy in a temporary file; a workbook or other binary file is refused.
    Status open(const QString& path);
    // "UTF-16" when the file was converted, otherwise empty.
    QString convertedFrom() const { return m_convertedFrom; }
    // Back to the first record.
    Status rewind();

    char separator() const { return m_separator; }
    bool hadByteOrderMark() const { return m_hadBom; }

    // The next record; false at the end of the file or on an error (then error() says which).
    // Blank lines are skipped. `line` is the physical line on which the record starts (a quoted
    // field can span lines). With `onlyColumn` >= 0 only that field's bytes are kept, the others
    // come back empty: for a quick pass that needs one column.
    bool next(QList<QByteArray>& fields, qint64& line, int onlyColumn = -1);
    const QString& error() const { return m_error; }

    // Whether every record read so far was valid UTF-8 (checked when set to check).
    void setCheckUtf8(bool check) { m_checkUtf8 = check; }
    bool allUtf8() const { return m_allUtf8; }

    qint64 bytesRead() const { return m_consumed + m_pos; }
    qint64 size() const { return m_file.size(); }

    static QString decode(const QByteArray& bytes, Encoding encoding);
    static bool isUtf8(const char* data, qsizetype size);

private:
    enum class Parse { Complete, Blank, NeedMore, End, Unclosed };
    Parse parseRecord(QList<QByteArray>& fields, int onlyColumn);
    bool fill();

    QFile m_file;
    std::unique_ptr<QTemporaryFile> m_converted;
    QString m_convertedFrom;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes dropped from the front of the buffer
    qint64 m_line = 1;
    qint64 m_newlinesInRecord = 0;
    bool m_eof = false;
    bool m_hadBom = false;
    bool m_checkUtf8 = false;
    bool m_allUtf8 = true;
    char m_separator = ',';
    QString m_error;
};

} // namespace burgernet
