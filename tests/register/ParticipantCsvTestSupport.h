#pragma once

#include "app/register/ParticipantCsv.h"
#include "app/storage/Database.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

// Readable failures.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        return "{ " + l.join(QStringLiteral(", ")).toStdString() + " }";
    }
};
} // namespace Catch

namespace burgernet::test {

using CsvValues = QMap<QString, QString>;

// A row that passes every check; tests change the cells they are about.
inline CsvValues validRow(int i)
{
    return {{QStringLiteral("external_id"), QStringLiteral("R%1").arg(i)},
            {QStringLiteral("name"), QStringLiteral("Anna de Vries %1").arg(i)},
            {QStringLiteral("language"), QStringLiteral("nl")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("mobile"),
             QStringLiteral("06-1234%1").arg(5000 + i % 5000, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("email"), QStringLiteral("anna%1@example.org").arg(i)},
            {QStringLiteral("channels"), QStringLiteral("sms,email")},
            {QStringLiteral("registered_at"), QStringLiteral("2024-03-01T09:30:00+01:00")},
            {QStringLiteral("consent_at"), QStringLiteral("2024-03-01")},
            {QStringLiteral("home_street"), QStringLiteral("Kerkstraat")},
            {QStringLiteral("home_house_number"), QString::number(1 + i % 200)},
            {QStringLiteral("home_postcode"), QStringLiteral("1012AB")},
            {QStringLiteral("home_place"), QStringLiteral("Amsterdam")},
            {QStringLiteral("home_municipality"), QStringLiteral("Amsterdam")},
            {QStringLiteral("home_lat"), QStringLiteral("52.3731")},
            {QStringLiteral("home_lon"), QStringLiteral("4.8922")},
            {QStringLiteral("home_hours"), QStringLiteral("always")}};
}

inline CsvValues with(CsvValues row, const CsvValues& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        row[it.key()] = it.value();
    return row;
}

// Quotes as RFC 4180 says, and nothing else (no formula guard: tests write what they mean).
inline QString cell(const QString& value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

inline QString csvLine(const QStringList& cells, QChar separator)
{
    QStringList quoted;
    for (const QString& c : cells)
        quoted << cell(c, separator);
    return quoted.join(separator) + QStringLiteral("\r\n");
}

// One data line with every column, in the order of ParticipantCsv::columns().
inline QString csvRow(const CsvValues& row, QChar separator = QLatin1Char(';'))
{
    QStringList cells;
    for (const QString& column : ParticipantCsv::columns())
        cells << row.value(column);
    return csvLine(cells, separator);
}

// A file: the header and the rows.
inline QString csvText(const QList<CsvValues>& rows, QChar separator = QLatin1Char(';'))
{
    QString text = csvLine(ParticipantCsv::columns(), separator);
    for (const CsvValues& row : rows)
        text += csvRow(row, separator);
    return text;
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

inline QString text(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

// The report's rows (without its header and summary) as "line|field".
inline QStringList reportEntries(const QString& path, QStringList* reasons = nullptr)
{
    QString content = QString::fromUtf8(readFile(path));
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    QStringList entries;
    const QStringList lines = content.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    CHECK(lines.first() == QStringLiteral("line;field;reason"));
    CHECK(lines.last().startsWith(QStringLiteral(";summary;")));
    for (const QString& line : lines.mid(1, lines.size() - 2)) {
        const QStringList parts = line.split(QLatin1Char(';'));
        entries << parts.value(0) + QLatin1Char('|') + parts.value(1);
        if (reasons) {
            QString reason = parts.mid(2).join(QLatin1Char(';'));
            if (reason.startsWith(QLatin1Char('"')) && reason.endsWith(QLatin1Char('"')))
                reason = reason.mid(1, reason.size() - 2)
                             .replace(QLatin1String("\"\""), QLatin1String("\""));
            *reasons << reason;
        }
    }
    return entries;
}

} // namespace burgernet::test
