// The live dispatch path end to end, as the window and burgernetctl compose it: SessionServices
// with the real sender registry, senders configured by an administrator through
// SenderService, the session's own Dispatcher with a worker thread per channel, SMS through a
// real Kannel, e-mail through a real SMTP server, and a voice gateway that takes every call
// request and never answers.
#include "app/channels/common/HttpListener.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/Outbox.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/SenderService.h"
#include "app/session/SessionServices.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/PeerProcess.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/Wait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>
#include <map>
#include <mutex>
#include <set>

using namespace burgernet;
using test::DispatchFixture;
using test::PeerProcess;

namespace {

constexpr int kParticipants = 300;
constexpr int kVoiceTimeoutMs = 1000;
// DispatchConfig's breaker threshold; not a setting.
const int kBreakerThreshold = DispatchConfig{}.breakerThreshold;

// A voice gateway that accepts the connection, reads the request and never answers, on a
// thread of its own. Remembers the "reference" (the outbox row id) of every call request.
class HangingGateway
{
public:
    HangingGateway()
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                auto* server = new QTcpServer(m_context);
                QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                    while (QTcpSocket* socket = server->nextPendingConnection()) {
                        // The socket stays open until the gateway goes: the request hangs.
                        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                         [this, socket] { read(socket); });
                        std::lock_guard lock(m_mutex);
                        ++m_connections;
                    }
                });
                if (server->listen(QHostAddress::LocalHost, 0))
                    m_port = server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~HangingGateway()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port); }
    quint16 port() const { return m_port; }
    QStringList references() const
    {
        std::lock_guard lock(m_mutex);
        return m_references;
    }
    int connections() const
    {
        std::lock_guard lock(m_mutex);
        return m_connections;
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        static const QRegularExpression reference(QStringLiteral(R"re("reference":"([^"]+)")re"));
        const auto match = reference.match(QString::fromUtf8(buffer));
        if (!match.hasMatch())
            return;
        std::lock_guard lock(m_mutex);
        m_references << match.captured(1);
        buffer.clear();
    }

    QThread m_thread;
    QObject* m_context = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket*, QByteArray> m_buffers; // the gateway's thread only
    mutable std::mutex m_mutex;
    QStringList m_references;
    int m_connections = 0;
};

// The messages that reached Kannel's fake SMSC: one per SMS, however many parts it has.
class SmscInbox
{
public:
    explicit SmscInbox(PeerProcess& kannel)
        : m_kannel(kannel)
    {}
    void poll()
    {
        while (auto event = m_kannel.next(0)) {
            // Concatenated parts carry a header 05 00 03 <ref> <total> <part>: count the first.
            const QString udh = event->value(QStringLiteral("udh")).toString();
            if (udh.size() >= 12 && udh.mid(10, 2).toInt(nullptr, 16) != 1)
                continue;
            m_to << event->value(QStringLiteral("to")).toString();
        }
    }
    // Every message since the last take.
    QStringList take()
    {
        poll();
        return std::exchange(m_to, {});
    }
    qsizetype count()
    {
        poll();
        return m_to.size();
    }

private:
    PeerProcess& m_kannel;
    QStringList m_to;
};

// The messages the SMTP server accepted: recipient and the outbox id from the Message-ID.
struct Mail
{
    QString to;
    qint64 outboxId = 0;
    QString text;
};

class MailInbox
{
public:
    explicit MailInbox(PeerProcess& smtp)
        : m_smtp(smtp)
    {}
    void poll()
    {
        while (auto event = m_smtp.next(0)) {
            Mail mail;
            const QJsonArray to = event->value(QStringLiteral("rcpt_to")).toArray();
            mail.to = to.isEmpty() ? QString() : to.first().toString();
            const QString id = event->value(QStringLiteral("headers"))
                                   .toObject()
                                   .value(QStringLiteral("Message-ID"))
                                   .toString();
            mail.outboxId = id.mid(1, id.indexOf(QLatin1Char('@')) - 1).toLongLong();
            mail.text = event->value(QStringLiteral("text")).toString();
            m_mails.push_back(mail);
        }
    }
    std::vector<Mail> take()
    {
        poll();
        return std::exchange(m_mails, {});
    }
    qsizetype count()
    {
        poll();
        return qsizetype(m_mails.size());
    }

private:
    PeerProcess& m_smtp;
    std::vector<Mail> m_mails;
};

struct Row
{
    qint64 id = 0;
    qint64 participant = 0;
    MessageType type = MessageType::Alert;
    Channel channel;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
};

std::vector<Row> outboxRows(Database& db, qint64 actionId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, participant_id, message_type, channel, state, attempts "
                             "FROM outbox WHERE action_id = ? ORDER BY id"));
    q.addBindValue(actionId);
    // Called in polling loops: one assertion per call, not per row.
    bool ok = q.exec();
    std::vector<Row> rows;
    while (ok && q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.participant = q.value(1).toLongLong();
        const auto channel = Channel::fromId(q.value(3).toString());
        ok = enumFromId(q.value(2).toString(), &r.type) && channel &&
             enumFromId(q.value(4).toString(), &r.state);
        r.channel = channel.value_or(Channel());
        r.attempts = q.value(5).toInt();
        rows.push_back(r);
    }
    REQUIRE(ok);
    return rows;
}

