#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace burgernet {

// Appends rows in PostgreSQL's COPY text format to a buffer: fields separated by tabs, rows
// ended by a newline, NULL written as \N. Text is copied as UTF-8 with the four characters that
// would end a field or a row, or start an escape (tab, newline, carriage return, backslash),
// escaped, so that any text comes back byte for byte. PostgreSQL's text cannot hold a NUL:
// text() refuses it and the caller reports the participant.
class CopyText
{
public:
    explicit CopyText(QByteArray& out)
        : m_out(out)
    {}

    // `data` null: NULL; otherwise `size` bytes of UTF-8 (an empty string stays empty).
    // False (and nothing appended to the field) when the text holds a NUL byte.
    bool text(const char* data, qsizetype size);
    void null();
    void integer(qint64 value);
    // The shortest text that reads back as the same double.
    void real(double value);
    void endRow();

private:
    void separate();

    QByteArray& m_out;
    bool m_first = true;
};

} // namespace burgernet
