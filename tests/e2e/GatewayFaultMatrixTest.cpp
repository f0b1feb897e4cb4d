// The gateway fault matrix through the outbox: every live sender, configured by an
// administrator as on the senders page, sends through the session's own dispatcher (the real
// SenderRegistry, a ChannelWorker per channel, the Outbox) to a peer on loopback that
// misbehaves in one way. Each case ends with every row final or uncertain, nothing resent
// behind a person's back, and the gateway never seeing more than its rate. The counts of each
// case are written to build/fault-matrix.md (the README's table).
#include "app/channels/app_push/AppPushSender.h"
#include "app/channels/common/HttpClient.h"
#include "app/channels/common/HttpListener.h"
#include "app/channels/email_smtp/SmtpEmailSender.h"
#include "app/channels/sms_kannel/KannelSmsSender.h"
#include "app/channels/social/SocialSender.h"
#include "app/channels/voice_gateway/VoiceGatewaySender.h"
#include "app/dispatch/Dispatcher.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/SenderService.h"
#include "app/session/CallbackSecrets.h"
#include "app/session/SessionServices.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FaultPeer.h"
#include "tests/support/PeerProcess.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/Wait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace burgernet;
using test::DispatchFixture;
using test::FaultPeer;
using test::PeerFault;
using test::PeerProcess;

namespace {

constexpr int kParticipants = 20;
constexpr int kActions = 3;     // a broadcast channel gets one row per action
constexpr int kFaulty = 2;      // the first requests that meet the fault; the rest succeed
constexpr int kTimeoutMs = 500; // the senders' timeout
constexpr int kSlowMs = 1500;   // a slow gateway's answer comes after this
constexpr int kAddressedRate = 20;
// The peer stamps a request when its own process gets to it; on a machine loaded by parallel
// builds that lags the worker's send by up to about a hundred milliseconds. A worker
// that ignored its bucket or a Retry-After would be off by far more (a whole batch at once, or
// the retry at once).
constexpr int kClaimJitterMs = 150;
constexpr int kArrivalJitterMs = 100;

const Channel kSigns = *Channel::fromId(u"signs");

// One live sender and what its gateway answers when all is well.
struct SenderCase
{
    QString id;
    Channel channel;
    FaultPeer::Answer ok;
    QString path;    // appended to the peer's URL for the "url" setting
    double rate = 0; // the rate the worker must keep to
    int burst = 1;
};

std::vector<SenderCase> httpSenders()
{
    auto capabilities = [](const SenderDescriptor& d) {
        return std::pair{d.capabilities.defaultRatePerSecond, d.capabilities.defaultBurst};
    };
    std::vector<SenderCase> cases;
    // A configured rate also caps the burst at one second's worth.
    cases.push_back({QStringLiteral("sms-kannel"),
                     Channel::sms(),
                     {202, "text/plain", "0: Accepted for delivery", "Sendsms failed: unknown"},
                     QStringLiteral("/cgi-bin/sendsms"),
                     kAddressedRate,
                     kAddressedRate});
    cases.push_back({QStringLiteral("voice-gateway"),
                     Channel::voice(),
                     {201, "application/json", R"({"id":"call-%n"})", R"({"error":"no lines"})"},
                     QStringLiteral("/v1"),
                     kAddressedRate,
                     kAddressedRate});
    auto [appRate, appBurst] = capabilities(AppPushSender::describe());
    cases.push_back({QStringLiteral("app-push"),
                     Channel(BuiltinChannel::App),
                     {200, "application/json", R"({"id":"push-%n","reach":12})",
                      R"({"error":"quota exceeded"})"},
                     QStringLiteral("/push"),
                     appRate,
                     appBurst});
    auto [socialRate, socialBurst] = capabilities(SocialSender::describe());
    cases.push_back({QStringLiteral("social"),
                     Channel(BuiltinChannel::Social),
                     {200, "application/json", R"({"id":"%n","url":"https://x/%n"})",
                      R"({"error":"Validation failed"})"},
                     QString(),
                     socialRate,
                     socialBurst});
    cases.push_back({QStringLiteral("signs-webhook"),
                     kSigns,
                     {200, "application/json", R"({"ok":true})", R"({"error":"sign offline"})"},
                     QStringLiteral("/signs"),
                     1,
                     1});
    return cases;
}

QVariantMap settingsFor(const SenderCase& s, const QString& url)
{
    QVariantMap v{{QStringLiteral("url"), url + s.path},
                  {QStringLiteral("token"), QStringLiteral("t0ken")},
                  {QStringLiteral("timeoutMs"), kTimeoutMs}};
    if (s.id == QLatin1String("sms-kannel")) {
        v.insert(QStringLiteral("username"), QStringLiteral("burgernet"));
        v.insert(QStringLiteral("password"), QStringLiteral("geheim"));
    }
    if (s.rate > 0 && (s.channel == Channel::sms() || s.channel == Channel::voice()))
        v.insert(QStringLiteral("ratePerSecond"), int(s.rate));
    return v;
}

// The outbox row a request was for: Kannel carries it in the dlr-url, the JSON APIs in their
// Idempotency-Key header.
qint64 referenceOf(const FaultPeer::Request& r)
{
    static const QRegularExpression dlr(QStringLiteral(R"(/dlr\?id=(\d+))"));
    const auto m = dlr.match(QUrl::fromPercentEncoding(r.target));
    if (m.hasMatch())
        return m.captured(1).toLongLong();
    static const QRegularExpression key(QStringLiteral(R"((?im)^idempotency-key:\s*(\d+))"));
    return key.match(QString::fromUtf8(r.head)).captured(1).toLongLong();
}

struct Row
{
    qint64 id = 0;
    Channel channel;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
};

std::vector<Row> rowsOf(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, channel, state, attempts FROM outbox ORDER BY id")));
    std::vector<Row> rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.channel = Channel::fromId(q.value(1).toString()).value_or(Channel());
        enumFromId(q.value(2).toString(), &r.state);
        r.attempts = q.value(3).toInt();
        rows.push_back(r);
    }
    return rows;
}

