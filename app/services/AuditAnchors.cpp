#include "app/services/AuditAnchors.h"

#include "app/audit/AuditLog.h"
#include "app/core/Logging.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

AuditAnchors::AuditAnchors(Database& db)
    : m_db(db)
{}

Result<std::vector<AuditAnchor>> AuditAnchors::forLog(const QString& logId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT seq, head_hash, signed_at, public_key, signature "
                                 "FROM audit_anchors WHERE log_id = ? ORDER BY seq"));
    query.addBindValue(logId);
    if (!query.exec())
        return Error{tr("Cannot read the audit anchors: %1").arg(query.lastError().text())};
    std::vector<AuditAnchor> anchors;
    while (query.next())
        anchors.push_back({query.value(0).toLongLong(), query.value(1).toByteArray(),
                           query.value(2).toString(), query.value(3).toByteArray(),
                           query.value(4).toByteArray()});
    return anchors;
}

Result<std::vector<AnchoredLog>> AuditAnchors::otherLogsOf(const QString& workstation,
                                                           const QByteArray& publicKey,
                                                           const QString& logId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT a.log_id, a.seq, a.signed_at FROM audit_anchors a WHERE a.workstation = ? AND "
        "a.public_key = ? AND a.log_id <> ? AND a.seq = (SELECT max(b.seq) FROM audit_anchors b "
        "WHERE b.log_id = a.log_id) ORDER BY a.signed_at"));
    query.addBindValue(workstation);
    query.addBindValue(publicKey);
    query.addBindValue(logId);
    if (!query.exec())
        return Error{tr("Cannot read the audit anchors: %1").arg(query.lastError().text())};
    std::vector<AnchoredLog> logs;
    while (query.next())
        logs.push_back(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()});
    return logs;
}

Result<qint64> AuditAnchors::lastSeq(const QString& logId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_anchors WHERE log_id = ?"));
    query.addBindValue(logId);
    if (!query.exec() || !query.next())
        return Error{tr("Cannot read the audit anchors: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

Result<int> AuditAnchors::sync(AuditLog& log)
{
    auto last = lastSeq(log.logId());
    if (!last)
        return last.error();
    auto checkpoints = log.checkpointsAfter(*last);
    if (!checkpoints)
        return checkpoints.error();
    if (checkpoints->empty())
        return 0;
    SqlTransaction tx(m_db.connection());
    if (!tx.isActive())
        return Error{tr("Cannot write the audit anchors: %1").arg(tx.errorMessage())};
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_anchors (log_id, seq, head_hash, signed_at, public_key, signature, "
        "workstation) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (log_id, seq) DO NOTHING"));
    for (const AuditAnchor& a : *checkpoints) {
        insert.addBindValue(log.logId());
        insert.addBindValue(a.seq);
        insert.addBindValue(a.headHash);
        insert.addBindValue(a.signedAt);
        insert.addBindValue(a.publicKey);
        insert.addBindValue(a.signature);
        insert.addBindValue(log.workstation());
        if (!insert.exec())
            return Error{tr("Cannot write the audit anchors: %1").arg(insert.lastError().text())};
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(checkpoints->size());
}

AuditAnchoring::AuditAnchoring(AuditLog& log, Database& db, QObject* parent)
    : QObject(parent)
    , m_log(log)
    , m_anchors(db)
{
    m_log.setCheckpointListener([this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (auto s = sync(); !s)
                    qCWarning(lcAudit) << "audit anchors:" << s.errorMessage();
            },
            Qt::QueuedConnection);
    });
    if (auto s = sync(); !s)
        qCWarning(lcAudit) << "audit anchors:" << s.errorMessage();
}

AuditAnchoring::~AuditAnchoring()
{
    m_log.setCheckpointListener({});
    // The last records signed and anchored while the register is still open.
    if (auto s = m_log.checkpoint(); !s)
        qCWarning(lcAudit) << "final checkpoint:" << s.errorMessage();
    else if (auto synced = sync(); !synced)
        qCWarning(lcAudit) << "audit anchors:" << synced.errorMessage();
}

Status AuditAnchoring::sync()
{
    auto copied = m_anchors.sync(m_log);
    if (!copied)
        return copied.error();
    return {};
}

} // namespace burgernet
