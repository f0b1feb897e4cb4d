#pragma once

#include "app/audit/AuditAnchor.h"
#include "app/audit/AuditVerifier.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <vector>

namespace burgernet {

class AuditLog;
class Database;

// The register's copy of the audit logs' signed checkpoints (table audit_anchors): outside the
// log file, where whoever can rewrite the log cannot reach it. On PostgreSQL every workstation's
// log is anchored in the one shared register.
class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditAnchors)

public:
    explicit AuditAnchors(Database& db);

    Result<std::vector<AuditAnchor>> forLog(const QString& logId) const;
    // The other logs this workstation anchored with its key `publicKey`, each by its last anchor.
    // By the key as well as the host name: another machine of the same name has a key of its own,
    // and a log retired with a reset key store is named by its successor's first record.
    Result<std::vector<AnchoredLog>> otherLogsOf(const QString& workstation,
                                                 const QByteArray& publicKey,
                                                 const QString& logId) const;
    // Copies the log's checkpoints that the register lacks; returns how many. An anchor the
    // register already holds is never replaced: a log put back from an older copy then
    // contradicts it instead of overwriting it.
    Result<int> sync(AuditLog& log);

private:
    Result<qint64> lastSeq(const QString& logId) const;

    Database& m_db;
};

// Keeps the register's anchors up with the log while it is open: each checkpoint, written on
// whichever thread appended, is copied on this object's thread (the register's connection is
// that thread's); at the end the head is signed and anchored once more.
class AuditAnchoring : public QObject
{
    Q_OBJECT

public:
    AuditAnchoring(AuditLog& log, Database& db, QObject* parent = nullptr);
    ~AuditAnchoring() override;

    AuditAnchors& anchors() { return m_anchors; }
    // Now, on this thread: the session's start and end, and before a verification.
    Status sync();

private:
    AuditLog& m_log;
    AuditAnchors m_anchors;
};

} // namespace burgernet
