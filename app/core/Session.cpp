#include "app/core/Session.h"

#include <QSysInfo>

namespace burgernet {

bool Session::can(Permission permission) const
{
    Role r;
    return roleFromId(role, &r) && roleHas(r, permission, mode);
}

Session Session::forOperatingSystemUser(Mode mode)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return Session{user, QStringLiteral("workstation"), QSysInfo::machineHostName(), mode};
}

} // namespace burgernet
