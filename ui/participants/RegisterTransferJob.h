#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/core/Session.h"
#include "app/register/ParticipantCsv.h"

#include <QObject>

#include <atomic>

namespace burgernet {

class AuditLog;

// An import into or export from the register, run on a worker thread with its own connection
// and through ParticipantService (permission, audit record, all-or-nothing), so that the window
// stays responsive for the minute a 1.25 M-row file takes.
class RegisterTransferJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Import, Export };

    RegisterTransferJob(Kind kind, DatabaseSpec spec, AuditLog& log, Session session, QString file,
                        QString report = {});

    // Thread-safe: the import stops at its next block and leaves the register unchanged.
    void cancel() { m_cancelled = true; }

    Q_SLOT void run();

    Q_SIGNAL void progressed(qint64 done, qint64 total);
    // ok: for an import, `summary` holds the counts; for an export, summary.rowsRead the rows.
    Q_SIGNAL void finished(bool ok, const burgernet::ImportSummary& summary, const QString& error);

private:
    Kind m_kind;
    DatabaseSpec m_spec;
    AuditLog& m_log;
    Session m_session;
    QString m_file;
    QString m_report;
    std::atomic<bool> m_cancelled{false};
};

} // namespace burgernet
