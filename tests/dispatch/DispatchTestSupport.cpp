#include "tests/dispatch/DispatchTestSupport.h"

#include "app/audit/AuditQuery.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/Outbox.h"
#include "app/storage/ParticipantWriter.h"
#include "tests/support/AuditRecords.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace burgernet::test {

ScriptedSender::ScriptedSender(Channel channel, double rate, int burst)
{
    m_descriptor.id = QStringLiteral("scripted-") + channel.id();
    m_descriptor.name = m_descriptor.id;
    m_descriptor.channel = std::move(channel);
    m_descriptor.capabilities.defaultRatePerSecond = rate;
    m_descriptor.capabilities.defaultBurst = burst;
    m_descriptor.reachesPeople = false;
}

SendResult ScriptedSender::send(const OutgoingMessage& message)
{
    std::lock_guard lock(m_mutex);
    const int call = m_calls++;
    m_sent.push_back(message);
    return m_script ? m_script(message, call) : ok();
}

void ScriptedSender::setScript(Script script)
{
    std::lock_guard lock(m_mutex);
    m_script = std::move(script);
}

std::vector<OutgoingMessage> ScriptedSender::sent() const
{
    std::lock_guard lock(m_mutex);
    return m_sent;
}

int ScriptedSender::calls() const
{
    std::lock_guard lock(m_mutex);
    return m_calls;
}

SendResult ScriptedSender::ok()
{
    static std::atomic<int> n{0};
    return {SendOutcome::Sent, QStringLiteral("gw-%1").arg(++n), {}, {}, -1};
}

SendResult ScriptedSender::retryable(std::optional<int> retryAfter)
{
    return {SendOutcome::Retryable, {}, QStringLiteral("gateway busy"), retryAfter, -1};
}

SendResult ScriptedSender::final()
{
    return {SendOutcome::Final, {}, QStringLiteral("number does not exist"), {}, -1};
}

qint64 Workers::processOnce()
{
    qint64 wait = -1;
    for (const auto& w : workers) {
        const qint64 w1 = w->processOnce();
        if (w1 >= 0)
            wait = wait < 0 ? w1 : std::min(wait, w1);
    }
    return wait;
}

void Workers::reportDelivery(const DeliveryReport& report)
{
    // The fixture's reports name their row or provider id; every channel's worker tries it.
    for (const auto& w : workers)
        w->reportDelivery(report);
    QCoreApplication::processEvents();
}

ChannelWorker* Workers::channel(const Channel& channel) const
{
    for (const auto& w : workers)
        if (w->channel() == channel)
            return w.get();
    return nullptr;
}

Actions::Actions(UserServices& services, Settings& settings)
    : m_s(services)
    , m_settings(settings)
{}

Result<qint64> Actions::createDraft(const ActionContent& content, const GeoArea& area,
                                    const QString& areaDescription)
{
    m_s.workflow->setPolicy(DispatchPolicy::fromSettings(m_settings));
    return m_s.workflow->createDraft(content, area, areaDescription);
}

Result<ActionState> Actions::run(const PlanRequest& request, const QList<Channel>& deferred)
{
    m_s.workflow->setPolicy(DispatchPolicy::fromSettings(m_settings));
    auto plan = m_s.workflow->prepare(request);
    if (!plan)
        return plan.error();
    return m_s.workflow->submit(*plan, Confirmation::yes(deferred));
}

Result<ActionState> Actions::submit(qint64 id, const QList<Channel>& deferred)
{
    return run(PlanRequest::alert(id), deferred);
}

Status Actions::approve(qint64 id)
{
    auto state = run(PlanRequest::alert(id));
    return state ? Status() : Status(state.error());
}

Status Actions::reject(qint64 id, const QString& reason)
{
    return m_s.workflow->reject(id, reason);
}

Status Actions::sendUpdate(qint64 id, const QString& text, const std::optional<GeoArea>& grown)
{
    auto state = run(PlanRequest::update(id, text, grown));
    return state ? Status() : Status(state.error());
}

