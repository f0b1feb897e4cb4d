#include "app/channels/BuiltinSenders.h"
#include "app/channels/common/HttpClient.h"
#include "app/channels/common/HttpListener.h"
#include "app/channels/sms_kannel/KannelSmsSender.h"
#include "app/channels/sms_kannel/SmsText.h"
#include "tests/support/FakeClock.h"
#include "tests/support/PeerProcess.h"
#include "tests/support/Wait.h"

#include <QTest>

#include <catch2/catch.hpp>
#include <mutex>

using namespace burgernet;

TEST_CASE("SMS texts: GSM-7 where it fits, UCS-2 otherwise, and the parts", "[senders][sms]")
{
    CHECK(analyseSmsText(QStringLiteral("Kijk uit naar een man")).gsm7);
    CHECK(analyseSmsText(QStringLiteral("Café [rood] €5")).gsm7); // é basic, [ ] € extension
    CHECK(analyseSmsText(QStringLiteral("Café [rood] €5")).units == 17); // 14 + 3 escapes
    CHECK_FALSE(analyseSmsText(QStringLiteral("Zoë")).gsm7);
    CHECK_FALSE(analyseSmsText(QStringLiteral("„aanhalingstekens”")).gsm7);
    CHECK_FALSE(analyseSmsText(QString::fromUtf8("ok \xF0\x9F\x9A\x93")).gsm7); // emoji
    CHECK(analyseSmsText(QString(160, QLatin1Char('a'))).parts == 1);
    CHECK(analyseSmsText(QString(161, QLatin1Char('a'))).parts == 2);
    CHECK(analyseSmsText(QString(306, QLatin1Char('a'))).parts == 2);
    CHECK(analyseSmsText(QString(307, QLatin1Char('a'))).parts == 3);
    CHECK(analyseSmsText(QString(80, QLatin1Char('{'))).parts == 1); // 160 septets
    CHECK(analyseSmsText(QString(81, QLatin1Char('{'))).parts == 2);
    CHECK(analyseSmsText(QString(70, QChar(0x00EB))).parts == 1);
    CHECK(analyseSmsText(QString(71, QChar(0x00EB))).parts == 2);
    CHECK(analyseSmsText(QString(134, QChar(0x00EB))).parts == 2);
    CHECK(analyseSmsText(QString(135, QChar(0x00EB))).parts == 3);
}

TEST_CASE("Kannel's answers map to sent, retryable and final", "[senders][sms]")
{
    auto reply = [](int status, const char* body) {
        HttpResponse r;
        r.status = status;
        r.body = body;
        return KannelSmsSender::mapReply(r).outcome;
    };
    CHECK(reply(202, "0: Accepted for delivery") == SendOutcome::Sent);
    CHECK(reply(202, "3: Queued for later delivery") == SendOutcome::Sent);
    CHECK(reply(403, "Authorization failed for sendsms") == SendOutcome::Final);
    CHECK(reply(400, "Missing receiver number") == SendOutcome::Final);
    CHECK(reply(503, "4: Temporal failure, try again later.") == SendOutcome::Retryable);
    CHECK(reply(202, "something else") == SendOutcome::Uncertain);
    HttpResponse refused;
    refused.curlCode = 7;
    CHECK(KannelSmsSender::mapReply(refused).outcome == SendOutcome::Retryable);
    HttpResponse lost;
    lost.curlCode = 28;
    lost.requestSent = true;
    CHECK(KannelSmsSender::mapReply(lost).outcome == SendOutcome::Uncertain);
}

namespace {
struct Reports
{
    std::mutex mutex;
    QList<DeliveryReport> list;
    int count(DeliveryReport::Status status)
    {
        std::lock_guard lock(mutex);
        return int(std::count_if(list.begin(), list.end(),
                                 [&](const auto& r) { return r.status == status; }));
    }
};

OutgoingMessage sms(const QString& id, const QString& text)
{
    OutgoingMessage m;
    m.messageId = id;
    m.channel = BuiltinChannel::Sms;
    m.recipient = QStringLiteral("+31612345678");
    m.text = text;
    return m;
}

QByteArray ucs2(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}
} // namespace

