#pragma once

#include "app/core/Result.h"
#include "app/dispatch/Action.h"
#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace burgernet {

class AuditService;
class Clock;
class Database;
struct PlannedMessage;

// The steps of an action's life as the register keeps them: the new state, the event row the
// actions dock shows and the audit record, in one recorded change. Shared by the services that
// move an action on (the workflow, the progress that sees an alert finish, the decisions).
class ActionSteps
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionSteps)

public:
    ActionSteps(Database& db, AuditService& audit, const Clock& clock);

    ActionRepository& repository() { return m_repo; }
    Outbox& outbox() { return m_outbox; }
    // Whom the session's user acts for on this action: its author when that is someone else
    // (an approver, a supervisor closing another's action), else nobody.
    QString onBehalfOf(const Action& action) const;

    // Moves the action to `to` (the state machine permitting); `event` names the step
    // ("submit", "reject", "sent", ...) and the audit action ("action." + event).
    // `eventDetail` goes with the step the actions dock shows (no personal data).
    Status transition(Action& action, ActionState to, const QString& event,
                      QJsonObject details = {}, bool bySystem = false,
                      const QString& eventDetail = {});

    // Writes the messages and their outbox rows and moves the action to `to`, in one recorded
    // change. `stopUnsent`: rows still queued or stale are cancelled first (closing, cancel).
    Status queue(Action& action, const QList<PlannedMessage>& messages, ActionState to,
                 const QString& event, QJsonObject details, bool stopUnsent, qint64 dueMs = 0);

private:
    // An "area" step when the area messages go to is set (the alert) or changes (an update).
    Status recordArea(const Action& before, const Action& after, const QDateTime& at);

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    ActionRepository m_repo;
    Outbox m_outbox;
};

} // namespace burgernet