bool settled(OutboxState s)
{
    return s == OutboxState::Sent || s == OutboxState::Delivered || s == OutboxState::Failed ||
           s == OutboxState::Uncertain;
}

// The most requests the gateway saw in any one second, and whether every stretch of them kept
// to the token bucket (rate, burst): at most burst + rate × its length.
struct RateCheck
{
    int maxPerSecond = 0;
    bool withinBucket = true;
};

RateCheck checkRate(std::vector<qint64> at, double rate, int burst)
{
    std::sort(at.begin(), at.end());
    RateCheck check;
    for (size_t i = 0; i < at.size(); ++i) {
        size_t j = i;
        while (j + 1 < at.size() && at[j + 1] - at[i] < 1000)
            ++j;
        check.maxPerSecond = std::max(check.maxPerSecond, int(j - i + 1));
        for (size_t k = i; k < at.size(); ++k)
            // The worker counts from its claim, the peer from the request's arrival: the claim's
            // commit (a full sync) varies by some tens of milliseconds.
            if (double(k - i + 1) > burst + rate * (at[k] - at[i] + kClaimJitterMs) / 1000.0 + 1e-9)
                check.withinBucket = false;
    }
    return check;
}

// One line of the README's table.
struct Tally
{
    QString sender;
    QString fault;
    std::map<OutboxState, int> states;
    int requests = 0;
    int resent = 0; // a row the gateway saw again after an answer that did not refuse it
    int maxPerSecond = 0;
    double rate = 0;
    QString note;
};

QString matrixFolder()
{
    const QString dir = QStringLiteral(BURGERNET_BIN_DIR "/../fault-matrix");
    QDir().mkpath(dir);
    return dir;
}