TEST_CASE("SMS through real Kannel reaches the fake SMSC and delivery reports come back",
          "[senders][sms][integration]")
{
    test::PeerProcess kannel(test::supportScript(QStringLiteral("kannel_peer.py")));
    REQUIRE(kannel.started());

    Reports reports;
    HttpListener listener;
    REQUIRE(listener.start() != 0);
    SenderContext context;
    context.settings = {
        {QStringLiteral("url"), kannel.ready().value(QStringLiteral("sendsms")).toString()},
        {QStringLiteral("username"), QStringLiteral("burgernet")},
        {QStringLiteral("password"), QStringLiteral("geheim")}};
    context.deliveryReport = [&](const DeliveryReport& r) {
        std::lock_guard lock(reports.mutex);
        reports.list.append(r);
    };
    auto registry =
        createSenderRegistry(Mode::Live, test::systemClock(), QStringLiteral("/nonexistent"));
    // The listener route needs the sender, the sender needs the route's URL.
    context.callbackUrl = listener.baseUrl();
    context.callbackUrl.setPath(QStringLiteral("/callbacks/sms-kannel"));
    auto created = registry->create(QStringLiteral("sms-kannel"), context);
    REQUIRE(created.ok());
    ChannelSender& sender = **created;
    listener.routeSender(QStringLiteral("sms-kannel"), &sender);

    SECTION("GSM-7 text with a delivery report")
    {
        const SendResult result = sender.send(
            sms(QStringLiteral("out-1"), QStringLiteral("Kijk uit naar een rode auto")));
        CHECK(result.outcome == SendOutcome::Sent);
        CHECK(result.parts == 1);
        auto arrived = kannel.next();
        REQUIRE(arrived);
        CHECK(arrived->value(QStringLiteral("to")).toString() == QStringLiteral("+31612345678"));
        CHECK(arrived->value(QStringLiteral("from")).toString() == QStringLiteral("Burgernet"));
        CHECK(QByteArray::fromHex(arrived->value(QStringLiteral("data")).toString().toLatin1()) ==
              "Kijk uit naar een rode auto");
        REQUIRE(test::waitUntil(
            [&] { return reports.count(DeliveryReport::Status::Delivered) == 1; }, 10000));
        std::lock_guard lock(reports.mutex);
        CHECK(reports.list.last().messageId == QStringLiteral("out-1"));
    }
    SECTION("UCS-2 text arrives as UCS-2")
    {
        const QString text = QStringLiteral("Zoë zag een „blauwe” fiets");
        CHECK(sender.send(sms(QStringLiteral("out-2"), text)).outcome == SendOutcome::Sent);
        auto arrived = kannel.next();
        REQUIRE(arrived);
        CHECK(QByteArray::fromHex(arrived->value(QStringLiteral("data")).toString().toLatin1()) ==
              ucs2(text));
    }
    SECTION("A long text is concatenated")
    {
        const QString text = QString(200, QLatin1Char('x'));
        const SendResult result = sender.send(sms(QStringLiteral("out-3"), text));
        CHECK(result.outcome == SendOutcome::Sent);
        CHECK(result.parts == 2);
        QByteArray joined;
        for (int part = 0; part < 2; ++part) {
            auto arrived = kannel.next();
            REQUIRE(arrived);
            CHECK(arrived->value(QStringLiteral("udh"))
                      .toString()
                      .startsWith(QStringLiteral("050003")));
            joined +=
                QByteArray::fromHex(arrived->value(QStringLiteral("data")).toString().toLatin1());
        }
        CHECK(joined == QByteArray(200, 'x'));
    }
    SECTION("A wrong password is final, a stopped Kannel retryable")
    {
        context.settings[QStringLiteral("password")] = QStringLiteral("fout");
        auto wrong = registry->create(QStringLiteral("sms-kannel"), context);
        REQUIRE(wrong.ok());
        const SendResult refused =
            (*wrong)->send(sms(QStringLiteral("out-4"), QStringLiteral("x")));
        CHECK(refused.outcome == SendOutcome::Final);
        CHECK(refused.error.contains(QStringLiteral("403")));
        CHECK_FALSE(refused.error.contains(QStringLiteral("fout"))); // no secrets in errors
        CHECK(sender.checkHealth().status == SenderHealth::Status::Ok);
        kannel.stop();
        CHECK(sender.send(sms(QStringLiteral("out-5"), QStringLiteral("x"))).outcome ==
              SendOutcome::Retryable);
        CHECK(sender.checkHealth().status == SenderHealth::Status::Down);
    }
    listener.removeRoute(QStringLiteral("/callbacks/sms-kannel"));
}

TEST_CASE("Training messages never leave through the SMS sender", "[senders][sms][training]")
{
    KannelSmsSender sender({{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")}}});
    OutgoingMessage m = sms(QStringLiteral("t"), QStringLiteral("x"));
    m.mode = Mode::Training;
    CHECK(sender.send(m).outcome == SendOutcome::Final);
}
