#include "app/core/Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace burgernet::paths {

QString dataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("burgernet-console"));
}

QString defaultRegisterPath()
{
    return QDir(dataDir()).filePath(QStringLiteral("register.sqlite"));
}

QString defaultTrainingRegisterPath()
{
    return QDir(dataDir()).filePath(QStringLiteral("training.sqlite"));
}

QString defaultAuditLogPath()
{
    return QDir(dataDir()).filePath(QStringLiteral("audit.sqlite"));
}

QString signingKeyPathFor(const QString& auditLogPath)
{
    return QFileInfo(auditLogPath).absoluteDir().filePath(QStringLiteral("audit-signing.key"));
}

QString keysDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("burgernet-console/keys"));
}

} // namespace burgernet::paths
