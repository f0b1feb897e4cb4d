#include "app/channels/BuiltinSenders.h"
#include "app/channels/common/HttpClient.h"
#include "app/channels/common/HttpListener.h"
#include "app/channels/social/SocialSender.h"
#include "tests/support/FakeClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>
#include <deque>
#include <mutex>
#include <thread>

using namespace burgernet;

namespace {
// A gateway API on loopback (Qt HttpServer on its own thread): records every request and
// answers from a script, optionally slowly.
class FakeApi
{
public:
    struct Answer
    {
        CallbackReply reply;
        int delayMs = 0;
    };

    FakeApi()
    {
        REQUIRE(m_listener.start() != 0);
        m_listener.route(QStringLiteral("/"), [this](const CallbackRequest& request) {
            Answer answer;
            {
                std::lock_guard lock(m_mutex);
                m_requests.push_back(request);
                if (!m_script.empty()) {
                    answer = m_script.front();
                    m_script.pop_front();
                } else {
                    answer.reply = {200, R"({"id":"gw-1","reach":4711})", "application/json"};
                }
            }
            if (answer.delayMs > 0)
                QThread::msleep(ulong(answer.delayMs));
            return answer.reply;
        });
    }
    QString url() const { return m_listener.baseUrl().toString(); }
    void script(Answer answer)
    {
        std::lock_guard lock(m_mutex);
        m_script.push_back(std::move(answer));
    }
    CallbackRequest last()
    {
        std::lock_guard lock(m_mutex);
        REQUIRE(!m_requests.empty());
        return m_requests.back();
    }
    int count()
    {
        std::lock_guard lock(m_mutex);
        return int(m_requests.size());
    }
    QByteArray header(const CallbackRequest& request, const QByteArray& name)
    {
        for (const auto& [key, value] : request.headers)
            if (key.toLower() == name.toLower())
                return value;
        return {};
    }
    void stop() { m_listener.stop(); }

private:
    HttpListener m_listener;
    std::mutex m_mutex;
    std::deque<CallbackRequest> m_requests;
    std::deque<Answer> m_script;
};

std::unique_ptr<ChannelSender> create(const QString& id, QVariantMap settings,
                                      SenderContext context = {})
{
    static auto registry =
        createSenderRegistry(Mode::Live, test::systemClock(), QStringLiteral("/nonexistent"));
    context.settings = std::move(settings);
    auto created = registry->create(id, context);
    REQUIRE(created.ok());
    return std::move(created).value();
}

OutgoingMessage areaMessage()
{
    OutgoingMessage m;
    m.messageId = QStringLiteral("out-99");
    m.actionId = QStringLiteral("A-2026-0042");
    m.language = QStringLiteral("nl");
    m.messageType = MessageType::Alert;
    m.text =
        QStringLiteral("Burgernet: kijk uit naar een man met een rode jas op een zwarte fiets, "
                       "richting station. Gezien? Bel gratis 0800-0011.");
    m.areaGeoJson =
        R"({"type":"Polygon","coordinates":[[[5.1,52.0],[5.2,52.0],[5.2,52.1],[5.1,52.0]]]})";
    m.areaDescription = QStringLiteral("Utrecht, rond het Centraal Station");
    return m;
}

QJsonObject json(const CallbackRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}
} // namespace

TEST_CASE("HTTP exchanges on one thread share a connection, and another thread has its own",
          "[senders][http]")
{
    FakeApi api;
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(api.url());
    request.body = R"({"text":"a"})";
    const HttpResponse first = performHttp(request);
    REQUIRE(first.status == 200);
    CHECK(first.newConnections == 1);
    for (int i = 0; i < 3; ++i) {
        const HttpResponse next = performHttp(request);
        REQUIRE(next.status == 200);
        CHECK(next.newConnections == 0);
    }
    std::thread([&] { CHECK(performHttp(request).newConnections == 1); }).join();
    CHECK(api.count() == 5);
}