// Writes this case's lines and the whole table from every case's lines so far.
void writeTable(int order, const std::vector<Tally>& tallies)
{
    QFile part(matrixFolder() + QStringLiteral("/%1.md").arg(order, 2, 10, QLatin1Char('0')));
    REQUIRE(part.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const Tally& t : tallies) {
        auto n = [&](OutboxState s) { return t.states.count(s) ? t.states.at(s) : 0; };
        part.write(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 / %10 | %11 |\n")
                       .arg(t.fault, t.sender)
                       .arg(t.requests)
                       .arg(n(OutboxState::Sent))
                       .arg(n(OutboxState::Delivered))
                       .arg(n(OutboxState::Failed))
                       .arg(n(OutboxState::Uncertain))
                       .arg(t.resent)
                       .arg(t.rate > 0 ? QString::number(t.maxPerSecond) : QStringLiteral("–"))
                       .arg(t.rate > 0 ? QString::number(t.rate) : QStringLiteral("–"))
                       .arg(t.note)
                       .toUtf8());
    }
    part.close();
    QFile table(QStringLiteral(BURGERNET_BIN_DIR "/../fault-matrix.md"));
    REQUIRE(table.open(QIODevice::WriteOnly | QIODevice::Truncate));
    table.write("| fault | sender | requests at the peer | sent | delivered | failed | uncertain | "
                "resent without a refusal | most in 1 s / rate | note |\n"
                "|---|---|---|---|---|---|---|---|---|---|\n");
    const QDir dir(matrixFolder());
    for (const QString& name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            table.write(f.readAll());
    }
}

// A live workstation on a fresh register: participants around Utrecht Centraal, the senders
// saved by an administrator, the dispatcher's session started over them.
class Workstation
{
public:
    Workstation()
        : m_f(DatabaseKind::Sqlite, 0)
    {
        qputenv("BURGERNET_SECRETS", "file");
        m_f.addParticipants(kParticipants, [](int i) {
            return std::pair{DispatchFixture::centre().latitude() + ((i % 10) - 5) * 0.0008,
                             DispatchFixture::centre().longitude() + ((i / 10) - 1) * 0.0012};
        });
        test::setPolicy(m_f.db(), PolicyKey::ApprovalThreshold, 1'000'000);
        test::setPolicy(m_f.db(), PolicyKey::ReauthRecipients, 1'000'000);
        test::setPolicy(m_f.db(), PolicyKey::DailyLimit, 50);
    }
    DispatchFixture& f() { return m_f; }

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
            auto saved = admin.senders().saveSettings(id, values);
            INFO(saved.errorMessage().toStdString());
            REQUIRE(saved.ok());
        }
    }

    std::unique_ptr<SessionServices> open()
    {
        auto session = std::make_unique<SessionServices>(config(m_f.auditService().session(), true),
                                                         m_f.db(), m_f.auditService().log(),
                                                         m_f.settings(), test::systemClock());
        REQUIRE(session->start().ok());
        REQUIRE(session->dispatcher());
        REQUIRE(session->listener());
        return session;
    }

    // kActions alerts on `channels`, each to everyone in the area reachable on the channel.
    // Returns the rows queued per channel.
    std::map<Channel, qint64> send(SessionServices& session, const QList<Channel>& channels)
    {
        std::map<Channel, qint64> queued;
        ActionWorkflow& workflow = session.workflow();
        for (int i = 0; i < kActions; ++i) {
            ActionContent content = DispatchFixture::urgentContent();
            content.channels = channels;
            auto id =
                workflow.createDraft(content, DispatchFixture::area(), QStringLiteral("Utrecht"));
            REQUIRE(id.ok());
            auto plan = workflow.prepare(PlanRequest::alert(*id));
            INFO(plan.errorMessage().toStdString());
            REQUIRE(plan.ok());
            // A gateway that is down is named in the confirmation: its messages wait for it.
            auto submitted = workflow.submit(*plan, Confirmation::yes(channels));
            INFO(submitted.errorMessage().toStdString());
            REQUIRE(submitted.ok());
            for (const PlannedChannel& c : plan->channels)
                queued[c.channel] += c.rows;
        }
        return queued;
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
        c.pluginFolder = QStringLiteral(BURGERNET_SENDER_PLUGIN_DIR);
        return c;
    }

    DispatchFixture m_f;
    QTemporaryDir m_data;
};

// Faults that refuse a request: the gateway did not act on it, so sending it again is right.
bool refusing(PeerFault fault)
{
    return fault == PeerFault::Status500 || fault == PeerFault::Status503 ||
           fault == PeerFault::Status429;
}

