#include "app/core/Permission.h"

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

using P = Permission;

// Sending, approving and closing: what reaches participants' phones.
bool isSending(Permission p)
{
    return p == P::SendAction || p == P::ApproveAction || p == P::CloseAction ||
           p == P::SendNonUrgent;
}
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

QList<Role> signInRoles()
{
    return {Role::Dispatcher, Role::Supervisor, Role::Trainer, Role::Administrator,
            Role::MunicipalEditor};
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (int p = 0; p <= static_cast<int>(P::RunTraining); ++p)
        all << static_cast<Permission>(p);
    return all;
}

QString permissionId(Permission permission)
{
    switch (permission) {
    case P::ViewParticipants:
        return QStringLiteral("view-participants");
    case P::ViewParticipantDetails:
        return QStringLiteral("view-participant-details");
    case P::EditParticipants:
        return QStringLiteral("edit-participants");
    case P::ImportParticipants:
        return QStringLiteral("import-participants");
    case P::ExportParticipants:
        return QStringLiteral("export-participants");
    case P::EraseParticipants:
        return QStringLiteral("erase-participants");
    case P::ComposeAction:
        return QStringLiteral("compose-action");
    case P::SendAction:
        return QStringLiteral("send-action");
    case P::ApproveAction:
        return QStringLiteral("approve-action");
    case P::CloseAction:
        return QStringLiteral("close-action");
    case P::SendNonUrgent:
        return QStringLiteral("send-non-urgent");
    case P::ReviewAudit:
        return QStringLiteral("review-audit");
    case P::ExportAudit:
        return QStringLiteral("export-audit");
    case P::ManageUsers:
        return QStringLiteral("manage-users");
    case P::ManageSettings:
        return QStringLiteral("manage-settings");
    case P::ManageTemplates:
        return QStringLiteral("manage-templates");
    case P::ManageSenders:
        return QStringLiteral("manage-senders");
    case P::RunTraining:
        return QStringLiteral("run-training");
    }
    return {};
}

// The role table (README "Roles and permissions" shows it). Least privilege: those who send do
// not manage accounts, those who manage do not send, and the unmasked participant record is for
// supervisors (tips, complaints) and administrators (requests to see or erase one's data).
bool roleHas(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator:
        return permission == P::ViewParticipants || permission == P::ViewParticipantDetails ||
               permission == P::EditParticipants || permission == P::ImportParticipants ||
               permission == P::ExportParticipants || permission == P::EraseParticipants ||
               permission == P::ReviewAudit || permission == P::ExportAudit ||
               permission == P::ManageUsers || permission == P::ManageSettings ||
               permission == P::ManageTemplates || permission == P::ManageSenders;
    case Role::Supervisor:
        return permission == P::ViewParticipants || permission == P::ViewParticipantDetails ||
               permission == P::ComposeAction || permission == P::SendAction ||
               permission == P::ApproveAction || permission == P::CloseAction ||
               permission == P::SendNonUrgent || permission == P::ReviewAudit ||
               permission == P::ExportAudit || permission == P::ManageTemplates ||
               permission == P::RunTraining;
    case Role::Dispatcher:
        return permission == P::ViewParticipants || permission == P::ComposeAction ||
               permission == P::SendAction || permission == P::CloseAction ||
               permission == P::SendNonUrgent;
    case Role::Trainer:
        return permission == P::ViewParticipants || permission == P::ComposeAction ||
               permission == P::SendAction || permission == P::CloseAction ||
               permission == P::SendNonUrgent || permission == P::RunTraining ||
               permission == P::ApproveAction || permission == P::ReviewAudit;
    case Role::MunicipalEditor:
        return permission == P::ComposeAction || permission == P::SendNonUrgent;
    case Role::Workstation:
        // The machine's own account (burgernetctl, scripts): it already holds the database
        // file or its credentials, so a role table could not stop it anyway. The console never
        // runs as "workstation" once someone has signed in.
        return true;
    }
    return false;
}

bool roleHas(Role role, Permission permission, Mode mode)
{
    // A trainer runs exercises: their sends, approvals and closings exist in training only.
    if (role == Role::Trainer && mode == Mode::Live && isSending(permission))
        return false;
    return roleHas(role, permission);
}

} // namespace burgernet
