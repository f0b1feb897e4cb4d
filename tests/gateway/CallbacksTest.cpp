// Delivery reports that cannot be faked or lost, through the real session and its real
// listener with real HTTP requests: a callback without the sender's secret is refused (401/403)
// and recorded without the secret or personal data; the right one is let in, at the same
// address, port and secret after a restart. App tips arrive signed, become tips and an alarm.
#include "app/channels/common/CallbackRoutes.h"
#include "app/channels/common/HttpListener.h"
#include "app/services/AlarmService.h"
#include "app/services/TipService.h"
#include "app/session/AppTipRoute.h"
#include "app/session/CallbackSecrets.h"
#include "tests/gateway/LiveDesk.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>
#include <mutex>

using namespace burgernet;
using test::DispatchFixture;

namespace {

// Everything the program logs while a test runs, to look for secrets in it.
QStringList g_logged;
std::mutex g_logMutex;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        std::lock_guard lock(g_logMutex);
        g_logged << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

struct LogCapture
{
    LogCapture() { g_previous = qInstallMessageHandler(capture); }
    ~LogCapture() { qInstallMessageHandler(g_previous); }
    bool mentions(const QByteArray& secret) const
    {
        std::lock_guard lock(g_logMutex);
        for (const QString& line : g_logged)
            if (line.contains(QString::fromLatin1(secret)))
                return true;
        return false;
    }
};

const std::map<QString, QVariantMap> kKannel{
    {QStringLiteral("sms-kannel"),
     {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/cgi-bin/sendsms")},
      {QStringLiteral("username"), QStringLiteral("burgernet")},
      {QStringLiteral("password"), QStringLiteral("geheim")}}}};

HttpRequest get(const QUrl& base, const QString& path)
{
    HttpRequest r;
    r.url = base;
    r.url.setPath(path.section(QLatin1Char('?'), 0, 0));
    r.url.setQuery(path.section(QLatin1Char('?'), 1));
    r.timeoutMs = 10'000;
    return r;
}

HttpRequest postTip(const QUrl& base, const QByteArray& secret, const QByteArray& body,
                    const QByteArray& signature)
{
    HttpRequest r;
    r.method = "POST";
    r.url = base;
    r.url.setPath(QStringLiteral("/callbacks/app-tips/") + QString::fromLatin1(secret));
    r.body = body;
    r.addHeader("Content-Type", "application/json");
    if (!signature.isEmpty())
        r.addHeader(CallbackRoutes::kSignatureHeader, signature);
    r.timeoutMs = 10'000;
    return r;
}

} // namespace

TEST_CASE("A delivery report without the sender's secret is refused and recorded, with it it "
          "is let in, at the same port and secret after a restart",
          "[gateway][callbacks]")
{
    LogCapture log;
    DispatchFixture f;
    test::LiveDesk desk(f);
    desk.configure(kKannel);
    auto session = desk.open();
    HttpListener& listener = *session->listener();
    CHECK(listener.address() == QHostAddress(QHostAddress::LocalHost));
    const quint16 port = listener.port();
    const QUrl base = listener.baseUrl();
    auto secret = session->callbackSecrets()->secret(QStringLiteral("sms-kannel"));
    REQUIRE(secret.ok());
    CHECK(secret->size() >= 40);

    // No secret at all, the report's path without one (a wrong one), and one that is only a
    // prefix of the right one.
    CHECK(test::requestWhileServing(get(base, QStringLiteral("/callbacks/sms-kannel?id=1&type=1")))
              .status == 401);
    CHECK(test::requestWhileServing(
              get(base, QStringLiteral("/callbacks/sms-kannel/dlr?id=1&type=1")))
              .status == 403);
    CHECK(test::requestWhileServing(
              get(base, QStringLiteral("/callbacks/sms-kannel/%1/dlr?id=1&type=1")
                            .arg(QString::fromLatin1(secret->left(10)))))
              .status == 403);
    CHECK(session->refusedCallbacks() == 3);
    // One record per route and reason within ten seconds: the third waits to be counted.
    const auto refused = f.records(QStringLiteral("callback.refused"));
    REQUIRE(refused.size() == 2);
    CHECK(refused.at(0).actor == QStringLiteral("system"));
    CHECK(refused.at(0).objectId == QStringLiteral("sms-kannel"));
    CHECK(refused.at(0).result == QStringLiteral("denied"));
    const QString both = refused.at(0).details + refused.at(1).details;
    CHECK(both.contains(QStringLiteral("\"no-token\"")));
    CHECK(both.contains(QStringLiteral("\"wrong-token\"")));
    for (const auto& r : refused)
        CHECK_FALSE(r.details.contains(QString::fromLatin1(*secret)));

    // The right secret: Kannel's report reaches the sender (no such row: nothing changes).
    const QString dlr = QStringLiteral("/callbacks/sms-kannel/%1/dlr?id=424242&type=1")
                            .arg(QString::fromLatin1(*secret));
    const HttpResponse accepted = test::requestWhileServing(get(base, dlr));
    CHECK(accepted.status == 200);
    CHECK(accepted.body == "ok\n");
    // An unknown sender's path is not a sender at all.
    CHECK(test::requestWhileServing(get(base, QStringLiteral("/callbacks/nobody/x"))).status ==
          404);

    // A restart: the same port (remembered in the data folder) and the same secret.
    session.reset();
    session = desk.open();
    CHECK(session->listener()->port() == port);
    auto again = session->callbackSecrets()->secret(QStringLiteral("sms-kannel"));
    REQUIRE(again.ok());
    CHECK(*again == *secret);
    CHECK(test::requestWhileServing(get(session->listener()->baseUrl(), dlr)).status == 200);
    session.reset();
    CHECK_FALSE(log.mentions(*secret));
}

