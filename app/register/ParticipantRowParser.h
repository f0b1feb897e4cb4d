#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"
#include "app/register/CsvRecordReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <array>

namespace burgernet {

// One problem with a row, for the import report.
struct CsvIssue
{
    qint64 line = 0;
    QString field; // the column, or empty when it concerns the row as a whole
    QString reason;
    bool warning = false;
};

// A record as read: its fields' bytes and the line it starts on. `supersededBy`: the line of a
// later row with the same external id, which counts instead of this one.
struct CsvRow
{
    qint64 line = 0;
    qint64 supersededBy = 0;
    QList<QByteArray> fields;
};

struct RowOutcome
{
    Participant participant;
    QList<CsvIssue> issues;
    bool rejected = false;
    bool superseded = false;
};

// Turns the rows of a participant CSV into participants, checking every field. The header
// decides where each column is. parse() is const and thread-safe: rows are checked on several
// threads at once.
class ParticipantRowParser
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantRowParser)

public:
    // Checks the header: every column known, none twice, the required ones present.
    static Result<ParticipantRowParser> fromHeader(const QList<QByteArray>& header);

    void setEncoding(CsvRecordReader::Encoding encoding) { m_encoding = encoding; }
    // registered_at of rows that leave it empty.
    void setImportTime(const QDateTime& time) { m_importTime = time; }
    // The file's column index of a column (csv::Column), or -1.
    int fileColumn(int column) const { return m_fileColumn[size_t(column)]; }

    RowOutcome parse(const CsvRow& row) const;

    // The external id as the duplicate check compares it: trimmed, guard apostrophe removed.
    static QByteArray idKey(const QByteArray& raw);

private:
    ParticipantRowParser() = default;
    QString value(const CsvRow& row, int column) const;
    bool parseAddress(const CsvRow& row, ParticipantLocation::Kind kind, RowOutcome& out) const;

    std::array<int, 27> m_fileColumn{};
    qsizetype m_fileColumns = 0;
    CsvRecordReader::Encoding m_encoding = CsvRecordReader::Encoding::Utf8;
    QDateTime m_importTime;
};

} // namespace burgernet
