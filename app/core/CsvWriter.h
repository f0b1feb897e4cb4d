#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace burgernet {

// Writes RFC 4180 CSV in UTF-8 with a byte-order mark (so that spreadsheets read it as UTF-8),
// quoting where needed. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
// the start) get a leading apostrophe, except plain numbers such as +31612345678 or -12.5,
// which no spreadsheet runs and which must survive a round trip.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device, QChar separator = QLatin1Char(','));

    bool writeRow(const QStringList& cells);
    static QString escapeCell(const QString& cell, QChar separator);
    static QString guardFormula(const QString& cell);

private:
    QIODevice& m_device;
    QChar m_separator;
    bool m_first = true;
};

} // namespace burgernet
