#pragma once

#include "app/core/EnumIds.h"
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
    ImportParticipants,
    ExportParticipants,
    EraseParticipants,
    ViewActions, // the actions, their messages, events and tips
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
    ViewReports,      // the review of actions and the statistics (no personal data)
    RunExercise,      // start, steer and stop a training exercise (training mode only)
    ManageBoundaries, // the municipal boundaries (import, replace)
    EditParticipants, // correct one participant's record, pause, resume, unsubscribe (audited)
    EditScenarios,    // write the exercises' scenario files (the trainers' editor)
};

template <>
struct EnumIdTable<Role>
{
    static constexpr std::array entries{
        std::pair{Role::Dispatcher, "dispatcher"},
        std::pair{Role::Supervisor, "supervisor"},
        std::pair{Role::Trainer, "trainer"},
        std::pair{Role::Administrator, "administrator"},
        std::pair{Role::MunicipalEditor, "municipal-editor"},
        std::pair{Role::Workstation, "workstation"},
    };
};
template <>
struct EnumIdTable<Permission>
{
    static constexpr std::array entries{
        std::pair{Permission::ViewParticipants, "view-participants"},
        std::pair{Permission::ViewParticipantDetails, "view-participant-details"},
        std::pair{Permission::ImportParticipants, "import-participants"},
        std::pair{Permission::ExportParticipants, "export-participants"},
        std::pair{Permission::EraseParticipants, "erase-participants"},
        std::pair{Permission::ViewActions, "view-actions"},
        std::pair{Permission::ComposeAction, "compose-action"},
        std::pair{Permission::SendAction, "send-action"},
        std::pair{Permission::ApproveAction, "approve-action"},
        std::pair{Permission::CloseAction, "close-action"},
        std::pair{Permission::SendNonUrgent, "send-non-urgent"},
        std::pair{Permission::ReviewAudit, "review-audit"},
        std::pair{Permission::ExportAudit, "export-audit"},
        std::pair{Permission::ManageUsers, "manage-users"},
        std::pair{Permission::ManageSettings, "manage-settings"},
        std::pair{Permission::ManageTemplates, "manage-templates"},
        std::pair{Permission::ManageSenders, "manage-senders"},
        std::pair{Permission::ViewReports, "view-reports"},
        std::pair{Permission::RunExercise, "run-exercise"},
        std::pair{Permission::ManageBoundaries, "manage-boundaries"},
        std::pair{Permission::EditParticipants, "edit-participants"},
        std::pair{Permission::EditScenarios, "edit-scenarios"},
    };
};

// The built-in role table; see Permission.cpp.
bool roleHas(Role role, Permission permission);
// The same in a mode: a trainer sends, approves and closes in training only.
bool roleHas(Role role, Permission permission, Mode mode);
// The roles people sign in with (all but Workstation), in the order the UI lists them.
QList<Role> signInRoles();
QList<Permission> allPermissions();

} // namespace burgernet
