#include "app/core/CommonOptions.h"

#include "app/core/Paths.h"

namespace burgernet {

QCommandLineOption CommonOptions::help()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QCommandLineOption CommonOptions::version()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                              tr("Show the version."));
}

QCommandLineOption CommonOptions::database()
{
    return QCommandLineOption(QStringLiteral("db"),
                              tr("The register: a SQLite file or postgresql://user@host:port/name "
                                 "(default: %1).")
                                  .arg(paths::defaultRegisterPath()),
                              tr("PATH|URL"));
}

QCommandLineOption CommonOptions::auditLog()
{
    return QCommandLineOption(
        QStringLiteral("audit-log"),
        tr("This workstation's audit log (default: %1).").arg(paths::defaultAuditLogPath()),
        tr("FILE"));
}

QCommandLineOption CommonOptions::training()
{
    return QCommandLineOption(QStringLiteral("training"),
                              tr("Training mode: its own register and simulated senders only."));
}

QCommandLineOption CommonOptions::trainingDatabase()
{
    return QCommandLineOption(
        QStringLiteral("training-db"),
        tr("The training register (default: %1). The accounts are always those of the live "
           "register (--db).")
            .arg(paths::defaultTrainingRegisterPath()),
        tr("PATH|URL"));
}

} // namespace burgernet