// What the SMTP peer does for each fault, where e-mail has one.
std::optional<QStringList> smtpArguments(PeerFault fault)
{
    const QStringList first{QStringLiteral("--attempts"), QStringLiteral("--faulty"),
                            QString::number(kFaulty)};
    switch (fault) {
    case PeerFault::None:
        return QStringList{QStringLiteral("--attempts")};
    case PeerFault::Refused:
        return QStringList{QStringLiteral("--attempts"), QStringLiteral("--listen-after-ms"),
                           QStringLiteral("2000")};
    case PeerFault::Slow:
        return first + QStringList{QStringLiteral("--mode"), QStringLiteral("slow"),
                                   QStringLiteral("--slow-ms"), QString::number(kSlowMs)};
    case PeerFault::Status500:
        return first + QStringList{QStringLiteral("--mode"), QStringLiteral("permfail")};
    case PeerFault::Status503:
    case PeerFault::Status429:
        return first + QStringList{QStringLiteral("--mode"), QStringLiteral("tempfail")};
    case PeerFault::Reset:
        return first + QStringList{QStringLiteral("--mode"), QStringLiteral("reset-after-data")};
    case PeerFault::Status401:
    case PeerFault::ErrorBody:
    case PeerFault::Truncated:
        return std::nullopt; // SMTP has no such answer
    }
    return std::nullopt;
}

