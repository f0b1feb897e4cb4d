#include "core/Paths.h"

#include <QDir>
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

} // namespace burgernet::paths
