#include "ui/participants/RegisterTransferJob.h"

#include "app/services/AuditService.h"
#include "app/services/ParticipantService.h"
#include "app/storage/Database.h"

namespace burgernet {

RegisterTransferJob::RegisterTransferJob(Kind kind, DatabaseSpec spec, AuditLog& log,
                                         Session session, QString file, QString report)
    : m_kind(kind)
    , m_spec(std::move(spec))
    , m_log(log)
    , m_session(std::move(session))
    , m_file(std::move(file))
    , m_report(std::move(report))
{
    qRegisterMetaType<ImportSummary>();
}

void RegisterTransferJob::run()
{
    ImportSummary summary;
    auto db = Database::openExisting(m_spec);
    if (!db) {
        Q_EMIT finished(false, summary, db.errorMessage());
        return;
    }
    AuditService audit(m_log, m_session);
    ParticipantService service(**db, audit);
    if (m_kind == Kind::Export) {
        auto written = service.exportCsv(m_file);
        if (written)
            summary.rowsRead = *written;
        Q_EMIT finished(written.ok(), summary, written ? QString() : written.errorMessage());
        return;
    }
    ImportOptions importOptions;
    importOptions.progress = [this](qint64 done, qint64 total) {
        Q_EMIT progressed(done, total);
        return !m_cancelled.load();
    };
    auto imported = service.importCsv(m_file, m_report, importOptions);
    if (imported)
        summary = *imported;
    Q_EMIT finished(imported.ok(), summary, imported ? QString() : imported.errorMessage());
}

} // namespace burgernet