Status Actions::close(qint64 id, Outcome outcome, const QString& text)
{
    auto state = run(PlanRequest::closing(id, outcome, text));
    return state ? Status() : Status(state.error());
}

Status Actions::cancel(qint64 id, const QString& text)
{
    auto state = run(PlanRequest::cancel(id, text));
    return state ? Status() : Status(state.error());
}

Result<RecoveryReport> Actions::recoverAfterRestart()
{
    auto report =
        m_s.decisions->recoverAfterRestart(m_settings.value(keys::DispatchStaleAfterMinutes));
    m_s.progress->refreshStates();
    return report;
}

DispatchFixture::DispatchFixture(DatabaseKind kind, int participants, const QString& user,
                                 Role role, Mode mode)
    : m_temp(TempDatabase::create(kind))
    , m_settings(Settings::atFile(m_dir.filePath(QStringLiteral("settings.ini"))))
{
    auto opened = Database::open(m_temp->spec());
    REQUIRE(opened.ok());
    m_dbHolder = std::move(opened).value();
    for (int i = 0; i < participants; ++i) {
        // Inside the default area (1.5 km): about 100 m apart going east; the last two far away.
        const bool far = i >= participants - 2;
        addParticipant(i, centre().latitude() + (far ? 0.2 : 0.0),
                       centre().longitude() + (far ? 0.0 : 0.0012 * i));
    }
    REQUIRE(m_selection.reload(db()).ok());
    m_services = makeServices(Session{user, role, QStringLiteral("mk-west-07"), mode});
    m_actions = std::make_unique<Actions>(*m_services, *m_settings);
    m_sms = std::make_unique<ScriptedSender>(BuiltinChannel::Sms);
    m_voice = std::make_unique<ScriptedSender>(BuiltinChannel::Voice);
    m_email = std::make_unique<ScriptedSender>(BuiltinChannel::Email);
    m_app = std::make_unique<ScriptedSender>(BuiltinChannel::App);
}

DispatchFixture::~DispatchFixture() = default;

std::unique_ptr<UserServices> DispatchFixture::makeServices(const Session& session)
{
    auto s = std::make_unique<UserServices>();
    s->audit = std::make_unique<AuditService>(m_audit.log(), session);
    s->templates = std::make_unique<TemplateService>(db(), *s->audit, clock());
    s->notifier = std::make_unique<ActionNotifier>();
    s->workflow =
        std::make_unique<ActionWorkflow>(db(), *s->audit, clock(), m_selection, *s->templates,
                                         *s->notifier, DispatchPolicy::fromSettings(*m_settings));
    s->progress = std::make_unique<DispatchProgress>(db(), *s->audit, clock(), *s->notifier);
    s->decisions = std::make_unique<OutboxDecisions>(db(), *s->audit, clock(), *s->notifier);
    return s;
}

QList<ScriptedSender*> DispatchFixture::senders() const
{
    return {m_sms.get(), m_voice.get(), m_email.get(), m_app.get()};
}

namespace {
Participant testParticipant(int i, double lat, double lon)
{
    Participant p;
    p.pseudonym = QStringLiteral("P-T%1").arg(i, 4, 10, QLatin1Char('0'));
    p.externalId = QStringLiteral("EXT-%1").arg(i);
    p.name = QStringLiteral("Deelnemer %1").arg(i);
    p.language = i % 5 == 4 ? QStringLiteral("en") : QStringLiteral("nl");
    p.mobile = QStringLiteral("+316%1").arg(10000000 + i);
    if (i % 3 == 0)
        p.phone = QStringLiteral("+3130%1").arg(2000000 + i);
    p.email = QStringLiteral("deelnemer%1@example.nl").arg(i);
    // Every fourth only wants e-mail.
    p.channelPrefs = i % 4 == 3
                         ? channelBit(BuiltinChannel::Email)
                         : channelBit(BuiltinChannel::Sms) | channelBit(BuiltinChannel::Voice) |
                               channelBit(BuiltinChannel::Email);
    p.registeredAt = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    ParticipantLocation home;
    home.street = QStringLiteral("Stationsplein");
    home.houseNumber = QString::number(i + 1);
    home.postcode = QStringLiteral("3511 ED");
    home.place = QStringLiteral("Utrecht");
    home.municipality = QStringLiteral("Utrecht");
    home.lat = lat;
    home.lon = lon;
    p.locations << home;
    // Some also work nearby: still one message per channel.
    if (i % 2 == 0) {
        ParticipantLocation work = home;
        work.kind = ParticipantLocation::Kind::Work;
        work.lat += 0.0005;
        p.locations << work;
    }
    return p;
}
} // namespace