void runFault(PeerFault fault, int order)
{
    const auto senders = httpSenders();
    std::vector<std::unique_ptr<FaultPeer>> peers;
    for (const SenderCase& s : senders)
        peers.push_back(std::make_unique<FaultPeer>(fault, kFaulty, s.ok, kSlowMs));
    const auto smtpArgs = smtpArguments(fault);
    std::unique_ptr<PeerProcess> smtp;
    if (smtpArgs) {
        smtp = std::make_unique<PeerProcess>(test::supportScript(QStringLiteral("smtp_peer.py")),
                                             *smtpArgs);
        REQUIRE(smtp->started());
    }

    Workstation live;
    std::map<QString, QVariantMap> configured;
    QList<Channel> channels;
    for (size_t i = 0; i < senders.size(); ++i) {
        configured[senders[i].id] = settingsFor(senders[i], peers[i]->url());
        channels << senders[i].channel;
    }
    if (smtp) {
        configured[QStringLiteral("email-smtp")] = {
            {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), smtp->ready().value(QStringLiteral("port")).toInt()},
            {QStringLiteral("security"), QStringLiteral("none")},
            {QStringLiteral("from"), QStringLiteral("alert@burgernet.nl")},
            {QStringLiteral("timeoutMs"), kTimeoutMs},
            {QStringLiteral("ratePerSecond"), kAddressedRate}};
        channels << Channel::email();
    }
    live.configure(configured);
    auto session = live.open();
    const auto queued = live.send(*session, channels);

    if (fault == PeerFault::Refused) {
        // The gateways come up once every channel has met a refusal.
        REQUIRE(test::waitUntil(
            [&] {
                std::set<Channel> tried;
                for (const Row& r : rowsOf(live.f().db()))
                    if (r.attempts > 0)
                        tried.insert(r.channel);
                return tried.size() >= senders.size();
            },
            20'000));
        QTest::qWait(300);
        for (auto& peer : peers)
            peer->open();
    }

    // Every row ends final or uncertain (an opened breaker's 30 s cooldown included).
    const bool done = test::waitUntil(
        [&] {
            for (const Row& r : rowsOf(live.f().db()))
                if (!settled(r.state))
                    return false;
            return true;
        },
        120'000);
    session->stop();
    const auto rows = rowsOf(live.f().db());
    CHECK(done);
    for (const Row& r : rows) {
        INFO("row " << r.id << " on " << r.channel.id().toStdString() << " is "
                    << enumId(r.state).toStdString());
        CHECK(settled(r.state));
    }

    std::vector<Tally> tallies;
    for (size_t i = 0; i < senders.size(); ++i) {
        const SenderCase& s = senders[i];
        INFO(s.id.toStdString() << " against " << test::faultName(fault));
        Tally t{s.id, QString::fromLatin1(test::faultName(fault))};
        std::map<qint64, OutboxState> byId;
        for (const Row& r : rows)
            if (r.channel == s.channel) {
                ++t.states[r.state];
                byId[r.id] = r.state;
            }
        CHECK(qint64(byId.size()) == queued.at(s.channel));
        CHECK(qint64(byId.size()) >= (s.channel.isAddressed() ? kParticipants : kActions));
        const auto requests = peers[i]->requests();
        t.requests = int(requests.size());
        std::map<qint64, std::vector<FaultPeer::Request>> seen;
        std::vector<qint64> at;
        for (const auto& r : requests) {
            const qint64 ref = referenceOf(r);
            CHECK(byId.count(ref) == 1); // every request is for a row of this channel
            seen[ref].push_back(r);
            at.push_back(r.atMs);
        }
        for (const auto& [id, state] : byId) {
            const auto& got = seen[id];
            INFO("row " << id << " " << enumId(state).toStdString() << ", " << got.size()
                        << " requests");
            // Nothing lost: every row reached the gateway, or waits for a person.
            if (fault != PeerFault::Refused || state != OutboxState::Failed)
                CHECK(!got.empty());
            // Sent again only after an answer that refused it.
            for (size_t k = 0; k + 1 < got.size(); ++k)
                if (!(got[k].faulted && refusing(fault))) {
                    ++t.resent;
                    FAIL_CHECK("sent again after an answer that did not refuse it");
                }
            // Retry-After honoured.
            if (fault == PeerFault::Status503 || fault == PeerFault::Status429)
                for (size_t k = 0; k + 1 < got.size(); ++k)
                    CHECK(got[k + 1].atMs - got[k].atMs >= 1000 - kArrivalJitterMs);
            const bool accepted = !got.empty() && !got.back().faulted;
            if (state == OutboxState::Sent || state == OutboxState::Delivered)
                CHECK(accepted);
            if (accepted)
                CHECK((state == OutboxState::Sent || state == OutboxState::Delivered));
        }
        const RateCheck rate = checkRate(at, s.rate, s.burst);
        t.maxPerSecond = rate.maxPerSecond;
        t.rate = s.rate;
        CHECK(rate.withinBucket);
        CHECK(rate.maxPerSecond <=
              int(std::ceil(s.rate * (1000 + kClaimJitterMs) / 1000.0)) + s.burst);
        tallies.push_back(t);
    }

    if (smtp) {
        Tally t{QStringLiteral("email-smtp"), QString::fromLatin1(test::faultName(fault))};
        std::map<qint64, OutboxState> byId;
        for (const Row& r : rows)
            if (r.channel == Channel::email()) {
                ++t.states[r.state];
                byId[r.id] = r.state;
            }
        CHECK(qint64(byId.size()) == queued.at(Channel::email()));
        std::vector<qint64> at;
        std::map<qint64, int> accepted;
        while (auto event = smtp->next(200)) {
            if (event->value(QStringLiteral("attempt")).toBool()) {
                at.push_back(event->value(QStringLiteral("at_ms")).toInteger());
                continue;
            }
            const QString messageId = event->value(QStringLiteral("headers"))
                                          .toObject()
                                          .value(QStringLiteral("Message-ID"))
                                          .toString();
            ++accepted[messageId.mid(1, messageId.indexOf(QLatin1Char('@')) - 1).toLongLong()];
        }
        t.requests = int(at.size());
        for (const auto& [id, state] : byId) {
            INFO("e-mail row " << id << " " << enumId(state).toStdString());
            const int times = accepted.count(id) ? accepted.at(id) : 0;
            if (times > 1)
                t.resent += times - 1;
            CHECK(times <= 1);
            if (state == OutboxState::Sent)
                CHECK(times == 1);
            if (state == OutboxState::Failed)
                CHECK(times == 0);
        }
        const RateCheck rate = checkRate(at, kAddressedRate, kAddressedRate);
        t.maxPerSecond = rate.maxPerSecond;
        t.rate = kAddressedRate;
        CHECK(rate.withinBucket);
        if (fault == PeerFault::Status503 || fault == PeerFault::Status429)
            t.note = QStringLiteral("SMTP 451");
        else if (fault == PeerFault::Status500)
            t.note = QStringLiteral("SMTP 554");
        tallies.push_back(t);
    }
    writeTable(order, tallies);
}

} // namespace

TEST_CASE("Gateway faults through the outbox: none (the baseline)", "[e2e][faults]")
{
    runFault(PeerFault::None, 0);
}

TEST_CASE("Gateway faults through the outbox: connection refused until the gateway comes up",
          "[e2e][faults]")
{
    runFault(PeerFault::Refused, 1);
}

TEST_CASE("Gateway faults through the outbox: answers slower than the timeout", "[e2e][faults]")
{
    runFault(PeerFault::Slow, 2);
}

TEST_CASE("Gateway faults through the outbox: 500", "[e2e][faults]")
{
    runFault(PeerFault::Status500, 3);
}

TEST_CASE("Gateway faults through the outbox: 503 with Retry-After", "[e2e][faults]")
{
    runFault(PeerFault::Status503, 4);
}

TEST_CASE("Gateway faults through the outbox: 429 with Retry-After", "[e2e][faults]")
{
    runFault(PeerFault::Status429, 5);
}

TEST_CASE("Gateway faults through the outbox: 401", "[e2e][faults]")
{
    runFault(PeerFault::Status401, 6);
}

TEST_CASE("Gateway faults through the outbox: success status with an error in the body",
          "[e2e][faults]")
{
    runFault(PeerFault::ErrorBody, 7);
}

TEST_CASE("Gateway faults through the outbox: the answer cut off", "[e2e][faults]")
{
    runFault(PeerFault::Truncated, 8);
}

TEST_CASE("Gateway faults through the outbox: connection reset after the request", "[e2e][faults]")
{
    runFault(PeerFault::Reset, 9);
}

namespace {

// A delivery report as the gateway sends it to the console's listener.
int report(const QUrl& base, const QByteArray& method, const QString& path,
           const QByteArray& body = {})
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl(base.toString() + path);
    request.body = body;
    if (!body.isEmpty())
        request.addHeader("Content-Type", "application/json");
    request.timeoutMs = 5000;
    return performHttp(request).status;
}

QByteArray voiceStatus(qint64 reference, const char* status)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("reference"), QString::number(reference)},
                                     {QStringLiteral("status"), QString::fromLatin1(status)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("Delivery reports duplicated, out of order or for unknown ids settle each row once, "
          "on its own channel",
          "[e2e][faults]")
{
    const auto senders = httpSenders();
    FaultPeer kannel(PeerFault::None, 0, senders[0].ok);
    FaultPeer voice(PeerFault::None, 0, senders[1].ok);
    Workstation live;
    live.configure({{senders[0].id, settingsFor(senders[0], kannel.url())},
                    {senders[1].id, settingsFor(senders[1], voice.url())}});
    auto session = live.open();
    live.send(*session, {Channel::sms(), Channel::voice()});
    auto allSent = [&] {
        for (const Row& r : rowsOf(live.f().db()))
            if (r.state != OutboxState::Sent)
                return false;
        return true;
    };
    REQUIRE(test::waitUntil(allSent, 30'000));
    std::vector<qint64> sms, calls;
    for (const Row& r : rowsOf(live.f().db()))
        (r.channel == Channel::sms() ? sms : calls).push_back(r.id);
    REQUIRE(sms.size() >= 6);
    REQUIRE(calls.size() >= 4);

    const QUrl base = session->listener()->baseUrl();
    // Each sender's callbacks carry its secret, as the gateways got them with every message.
    const QString smsSecret =
        QString::fromLatin1(*session->callbackSecrets()->secret(QStringLiteral("sms-kannel")));
    const QString voiceSecret =
        QString::fromLatin1(*session->callbackSecrets()->secret(QStringLiteral("voice-gateway")));
    const QString dlr =
        QStringLiteral("/callbacks/sms-kannel/") + smsSecret + QStringLiteral("/dlr?id=%1&type=%2");
    const QString status =
        QStringLiteral("/callbacks/voice-gateway/") + voiceSecret + QStringLiteral("/status");
    int duplicated = 0, outOfOrder = 0, unknown = 0;
    // Duplicated: the same delivery twice.
    CHECK(report(base, "GET", dlr.arg(sms[0]).arg(1)) == 200);
    CHECK(report(base, "GET", dlr.arg(sms[0]).arg(1)) == 200);
    CHECK(report(base, "POST", status, voiceStatus(calls[0], "completed")) == 204);
    CHECK(report(base, "POST", status, voiceStatus(calls[0], "completed")) == 204);
    duplicated += 2;
    // Out of order: a failure after the delivery, a delivery after the failure, the SMSC's
    // "accepted" after the delivery.
    CHECK(report(base, "GET", dlr.arg(sms[1]).arg(1)) == 200);
    CHECK(report(base, "GET", dlr.arg(sms[1]).arg(2)) == 200);
    CHECK(report(base, "GET", dlr.arg(sms[2]).arg(2)) == 200);
    CHECK(report(base, "GET", dlr.arg(sms[2]).arg(1)) == 200);
    CHECK(report(base, "GET", dlr.arg(sms[3]).arg(1)) == 200);
    CHECK(report(base, "GET", dlr.arg(sms[3]).arg(8)) == 200);
    CHECK(report(base, "POST", status, voiceStatus(calls[1], "completed")) == 204);
    CHECK(report(base, "POST", status, voiceStatus(calls[1], "no-answer")) == 204);
    outOfOrder += 4;
    // A plain failure, for comparison.
    CHECK(report(base, "GET", dlr.arg(sms[4]).arg(2)) == 200);
    CHECK(report(base, "POST", status, voiceStatus(calls[2], "busy")) == 204);
    // Unknown: no such row, not a number, another channel's row, no id at all.
    CHECK(report(base, "GET", dlr.arg(999'999'999).arg(1)) == 200);
    CHECK(report(base, "GET",
                 QStringLiteral("/callbacks/sms-kannel/%1/dlr?id=abc&type=2").arg(smsSecret)) ==
          200);
    CHECK(report(base, "GET", dlr.arg(calls[3]).arg(2)) == 200);
    CHECK(report(base, "POST", status, voiceStatus(sms[5], "busy")) == 204);
    CHECK(report(base, "POST", status, voiceStatus(888'888'888, "completed")) == 204);
    CHECK(report(base, "GET",
                 QStringLiteral("/callbacks/sms-kannel/%1/dlr?type=1").arg(smsSecret)) == 400);
    // Without the secret: refused before any sender reads it.
    CHECK(report(base, "GET",
                 QStringLiteral("/callbacks/sms-kannel/dlr?id=%1&type=2").arg(sms[5])) == 403);
    unknown += 6;

    std::map<qint64, OutboxState> expected{
        {sms[0], OutboxState::Delivered},   {sms[1], OutboxState::Delivered},
        {sms[2], OutboxState::Delivered},   {sms[3], OutboxState::Delivered},
        {sms[4], OutboxState::Failed},      {sms[5], OutboxState::Sent},
        {calls[0], OutboxState::Delivered}, {calls[1], OutboxState::Delivered},
        {calls[2], OutboxState::Failed},    {calls[3], OutboxState::Sent}};
    auto matches = [&] {
        for (const Row& r : rowsOf(live.f().db()))
            if (r.state != (expected.count(r.id) ? expected.at(r.id) : OutboxState::Sent))
                return false;
        return true;
    };
    // The workers apply reports between batches; give them a few passes.
    test::waitUntil(matches, 5000);
    QTest::qWait(300);
    session->stop();
    std::map<OutboxState, int> states;
    for (const Row& r : rowsOf(live.f().db())) {
        INFO("row " << r.id << " on " << r.channel.id().toStdString());
        CHECK(r.state == (expected.count(r.id) ? expected.at(r.id) : OutboxState::Sent));
        ++states[r.state];
    }
    CHECK(kannel.requests().size() == sms.size());
    CHECK(voice.requests().size() == calls.size());

    Tally t{QStringLiteral("sms-kannel + voice-gateway"),
            QStringLiteral("delivery reports: %1 duplicated, %2 out of order, %3 unknown id")
                .arg(duplicated)
                .arg(outOfOrder)
                .arg(unknown),
            states, int(kannel.requests().size() + voice.requests().size())};
    t.note = QStringLiteral("each row settled once, on its own channel");
    writeTable(10, {t});
}
