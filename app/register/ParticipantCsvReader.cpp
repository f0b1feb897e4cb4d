// ParticipantCsv::import: the file is read twice, a chunk at a time. The first pass counts the
// rows, finds the encoding and the last row of each external id (so that a duplicate never
// reaches the writer, whose bulk path into an empty register does not look ids up); the second
// checks the rows on worker threads while this thread reads ahead and writes, all in one
// transaction.
#include "app/core/CsvWriter.h"
#include "app/core/Logging.h"
#include "app/core/PrivateFiles.h"
#include "app/core/TextRules.h"
#include "app/register/CsvRecordReader.h"
#include "app/register/ParticipantCsv.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/register/ParticipantRowParser.h"
#include "app/register/Pseudonyms.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QThread>

#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace burgernet {

namespace {

constexpr size_t kBlock = 4096;

// The administrator's report: one line per problem, then the summary.
class Report
{
public:
    Status open(const QString& path)
    {
        if (path.isEmpty())
            return {};
        m_file.emplace(path);
        if (!m_file->open(QIODevice::WriteOnly))
            return Error{
                ParticipantCsv::tr("Cannot write %1: %2").arg(path, m_file->errorString())};
        // The report quotes rejected rows' fields: personal data, for the owner only.
        if (auto restricted = PrivateFiles::restrict(*m_file); !restricted)
            return restricted;
        m_csv.emplace(*m_file, QLatin1Char(';'));
        m_csv->writeRow(
            {QStringLiteral("line"), QStringLiteral("field"), QStringLiteral("reason")});
        return {};
    }
    void add(const CsvIssue& issue)
    {
        if (m_csv)
            m_csv->writeRow(
                {QString::number(issue.line), issue.field, TextRules::visible(issue.reason)});
    }
    Status finish(const QString& summary)
    {
        if (!m_csv)
            return {};
        m_csv->writeRow({QString(), QStringLiteral("summary"), summary});
        if (!m_file->commit())
            return Error{ParticipantCsv::tr("Cannot write %1: %2")
                             .arg(m_file->fileName(), m_file->errorString())};
        return {};
    }

private:
    std::optional<QSaveFile> m_file;
    std::optional<CsvWriter> m_csv;
};

class Importer
{
public:
    Importer(Database& db, const QString& csvPath, const ImportOptions& options)
        : m_db(db)
        , m_path(csvPath)
        , m_fileName(QFileInfo(csvPath).fileName())
        , m_options(options)
        , m_threads(size_t(qBound(1, QThread::idealThreadCount(), 8)))
    {}

    Status scan();
    Status write(Report& report);
    ImportSummary summary;

private:
    using Outcomes = std::vector<RowOutcome>;
    bool readBlock(std::vector<CsvRow>& block);
    std::vector<std::future<Outcomes>> check(std::vector<CsvRow> rows) const;
    Status skipHeader();

