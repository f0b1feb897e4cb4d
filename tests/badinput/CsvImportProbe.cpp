#include "tests/badinput/CsvImportProbe.h"

#include "app/register/CsvRecordReader.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/storage/Database.h"
#include "tests/support/TempDatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace burgernet::test {

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray read(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Every record of a CSV file as text, through the console's own reader.
QList<QStringList> records(const QString& path)
{
    // The report quotes refused values, a NUL byte too, which the reader takes for a binary
    // file: it is read from a copy with NUL written as "\0".
    const QString copy = path + QStringLiteral(".read");
    write(copy, read(path).replace('\0', "\\0"));
    CsvRecordReader reader;
    REQUIRE(reader.open(copy).ok());
    QList<QStringList> out;
    QList<QByteArray> fields;
    qint64 line = 0;
    while (reader.next(fields, line)) {
        QStringList texts;
        for (const QByteArray& f : fields)
            texts << CsvRecordReader::decode(f, CsvRecordReader::Encoding::Utf8);
        out << texts;
    }
    REQUIRE(reader.error().isEmpty());
    return out;
}

std::unique_ptr<Database> open(const TempDatabase& temp)
{
    auto db = Database::open(temp.spec());
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

} // namespace

CsvImportProbe CsvImportProbe::run(const QByteArray& csv)
{
    CsvImportProbe probe;
    const auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    const auto db = open(*temp);
    const QString in = temp->dir() + QStringLiteral("/in.csv");
    const QString report = temp->dir() + QStringLiteral("/report.csv");
    const QString out = temp->dir() + QStringLiteral("/out.csv");
    write(in, csv);
    auto imported = ParticipantCsv::import(*db, in, report);
    if (!imported) {
        probe.error = imported.errorMessage();
        return probe;
    }
    probe.ok = true;
    probe.summary = *imported;
    for (const QStringList& r : records(report).mid(1)) {
        if (r.value(1) == QLatin1String("summary") ||
            r.value(2).startsWith(QLatin1String("warning")))
            continue;
        probe.rejectedFields[r.value(0).toLongLong()] << r.value(1);
        probe.reasons[r.value(0).toLongLong()] << r.value(2);
    }
    REQUIRE(ParticipantCsv::exportAll(*db, out).ok());
    const QList<QStringList> exported = records(out);
    REQUIRE_FALSE(exported.isEmpty());
    const QStringList header = exported.front();
    for (const QStringList& r : exported.mid(1)) {
        QMap<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row[header[i]] = ParticipantCsvFormat::unguard(r.value(i));
        probe.exported[row.value(QStringLiteral("external_id"))] = row;
    }

    const auto again = TempDatabase::create(DatabaseKind::Sqlite);
    const auto db2 = open(*again);
    const QString out2 = again->dir() + QStringLiteral("/out.csv");
    auto reimported = ParticipantCsv::import(*db2, out, {});
    INFO(reimported.errorMessage().toStdString());
    REQUIRE(reimported.ok());
    REQUIRE(ParticipantCsv::exportAll(*db2, out2).ok());
    probe.roundTrip = read(out) == read(out2);
    return probe;
}

QByteArray participantFile(const QList<QMap<QString, QString>>& rows, QList<qint64>* lines,
                           char separator)
{
    const QChar sep = QLatin1Char(separator);
    const auto line = [&sep](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells) {
            const bool quote =
                c.contains(sep) || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r');
            quoted << (quote
                           ? QLatin1Char('"') +
                                 QString(c).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                                 QLatin1Char('"')
                           : c);
        }
        return quoted.join(sep) + QStringLiteral("\r\n");
    };
    QString text = line(ParticipantCsv::columns());
    qint64 at = 2;
    for (const auto& row : rows) {
        QStringList cells;
        for (const QString& column : ParticipantCsv::columns())
            cells << row.value(column);
        const QString l = line(cells);
        if (lines)
            *lines << at;
        // A quoted line break inside a cell moves the next row down: CRLF, LF and CR each count.
        at += QString(l).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).count(u'\n') +
              QString(l).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).count(u'\r');
        text += l;
    }
    return text.toUtf8();
}

} // namespace burgernet::test
