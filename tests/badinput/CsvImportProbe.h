#pragma once

#include "app/register/ParticipantCsv.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace burgernet::test {

// One participant file through the real import into a fresh register, with what came of it:
// the report's rejections by line, the export by external id, and whether export, import of
// the export and export again give the same bytes.
struct CsvImportProbe
{
    bool ok = false;
    QString error; // the import's refusal of the whole file
    ImportSummary summary;
    QMap<qint64, QStringList> rejectedFields; // line -> fields named ("" for the whole row)
    QMap<qint64, QStringList> reasons;
    QMap<QString, QMap<QString, QString>> exported; // external id -> column -> value
    bool roundTrip = false;

    static CsvImportProbe run(const QByteArray& csv);
};

// The file's lines: a header of every column, then each row; `lines` gets each row's line.
QByteArray participantFile(const QList<QMap<QString, QString>>& rows, QList<qint64>* lines,
                           char separator = ';');

} // namespace burgernet::test
