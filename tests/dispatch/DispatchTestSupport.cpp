#include "tests/dispatch/DispatchTestSupport.h"

#include "app/audit/AuditQuery.h"
#include "app/storage/ParticipantWriter.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace burgernet::test {

ScriptedSender::ScriptedSender(QString channel, SenderKind kind, double rate, int burst)
{
    m_descriptor.id = QStringLiteral("scripted-") + channel;
    m_descriptor.name = m_descriptor.id;
    m_descriptor.channel = std::move(channel);
    m_descriptor.kind = kind;
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

DispatchFixture::DispatchFixture(DatabaseKind kind, int participants, const QString& user,
                                 const QString& role, Mode mode)
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
    m_auditService = std::make_unique<AuditService>(
        m_audit.log(), Session{user, role, QStringLiteral("mk-west-07"), mode});
    m_actions =
        std::make_unique<ActionService>(db(), *m_auditService, *m_settings, clock(), m_selection);
    m_sms = std::make_unique<ScriptedSender>(QStringLiteral("sms"));
    m_voice = std::make_unique<ScriptedSender>(QStringLiteral("voice"));
    m_email = std::make_unique<ScriptedSender>(QStringLiteral("email"));
    m_app = std::make_unique<ScriptedSender>(QStringLiteral("app"), SenderKind::AreaBroadcast);
    for (ScriptedSender* s : {m_sms.get(), m_voice.get(), m_email.get(), m_app.get()})
        m_senders.addBorrowed(s);
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
    p.channelPrefs =
        i % 4 == 3 ? Participant::WantsEmail
                   : Participant::WantsSms | Participant::WantsVoice | Participant::WantsEmail;
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
    c.channels = {QStringLiteral("sms"), QStringLiteral("voice"), QStringLiteral("email"),
                  QStringLiteral("app")};
    return c;
}

std::unique_ptr<ActionService> DispatchFixture::servicesFor(const QString& user,
                                                            const QString& role,
                                                            std::unique_ptr<AuditService>& keep)
{
    keep = std::make_unique<AuditService>(
        m_audit.log(),
        Session{user, role, QStringLiteral("mk-west-08"), m_auditService->session().mode});
    return std::make_unique<ActionService>(db(), *keep, *m_settings, clock(), m_selection);
}

std::unique_ptr<DispatchWorker> DispatchFixture::worker(DispatchConfig config)
{
    if (!config.seed)
        config.seed = 7;
    auto w = std::make_unique<DispatchWorker>(m_senders, clock(), config);
    w->attach(db());
    return w;
}

void DispatchFixture::drain(DispatchWorker& worker, qint64 maxClockMs)
{
    qint64 advanced = 0;
    for (int i = 0; i < 100'000; ++i) {
        const qint64 wait = worker.processOnce();
        if (wait < 0)
            return;
        if (wait > 0) {
            if (advanced + wait > maxClockMs)
                return;
            clock().advance(wait);
            advanced += wait;
        }
    }
    FAIL("the worker did not finish");
}

std::vector<AuditRecord> DispatchFixture::records(const QString& action)
{
    // Read as the checker would: the session's role may not review the audit log.
    auto query = AuditQuery::open(m_audit.path());
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = action;
    auto page = (*query)->page(filter, 0, 1000);
    REQUIRE(page.ok());
    return *page;
}

QMap<QString, qint64> DispatchFixture::states(qint64 actionId, const QString& channel)
{
    QMap<QString, qint64> result;
    QSqlQuery q(db().connection());
    q.prepare(QStringLiteral(
        "SELECT state, COUNT(*) FROM outbox WHERE action_id = ? AND channel = ? GROUP BY state"));
    q.addBindValue(actionId);
    q.addBindValue(channel);
    REQUIRE(q.exec());
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

} // namespace burgernet::test