    Database& m_db;
    QString m_path;
    QString m_fileName;
    const ImportOptions& m_options;
    size_t m_threads;
    CsvRecordReader m_reader;
    std::optional<ParticipantRowParser> m_parser;
    QHash<QByteArray, qint64> m_lastLine; // external id -> the line of its last row
    qsizetype m_headerColumns = 0;
    qint64 m_waitMs = 0;
    qint64 m_writeMs = 0;
};

Status Importer::scan()
{
    if (auto s = m_reader.open(m_path); !s)
        return s;
    QList<QByteArray> fields;
    qint64 line = 0;
    if (!m_reader.next(fields, line)) {
        if (!m_reader.error().isEmpty())
            return Error{QStringLiteral("%1, %2").arg(m_fileName, m_reader.error())};
        return Error{ParticipantCsv::tr("%1 is empty: it needs a header row with the columns %2.")
                         .arg(m_fileName, ParticipantCsv::columns().join(QLatin1Char(';')))};
    }
    auto parser = ParticipantRowParser::fromHeader(fields);
    if (!parser)
        return Error{ParticipantCsv::tr("%1, line %2: %3")
                         .arg(m_fileName)
                         .arg(line)
                         .arg(parser.errorMessage())};
    m_parser.emplace(std::move(parser).value());
    m_headerColumns = fields.size();

    m_reader.setCheckUtf8(true);
    const int idColumn = m_parser->fileColumn(csv::ExternalId);
    while (m_reader.next(fields, line, idColumn)) {
        ++summary.rowsRead;
        const QByteArray key = ParticipantRowParser::idKey(fields.value(idColumn));
        if (!key.isEmpty())
            m_lastLine.insert(key, line);
    }
    if (!m_reader.error().isEmpty())
        return Error{QStringLiteral("%1, %2").arg(m_fileName, m_reader.error())};
    const bool utf8 = m_reader.allUtf8();
    m_reader.setCheckUtf8(false);
    m_parser->setEncoding(utf8 ? CsvRecordReader::Encoding::Utf8
                               : CsvRecordReader::Encoding::Windows1252);
    // Whole seconds, as the register's dates are compared in the report.
    m_parser->setImportTime(
        QDateTime::fromSecsSinceEpoch(m_db.clock().nowUtc().toSecsSinceEpoch(), Qt::UTC));
    summary.encoding = !m_reader.convertedFrom().isEmpty() ? m_reader.convertedFrom()
                       : utf8                              ? QStringLiteral("UTF-8")
                                                           : QStringLiteral("Windows-1252");
    summary.separator = QLatin1Char(m_reader.separator());
    return {};
}

Status Importer::skipHeader()
{
    if (auto s = m_reader.rewind(); !s)
        return s;
    QList<QByteArray> header;
    qint64 line = 0;
    if (!m_reader.next(header, line))
        return Error{QStringLiteral("%1, %2").arg(m_fileName, m_reader.error())};
    return {};
}

bool Importer::readBlock(std::vector<CsvRow>& block)
{
    block.clear();
    block.reserve(kBlock);
    const int idColumn = m_parser->fileColumn(csv::ExternalId);
    while (block.size() < kBlock) {
        CsvRow row;
        row.fields.reserve(m_headerColumns);
        if (!m_reader.next(row.fields, row.line))
            return m_reader.error().isEmpty();
        const QByteArray key = ParticipantRowParser::idKey(row.fields.value(idColumn));
        if (!key.isEmpty()) {
            const qint64 last = m_lastLine.value(key, row.line);
            if (last != row.line)
                row.supersededBy = last;
        }
        block.push_back(std::move(row));
    }
    return true;
}

// Checks the rows on worker threads, in contiguous parts (phone numbers are most of the cost).
std::vector<std::future<Importer::Outcomes>> Importer::check(std::vector<CsvRow> rows) const
{
    std::vector<std::future<Outcomes>> parts;
    auto shared = std::make_shared<const std::vector<CsvRow>>(std::move(rows));
    const size_t n = shared->size();
    for (size_t k = 0; k < m_threads; ++k) {
        const size_t from = n * k / m_threads, to = n * (k + 1) / m_threads;
        if (from == to)
            continue;
        parts.push_back(std::async(std::launch::async, [this, shared, from, to] {
            Outcomes out;
            out.reserve(to - from);
            for (size_t i = from; i < to; ++i)
                out.push_back(m_parser->parse((*shared)[i]));
            return out;
        }));
    }
    return parts;
}

Status Importer::write(Report& report)
{
    Pseudonyms::Pool pseudonyms;
    QString error;
    if (!pseudonyms.loadFrom(m_db, &error))
        return Error{ParticipantCsv::tr("Cannot read the register: %1").arg(error)};
    if (m_options.beforeWrite)
        if (auto s = m_options.beforeWrite(summary.rowsRead); !s)
            return s;
    auto writer = ParticipantWriter::begin(m_db, summary.rowsRead);
    if (!writer)
        return writer.error();
    if (auto s = skipHeader(); !s)
        return s;

    // Three stages side by side: a thread reads block k+2 and workers check block k+1 while
    // this thread writes block k (the database connection stays on this thread).
    const auto read = [this] {
        std::vector<CsvRow> block;
        const bool ok = readBlock(block);
        return std::make_pair(ok, std::move(block));
    };
    auto [firstOk, first] = read();
    if (!firstOk)
        return Error{QStringLiteral("%1, %2").arg(m_fileName, m_reader.error())};
    std::vector<std::future<Outcomes>> pending = check(std::move(first));
    std::future<std::pair<bool, std::vector<CsvRow>>> reading;
    if (!pending.empty())
        reading = std::async(std::launch::async, read);
    qint64 done = 0;
    while (!pending.empty()) {
        std::vector<Outcomes> parts;
        QElapsedTimer waited;
        waited.start();
        for (auto& part : pending)
            parts.push_back(part.get());
        auto [readOk, next] = reading.get();
        m_waitMs += waited.elapsed();
        if (!readOk)
            return Error{QStringLiteral("%1, %2").arg(m_fileName, m_reader.error())};
        pending = check(std::move(next));
        if (!pending.empty())
            reading = std::async(std::launch::async, read);
        QElapsedTimer writing;
        writing.start();
        for (Outcomes& outcomes : parts) {
            for (RowOutcome& o : outcomes) {
                for (const CsvIssue& issue : std::as_const(o.issues)) {
                    report.add(issue);
                    summary.warnings += issue.warning;
                }
                ++done;
                if (o.superseded) {
                    ++summary.superseded;
                    continue;
                }
                if (o.rejected) {
                    ++summary.rejected;
                    continue;
                }
                // Only a new participant takes it: an update keeps the pseudonym it has.
                o.participant.pseudonym = pseudonyms.next();
                if (auto written = (*writer)->write(o.participant); !written)
                    return written.error();
            }
        }
        m_writeMs += writing.elapsed();
        if (m_options.progress && !m_options.progress(done, summary.rowsRead))
            return Error{
                ParticipantCsv::tr("The import was cancelled; the register is unchanged.")};
    }
    QElapsedTimer committing;
    committing.start();
    if (auto committed = (*writer)->commit(); !committed)
        return committed;
    qCDebug(
        lcCore,
        "participant import: waited %lld ms for reading and checks, wrote %lld ms, commit %lld ms",
        m_waitMs, m_writeMs, committing.elapsed());
    summary.inserted = (*writer)->inserted();
    summary.updated = (*writer)->updated();
    return {};
}

QString reportSummary(const ImportSummary& s, const QString& failure)
{
    QString text = ParticipantCsv::tr("%1 rows: %2 imported (%3 new, %4 updated), %5 rejected, %6 "
                                      "superseded by a later row with the same external_id, %7 "
                                      "warnings; %8, separator \"%9\"")
                       .arg(s.rowsRead)
                       .arg(failure.isEmpty() ? s.imported() : 0)
                       .arg(failure.isEmpty() ? s.inserted : 0)
                       .arg(failure.isEmpty() ? s.updated : 0)
                       .arg(s.rejected)
                       .arg(s.superseded)
                       .arg(s.warnings)
                       .arg(s.encoding, QString(s.separator));
    if (!failure.isEmpty())
        text = ParticipantCsv::tr("Nothing was imported: %1").arg(failure) + QLatin1String(". ") +
               text;
    return text;
}

} // namespace

