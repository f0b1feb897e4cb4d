#include "app/core/Session.h"

#include <QSysInfo>

namespace burgernet {

bool Session::can(Permission permission) const
{
    return roleHas(role, permission, mode);
}

Session Session::forOperatingSystemUser(Mode mode)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return Session{user, Role::Workstation, QSysInfo::machineHostName(), mode};
}

} // namespace burgernet