TEST_CASE("Voice gateway: request shape, status callback and faults", "[senders][voice]")
{
    FakeApi api;
    HttpListener callbacks;
    REQUIRE(callbacks.start() != 0);
    std::mutex mutex;
    QList<DeliveryReport> reports;
    SenderContext context;
    context.deliveryReport = [&](const DeliveryReport& r) {
        std::lock_guard lock(mutex);
        reports.append(r);
    };
    context.callbackUrl =
        QUrl(callbacks.baseUrl().toString() + QStringLiteral("/callbacks/voice-gateway"));
    auto sender = create(QStringLiteral("voice-gateway"),
                         {{QStringLiteral("url"), api.url() + QStringLiteral("/v1")},
                          {QStringLiteral("token"), QStringLiteral("tok-123")},
                          {QStringLiteral("callerId"), QStringLiteral("08000011")},
                          {QStringLiteral("timeoutMs"), 1000}},
                         context);
    callbacks.routeSender(QStringLiteral("voice-gateway"), sender.get());
    OutgoingMessage m = areaMessage();
    m.recipient = QStringLiteral("+31301234567");

    api.script({{201, R"({"id":"call-7"})", "application/json"}});
    const SendResult sent = sender->send(m);
    CHECK(sent.outcome == SendOutcome::Sent);
    CHECK(sent.providerId == QStringLiteral("call-7"));
    const CallbackRequest request = api.last();
    CHECK(request.method == "POST");
    CHECK(request.subPath == QStringLiteral("/v1/calls"));
    CHECK(api.header(request, "authorization") == "Bearer tok-123");
    CHECK(api.header(request, "idempotency-key") == "out-99");
    const QJsonObject body = json(request);
    CHECK(body.value(QStringLiteral("to")).toString() == m.recipient);
    CHECK(body.value(QStringLiteral("callerId")).toString() == QStringLiteral("08000011"));
    CHECK(body.value(QStringLiteral("language")).toString() == QStringLiteral("nl-NL"));
    CHECK(body.value(QStringLiteral("text")).toString() == m.text);
    const QString statusCallback = body.value(QStringLiteral("statusCallback")).toString();
    CHECK(statusCallback.endsWith(QStringLiteral("/callbacks/voice-gateway/status")));

    // The gateway reports the call's end.
    HttpRequest callback;
    callback.method = "POST";
    callback.url = QUrl(statusCallback);
    callback.body = R"({"id":"call-7","reference":"out-99","status":"completed"})";
    CHECK(performHttp(callback).status == 204);
    {
        std::lock_guard lock(mutex);
        REQUIRE(reports.size() == 1);
        CHECK(reports.first().messageId == QStringLiteral("out-99"));
        CHECK(reports.first().status == DeliveryReport::Status::Delivered);
    }

    api.script({{500, "boom"}});
    CHECK(sender->send(m).outcome == SendOutcome::Retryable);
    api.script({{503, "busy", "text/plain", {{"Retry-After", "30"}}}});
    const SendResult busy = sender->send(m);
    CHECK(busy.outcome == SendOutcome::Retryable);
    CHECK(busy.retryAfterSeconds == 30);
    api.script({{429, "slow down", "text/plain", {{"Retry-After", "5"}}}});
    CHECK(sender->send(m).retryAfterSeconds == 5);
    api.script({{401, "bad token"}});
    CHECK(sender->send(m).outcome == SendOutcome::Final);
    // An answer slower than the timeout: the call may have been placed.
    api.script({{201, R"({"id":"call-8"})", "application/json"}, 2500});
    CHECK(sender->send(m).outcome == SendOutcome::Uncertain);
    api.stop();
    CHECK(sender->send(m).outcome == SendOutcome::Retryable);
    CHECK(sender->checkHealth().status == SenderHealth::Status::Down);
    callbacks.removeRoute(QStringLiteral("/callbacks/voice-gateway"));
}

TEST_CASE("App push sends the area as GeoJSON and records the reach", "[senders][app]")
{
    FakeApi api;
    auto sender = create(QStringLiteral("app-push"),
                         {{QStringLiteral("url"), api.url() + QStringLiteral("/push/area")},
                          {QStringLiteral("token"), QStringLiteral("push-token")}});
    const SendResult sent = sender->send(areaMessage());
    CHECK(sent.outcome == SendOutcome::Sent);
    CHECK(sent.reach == 4711);
    const CallbackRequest request = api.last();
    CHECK(request.subPath == QStringLiteral("/push/area"));
    CHECK(api.header(request, "authorization") == "Bearer push-token");
    const QJsonObject body = json(request);
    CHECK(body.value(QStringLiteral("area")).toObject().value(QStringLiteral("type")).toString() ==
          QStringLiteral("Polygon"));
    CHECK(body.value(QStringLiteral("message")).toString() == areaMessage().text);
    CHECK(body.value(QStringLiteral("areaDescription")).toString() ==
          areaMessage().areaDescription);
    CHECK(sender->checkHealth().status == SenderHealth::Status::Ok);

    OutgoingMessage noArea = areaMessage();
    noArea.areaGeoJson.clear();
    CHECK(sender->send(noArea).outcome == SendOutcome::Final);
    CHECK(api.count() == 2); // the health probe, not the message without an area
}

TEST_CASE("Social posts stay within 500 characters, link the information page and carry no "
          "personal data",
          "[senders][social]")
{
    FakeApi api;
    auto sender = create(
        QStringLiteral("social"),
        {{QStringLiteral("url"), api.url()},
         {QStringLiteral("token"), QStringLiteral("masto")},
         {QStringLiteral("infoUrl"), QStringLiteral("https://www.burgernet.nl/acties/utrecht")}});
    OutgoingMessage m = areaMessage();
    m.text = QString(700, QLatin1Char('a'));
    CHECK(sender->send(m).outcome == SendOutcome::Sent);
    const CallbackRequest request = api.last();
    CHECK(request.subPath == QStringLiteral("/api/v1/statuses"));
    CHECK(api.header(request, "idempotency-key") == "out-99");
    const QString status = json(request).value(QStringLiteral("status")).toString();
    CHECK(status.endsWith(QStringLiteral("\n\nhttps://www.burgernet.nl/acties/utrecht")));
    // Mastodon counts the link as 23 characters.
    const int counted = int(status.size()) -
                        int(QStringLiteral("https://www.burgernet.nl/acties/utrecht").size()) + 23;
    CHECK(counted <= 500);
    CHECK(status.contains(QChar(0x2026)));

    const int before = api.count();
    for (const QString& text :
         {QStringLiteral("Gezocht: bel 06-12345678"), QStringLiteral("Mail naar jan@example.org"),
          QStringLiteral("Gezien bij 3511 AB 12")}) {
        m.text = text;
        const SendResult refused = sender->send(m);
        CHECK(refused.outcome == SendOutcome::Final);
        CHECK(refused.error.contains(QStringLiteral("personal data")));
    }
    CHECK(api.count() == before);
    m.text = QStringLiteral("Gezien? Bel gratis 0800-0011.");
    CHECK(sender->send(m).outcome == SendOutcome::Sent);
}