qint64 DispatchFixture::addParticipant(int i, double lat, double lon)
{
    auto writer = ParticipantWriter::begin(db());
    REQUIRE(writer.ok());
    auto id = (*writer)->write(testParticipant(i, lat, lon));
    REQUIRE(id.ok());
    REQUIRE((*writer)->commit().ok());
    return *id;
}

void DispatchFixture::addParticipants(int count,
                                      const std::function<std::pair<double, double>(int)>& position)
{
    auto writer = ParticipantWriter::begin(db(), count);
    REQUIRE(writer.ok());
    for (int i = 0; i < count; ++i) {
        const auto [lat, lon] = position(i);
        REQUIRE((*writer)->write(testParticipant(i, lat, lon)).ok());
    }
    REQUIRE((*writer)->commit().ok());
}

ActionContent DispatchFixture::urgentContent()
{
    ActionContent c;
    c.kind = ActionKind::Urgent;
    c.incident = IncidentType::StreetRobbery;
    c.location = centre();
    c.locationText = QStringLiteral("Utrecht Centraal");
    c.person.sex = QStringLiteral("male");
    c.person.age = QStringLiteral("25");
    c.person.clothing = QStringLiteral("een zwarte jas en een rode pet");
    c.person.direction = QStringLiteral("de Croeselaan");
    c.channels = {BuiltinChannel::Sms, BuiltinChannel::Voice, BuiltinChannel::Email,
                  BuiltinChannel::App};
    return c;
}

std::unique_ptr<Actions> DispatchFixture::servicesFor(const QString& user, Role role)
{
    m_others.push_back(makeServices(
        Session{user, role, QStringLiteral("mk-west-08"), m_services->audit->session().mode}));
    return std::make_unique<Actions>(*m_others.back(), *m_settings);
}

std::unique_ptr<Workers> DispatchFixture::worker(DispatchConfig config)
{
    if (!config.seed)
        config.seed = 7;
    auto workers = std::make_unique<Workers>();
    for (ScriptedSender* s : senders()) {
        auto w = std::make_unique<ChannelWorker>(
            s->descriptor().channel, std::make_unique<BorrowedSender>(*s), clock(), config);
        w->attach(db());
        workers->workers.push_back(std::move(w));
    }
    return workers;
}

void DispatchFixture::drain(Workers& workers, qint64 maxClockMs)
{
    QCoreApplication::processEvents(); // reports posted to the workers
    qint64 advanced = 0;
    for (int i = 0; i < 100'000; ++i) {
        const qint64 wait = workers.processOnce();
        if (wait < 0)
            return;
        if (wait > 0) {
            if (advanced + wait > maxClockMs)
                return;
            clock().advance(wait);
            advanced += wait;
        }
    }
    FAIL("the workers did not finish");
}

std::vector<AuditRecord> DispatchFixture::records(const QString& action)
{
    // Read as the checker would: the session's role may not review the audit log.
    return test::auditRecords(m_audit.path(), action);
}

StateCounts DispatchFixture::states(qint64 actionId, const Channel& channel)
{
    auto counts = Outbox(db()).counts(actionId, channel);
    REQUIRE(counts.ok());
    return *counts;
}

} // namespace burgernet::test
