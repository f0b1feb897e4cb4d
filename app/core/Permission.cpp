#include "core/Permission.h"

#include <array>
#include <utility>

namespace burgernet {

namespace {
constexpr std::array kRoleIds = {
    std::pair{Role::Dispatcher, "dispatcher"},
    std::pair{Role::Supervisor, "supervisor"},
    std::pair{Role::Trainer, "trainer"},
    std::pair{Role::Administrator, "administrator"},
    std::pair{Role::MunicipalEditor, "municipal-editor"},
    std::pair{Role::Workstation, "workstation"},
};
} // namespace

QString roleId(Role role)
{
    for (const auto& [r, id] : kRoleIds)
        if (r == role)
            return QString::fromLatin1(id);
    return {};
}

bool roleFromId(const QString& id, Role* role)
{
    for (const auto& [r, rid] : kRoleIds) {
        if (id == QLatin1String(rid)) {
            *role = r;
            return true;
        }
    }
    return false;
}

bool roleHas(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Administrator:
        return permission != P::ApproveAction;
    case Role::Supervisor:
        return permission != P::ManageUsers && permission != P::ManageSenders;
    case Role::Dispatcher:
        return permission == P::ViewParticipants || permission == P::ComposeAction ||
               permission == P::SendAction || permission == P::CloseAction ||
               permission == P::SendNonUrgent;
    case Role::Trainer:
        return permission == P::ViewParticipants || permission == P::ComposeAction ||
               permission == P::SendAction || permission == P::CloseAction ||
               permission == P::RunTraining || permission == P::ApproveAction;
    case Role::MunicipalEditor:
        return permission == P::ComposeAction || permission == P::SendNonUrgent;
    case Role::Workstation:
        // Tools run by the machine's own account before sign-in exists keep today's rights.
        return true;
    }
    return false;
}

} // namespace burgernet
