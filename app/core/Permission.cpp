#include "app/core/Permission.h"

#include <array>
#include <utility>

namespace burgernet {

namespace {
using P = Permission;

// Sending, approving and closing: what reaches participants' phones.
bool isSending(Permission p)
{
    return p == P::SendAction || p == P::ApproveAction || p == P::CloseAction ||
           p == P::SendNonUrgent;
}
} // namespace

QList<Role> signInRoles()
{
    return {Role::Dispatcher, Role::Supervisor, Role::Trainer, Role::Administrator,
            Role::MunicipalEditor};
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (Permission p : enumValues<Permission>())
        all << p;
    return all;
}

// The role table (README "Roles and permissions" shows it). Least privilege: those who send do
// not manage accounts, those who manage do not send, and the unmasked participant record is for
// supervisors (tips, complaints) and administrators (requests to see or erase one's data).
bool roleHas(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator:
        return permission == P::ViewParticipants || permission == P::ViewParticipantDetails ||
               permission == P::ImportParticipants || permission == P::ExportParticipants ||
               permission == P::EraseParticipants || permission == P::ReviewAudit ||
               permission == P::ExportAudit || permission == P::ManageUsers ||
               permission == P::ManageSettings || permission == P::ManageTemplates ||
               permission == P::ManageSenders || permission == P::ViewReports ||
               permission == P::RunExercise || permission == P::ManageBoundaries ||
               permission == P::EditParticipants || permission == P::EditScenarios;
    case Role::Supervisor:
        return permission == P::ViewParticipants || permission == P::ViewParticipantDetails ||
               permission == P::ViewActions || permission == P::ComposeAction ||
               permission == P::SendAction || permission == P::ApproveAction ||
               permission == P::CloseAction || permission == P::SendNonUrgent ||
               permission == P::ReviewAudit || permission == P::ExportAudit ||
               permission == P::ManageTemplates || permission == P::ViewReports;
    case Role::Dispatcher:
        return permission == P::ViewParticipants || permission == P::ViewActions ||
               permission == P::ComposeAction || permission == P::SendAction ||
               permission == P::CloseAction || permission == P::SendNonUrgent;
    case Role::Trainer:
        return permission == P::ViewParticipants || permission == P::ViewActions ||
               permission == P::ComposeAction || permission == P::SendAction ||
               permission == P::CloseAction || permission == P::SendNonUrgent ||
               permission == P::ApproveAction || permission == P::ReviewAudit ||
               permission == P::RunExercise || permission == P::EditScenarios;
    case Role::MunicipalEditor:
        return permission == P::ViewActions || permission == P::ComposeAction ||
               permission == P::SendNonUrgent;
    case Role::Workstation:
        // Nobody signed in (burgernetctl without --user, scripts): it may read and verify, but
        // change nothing and export no personal data. Setting up an empty register is the one
        // exception, and the services that do it say so.
        return permission == P::ViewParticipants || permission == P::ViewActions ||
               permission == P::ReviewAudit || permission == P::ExportAudit;
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
