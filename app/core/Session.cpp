#include "core/Session.h"

#include <QSysInfo>

namespace burgernet {

Session Session::forOperatingSystemUser(Mode mode)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return Session{user, QStringLiteral("workstation"), QSysInfo::machineHostName(), mode};
}

} // namespace burgernet
