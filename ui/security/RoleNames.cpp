#include "ui/security/RoleNames.h"

namespace burgernet {

QString RoleNames::text(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return tr("Dispatcher");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Trainer:
        return tr("Trainer");
    case Role::Administrator:
        return tr("Administrator");
    case Role::MunicipalEditor:
        return tr("Municipal editor");
    case Role::Workstation:
        return tr("Workstation");
    }
    return {};
}

QString RoleNames::text(const QString& roleId)
{
    Role role;
    return enumFromId(roleId, &role) ? text(role) : roleId;
}

} // namespace burgernet
