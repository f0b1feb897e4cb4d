#include "app/core/CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace burgernet {

CsvWriter::CsvWriter(QIODevice& device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{}

QString CsvWriter::guardFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                       first == QLatin1Char('-') || first == QLatin1Char('@') ||
                       first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky)
        return cell;
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?\\d+([.,]\\d+)?$"));
    if (plainNumber.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString CsvWriter::escapeCell(const QString& raw, QChar separator)
{
    const QString cell = guardFormula(raw);
    if (cell.contains(separator) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        QString quoted = cell;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return cell;
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += escapeCell(cells[i], m_separator);
    }
    line += QLatin1String("\r\n");
    QByteArray bytes = line.toUtf8();
    if (m_first) {
        bytes.prepend("\xEF\xBB\xBF");
        m_first = false;
    }
    return m_device.write(bytes) == bytes.size();
}

} // namespace burgernet
