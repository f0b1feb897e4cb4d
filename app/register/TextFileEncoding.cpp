#include "app/register/TextFileEncoding.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstring>

namespace burgernet {

namespace {

constexpr qint64 kSniffBytes = 4096;
constexpr qint64 kChunk = 1 << 20;

bool startsWith(const QByteArray& bytes, const char* prefix, qsizetype size)
{
    return bytes.size() >= size && std::memcmp(bytes.constData(), prefix, size_t(size)) == 0;
}

} // namespace

Result<TextFileEncoding::Kind> TextFileEncoding::sniff(const QString& path, const QString& fileName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(fileName, file.errorString())};
    const QByteArray head = file.read(kSniffBytes);
    if (startsWith(head, "\xFF\xFE\x00\x00", 4) || startsWith(head, "\x00\x00\xFE\xFF", 4))
        return Error{tr("%1 is UTF-32 text; save it as CSV in UTF-8 (or UTF-16) and import that.")
                         .arg(fileName)};
    if (startsWith(head, "\xFF\xFE", 2))
        return Kind::Utf16LittleEndian;
    if (startsWith(head, "\xFE\xFF", 2))
        return Kind::Utf16BigEndian;
    if (startsWith(head, "PK\x03\x04", 4))
        return Error{tr("%1 is a ZIP archive (an .xlsx or .ods workbook?), not CSV text; save "
                        "the sheet as CSV and import that.")
                         .arg(fileName)};
    if (startsWith(head, "\xD0\xCF\x11\xE0", 4))
        return Error{tr("%1 is an Excel 97-2003 workbook (.xls), not CSV text; save the sheet as "
                        "CSV and import that.")
                         .arg(fileName)};
    // UTF-16 without a byte-order mark: ASCII text has a zero byte in every other place.
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < head.size(); ++i)
        if (head[i] == '\0')
            ++(i % 2 ? oddZeros : evenZeros);
    const qsizetype pairs = head.size() / 2;
    if (pairs > 0 && oddZeros > pairs * 3 / 4 && evenZeros == 0)
        return Kind::Utf16LittleEndian;
    if (pairs > 0 && evenZeros > pairs * 3 / 4 && oddZeros == 0)
        return Kind::Utf16BigEndian;
    if (evenZeros + oddZeros > 0)
        return Error{tr("%1 holds zero bytes: it is a binary file, not CSV text in UTF-8, UTF-16 "
                        "or Windows-1252.")
                         .arg(fileName)};
    return Kind::Utf8OrLegacy;
}

Status TextFileEncoding::toUtf8(const QString& path, Kind kind, const QString& target)
{
    QFile in(path);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, in.errorString())};
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{tr("Cannot write %1: %2").arg(target, out.errorString())};
    QStringDecoder decoder(kind == Kind::Utf16BigEndian ? QStringConverter::Utf16BE
                                                        : QStringConverter::Utf16LE);
    QStringEncoder encoder(QStringConverter::Utf8);
    qint64 offset = 0;
    while (!in.atEnd()) {
        QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            return Error{tr("Cannot read %1: %2").arg(path, in.errorString())};
        if (offset == 0 && (startsWith(chunk, "\xFF\xFE", 2) || startsWith(chunk, "\xFE\xFF", 2)))
            chunk.remove(0, 2);
        const QString text = decoder.decode(chunk);
        if (decoder.hasError())
            return Error{tr("%1 is not valid UTF-16 near byte %2.").arg(path).arg(offset)};
        const QByteArray utf8 = encoder.encode(text);
        if (out.write(utf8) != utf8.size())
            return Error{tr("Cannot write %1: %2").arg(target, out.errorString())};
        offset += kChunk;
    }
    return {};
}

QString TextFileEncoding::name(Kind kind)
{
    switch (kind) {
    case Kind::Utf16LittleEndian:
    case Kind::Utf16BigEndian:
        return QStringLiteral("UTF-16");
    case Kind::Utf8OrLegacy:
        break;
    }
    return {};
}

} // namespace burgernet
