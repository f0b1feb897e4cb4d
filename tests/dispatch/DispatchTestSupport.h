#pragma once

#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/dispatch/ChannelSender.h"
#include "app/dispatch/ChannelWorker.h"
#include "app/services/ActionNotifier.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AuditService.h"
#include "app/services/DispatchProgress.h"
#include "app/services/OutboxDecisions.h"
#include "app/services/SelectionService.h"
#include "app/services/TemplateService.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/TempDatabase.h"

#include <QTemporaryDir>

#include <functional>
#include <mutex>
#include <vector>

namespace burgernet::test {

// A channel sender that answers from a script: by default every message is accepted. Records
// what it was given. Reaches nobody, so training may use it too.
class ScriptedSender final : public ChannelSender
{
public:
    using Script = std::function<SendResult(const OutgoingMessage&, int call)>;

    explicit ScriptedSender(Channel channel, double rate = 0, int burst = 1);

    SenderDescriptor descriptor() const override { return m_descriptor; }
    SendResult send(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override { return {SenderHealth::Status::Ok, {}}; }

    void setScript(Script script);
    void setReachesPeople(bool reaches) { m_descriptor.reachesPeople = reaches; }
    std::vector<OutgoingMessage> sent() const;
    int calls() const;

    static SendResult ok();
    static SendResult retryable(std::optional<int> retryAfter = {});
    static SendResult final();

private:
    SenderDescriptor m_descriptor;
    mutable std::mutex m_mutex;
    Script m_script;
    std::vector<OutgoingMessage> m_sent;
    int m_calls = 0;
};

// A sender owned elsewhere, handed to a channel worker (which owns its sender).
class BorrowedSender final : public ChannelSender
{
public:
    explicit BorrowedSender(ChannelSender& sender)
        : m_sender(sender)
    {}
    SenderDescriptor descriptor() const override { return m_sender.descriptor(); }
    SendResult send(const OutgoingMessage& message) override { return m_sender.send(message); }
    SenderHealth checkHealth() override { return m_sender.checkHealth(); }

private:
    ChannelSender& m_sender;
};

// One channel worker per scripted channel on the fixture's connection, driven by hand.
class Workers
{
public:
    std::vector<std::unique_ptr<ChannelWorker>> workers;
    // One pass over every channel: the shortest wait, 0 to go on, -1 when nothing is queued.
    qint64 processOnce();
    void reportDelivery(const DeliveryReport& report);
    ChannelWorker* channel(const Channel& channel) const;
};

// The services of one user on the fixture's register, as a session has them.
struct UserServices
{
    std::unique_ptr<AuditService> audit;
    std::unique_ptr<TemplateService> templates;
    std::unique_ptr<ActionNotifier> notifier;
    std::unique_ptr<ActionWorkflow> workflow;
    std::unique_ptr<DispatchProgress> progress;
    std::unique_ptr<OutboxDecisions> decisions;
};

// The two phases as the window and burgernetctl run them, folded into one call each for tests
// that are about something else: prepare, confirm, submit.
class Actions
{
public:
    Actions(UserServices& services, Settings& settings);

