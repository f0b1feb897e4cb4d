#pragma once

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
    RunTraining,
};

QString roleId(Role role);
bool roleFromId(const QString& id, Role* role);
// The built-in role table; see Permission.cpp.
bool roleHas(Role role, Permission permission);

} // namespace burgernet