std::vector<Row> select(const std::vector<Row>& rows, const Channel& channel, MessageType type,
                        std::optional<OutboxState> state = {})
{
    std::vector<Row> out;
    for (const Row& r : rows)
        if (r.channel == channel && r.type == type && (!state || r.state == *state))
            out.push_back(r);
    return out;
}

qint64 count(const std::vector<Row>& rows, const Channel& channel, MessageType type,
             std::optional<OutboxState> state = {})
{
    return qint64(select(rows, channel, type, state).size());
}

// Rows of `type` on `channel` that the gateway has not answered yet.
qint64 unanswered(Database& db, qint64 actionId, const Channel& channel, MessageType type)
{
    const auto rows = outboxRows(db, actionId);
    return count(rows, channel, type, OutboxState::Queued) +
           count(rows, channel, type, OutboxState::Sending);
}

qint64 rowsOn(const DispatchPlan& plan, const Channel& channel)
{
    for (const PlannedChannel& c : plan.channels)
        if (c.channel == channel)
            return c.rows;
    return 0;
}

std::multiset<QString> sorted(const QStringList& list)
{
    return {list.begin(), list.end()};
}

// What each participant's messages go to.
struct Addresses
{
    std::map<qint64, QString> mobile;
    std::map<qint64, QString> email;

    explicit Addresses(Database& db)
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, mobile, email FROM participants")));
        while (q.next()) {
            mobile[q.value(0).toLongLong()] = q.value(1).toString();
            email[q.value(0).toLongLong()] = q.value(2).toString();
        }
    }
    std::multiset<QString> of(const std::vector<Row>& rows, bool sms) const
    {
        std::multiset<QString> out;
        for (const Row& r : rows)
            out.insert((sms ? mobile : email).at(r.participant));
        return out;
    }
};

ActionContent content(const QList<Channel>& channels)
{
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = channels;
    return c;
}

// One live workstation on the fixture's register: `participants` inside the fixture's area,
// approval and the password again out of the way (this is about the sending), the senders
// configured by an administrator as on the senders page (settings to senders.ini in the data
// folder, passwords and tokens to the secret store), and the dispatcher's session over it.
class Workstation
{
public:
    Workstation(DispatchFixture& f, int participants)
        : m_f(f)
    {
        // The secrets in the data folder's encrypted file, not in a keychain of this machine.
        qputenv("BURGERNET_SECRETS", "file");
        m_f.addParticipants(participants, [](int i) {
            return std::pair{DispatchFixture::centre().latitude() + ((i % 20) - 10) * 0.0008,
                             DispatchFixture::centre().longitude() + ((i / 20) - 7) * 0.0012};
        });
        test::setPolicy(m_f.db(), PolicyKey::ApprovalThreshold, 1'000'000);
        test::setPolicy(m_f.db(), PolicyKey::ReauthRecipients, 1'000'000);
        QDir().mkpath(m_data.filePath(QStringLiteral("no-plugins")));
    }

    void configure(const std::map<QString, QVariantMap>& senders)
    {
        SessionServices admin(config(Session{QStringLiteral("beheerder.west"), Role::Administrator,
                                             QStringLiteral("mk-west-01"), Mode::Live},
                                     false),
                              m_f.db(), m_f.auditService().log(), m_f.settings(),
                              test::systemClock());
        REQUIRE(admin.start().ok());
        for (const auto& [id, values] : senders) {
            INFO(id.toStdString());
            REQUIRE(admin.senders().saveSettings(id, values).ok());
        }
        REQUIRE(QFile::exists(m_data.filePath(QStringLiteral("senders.ini"))));
    }

