// The participant CSV as the import reads it: the record reader's two passes (the quick one over
// the id column with the UTF-8 check, then every field) and the row parser on each row.
#include "app/register/CsvRecordReader.h"
#include "app/register/ParticipantRowParser.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <optional>

namespace burgernet::fuzz {

int participantCsv(const uint8_t* data, size_t size)
{
    const QString path = writeTemp(QStringLiteral("participants.csv"), bytes(data, size));
    CsvRecordReader reader;
    if (const Status opened = reader.open(path); !opened) {
        FUZZ_CHECK(!opened.errorMessage().isEmpty(), QStringLiteral("a refusal without a reason"));
        return 0;
    }
    QList<QByteArray> fields;
    qint64 line = 0;
    if (!reader.next(fields, line))
        return 0;
    auto parser = ParticipantRowParser::fromHeader(fields);
    if (!parser) {
        FUZZ_CHECK(!parser.errorMessage().isEmpty(), QStringLiteral("a header refused silently"));
        return 0;
    }
    reader.setCheckUtf8(true);
    const int idColumn = parser->fileColumn(0);
    qint64 rows = 0, last = line;
    while (reader.next(fields, line, idColumn)) {
        FUZZ_CHECK(line > last, QStringLiteral("line %1 after %2").arg(line).arg(last));
        last = line;
        ++rows;
    }
    if (!reader.error().isEmpty())
        return 0;
    parser->setEncoding(reader.allUtf8() ? CsvRecordReader::Encoding::Utf8
                                         : CsvRecordReader::Encoding::Windows1252);
    parser->setImportTime(QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));

    if (const Status rewound = reader.rewind(); !rewound)
        return 0;
    QList<QByteArray> header;
    FUZZ_CHECK(reader.next(header, line), reader.error());
    qint64 again = 0;
    CsvRow row;
    while (reader.next(row.fields, row.line)) {
        ++again;
        const RowOutcome out = parser->parse(row);
        bool reason = false;
        for (const CsvIssue& issue : out.issues) {
            FUZZ_CHECK(
                issue.line == row.line,
                QStringLiteral("an issue on line %1 of row %2").arg(issue.line).arg(row.line));
            FUZZ_CHECK(!issue.reason.isEmpty(), QStringLiteral("an issue without a reason"));
            reason = reason || !issue.warning;
        }
        FUZZ_CHECK(!out.rejected || reason,
                   QStringLiteral("line %1 rejected without a reason").arg(row.line));
        if (!out.rejected)
            FUZZ_CHECK(!out.participant.externalId.isEmpty(),
                       QStringLiteral("line %1 accepted without an id").arg(row.line));
    }
    FUZZ_CHECK(reader.error().isEmpty(), reader.error());
    FUZZ_CHECK(again == rows, QStringLiteral("%1 rows, then %2").arg(rows).arg(again));
    return 0;
}

} // namespace burgernet::fuzz
