#pragma once

#include "app/core/Mode.h"

#include <QList>
#include <QString>

namespace burgernet {

// Roles of the people who use the console. The users issue owns the table of what each
// role may do (security/); services ask Session::can() before acting.
enum class Role {
    Dispatcher,      // centralist: composes and sends urgent actions
    Supervisor,      // reviews actions and outcomes, approves large sends
    Trainer,         // runs simulated incidents (training mode only sends to simulators)
    Administrator,   // users, settings, senders, templates
    MunicipalEditor, // non-urgent notices inside their own municipality
    Workstation,     // the unsigned operating-system user of tools and tests before sign-in
};

enum class Permission {
    ViewParticipants,
    ViewParticipantDetails, // the unmasked record (audited)
    EditParticipants,
    ImportParticipants,
    ExportParticipants,
    EraseParticipants,
    ComposeAction,
    SendAction,
    ApproveAction, // the second pair of eyes; never the action's own author
    CloseAction,
    SendNonUrgent,
    ReviewAudit,
    ExportAudit,
    ManageUsers,
    ManageSettings,
    ManageTemplates,
    ManageSenders,
    RunTraining, // keep last: allPermissions() counts up to it
};

QString roleId(Role role);
bool roleFromId(const QString& id, Role* role);
// The built-in role table; see Permission.cpp.
bool roleHas(Role role, Permission permission);
// The same in a mode: a trainer sends, approves and closes in training only.
bool roleHas(Role role, Permission permission, Mode mode);
// The roles people sign in with (all but Workstation), in the order the UI lists them.
QList<Role> signInRoles();
QList<Permission> allPermissions();
// "send-action", ... for audit details and the README table.
QString permissionId(Permission permission);

} // namespace burgernet