    ActionWorkflow& workflow() { return *m_s.workflow; }
    Result<qint64> createDraft(const ActionContent& content, const GeoArea& area,
                               const QString& areaDescription);
    Result<Action> action(qint64 id) const { return m_s.workflow->action(id); }
    Result<QList<Tip>> tips(qint64 id) const { return m_s.workflow->tips(id); }
    Result<QList<ActionEvent>> events(qint64 id) const { return m_s.workflow->events(id); }
    Result<DispatchPlan> plan(qint64 id) { return m_s.workflow->prepare(PlanRequest::alert(id)); }
    Result<ActionState> submit(qint64 id, const QList<Channel>& deferred = {});
    Status approve(qint64 id);
    Status reject(qint64 id, const QString& reason);
    Status sendUpdate(qint64 id, const QString& text, const std::optional<GeoArea>& grown = {});
    Status close(qint64 id, Outcome outcome, const QString& text = {});
    Status cancel(qint64 id, const QString& text = {});
    Result<qint64> retryFailed(qint64 id) { return m_s.decisions->retryFailed(id); }
    Result<qint64> decideUncertain(qint64 id, bool resend)
    {
        return m_s.decisions->decideUncertain(id, resend);
    }
    Result<qint64> decideStale(qint64 id, bool send)
    {
        return m_s.decisions->decideStale(id, send);
    }
    Result<RecoveryReport> recoverAfterRestart();
    void refreshStates(const QList<qint64>& ids = {}) { m_s.progress->refreshStates(ids); }
    Result<ActionProgress> progress(qint64 id)
    {
        m_s.progress->forget(id);
        return m_s.progress->progress(id);
    }
    Result<qint64> logTip(qint64 id, Tip tip) { return m_s.workflow->logTip(id, std::move(tip)); }
    Status setTemplate(const QString& language, const QString& name, const QString& body)
    {
        return m_s.templates->setTemplate(language, name, body);
    }
    ComposedMessage preview(const ActionContent& content, const GeoArea& area,
                            const QString& areaDescription) const
    {
        return m_s.workflow->preview(content, area, areaDescription);
    }

private:
    Result<ActionState> run(const PlanRequest& request, const QList<Channel>& deferred = {});

    UserServices& m_s;
    Settings& m_settings;
};

// A register with participants around Utrecht Centraal, an audit log, settings and the
// services, on a fake clock.
class DispatchFixture
{
public:
    explicit DispatchFixture(DatabaseKind kind = DatabaseKind::Sqlite, int participants = 20,
                             const QString& user = QStringLiteral("centralist.west"),
                             Role role = Role::Dispatcher, Mode mode = Mode::Live);
    ~DispatchFixture();

    static QGeoCoordinate centre() { return {52.0894, 5.1100}; }
    static GeoArea area(double metres = 1500) { return GeoArea::circle(centre(), metres); }
    static ActionContent urgentContent();

    FakeClock& clock() { return m_audit.clock(); }
    Database& db() { return **m_db; }
    Actions& actions() { return *m_actions; }
    UserServices& services() { return *m_services; }
    AuditService& auditService() { return *m_services->audit; }
    Settings& settings() { return *m_settings; }
    SelectionService& selection() { return m_selection; }
    const DatabaseSpec& spec() const { return m_temp->spec(); }

    // Another user at another workstation on the same register and audit log.
    std::unique_ptr<Actions> servicesFor(const QString& user, Role role);

    // Workers on this connection with the scripted senders for sms, voice, email and app.
    ScriptedSender& sms() { return *m_sms; }
    ScriptedSender& voice() { return *m_voice; }
    ScriptedSender& email() { return *m_email; }
    ScriptedSender& app() { return *m_app; }
    QList<ScriptedSender*> senders() const;
    std::unique_ptr<Workers> worker(DispatchConfig config = {});
    // Runs the workers until nothing is due, advancing the fake clock to each due time.
    void drain(Workers& workers, qint64 maxClockMs = 3'600'000);

    std::vector<AuditRecord> records(const QString& action);
    StateCounts states(qint64 actionId, const Channel& channel);
    qint64 addParticipant(int i, double lat, double lon);
    // Many at once, in one transaction: participant i at position(i).
    void addParticipants(int count, const std::function<std::pair<double, double>(int)>& position);

private:
    std::unique_ptr<UserServices> makeServices(const Session& session);

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Database> m_dbHolder;
    std::unique_ptr<Database>* m_db = &m_dbHolder;
    AuditFixture m_audit;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    SelectionService m_selection;
    std::unique_ptr<UserServices> m_services;
    std::unique_ptr<Actions> m_actions;
    std::vector<std::unique_ptr<UserServices>> m_others;
    std::unique_ptr<ScriptedSender> m_sms, m_voice, m_email, m_app;
};

} // namespace burgernet::test
