#pragma once

#include "app/core/Result.h"
#include "app/dispatch/Action.h"
#include "app/dispatch/MessageComposer.h"
#include "app/dispatch/Tip.h"

#include <QCoreApplication>
#include <QList>

namespace burgernet {

class Database;

struct ActionEvent
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDateTime at;
    QString actor;
    QString event; // "created", "submitted", "approved", "update", "closed", ...
    QString fromState;
    QString toState;
    QString detail; // no personal data
};

// A message of an action as it was stored when its send was confirmed.
struct ActionMessage
{
    qint64 id = 0;
    MessageType type = MessageType::Alert;
    QDateTime createdAt;
    ComposedMessage message;
};

struct TemplateOverride
{
    QString language;
    QString name;
    QString body;
    QDateTime updatedAt;
    QString updatedBy;
};

// Actions, their events, messages and tips, and template replacements. SQL only: permission
// checks and audit records are the service's. Not thread-safe; one per connection.
class ActionRepository
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionRepository)

public:
    explicit ActionRepository(Database& db);

    Result<qint64> insert(const Action& action);
    Status update(const Action& action);
    Result<Action> load(qint64 id) const;
    // Newest first; `open` only: not closed or cancelled.
    Result<QList<Action>> list(bool openOnly, int limit = 200) const;
    // Open actions (not closed or cancelled) with this control-room incident number.
    Result<QList<Action>> openWithIncidentNumber(const QString& number, qint64 exceptId) const;
    // Actions of `mode` with an area whose first message went out at `since` or later.
    Result<QList<Action>> sentSince(const QDateTime& since, Mode mode, qint64 exceptId) const;

    Status addEvent(const ActionEvent& event);
    Result<QList<ActionEvent>> events(qint64 actionId) const;

    Result<qint64> insertMessage(qint64 actionId, const ComposedMessage& message,
                                 const QDateTime& at, const QString& by);
    Result<ComposedMessage> loadMessage(qint64 messageId) const;
    // Every message of the action, oldest first.
    Result<QList<ActionMessage>> messages(qint64 actionId) const;

    // The tips' own SQL is TipRepository's; these stay for the workflow's callers.
    Result<qint64> addTip(const Tip& tip);
    Result<QList<Tip>> tips(qint64 actionId) const;

    Result<QList<TemplateOverride>> templateOverrides() const;
    Status setTemplateOverride(const TemplateOverride& entry);

    static qint64 ms(const QDateTime& t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
    static QDateTime time(const QVariant& v);

private:
    Database& m_db;
};

} // namespace burgernet
