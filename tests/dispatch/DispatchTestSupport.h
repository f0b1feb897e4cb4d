#pragma once

#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/dispatch/ChannelSender.h"
#include "app/dispatch/DispatchWorker.h"
#include "app/dispatch/SenderProvider.h"
#include "app/services/ActionService.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"
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

    explicit ScriptedSender(QString channel, SenderKind kind = SenderKind::Addressed,
                            double rate = 0, int burst = 1);

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

// A register with participants around Utrecht Centraal, an audit log, settings and the
// services, on a fake clock.
class DispatchFixture
{
public:
    explicit DispatchFixture(DatabaseKind kind = DatabaseKind::Sqlite, int participants = 20,
                             const QString& user = QStringLiteral("centralist.west"),
                             const QString& role = QStringLiteral("dispatcher"),
                             Mode mode = Mode::Live);

    static QGeoCoordinate centre() { return {52.0894, 5.1100}; }
    static GeoArea area(double metres = 1500) { return GeoArea::circle(centre(), metres); }
    static ActionContent urgentContent();

    FakeClock& clock() { return m_audit.clock(); }
    Database& db() { return **m_db; }
    ActionService& actions() { return *m_actions; }
    AuditService& auditService() { return *m_auditService; }
    Settings& settings() { return *m_settings; }
    SelectionService& selection() { return m_selection; }
    const DatabaseSpec& spec() const { return m_temp->spec(); }

    // Another user at another workstation on the same register and audit log.
    std::unique_ptr<ActionService> servicesFor(const QString& user, const QString& role,
                                               std::unique_ptr<AuditService>& keep);

    // A worker on this connection with scripted senders for sms, voice, email and app.
    SenderList& senders() { return m_senders; }
    ScriptedSender& sms() { return *m_sms; }
    ScriptedSender& voice() { return *m_voice; }
    ScriptedSender& email() { return *m_email; }
    ScriptedSender& app() { return *m_app; }
    std::unique_ptr<DispatchWorker> worker(DispatchConfig config = {});
    // Runs the worker until nothing is due, advancing the fake clock to each due time.
    void drain(DispatchWorker& worker, qint64 maxClockMs = 3'600'000);

    std::vector<AuditRecord> records(const QString& action);
    QMap<QString, qint64> states(qint64 actionId, const QString& channel);
    qint64 addParticipant(int i, double lat, double lon);
    // Many at once, in one transaction: participant i at position(i).
    void addParticipants(int count, const std::function<std::pair<double, double>(int)>& position);

private:
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Database> m_dbHolder;
    std::unique_ptr<Database>* m_db = &m_dbHolder;
    AuditFixture m_audit;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    SelectionService m_selection;
    std::unique_ptr<AuditService> m_auditService;
    std::unique_ptr<ActionService> m_actions;
    SenderList m_senders;
    std::unique_ptr<ScriptedSender> m_sms, m_voice, m_email, m_app;
};

} // namespace burgernet::test
