#include "app/register/CsvRecordReader.h"

#include "app/register/TextFileEncoding.h"

#include <QFileInfo>

#include <cstring>

namespace burgernet {

namespace {

constexpr qint64 kChunk = 1 << 20;
// A record this long is a quote left open, not a participant: stop instead of reading the rest
// of the file into memory.
constexpr qsizetype kMaxRecord = 4 << 20;

// Windows-1252 differs from Latin-1 in 0x80..0x9F only (five of them unassigned, kept as the
// C1 controls Latin-1 gives them). Qt 6.4's QStringDecoder knows UTF and Latin-1 only.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

Status CsvRecordReader::open(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    auto kind = TextFileEncoding::sniff(path, fileName);
    if (!kind)
        return kind.error();
    m_file.close();
    m_converted.reset();
    m_convertedFrom.clear();
    m_file.setFileName(path);
    if (*kind != TextFileEncoding::Kind::Utf8OrLegacy) {
        // Converted once, so that the byte-level parser below stays the one for every file.
        m_converted = std::make_unique<QTemporaryFile>();
        if (!m_converted->open())
            return Error{tr("Cannot make a temporary file to convert %1: %2")
                             .arg(fileName, m_converted->errorString())};
        m_converted->close();
        if (auto s = TextFileEncoding::toUtf8(path, *kind, m_converted->fileName()); !s)
            return s;
        m_convertedFrom = TextFileEncoding::name(*kind);
        m_file.setFileName(m_converted->fileName());
    }
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, m_file.errorString())};
    if (auto s = rewind(); !s)
        return s;
    // The header decides the separator; it is far shorter than a chunk.
    int semicolons = 0, commas = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
    }
    m_separator = semicolons > 0 && semicolons >= commas ? ';' : ',';
    return {};
}

Status CsvRecordReader::rewind()
{
    if (!m_file.seek(0))
        return Error{tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString())};
    m_buffer.clear();
    m_pos = 0;
    m_consumed = 0;
    m_line = 1;
    m_eof = false;
    m_allUtf8 = true;
    m_error.clear();
    while (m_buffer.size() < 3 && fill()) {
    }
    if (!m_error.isEmpty())
        return Error{m_error};
    m_hadBom = m_buffer.startsWith("\xEF\xBB\xBF");
    if (m_hadBom)
        m_pos = 3;
    return {};
}

bool CsvRecordReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_consumed += m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 got = m_file.read(m_buffer.data() + old, kChunk);
    if (got < 0) {
        m_buffer.resize(old);
        m_error = tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + got);
    if (got == 0)
        m_eof = true;
    return got > 0;
}

bool CsvRecordReader::next(QList<QByteArray>& fields, qint64& line, int onlyColumn)
{
    for (;;) {
        const qsizetype start = m_pos;
        switch (parseRecord(fields, onlyColumn)) {
        case Parse::Complete:
            line = m_line;
            m_line += m_newlinesInRecord + 1;
            if (m_checkUtf8 && m_allUtf8 && !isUtf8(m_buffer.constData() + start, m_pos - start))
                m_allUtf8 = false;
            return true;
        case Parse::Blank:
            ++m_line;
            continue;
        case Parse::End:
            return false;
        case Parse::Unclosed:
            m_error = tr("line %1: a quoted field is not closed").arg(m_line);
            return false;
        case Parse::NeedMore:
            if (m_buffer.size() - m_pos > kMaxRecord) {
                m_error = tr("line %1: a record longer than %2 MB; is a quote not closed?")
                              .arg(m_line)
                              .arg(kMaxRecord >> 20);
                return false;
            }
            if (!fill() && !m_error.isEmpty())
                return false;
            continue; // parses the record again from its start, now with more bytes (or at EOF)
        }
    }
}

// One record from m_pos; on NeedMore nothing is consumed. At the end of the file a record may
// end without a line break.
CsvRecordReader::Parse CsvRecordReader::parseRecord(QList<QByteArray>& fields, int onlyColumn)
{
    const char* data = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const char sep = m_separator;
    qsizetype p = m_pos;
    if (p >= n)
        return m_eof ? Parse::End : Parse::NeedMore;
    if (data[p] == '\r' || data[p] == '\n') {
        if (data[p] == '\r' && p + 1 >= n && !m_eof)
            return Parse::NeedMore;
        if (data[p] == '\r' && p + 1 < n && data[p + 1] == '\n')
            ++p;
        m_pos = p + 1;
        return Parse::Blank;
    }
    m_newlinesInRecord = 0;
    qsizetype count = 0;
    for (;;) {
        if (count >= fields.size())
            fields.append(QByteArray());
        QByteArray& field = fields[count];
        const bool keep = onlyColumn < 0 || count == onlyColumn;
        if (p < n && data[p] == '"') {
            QByteArray value;
            qsizetype s = ++p;
            for (;;) {
                const auto* quote =
                    static_cast<const char*>(std::memchr(data + p, '"', size_t(n - p)));
                if (!quote)
                    return m_eof ? Parse::Unclosed : Parse::NeedMore;
                const qsizetype q = quote - data;
                if (q + 1 >= n && !m_eof)
                    return Parse::NeedMore; // a doubled quote or the closing one?
                for (qsizetype i = p; i < q; ++i)
                    m_newlinesInRecord += data[i] == '\n';
                if (q + 1 < n && data[q + 1] == '"') {
                    if (keep)
                        value.append(data + s, q + 1 - s);
                    s = p = q + 2;
                    continue;
                }
                if (keep)
                    value.append(data + s, q - s);
                p = q + 1;
                break;
            }
            // Text after the closing quote is not RFC 4180; keep it rather than lose it.
            const qsizetype s2 = p;
            while (p < n && data[p] != sep && data[p] != '\r' && data[p] != '\n')
                ++p;
            if (keep) {
                value.append(data + s2, p - s2);
                field = std::move(value);
            } else {
                field.clear();
            }
        } else {
            const qsizetype s = p;
            while (p < n && data[p] != sep && data[p] != '\r' && data[p] != '\n')
                ++p;
            if (keep)
                field = QByteArray(data + s, p - s);
            else
                field.clear();
        }
        ++count;
        if (p >= n) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (data[p] == sep) {
            ++p;
            continue;
        }
        if (data[p] == '\r') {
            if (p + 1 >= n && !m_eof)
                return Parse::NeedMore;
            if (p + 1 < n && data[p + 1] == '\n')
                ++p;
        }
        ++p;
        break;
    }
    fields.resize(count);
    m_pos = p;
    return Parse::Complete;
}

QString CsvRecordReader::decode(const QByteArray& bytes, Encoding encoding)
{
    if (encoding == Encoding::Utf8)
        return QString::fromUtf8(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? kWindows1252[b - 0x80] : char16_t(b));
    }
    return text;
}

bool CsvRecordReader::isUtf8(const char* data, qsizetype size)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        // ASCII eight bytes at a time: nearly all of a register file.
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        int extra;
        char32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points beyond Unicode are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace burgernet