    std::unique_ptr<SessionServices> open()
    {
        auto session = std::make_unique<SessionServices>(config(m_f.auditService().session(), true),
                                                         m_f.db(), m_f.auditService().log(),
                                                         m_f.settings(), test::systemClock());
        REQUIRE(session->start().ok());
        REQUIRE(session->dispatcher());
        REQUIRE(session->listener());
        REQUIRE(session->listener()->port() != 0);
        return session;
    }

private:
    SessionConfig config(Session session, bool dispatch)
    {
        SessionConfig c;
        c.session = std::move(session);
        c.dataDir = m_data.path();
        c.dispatch = dispatch;
        c.listen = dispatch;
        c.loadIndex = dispatch;
        c.pluginFolder = m_data.filePath(QStringLiteral("no-plugins"));
        return c;
    }

    DispatchFixture& m_f;
    QTemporaryDir m_data;
};

// A live alert by voice alone to the workstation's participants, through `gateway` with the
// given timeout per call: the session that sends it, the action and its calls.
struct VoiceSend
{
    std::unique_ptr<SessionServices> session;
    qint64 id = 0;
    qint64 voiceRows = 0;
};

VoiceSend sendVoiceThrough(Workstation& live, const HangingGateway& gateway, int timeoutMs)
{
    live.configure({{QStringLiteral("voice-gateway"),
                     {{QStringLiteral("url"), gateway.url()},
                      {QStringLiteral("token"), QStringLiteral("spraak-token")},
                      {QStringLiteral("timeoutMs"), timeoutMs}}}});
    VoiceSend sent;
    sent.session = live.open();
    ActionWorkflow& workflow = sent.session->workflow();
    auto id = workflow.createDraft(content({Channel::voice()}), DispatchFixture::area(),
                                   QStringLiteral("Utrecht"));
    REQUIRE(id.ok());
    auto plan = workflow.prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    REQUIRE(workflow.submit(*plan, Confirmation::yes()).ok());
    sent.id = *id;
    sent.voiceRows = rowsOn(*plan, Channel::voice());
    REQUIRE(sent.voiceRows > kBreakerThreshold);
    return sent;
}

} // namespace

