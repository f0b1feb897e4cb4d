#pragma once

#include "app/audit/AuditAnchor.h"
#include "app/audit/AuditRecord.h"
#include "app/audit/SigningKey.h"
#include "app/audit/SqliteHandle.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace burgernet {

class Clock;

// The workstation's append-only, tamper-evident audit log, in its own SQLite file (WAL,
// synchronous=FULL), separate from the register. Every record carries the SHA-256 of the one
// before; checkpoint records in the chain sign its head with the workstation's Ed25519 key at
// intervals (at least every AuditChain::kMaxRecordsBetweenCheckpoints records, within a batch
// too) and at close. Safe to use from several threads and several processes (the console and
// burgernetctl): each append reads the head inside its own write transaction.
//
// One log has one key. When the workstation's key is not the one that signed the log (the key
// store was reset), the log is retired beside itself and a new one begins with a record that
// names the old one, so that neither ever holds two keys.
//
// Written through SQLite's C API rather than QtSql: appending during a dispatch and verifying
// a million records are hot paths.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditLog)

public:
    struct Options
    {
        QString path;                  // the audit SQLite file
        QString keyPath;               // a key file (created when missing), when no key is given
        std::optional<SigningKey> key; // the workstation's signing key, from its key store
        QString workstation;           // host name, recorded in every record
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

    // Signs the current head now (nothing when the head is a checkpoint already).
    Status checkpoint();
    // Called after every transaction that wrote a checkpoint, on the writing thread; the
    // register's copy of the checkpoints (the anchors) follows from it.
    void setCheckpointListener(std::function<void()> listener);
    // The checkpoints that sign records after `seq`, oldest first.
    Result<std::vector<AuditAnchor>> checkpointsAfter(qint64 seq) const;

    QString path() const { return m_options.path; }
    QString logId() const { return m_logId; }
    QString workstation() const { return m_options.workstation; }
    QByteArray publicKey() const { return m_key.publicKey(); }
    QString keyFingerprint() const { return m_key.fingerprint(); }
    Result<qint64> lastSeq() const;
    // Set when this open retired a log signed with another key: that file's new path.
    QString retiredPath() const { return m_retiredPath; }

private:
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
        qint64 lastCheckpoint = 0;
    };

    AuditLog(Options options, const Clock& clock, SqliteHandle db, SigningKey key);
    static Result<std::unique_ptr<AuditLog>> openFile(const Options& options, const Clock& clock,
                                                      const SigningKey& key);
    Status initialise();
    Result<QByteArray> signingKeyOfLog() const;
    Status recordRetired(const QString& retiredPath, const QString& oldLogId, qint64 oldLastSeq,
                         const QString& oldKeyFingerprint);
    Result<Head> headLocked() const;
    Status insertLocked(SqliteStatement& insert, AuditRecord& record);
    Status checkpointLocked(SqliteStatement& insert, Head& head);
    void notifyCheckpoint();

    Options m_options;
    const Clock& m_clock;
    SqliteHandle m_db;
    SigningKey m_key;
    QString m_logId;
    mutable std::mutex m_mutex;
    qint64 m_chainedFrom = 1; // the first record of format 2 (after an upgrade from format 1)
    qint64 m_lastCheckpointMs = 0;
    QString m_retiredPath;
    std::mutex m_listenerMutex;
    std::function<void()> m_checkpointListener;
};

} // namespace burgernet
