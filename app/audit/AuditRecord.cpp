#include "app/audit/AuditRecord.h"

namespace burgernet {

QString auditResultId(AuditResult result)
{
    switch (result) {
    case AuditResult::Ok:
        return QStringLiteral("ok");
    case AuditResult::Denied:
        return QStringLiteral("denied");
    case AuditResult::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

AuditResult auditResultFromId(const QString& id)
{
    if (id == QLatin1String("ok"))
        return AuditResult::Ok;
    if (id == QLatin1String("denied"))
        return AuditResult::Denied;
    return AuditResult::Failed;
}

QDateTime AuditRecord::localTime() const
{
    QDateTime utc = QDateTime::fromString(timeUtc, Qt::ISODateWithMs);
    utc.setTimeSpec(Qt::UTC);
    return utc.toOffsetFromUtc(utcOffset);
}

} // namespace burgernet
