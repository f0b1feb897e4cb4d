#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/core/Result.h"
#include "app/core/Session.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/services/ReauthGate.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace burgernet {

class ActionNotifier;
class ActionWorkflow;
class AlarmService;
class AreaAssistant;
class AuditAnchors;
class AuditLog;
class AuditService;
class CallbackSecrets;
class Clock;
class Database;
class DeliveryFailures;
class Dispatcher;
class DispatchProgress;
class DispatchRecords;
class GatewayHealthProbe;
class HttpListener;
class OutboxDecisions;
class RegisterPresence;
class ReviewService;
class SecretStore;
class SelectionService;
class SenderRegistry;
class SenderService;
class Settings;
class SettingsService;
class SimulatedGatewayFaults;
class TemplateService;
class TipService;
struct Tip;

// How one signed-in session is put together.
struct SessionConfig
{
    Session session;
    QString dataDir; // senders.ini, secrets, the CAP files (live/ or training/)
    // Run a worker per channel in this process. Only a dispatching process recovers what a crash
    // left in the outbox: another one would take rows that are being sent for lost.
    bool dispatch = true;
    bool loadIndex = true; // the participant index, for counts and selections
    bool listen = true;    // the callback listener for delivery reports and the CAP feed
    // Where it listens. Port 0: the port this data folder used before (a free one the first
    // time), so that reports for messages sent before a restart still arrive.
    QString callbackAddress = QStringLiteral("127.0.0.1");
    quint16 callbackPort = 0;
    QString pluginFolder; // third-party senders (live only); empty: the default folder
    // Checks the signed-in user's password again before a large live send; with `prompt`, who
    // is asked. Without them such a send is refused.
    ReauthGate::Verifier reauthVerifier;
    ReauthPrompt* reauthPrompt = nullptr;
    // The live register's anchors of the workstation's log, which verifications compare with.
    AuditAnchors* auditAnchors = nullptr;
};

// The services of one signed-in session, made in dependency order and torn down in reverse:
// the audit service for the session's user, settings, templates, the participant index, the
// action workflow with its progress and decisions, the senders (in training the simulated sender
// on every channel, plugin channels included; nothing else exists there) and a dispatcher with
// a worker per channel. The window, burgernetctl and the end-to-end tests all use this, so that
// what is tested is what users run.
class SessionServices : public QObject
{
    Q_OBJECT
public:
    SessionServices(SessionConfig config, Database& db, AuditLog& log, Settings& settings,
                    const Clock& clock, QObject* parent = nullptr);
    ~SessionServices() override;

    // Loads the participant index and, when this session dispatches, recovers what a crash left
    // in the outbox and starts the dispatcher.
    Status start();
    void stop();

    const Session& session() const;
    Mode mode() const;
    Database& database() { return m_db; }
    const DatabaseSpec& databaseSpec() const;
    const Clock& clock() const { return m_clock; }
    Settings& settings() { return m_settings; }
    AuditService& audit() { return *m_audit; }
    SettingsService& settingsService() { return *m_settingsService; }
    SenderService& senders() { return *m_senderService; }
    SelectionService& selection() { return *m_selection; }
    TemplateService& templates() { return *m_templates; }
    ReviewService& review() { return *m_review; }
    ActionNotifier& notifier() { return *m_notifier; }
    ActionWorkflow& workflow() { return *m_workflow; }
    DispatchProgress& progress() { return *m_progress; }
    OutboxDecisions& decisions() { return *m_decisions; }
    TipService& tips() { return *m_tips; }
    AreaAssistant& areaAssistant() { return *m_areaAssistant; }
    AlarmService& alarms() { return *m_alarms; }
    DeliveryFailures& failures() { return *m_failures; }
    ReauthGate& reauthGate() { return *m_reauth; }
    // This session on the register: heartbeat, connection health, changes made elsewhere.
    RegisterPresence& presence() { return *m_presence; }
    const ChannelCatalog& catalog() const { return m_catalog; }
    // Null when this session does not dispatch.
    Dispatcher* dispatcher() { return m_dispatcher.get(); }
    // Training only (null in live): the exercise's switch for a failing gateway per channel.
    SimulatedGatewayFaults* gatewayFaults() { return m_gatewayFaults.get(); }
    HttpListener* listener() { return m_listener.get(); }
    // The periodic check of the gateways; null when this session does not dispatch.
    GatewayHealthProbe* healthProbe() { return m_probe.get(); }
    // Null without a listener.
    CallbackSecrets* callbackSecrets() { return m_callbackSecrets.get(); }
    // Callbacks refused since the session started (no or a wrong secret, a bad signature).
    qint64 refusedCallbacks() const { return m_refused.load(); }

private:
    void createSenders();
    void startListener();
    void recordRefusal(const QString& prefix, int reason);
    Result<qint64> receiveAppTip(qint64 actionId, const Tip& tip, bool* tryLater);

    SessionConfig m_config;
    Database& m_db;
    Settings& m_settings;
    const Clock& m_clock;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<SettingsService> m_settingsService;
    std::unique_ptr<ReauthGate> m_reauth;
    std::unique_ptr<SenderRegistry> m_registry;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SenderService> m_senderService;
    std::unique_ptr<SelectionService> m_selection;
    std::unique_ptr<TemplateService> m_templates;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<ActionNotifier> m_notifier;
    ChannelCatalog m_catalog;
    std::unique_ptr<DispatchProgress> m_progress;
    std::unique_ptr<OutboxDecisions> m_decisions;
    std::unique_ptr<TipService> m_tips;
    std::unique_ptr<AreaAssistant> m_areaAssistant;
    // Before the dispatcher, whose senders read it.
    std::unique_ptr<SimulatedGatewayFaults> m_gatewayFaults;
    // Before the dispatcher, whose workers record through it.
    std::unique_ptr<DispatchRecords> m_dispatchRecords;
    // Outlives the dispatcher, whose status() reads it.
    std::unique_ptr<GatewayHealthProbe> m_probe;
    std::unique_ptr<Dispatcher> m_dispatcher;
    // After the dispatcher: it routes callbacks to the senders the dispatcher owns, so it goes
    // first when the session ends.
    std::unique_ptr<HttpListener> m_listener;
    std::unique_ptr<CallbackSecrets> m_callbackSecrets;
    std::atomic<qint64> m_refused{0};
    std::mutex m_refusalMutex;
    QHash<QString, std::pair<qint64, qint64>>
        m_refusalLog; // route+reason -> last record ms, unrecorded
    std::unique_ptr<ActionWorkflow> m_workflow;
    std::unique_ptr<AlarmService> m_alarms;
    std::unique_ptr<DeliveryFailures> m_failures;
    std::unique_ptr<RegisterPresence> m_presence;
};

} // namespace burgernet
