#pragma once

#include "app/audit/AuditRecord.h"
#include "app/audit/SigningKey.h"
#include "app/audit/SqliteHandle.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace burgernet {

class Clock;

// The workstation's append-only, tamper-evident audit log, in its own SQLite file (WAL,
// synchronous=FULL), separate from the register. Every record carries the SHA-256 of the one
// before; checkpoints sign the chain head with the workstation's Ed25519 key at intervals and
// at close. Safe to use from several threads and several processes (the console and
// burgernetctl): each append reads the head inside its own write transaction.
//
// Written through SQLite's C API rather than QtSql: appending during a dispatch and verifying
// a million records are hot paths.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditLog)

public:
    struct Options
    {
        QString path;        // the audit SQLite file
        QString keyPath;     // the workstation's signing key (created when missing)
        QString workstation; // host name, recorded in every record
        int checkpointEveryRecords = 1000;
        qint64 checkpointEveryMs = 5 * 60 * 1000;
    };

    static Result<std::unique_ptr<AuditLog>> open(const Options& options, const Clock& clock);
    ~AuditLog(); // signs a final checkpoint
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Appends one record durably and returns its sequence number.
    Result<qint64> append(const AuditEvent& event);
    // Appends several records in one transaction (a dispatch's batch) and returns the last
    // sequence number. All or none.
    Result<qint64> append(const std::vector<AuditEvent>& events);

    // Signs the current head now.
    Status checkpoint();

    QString path() const { return m_options.path; }
    QString logId() const { return m_logId; }
    QString workstation() const { return m_options.workstation; }
    QByteArray publicKey() const { return m_key.publicKey(); }
    QString keyFingerprint() const { return m_key.fingerprint(); }
    Result<qint64> lastSeq() const;

private:
    AuditLog(Options options, const Clock& clock, SqliteHandle db, SigningKey key);
    Status initialise();
    Status signHeadLocked(qint64 seq, const QByteArray& headHash);

    Options m_options;
    const Clock& m_clock;
    SqliteHandle m_db;
    SigningKey m_key;
    QString m_logId;
    mutable std::mutex m_mutex;
    qint64 m_lastCheckpointSeq = 0;
    qint64 m_lastCheckpointMs = 0;
};

} // namespace burgernet