TEST_CASE("An app tip through the signed callback becomes a tip and an alarm, unsigned or "
          "badly signed ones are refused",
          "[gateway][callbacks][tips]")
{
    LogCapture log;
    DispatchFixture f;
    test::LiveDesk desk(f);
    desk.configure(kKannel);
    auto session = desk.open();
    const qint64 id = desk.sendAlert(*session, {Channel::sms()});
    const QUrl base = session->listener()->baseUrl();
    auto secret = session->callbackSecrets()->secret(QString::fromLatin1(AppTipRoute::kRoute));
    REQUIRE(secret.ok());

    const QByteArray body =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("action"), id},
                          {QStringLiteral("text"), QStringLiteral("Rode scooter richting station")},
                          {QStringLiteral("lat"), 52.0901},
                          {QStringLiteral("lon"), 5.1107},
                      })
            .toJson(QJsonDocument::Compact);
    // Unsigned, and signed with another key: refused, recorded, nothing stored.
    CHECK(test::requestWhileServing(postTip(base, *secret, body, {})).status == 403);
    CHECK(test::requestWhileServing(
              postTip(base, *secret, body, CallbackRoutes::signature("another key", body)))
              .status == 403);
    CHECK(session->tips().tips(id)->isEmpty());
    CHECK(f.records(QStringLiteral("callback.refused")).size() == 2);

    // Signed: stored as the app's tip, unrated, with its place; an alarm until someone rates it.
    const HttpResponse stored = test::requestWhileServing(
        postTip(base, *secret, body, CallbackRoutes::signature(*secret, body)));
    INFO(stored.body.toStdString());
    REQUIRE(stored.status == 201);
    auto tips = session->tips().tips(id);
    REQUIRE(tips.ok());
    REQUIRE(tips->size() == 1);
    const Tip tip = tips->first();
    CHECK(tip.source == TipSource::App);
    CHECK(tip.rating() == TipRating::Unrated);
    CHECK(tip.author == QStringLiteral("app"));
    CHECK(tip.located());
    CHECK(QJsonDocument::fromJson(stored.body).object().value(QStringLiteral("tip")).toInteger() ==
          tip.id);
    const auto received = f.records(QStringLiteral("action.tip_received"));
    REQUIRE(received.size() == 1);
    CHECK(received.front().actor == QStringLiteral("system"));
    CHECK_FALSE(received.front().details.contains(QStringLiteral("scooter")));

    auto alarms = session->alarms().active();
    REQUIRE(alarms.ok());
    const QString key = QStringLiteral("app-tip:%1").arg(id);
    const auto found = std::find_if(alarms->cbegin(), alarms->cend(),
                                    [&](const Alarm& a) { return a.key() == key; });
    REQUIRE(found != alarms->cend());
    CHECK(found->level == 1);
    // Rated: the alarm's cause is gone.
    REQUIRE(session->tips().rate(tip.id, TipRating::Useful).ok());
    alarms = session->alarms().active();
    CHECK(std::none_of(alarms->cbegin(), alarms->cend(),
                       [&](const Alarm& a) { return a.key() == key; }));

    // Bad input is named; a draft gets no tips.
    const QByteArray noAction = R"({"text":"iets gezien"})";
    const HttpResponse bad = test::requestWhileServing(
        postTip(base, *secret, noAction, CallbackRoutes::signature(*secret, noAction)));
    CHECK(bad.status == 400);
    CHECK(bad.body.contains("action"));
    session.reset();
    CHECK_FALSE(log.mentions(*secret));
}
