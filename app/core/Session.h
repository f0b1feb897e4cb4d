#pragma once

#include "app/core/Mode.h"
#include "app/core/Permission.h"

#include <QString>

namespace burgernet {

// Who is working at this workstation, as every service and audit record sees it. Before anyone
// signs in, the operating-system account acts with the role "workstation".
struct Session
{
    QString user;
    Role role = Role::Workstation;
    QString workstation;
    Mode mode = Mode::Live;
    QString municipality; // a municipal editor's own municipality (their notices stay inside it)

    bool can(Permission permission) const;
    static Session forOperatingSystemUser(Mode mode);
};

} // namespace burgernet