const QStringList& ParticipantCsv::columns()
{
    static const QStringList names{QStringLiteral("external_id"),
                                   QStringLiteral("name"),
                                   QStringLiteral("language"),
                                   QStringLiteral("status"),
                                   QStringLiteral("unsubscribed_at"),
                                   QStringLiteral("mobile"),
                                   QStringLiteral("phone"),
                                   QStringLiteral("email"),
                                   QStringLiteral("channels"),
                                   QStringLiteral("registered_at"),
                                   QStringLiteral("consent_at"),
                                   QStringLiteral("home_street"),
                                   QStringLiteral("home_house_number"),
                                   QStringLiteral("home_postcode"),
                                   QStringLiteral("home_place"),
                                   QStringLiteral("home_municipality"),
                                   QStringLiteral("home_lat"),
                                   QStringLiteral("home_lon"),
                                   QStringLiteral("home_hours"),
                                   QStringLiteral("work_street"),
                                   QStringLiteral("work_house_number"),
                                   QStringLiteral("work_postcode"),
                                   QStringLiteral("work_place"),
                                   QStringLiteral("work_municipality"),
                                   QStringLiteral("work_lat"),
                                   QStringLiteral("work_lon"),
                                   QStringLiteral("work_hours")};
    return names;
}

Result<ImportSummary> ParticipantCsv::import(Database& db, const QString& csvPath,
                                             const QString& reportPath,
                                             const ImportOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    Importer importer(db, csvPath, options);
    if (auto scanned = importer.scan(); !scanned)
        return scanned.error();
    qCDebug(lcCore, "participant import: first pass %lld ms", timer.elapsed());
    Report report;
    if (auto opened = report.open(reportPath); !opened)
        return opened.error();
    const Status written = importer.write(report);
    importer.summary.durationMs = timer.elapsed();
    const ImportSummary& s = importer.summary;
    // Counts only: the log never holds personal data.
    qCDebug(lcCore,
            "participant import: %lld rows, %lld new, %lld updated, %lld rejected, %s in %lld ms",
            s.rowsRead, s.inserted, s.updated, s.rejected,
            written ? "committed" : "nothing written", s.durationMs);
    const Status finished = report.finish(reportSummary(s, written.errorMessage()));
    if (!written)
        return written.error();
    if (!finished)
        return finished.error();
    return s;
}

} // namespace burgernet
