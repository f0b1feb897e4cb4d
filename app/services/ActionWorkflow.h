#pragma once

#include "app/core/PolicyKey.h"
#include "app/core/Result.h"
#include "app/dispatch/Action.h"
#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/MessageComposer.h"
#include "app/services/ActionSteps.h"
#include "app/services/DispatchPlan.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace burgernet {

class ActionNotifier;
class AuditService;
class ChannelStatusSource;
class Clock;
class Database;
class ReauthGate;
class SelectionService;
class Settings;
class TemplateService;

// The settings a send is planned with. The workstation's call-back number is read once, so that
// a plan made off the window's thread never touches the settings file; the limits are the
// register's, read again for every plan.
struct DispatchPolicy
{
    int approvalThreshold = 10000; // addressed messages above which a second user approves
    int dailyLimit = 3;            // alerts per participant per day (0: no limit)
    QString callbackNumber = QStringLiteral("0800-0011");
    int reauthRecipients = 1000; // a live send to more than this asks for the password again
    int overlapHours = 2;        // an overlapping action of the last hours is named (0: not)
    // More participants than this is a large area: the map warns, the confirmation repeats it.
    int largeAreaParticipants = 50000;

    static DispatchPolicy fromSettings(const Settings& settings);
    void apply(const PolicyValues& values);
};

// The control room's workflow from draft to closing message, for the window and burgernetctl
// alike. Every send goes in two phases: prepare() builds the DispatchPlan the confirmation
// states (recipients, rows per channel, each channel's readiness, warnings, refusals), and
// submit() queues exactly that plan after checking, here and not in a widget, the permission,
// that the plan is still current, the dispatcher's confirmation and (for a large live send) the
// password again. Approval, updates, closing messages and cancellations use the same two calls.
// Every step is recorded in the audit log before it takes effect (counts and ids only).
class ActionWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionWorkflow)

public:
    ActionWorkflow(Database& db, AuditService& audit, const Clock& clock,
                   const SelectionService& selection, const TemplateService& templates,
                   ActionNotifier& notifier, DispatchPolicy policy = {});

    Mode mode() const;
    void setPolicy(const DispatchPolicy& policy) { m_policy = policy; }
    const DispatchPolicy& policy() const { return m_policy; }
    // The channels' readiness for plans; without one nothing sends in this process and the
    // rows wait for a running dispatcher.
    void setChannelStatus(const ChannelStatusSource* source) { m_status = source; }
    // The password again before a large live send; without one such a send is refused.
    void setReauthGate(ReauthGate* gate) { m_reauth = gate; }
    void setCatalog(ChannelCatalog catalog) { m_catalog = std::move(catalog); }
    const ChannelCatalog& catalog() const { return m_catalog; }

    Result<qint64> createDraft(const ActionContent& content, const GeoArea& area,
                               const QString& areaDescription);
    Status updateDraft(qint64 id, const ActionContent& content, const GeoArea& area,
                       const QString& areaDescription);
    // A draft that was not confirmed is withdrawn (cancelled, recorded); nothing was queued.
    Status withdraw(qint64 id);

    Result<DispatchPlan> prepare(const PlanRequest& request) const;
    // The state the action is in afterwards (awaiting approval, sending, updated, closed, ...).
    // A plan with a refusal is submitted as well, unconfirmed: its refusal is then recorded.
    Result<ActionState> submit(const DispatchPlan& plan, const Confirmation& confirmation);
    // Sends an action waiting for approval back to its author as a draft, with the reason
    // (required; shown to the author, kept with the action and in the audit log).
    Status reject(qint64 id, const QString& reason);

    Result<qint64> logTip(qint64 id, Tip tip);

    Result<Action> action(qint64 id) const;
    Result<QList<Action>> actions(bool openOnly) const;
    Result<QList<ActionEvent>> events(qint64 id) const;
    Result<QList<Tip>> tips(qint64 id) const;
    // The messages whose send was confirmed, oldest first (not their outbox rows).
    Result<QList<ActionMessage>> messages(qint64 id) const;

    // The texts as they would go out now (the composer's preview).
    ComposedMessage preview(const ActionContent& content, const GeoArea& area,
                            const QString& areaDescription, MessageType type = MessageType::Alert,
                            const QString& extraText = {}, Outcome outcome = Outcome::None) const;

private:
    Status requireView(qint64 id) const;
    Status require(const Action& action, MessageType type, bool approving,
                   const QString& what) const;
    // Why this session may not send to `plan`'s area (a municipal editor outside their own
    // municipality), or nothing; with the reason's short id for the audit record.
    std::optional<std::pair<QString, QString>> scopeRefusal(const DispatchPlan& plan) const;
    MessageComposer composer() const;
    MessageComposer::Input composerInput(const Action& action, MessageType type) const;
    qint64 dayStartMs() const;
    qint64 scheduledMs(const Action& action) const;
    void describeChannels(DispatchPlan& plan) const;
    Status checkOverlaps(const Action& action, const std::vector<qint64>& selected,
                         DispatchPlan& plan) const;
    Status checkDuplicates(const Action& action, DispatchPlan& plan) const;
    void checkLargeArea(DispatchPlan& plan) const;
    void estimate(DispatchPlan& plan) const;
    Status describeApproval(const Action& action, DispatchPlan& plan) const;
    Status planAlert(const Action& action, DispatchPlan& plan) const;
    Status planUpdate(const Action& action, DispatchPlan& plan) const;
    Status planClosing(const Action& action, DispatchPlan& plan) const;
    Status planCancel(const Action& action, DispatchPlan& plan) const;
    std::vector<OutboxEntry> reached(const Action& action, const QList<MessageType>& types,
                                     const QList<OutboxState>& states) const;
    Result<qint64> unsentRows(qint64 id) const;

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    const SelectionService& m_selection;
    const TemplateService& m_templates;
    ActionNotifier& m_notifier;
    // Refreshed from the register by every prepare(): a limit changed at another workstation
    // applies to the next plan here.
    mutable DispatchPolicy m_policy;
    const ChannelStatusSource* m_status = nullptr;
    ReauthGate* m_reauth = nullptr;
    ChannelCatalog m_catalog = ChannelCatalog::builtIn();
    mutable ActionSteps m_steps;
};

} // namespace burgernet
