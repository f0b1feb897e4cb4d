#include "app/session/WorkstationAuditLog.h"

#include "app/session/WorkstationSigningKey.h"

#include <QFileInfo>

namespace burgernet {

Result<std::unique_ptr<AuditLog>>
WorkstationAuditLog::open(const QString& path, const QString& workstation, const Clock& clock)
{
    auto key = WorkstationSigningKey::load(path);
    if (!key)
        return key.error();
    AuditLog::Options options;
    options.path = path;
    options.key = key->key;
    options.workstation = workstation;
    auto log = AuditLog::open(options, clock);
    if (!log || key->movedFrom.isEmpty())
        return log;
    AuditEvent moved;
    moved.actor = moved.role = QStringLiteral("system");
    moved.action = QStringLiteral("audit.key-moved");
    moved.objectType = QStringLiteral("audit-log");
    moved.objectId = (*log)->logId();
    moved.details = {{QStringLiteral("from"), QFileInfo(key->movedFrom).fileName()},
                     {QStringLiteral("key"), (*log)->keyFingerprint()}};
    moved.kinds = {{QStringLiteral("from"), DetailKind::Id},
                   {QStringLiteral("key"), DetailKind::Fingerprint}};
    if (auto seq = (*log)->append(moved); !seq)
        return seq.error();
    return log;
}

} // namespace burgernet
