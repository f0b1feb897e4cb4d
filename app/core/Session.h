#pragma once

#include "app/core/Mode.h"
#include "app/core/Permission.h"

#include <QString>

namespace burgernet {

// Who is working at this workstation, as every service and audit record sees it.
// Until sign-in exists (the users issue), the console's user is the operating-system account
// with the role "workstation".
struct Session
{
    QString user;
    QString role;
    QString workstation;
    Mode mode = Mode::Live;
    QString municipality; // a municipal editor's own municipality (their notices stay inside it)

    // False for a role this build does not know.
    bool can(Permission permission) const;
    static Session forOperatingSystemUser(Mode mode);
};

} // namespace burgernet