TEST_CASE("Live dispatch end to end: SMS through Kannel and e-mail through SMTP on time beside a "
          "hanging voice gateway, then an update and the closing message to those reached",
          "[e2e][dispatch][senders]")
{
    PeerProcess kannel(test::supportScript(QStringLiteral("kannel_peer.py")));
    REQUIRE(kannel.started());
    PeerProcess smtp(test::supportScript(QStringLiteral("smtp_peer.py")));
    REQUIRE(smtp.started());
    HangingGateway gateway;
    REQUIRE(gateway.port() != 0);
    SmscInbox smsc(kannel);
    MailInbox mailbox(smtp);

    // The register: a few hundred participants inside a 1.5 km circle around Utrecht Centraal.
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    Workstation live(f, kParticipants);
    live.configure(
        {{QStringLiteral("sms-kannel"),
          {{QStringLiteral("url"), kannel.ready().value(QStringLiteral("sendsms")).toString()},
           {QStringLiteral("username"), QStringLiteral("burgernet")},
           {QStringLiteral("password"), QStringLiteral("geheim")},
           {QStringLiteral("ratePerSecond"), 1000}}},
         {QStringLiteral("email-smtp"),
          {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
           {QStringLiteral("port"), smtp.ready().value(QStringLiteral("port")).toInt()},
           {QStringLiteral("security"), QStringLiteral("none")},
           {QStringLiteral("from"), QStringLiteral("alert@burgernet.nl")},
           {QStringLiteral("ratePerSecond"), 1000}}},
         {QStringLiteral("voice-gateway"),
          {{QStringLiteral("url"), gateway.url()},
           {QStringLiteral("token"), QStringLiteral("spraak-token")},
           {QStringLiteral("timeoutMs"), kVoiceTimeoutMs}}}});

    // The dispatcher's session: the senders as configured, a worker per channel.
    auto opened = live.open();
    SessionServices& session = *opened;
    Dispatcher* dispatcher = session.dispatcher();
    const QList<Channel> running = dispatcher->channels();
    REQUIRE(running.contains(Channel::sms()));
    REQUIRE(running.contains(Channel::email()));
    REQUIRE(running.contains(Channel::voice()));
    // The workers pace SMS and e-mail by the rate the administrator set.
    CHECK(dispatcher->sender(Channel::sms())->descriptor().capabilities.defaultRatePerSecond ==
          1000);
    CHECK(dispatcher->sender(Channel::email())->descriptor().capabilities.defaultRatePerSecond ==
          1000);
    ActionWorkflow& workflow = session.workflow();
    const Addresses addresses(f.db());

    const auto alert = [&](const QList<Channel>& channels) {
        auto id = workflow.createDraft(content(channels), DispatchFixture::area(),
                                       QStringLiteral("Utrecht, rond het Centraal Station"));
        REQUIRE(id.ok());
        auto plan = workflow.prepare(PlanRequest::alert(*id));
        REQUIRE(plan.ok());
        CHECK(plan->refusal.isEmpty());
        CHECK(plan->notReady().isEmpty());
        CHECK_FALSE(plan->needsApproval);
        CHECK_FALSE(plan->needsReauth);
        CHECK(plan->participants == kParticipants);
        CHECK(rowsOn(*plan, Channel::sms()) == kParticipants * 3 / 4);
        CHECK(rowsOn(*plan, Channel::email()) == kParticipants);
        auto state = workflow.submit(*plan, Confirmation::yes());
        REQUIRE(state.ok());
        CHECK(*state == ActionState::Sending);
        return *id;
    };
    // Milliseconds from the submit until no SMS or e-mail of the alert waits for its gateway.
    const auto smsAndEmailMs = [&](qint64 id) {
        QElapsedTimer took;
        took.start();
        qint64 smsMs = -1;
        qint64 emailMs = -1;
        REQUIRE(test::waitUntil(
            [&] {
                if (smsMs < 0 && unanswered(f.db(), id, Channel::sms(), MessageType::Alert) == 0)
                    smsMs = took.elapsed();
                if (emailMs < 0 &&
                    unanswered(f.db(), id, Channel::email(), MessageType::Alert) == 0)
                    emailMs = took.elapsed();
                return smsMs >= 0 && emailMs >= 0;
            },
            30'000));
        qInfo().noquote() << QStringLiteral("action %1: SMS done after %2 ms, e-mail after %3 ms")
                                 .arg(id)
                                 .arg(smsMs)
                                 .arg(emailMs);
        return took.elapsed();
    };
    // Every SMS row of `type` delivered (the reports came back), each at the SMSC exactly once,
    // each e-mail row at the SMTP server exactly once.
    const auto checkReached = [&](qint64 id, MessageType type) {
        REQUIRE(test::waitUntil(
            [&] {
                const auto rows = outboxRows(f.db(), id);
                return count(rows, Channel::sms(), type, OutboxState::Delivered) ==
                           count(rows, Channel::sms(), type) &&
                       count(rows, Channel::email(), type, OutboxState::Sent) ==
                           count(rows, Channel::email(), type) &&
                       smsc.count() >= count(rows, Channel::sms(), type) &&
                       mailbox.count() >= count(rows, Channel::email(), type);
            },
            30'000));
        QTest::qWait(300); // a second copy would be on its way by now
        const auto rows = outboxRows(f.db(), id);
        const auto smsRows = select(rows, Channel::sms(), type);
        const auto emailRows = select(rows, Channel::email(), type);
        CHECK(sorted(smsc.take()) == addresses.of(smsRows, true));
        const std::vector<Mail> mails = mailbox.take();
        std::multiset<qint64> mailed;
        std::multiset<QString> mailedTo;
        for (const Mail& m : mails) {
            mailed.insert(m.outboxId);
            mailedTo.insert(m.to);
        }
        std::multiset<qint64> emailIds;
        for (const Row& r : emailRows)
            emailIds.insert(r.id);
        CHECK(mailed == emailIds);
        CHECK(mailedTo == addresses.of(emailRows, false));
        return rows;
    };

    // 1. The baseline: SMS and e-mail alone.
    const qint64 baselineId = alert({Channel::sms(), Channel::email()});
    const qint64 baselineMs = smsAndEmailMs(baselineId);
    checkReached(baselineId, MessageType::Alert);

    // 2. The same with voice through a gateway that hangs.
    const qint64 id = alert({Channel::sms(), Channel::voice(), Channel::email()});
    const qint64 hangingMs = smsAndEmailMs(id);
    const double ratio = double(hangingMs) / double(std::max<qint64>(1, baselineMs));
    qInfo().noquote() << QStringLiteral("SMS + e-mail, %1 participants: %2 ms alone, %3 ms "
                                        "beside the hanging voice gateway (ratio %4)")
                             .arg(kParticipants)
                             .arg(baselineMs)
                             .arg(hangingMs)
                             .arg(ratio, 0, 'f', 2);
    CHECK(hangingMs <= baselineMs * 3 / 2 + 2000);
    const auto alertRows = checkReached(id, MessageType::Alert);

    // Voice: each call request timed out once, counted by the breaker, which opened.
    REQUIRE(test::waitUntil(
        [&] {
            return dispatcher->status(Channel::voice()).readiness ==
                       ChannelReadiness::BreakerOpen &&
                   count(outboxRows(f.db(), id), Channel::voice(), MessageType::Alert,
                         OutboxState::Sending) == 0;
        },
        (kBreakerThreshold + 5) * kVoiceTimeoutMs));
    CHECK(dispatcher->status(Channel::sms()).readiness == ChannelReadiness::Ready);
    CHECK(dispatcher->status(Channel::email()).readiness == ChannelReadiness::Ready);
    // `justOpened`: checked within the breaker's first cooldown (30 s), before its trial call.
    const auto checkVoice = [&](bool justOpened) {
        const auto rows = outboxRows(f.db(), id);
        const auto voiceRows = select(rows, Channel::voice(), MessageType::Alert);
        CHECK(voiceRows.size() == size_t(kParticipants * 3 / 4));
        const auto uncertain =
            select(rows, Channel::voice(), MessageType::Alert, OutboxState::Uncertain);
        if (justOpened)
            CHECK(uncertain.size() == size_t(kBreakerThreshold));
        else
            CHECK(uncertain.size() >= size_t(kBreakerThreshold));
        // Every request the gateway got is a row left uncertain, none asked twice: nothing was
        // sent again without a person deciding.
        const QStringList references = gateway.references();
        QStringList uncertainIds;
        for (const Row& r : uncertain) {
            uncertainIds << QString::number(r.id);
            CHECK(r.attempts == 1);
        }
        CHECK(sorted(references) == sorted(uncertainIds));
        CHECK(QSet<QString>(references.begin(), references.end()).size() == references.size());
        // The rest wait in the queue, never attempted, none given up on.
        for (const Row& r : voiceRows) {
            CHECK((r.state == OutboxState::Uncertain || r.state == OutboxState::Queued));
            if (r.state == OutboxState::Queued)
                CHECK(r.attempts == 0);
        }
        return rows;
    };
    checkVoice(true);

    // 3. An update through the same two phases. Voice cannot send: the plan says so, and the
    // dispatcher has to say its messages may wait.
    auto update = workflow.prepare(PlanRequest::update(
        id, QStringLiteral("De man is gezien bij het Jaarbeursplein, richting Croeselaan.")));
    REQUIRE(update.ok());
    CHECK(update->refusal.isEmpty());
    CHECK(update->notReady() == QList<Channel>{Channel::voice()});
    CHECK(rowsOn(*update, Channel::sms()) == kParticipants * 3 / 4);
    CHECK(rowsOn(*update, Channel::email()) == kParticipants);
    CHECK(rowsOn(*update, Channel::voice()) == kParticipants * 3 / 4);
    CHECK_FALSE(workflow.submit(*update, Confirmation::yes()).ok());
    auto updated = workflow.submit(*update, Confirmation::yes({Channel::voice()}));
    INFO(updated.errorMessage().toStdString());
    REQUIRE(updated.ok());
    checkReached(id, MessageType::Update);
    const auto afterUpdate = checkVoice(false);
    CHECK(count(afterUpdate, Channel::voice(), MessageType::Update, OutboxState::Queued) ==
          kParticipants * 3 / 4);

    // 4. The closing message: exactly to those the alert reached, on the channel it reached
    // them on. Voice reached nobody for sure, so it gets no closing message; its waiting rows
    // are stopped.
    auto closing = workflow.prepare(
        PlanRequest::closing(id, Outcome::Arrested, QStringLiteral("Dank voor het uitkijken.")));
    REQUIRE(closing.ok());
    CHECK(closing->refusal.isEmpty());
    CHECK(closing->notReady().isEmpty());
    CHECK(rowsOn(*closing, Channel::voice()) == 0);
    CHECK(closing->unsentRows ==
          count(afterUpdate, Channel::voice(), MessageType::Alert, OutboxState::Queued) +
              count(afterUpdate, Channel::voice(), MessageType::Update, OutboxState::Queued));
    auto closed = workflow.submit(*closing, Confirmation::yes());
    INFO(closed.errorMessage().toStdString());
    REQUIRE(closed.ok());
    CHECK(*closed == ActionState::Closed);
    const auto finalRows = checkReached(id, MessageType::Closing);
    std::set<std::pair<Channel, qint64>> reached;
    for (const Row& r : alertRows)
        if (isReached(r.state))
            reached.insert({r.channel, r.participant});
    std::set<std::pair<Channel, qint64>> closedTo;
    for (const Row& r : finalRows)
        if (r.type == MessageType::Closing)
            CHECK(closedTo.insert({r.channel, r.participant}).second);
    CHECK(closedTo == reached);
    CHECK(count(finalRows, Channel::voice(), MessageType::Closing) == 0);
    for (const Row& r : select(finalRows, Channel::voice(), MessageType::Alert))
        CHECK((r.state == OutboxState::Uncertain || r.state == OutboxState::Cancelled));
    CHECK(count(finalRows, Channel::voice(), MessageType::Update, OutboxState::Cancelled) ==
          kParticipants * 3 / 4);

    // Nothing arrives twice afterwards.
    QTest::qWait(500);
    CHECK(smsc.count() == 0);
    CHECK(mailbox.count() == 0);
    session.stop();
}

TEST_CASE("Stopping a live session while its voice gateway hangs waits for the one call with "
          "the gateway, not for the rest of the batch",
          "[e2e][dispatch][senders]")
{
    HangingGateway gateway;
    REQUIRE(gateway.port() != 0);
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    Workstation live(f, 40);
    auto [session, id, voiceRows] = sendVoiceThrough(live, gateway, 2000);

    // The first call hangs; the console closes meanwhile.
    REQUIRE(test::waitUntil([&] { return gateway.references().size() == 1; }, 10'000));
    QElapsedTimer took;
    took.start();
    session->stop();
    qInfo().noquote()
        << QStringLiteral("stopped after %1 ms beside a hanging call").arg(took.elapsed());
    // No call was begun after the stop was asked for: the call with the gateway is uncertain,
    // the rest of its batch back in the queue, untried, for the next start.
    CHECK(gateway.references().size() == 1);
    const auto rows = outboxRows(f.db(), id);
    CHECK(count(rows, Channel::voice(), MessageType::Alert, OutboxState::Uncertain) == 1);
    CHECK(count(rows, Channel::voice(), MessageType::Alert, OutboxState::Queued) == voiceRows - 1);
    for (const Row& r : select(rows, Channel::voice(), MessageType::Alert, OutboxState::Queued))
        CHECK(r.attempts == 0);
}

namespace {

QJsonObject detailsOf(const AuditRecord& record)
{
    return QJsonDocument::fromJson(record.details.toUtf8()).object();
}

// A session of the register's that does not dispatch: its rows stay where the services put them.
std::unique_ptr<SessionServices> quietSession(DispatchFixture& f, Session session,
                                              const QString& dataDir)
{
    SessionConfig c;
    c.session = std::move(session);
    c.dataDir = dataDir;
    c.dispatch = false;
    c.listen = false;
    c.pluginFolder = QDir(dataDir).filePath(QStringLiteral("no-plugins"));
    auto s = std::make_unique<SessionServices>(c, f.db(), f.auditService().log(), f.settings(),
                                               test::systemClock());
    REQUIRE(s->start().ok());
    return s;
}

// From now on the audit log refuses every record, as a full disk or a broken file would.
void refuseAuditRecords(AuditService& audit)
{
    const QString name = QStringLiteral("refuse-audit-records");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(audit.log().path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER refuse_all BEFORE INSERT ON audit_records "
                                      "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::map<std::pair<QString, QString>, qint64> stateCounts(Database& db, qint64 actionId)
{
    std::map<std::pair<QString, QString>, qint64> counts;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT message_type, state, COUNT(*) FROM outbox WHERE "
                                  "action_id = %1 GROUP BY message_type, state")
                       .arg(actionId)));
    while (q.next())
        counts[{q.value(0).toString(), q.value(1).toString()}] = q.value(2).toLongLong();
    return counts;
}

} // namespace

TEST_CASE("A failing voice gateway: its breaker opening, the uncertain rows and each batch are "
          "recorded by the system, per channel, in the session's mode",
          "[e2e][dispatch][audit]")
{
    HangingGateway gateway;
    REQUIRE(gateway.port() != 0);
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    Workstation live(f, 40);
    auto [session, id, voiceRows] = sendVoiceThrough(live, gateway, 300);

    // The breaker opens after its threshold of calls without an answer; the batch then ends.
    REQUIRE(test::waitUntil(
        [&] {
            return session->dispatcher()->status(Channel::voice()).readiness ==
                       ChannelReadiness::BreakerOpen &&
                   !f.records(QStringLiteral("dispatch.batch")).empty();
        },
        (kBreakerThreshold + 10) * 300));
    session->stop();

    const auto breaker = f.records(QStringLiteral("sender.breaker"));
    REQUIRE(breaker.size() == 1); // opened; its first cooldown (30 s) has not run out
    CHECK(breaker.front().actor == QStringLiteral("system"));
    CHECK(breaker.front().mode == Mode::Live);
    CHECK(breaker.front().objectType == QStringLiteral("channel"));
    CHECK(breaker.front().objectId == QStringLiteral("voice"));
    const QJsonObject opened = detailsOf(breaker.front());
    CHECK(opened.value(QStringLiteral("channel")).toString() == QStringLiteral("voice"));
    CHECK(opened.value(QStringLiteral("state")).toString() == QStringLiteral("open"));
    CHECK(opened.value(QStringLiteral("failures")).toInt() == kBreakerThreshold);
    CHECK(opened.value(QStringLiteral("cooldown_ms")).toInteger() == 30'000);

    // The calls the gateway took and never answered wait for a person, recorded as such.
    qint64 uncertain = 0;
    for (const AuditRecord& r : f.records(QStringLiteral("outbox.uncertain"))) {
        CHECK(r.actor == QStringLiteral("system"));
        CHECK(r.objectId == QString::number(id));
        CHECK(detailsOf(r).value(QStringLiteral("channel")).toString() == QStringLiteral("voice"));
        uncertain += detailsOf(r).value(QStringLiteral("rows")).toInteger();
    }
    CHECK(uncertain == kBreakerThreshold);

    // The batch: what went, what waits for a decision, what went back to the queue untried.
    const auto batches = f.records(QStringLiteral("dispatch.batch"));
    REQUIRE(batches.size() == 1);
    CHECK(batches.front().actor == QStringLiteral("system"));
    CHECK(batches.front().mode == Mode::Live);
    CHECK(batches.front().objectId == QString::number(id));
    const QJsonObject batch = detailsOf(batches.front());
    CHECK(batch.value(QStringLiteral("channel")).toString() == QStringLiteral("voice"));
    CHECK(batch.value(QStringLiteral("sent")).toInteger() == 0);
    CHECK(batch.value(QStringLiteral("failed")).toInteger() == 0);
    CHECK(batch.value(QStringLiteral("uncertain")).toInteger() == kBreakerThreshold);
    // The rest of the batch went back unsent when the breaker opened.
    CHECK(batch.value(QStringLiteral("requeued")).toInteger() > 0);
    CHECK(batch.value(QStringLiteral("stale")).toInteger() == 0);
    CHECK(batch.value(QStringLiteral("attempt")).toInt() == 1);
    CHECK(batch.value(QStringLiteral("duration_ms")).toInteger() >= kBreakerThreshold * 300);
    // Counts and codes only: no address of anyone.
    for (const AuditRecord& r : batches)
        CHECK_FALSE(r.details.contains(QLatin1Char('@')));
}

TEST_CASE("An approver and a supervisor closing another's action act on behalf of its author",
          "[e2e][dispatch][audit]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    f.addParticipants(40, [](int i) {
        return std::pair{DispatchFixture::centre().latitude() + ((i % 20) - 10) * 0.0008,
                         DispatchFixture::centre().longitude() + ((i / 20) - 1) * 0.0012};
    });
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 1); // every send waits for approval
    test::setPolicy(f.db(), PolicyKey::ReauthRecipients, 1'000'000);
    QTemporaryDir data;
    const QString author = f.auditService().session().user;
    auto dispatcher = quietSession(f, f.auditService().session(), data.path());
    auto id = dispatcher->workflow().createDraft(content({Channel::sms()}), DispatchFixture::area(),
                                                 QStringLiteral("Utrecht"));
    REQUIRE(id.ok());
    auto plan = dispatcher->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    REQUIRE(plan->needsApproval);
    REQUIRE(*dispatcher->workflow().submit(*plan, Confirmation::yes()) ==
            ActionState::AwaitingApproval);
    CHECK(f.records(QStringLiteral("action.submit")).front().onBehalfOf.isEmpty());

    const Session chief{QStringLiteral("chef.van.dienst"), Role::Supervisor,
                        QStringLiteral("mk-west-02"), Mode::Live};
    auto supervisor = quietSession(f, chief, data.path());
    auto approval = supervisor->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(approval.ok());
    REQUIRE(approval->approving);
    REQUIRE(supervisor->workflow().submit(*approval, Confirmation::yes()).ok());
    const AuditRecord approved = f.records(QStringLiteral("action.approve")).front();
    CHECK(approved.actor == chief.user);
    CHECK(approved.onBehalfOf == author);
    CHECK(approved.objectId == QString::number(*id));

    // The supervisor closes the author's action: for the author too.
    auto closing = supervisor->workflow().prepare(PlanRequest::closing(*id, Outcome::NoResult));
    REQUIRE(closing.ok());
    REQUIRE(supervisor->workflow().submit(*closing, Confirmation::yes()).ok());
    const AuditRecord closed = f.records(QStringLiteral("action.close")).front();
    CHECK(closed.actor == chief.user);
    CHECK(closed.onBehalfOf == author);

    // Sent back by the approver: for the author as well.
    auto second = dispatcher->workflow().createDraft(
        content({Channel::sms()}), DispatchFixture::area(), QStringLiteral("Utrecht"));
    REQUIRE(second.ok());
    auto secondPlan = dispatcher->workflow().prepare(PlanRequest::alert(*second));
    REQUIRE(secondPlan.ok());
    REQUIRE(*dispatcher->workflow().submit(*secondPlan, Confirmation::yes()) ==
            ActionState::AwaitingApproval);
    REQUIRE(supervisor->workflow().reject(*second, QStringLiteral("Signalement onvolledig")).ok());
    const AuditRecord rejected = f.records(QStringLiteral("action.reject")).front();
    CHECK(rejected.actor == chief.user);
    CHECK(rejected.onBehalfOf == author);

    // The author's own steps are on nobody's behalf.
    auto own = dispatcher->workflow().createDraft(content({Channel::sms()}),
                                                  DispatchFixture::area(), QStringLiteral("Zeist"));
    REQUIRE(own.ok());
    REQUIRE(dispatcher->workflow().withdraw(*own).ok());
    CHECK(f.records(QStringLiteral("action.withdraw")).front().onBehalfOf.isEmpty());
}

TEST_CASE("Retrying the failed, closing, cancelling and editing a draft change nothing when "
          "their record cannot be written",
          "[e2e][dispatch][audit]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    f.addParticipants(40, [](int i) {
        return std::pair{DispatchFixture::centre().latitude() + ((i % 20) - 10) * 0.0008,
                         DispatchFixture::centre().longitude() + ((i / 20) - 1) * 0.0012};
    });
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 1'000'000);
    test::setPolicy(f.db(), PolicyKey::ReauthRecipients, 1'000'000);
    QTemporaryDir data;
    auto s = quietSession(f, f.auditService().session(), data.path());
    auto id = s->workflow().createDraft(content({Channel::sms(), Channel::email()}),
                                        DispatchFixture::area(), QStringLiteral("Utrecht"));
    REQUIRE(id.ok());
    auto plan = s->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    REQUIRE(*s->workflow().submit(*plan, Confirmation::yes()) == ActionState::Sending);
    // Some went out, some failed, the rest still waits.
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE outbox SET state = 'failed' WHERE action_id = %1 AND "
                                  "channel = 'sms' AND id % 2 = 0")
                       .arg(*id)));
    REQUIRE(q.exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE action_id = %1 AND "
                                  "channel = 'email' AND id % 3 = 0")
                       .arg(*id)));
    auto draft = s->workflow().createDraft(content({Channel::sms()}), DispatchFixture::area(),
                                           QStringLiteral("Zeist"));
    REQUIRE(draft.ok());
    // The plans are made while the log still takes records.
    auto closing = s->workflow().prepare(PlanRequest::closing(*id, Outcome::Arrested));
    REQUIRE(closing.ok());
    auto cancel = s->workflow().prepare(PlanRequest::cancel(*id));
    REQUIRE(cancel.ok());
    const auto before = stateCounts(f.db(), *id);
    REQUIRE(before.count({QStringLiteral("alert"), QStringLiteral("failed")}) == 1);
    const Action actionBefore = *s->workflow().action(*id);
    const Action draftBefore = *s->workflow().action(*draft);
    const qint64 messagesBefore = s->workflow().messages(*id)->size();

    refuseAuditRecords(f.auditService());
    CHECK_FALSE(s->decisions().retryFailed(*id).ok());
    CHECK(stateCounts(f.db(), *id) == before);
    CHECK_FALSE(s->workflow().submit(*closing, Confirmation::yes()).ok());
    CHECK(stateCounts(f.db(), *id) == before);
    CHECK_FALSE(s->workflow().submit(*cancel, Confirmation::yes()).ok());
    CHECK(stateCounts(f.db(), *id) == before);
    const Action actionAfter = *s->workflow().action(*id);
    CHECK(actionAfter.state == actionBefore.state);
    CHECK(actionAfter.outcome == actionBefore.outcome);
    CHECK(actionAfter.updatedAt == actionBefore.updatedAt);
    CHECK(s->workflow().messages(*id)->size() == messagesBefore);

    ActionContent edited = content({Channel::sms(), Channel::voice()});
    edited.freeText = QStringLiteral("Een rode fiets.");
    CHECK_FALSE(
        s->workflow()
            .updateDraft(*draft, edited, DispatchFixture::area(800), QStringLiteral("Zeist"))
            .ok());
    const Action draftAfter = *s->workflow().action(*draft);
    CHECK(draftAfter.content.channels == draftBefore.content.channels);
    CHECK(draftAfter.updatedAt == draftBefore.updatedAt);
}
