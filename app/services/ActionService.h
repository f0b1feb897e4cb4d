#pragma once

#include "app/core/Permission.h"
#include "app/core/Result.h"
#include "app/dispatch/Action.h"
#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/MessageComposer.h"
#include "app/dispatch/Outbox.h"
#include "app/geo/GeoArea.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace burgernet {

class AuditService;
class Clock;
class Database;
class SelectionService;
class Settings;

// What the confirmation dialog states before an action goes out.
struct DispatchSummary
{
    qint64 actionId = 0;
    Mode mode = Mode::Live;
    ActionKind kind = ActionKind::Urgent;
    QStringList channels;
    QMap<QString, qint64> perChannel; // rows per channel (1 for a broadcast channel)
    qint64 participants = 0;          // selected in the area now
    qint64 overDailyLimit = 0;
    qint64 addressedMessages = 0;
    QString areaDescription;
    bool needsApproval = false;
};

struct ChannelProgress
{
    QString channel;
    QMap<QString, qint64> states; // outbox state -> rows
    qint64 total = 0;
    double etaSeconds = 0; // queued rows at the channel's rate; 0 when nothing waits

    qint64 count(const QString& state) const { return states.value(state); }
    qint64 done() const; // sent + delivered + failed + cancelled + dropped
};

struct ActionProgress
{
    QList<ChannelProgress> channels;
    qint64 count(const QString& state) const;
};

struct RecoveryReport
{
    qint64 uncertain = 0;
    qint64 stale = 0;
};

// The control room's main workflow, from draft to closing message: every step checks the
// session's permission, follows the action's state machine and is recorded in the audit log
// (counts and ids only, never personal data). Sending itself is the dispatch worker's: this
// service writes the outbox (with its audit record, before anything goes out) and wakes it.
class ActionService : public QObject
{
    Q_OBJECT
public:
    ActionService(Database& db, AuditService& audit, Settings& settings, const Clock& clock,
                  const SelectionService& selection, QObject* parent = nullptr);
    ~ActionService() override;

    Mode mode() const;
    const MessageTemplates& templates() const { return m_templates; }
    // Messages per second per channel, for the time-to-finish estimate.
    void setChannelRates(const QHash<QString, double>& rates) { m_rates = rates; }

    Result<qint64> createDraft(const ActionContent& content, const GeoArea& area,
                               const QString& areaDescription);
    Status updateDraft(qint64 id, const ActionContent& content, const GeoArea& area,
                       const QString& areaDescription);

    Result<Action> action(qint64 id) const;
    Result<QList<Action>> actions(bool openOnly) const;
    Result<QList<ActionEvent>> events(qint64 id) const;
    Result<QList<Tip>> tips(qint64 id) const;
    Result<ActionProgress> progress(qint64 id) const;
    // Counts from the dispatch worker (its own thread counted them); progress() uses them
    // until this service itself changes the action's outbox.
    void setCounts(qint64 id, const OutboxCounts& counts);
    // Only a service whose dispatch worker reports its counts (setCounts) keeps them; others
    // (burgernetctl, tests driving a worker directly) count on every call.
    void useWorkerCounts(bool on)
    {
        m_workerCounts = on;
        m_counts.clear();
    }

    // The texts the preview shows, as they would go out now.
    ComposedMessage preview(const ActionContent& content, const GeoArea& area,
                            const QString& areaDescription, MessageType type = MessageType::Alert,
                            const QString& extraText = {}, Outcome outcome = Outcome::None) const;

    // Recipients and channels as the confirmation dialog states them.
    Result<DispatchSummary> summarise(qint64 id) const;
    // The deliberate confirmation: sends, or waits for a second user's approval.
    Result<ActionState> submit(qint64 id);
    Status approve(qint64 id);
    Status reject(qint64 id, const QString& reason);

    // A follow-up to everyone alerted; when `grownArea` is given, participants in it who were
    // not alerted yet get the full alert first.
    Status sendUpdate(qint64 id, const QString& text, const std::optional<GeoArea>& grownArea = {});
    // The closing message to everyone reached, with the outcome (notices close without one).
    Status close(qint64 id, Outcome outcome, const QString& text = {});
    // Stops what has not gone out; those already reached get a cancel message.
    Status cancel(qint64 id, const QString& text = {});

    Result<qint64> retryFailed(qint64 id, const QString& channel = {});
    Result<qint64> decideUncertain(qint64 id, bool resend);
    Result<qint64> decideStale(qint64 id, bool send);
    Result<qint64> logTip(qint64 id, Tip tip);

    // At start: interrupted sends become uncertain, too-old urgent queues stale.
    Result<RecoveryReport> recoverAfterRestart();
    // Sending -> sent for actions whose alert has no queued or sending rows left.
    void refreshStates(const QList<qint64>& ids = {});

    Status setTemplate(const QString& language, const QString& name, const QString& body);
    Status reloadTemplates();

Q_SIGNALS:
    void actionChanged(qint64 id);
    void outboxQueued();
    void tipLogged(qint64 actionId, double lat, double lon);

private:
    Status require(Permission permission, const QString& what, qint64 id);
    Status transition(Action& action, ActionState to, const QString& event,
                      const QJsonObject& details, bool system = false);
    // Writes message + outbox rows + state change + audit record in one transaction.
    Status enqueue(Action& action, MessageType type, const ComposedMessage& message,
                   const std::vector<OutboxEntry>& entries, ActionState to, const QString& event,
                   QJsonObject details);
    MessageComposer::Input composerInput(const Action& action, MessageType type) const;
    std::vector<OutboxEntry> reached(qint64 id, const QStringList& channels,
                                     const QStringList& messageTypes, const QStringList& states,
                                     const QString& language) const;
    bool needsApproval(const Action& action, qint64 addressed) const;
    qint64 scheduledMs(const Action& action, MessageType type) const;
    qint64 dayStartMs() const;

    Database& m_db;
    AuditService& m_audit;
    Settings& m_settings;
    const Clock& m_clock;
    const SelectionService& m_selection;
    ActionRepository m_repo;
    Outbox m_outbox;
    MessageTemplates m_templates;
    QHash<QString, double> m_rates;
    QHash<qint64, OutboxCounts> m_counts;
    bool m_workerCounts = false;
};

} // namespace burgernet
