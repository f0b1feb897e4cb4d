#include "app/core/Session.h"

#include <QSysInfo>

#include <array>
#include <pwd.h>
#include <unistd.h>

namespace burgernet {

bool Session::can(Permission permission) const
{
    return roleHas(role, permission, mode);
}

Session Session::forOperatingSystemUser(Mode mode)
{
    // The account the process runs as, from the system, never from the environment: USER can be
    // set to anybody's name.
    const uid_t uid = geteuid();
    QString user = QStringLiteral("uid-%1").arg(uid);
    std::array<char, 4096> buffer{};
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name)
        user = QString::fromLocal8Bit(found->pw_name);
    return Session{user, Role::Workstation, QSysInfo::machineHostName(), mode};
}

} // namespace burgernet
