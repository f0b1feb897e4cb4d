#include "app/services/AuditedChange.h"

#include "app/services/AuditService.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

namespace burgernet {

AuditedChange::AuditedChange(Database& db, AuditService& audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<qint64> AuditedChange::run(Record record, const Change& change)
{
    const auto write = [&](AuditResult result, const QJsonObject& details) {
        return record.bySystem
                   ? m_audit.recordSystem(record.action, record.objectType, record.objectId, result,
                                          details, record.kinds)
                   : m_audit.recordFor(record.onBehalfOf, record.action, record.objectType,
                                       record.objectId, result, details, record.kinds);
    };
    SqlTransaction transaction(m_db.connection(), SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        (void)write(AuditResult::Failed, {{QStringLiteral("stage"), QStringLiteral("begin")}});
        return Error{tr("The register is not available: %1").arg(transaction.errorMessage())};
    }
    if (auto changed = change(record.details); !changed) {
        transaction.rollback();
        (void)write(AuditResult::Failed, {{QStringLiteral("stage"), QStringLiteral("change")}});
        return changed.error();
    }
    if (record.objectId.isEmpty() && !record.newIdDetail.isEmpty())
        record.objectId = record.details.value(record.newIdDetail).toVariant().toString();
    // The record goes first: if it cannot be written, the change is rolled back unseen.
    auto seq = write(AuditResult::Ok, record.details);
    if (!seq)
        return seq.error();
    // Other workstations on a shared register hear of it when the change commits (and only
    // then): which kind of object, its id and what happened, never its contents.
    m_db.notifyChange(
        QStringList{record.objectType, record.objectId, record.action}.join(QLatin1Char('|')));
    if (auto committed = transaction.commit(); !committed) {
        (void)write(AuditResult::Failed, {{QStringLiteral("follows"), *seq},
                                          {QStringLiteral("stage"), QStringLiteral("commit")}});
        return committed.error();
    }
    return seq;
}

} // namespace burgernet
