#include "app/channels/BuiltinSenders.h"
#include "app/channels/email_smtp/MimeMessage.h"
#include "tests/support/FakeClock.h"
#include "tests/support/PeerProcess.h"

#include <QJsonArray>
#include <QSet>

#include <catch2/catch.hpp>
#include <thread>

using namespace burgernet;

namespace {
struct SmtpFixture
{
    explicit SmtpFixture(QStringList arguments)
        : peer(test::supportScript(QStringLiteral("smtp_peer.py")), std::move(arguments))
    {
        REQUIRE(peer.started());
        settings = {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                    {QStringLiteral("port"), peer.ready().value(QStringLiteral("port")).toInt()},
                    {QStringLiteral("security"), QStringLiteral("none")},
                    {QStringLiteral("from"), QStringLiteral("meldkamer@burgernet.example")},
                    {QStringLiteral("fromName"), QStringLiteral("Burgernet Meldkamer Oost")}};
    }
    std::unique_ptr<ChannelSender> sender()
    {
        SenderContext context;
        context.settings = settings;
        auto created = registry->create(QStringLiteral("email-smtp"), context);
        REQUIRE(created.ok());
        return std::move(created).value();
    }
    QString cert() const { return peer.ready().value(QStringLiteral("cert")).toString(); }

    test::PeerProcess peer;
    QVariantMap settings;
    std::unique_ptr<SenderRegistry> registry =
        createSenderRegistry(Mode::Live, test::systemClock(), QStringLiteral("/nonexistent"));
};

OutgoingMessage mail(const QString& id = QStringLiteral("out-17"))
{
    OutgoingMessage m;
    m.messageId = id;
    m.actionId = QStringLiteral("A-2026-0042");
    m.channel = BuiltinChannel::Email;
    m.recipient = QStringLiteral("deelnemer@example.org");
    m.subject = QStringLiteral("Burgernet: uitkijken naar een man met een rode jas — Zoë’s buurt");
    m.text = QStringLiteral("Hier volgt een oproep voor Burgernet.\n\nWilt u uitkijken naar een "
                            "man (± 30 jaar) met een rode jas? Bel gratis 0800-0011.");
    m.createdAt = QDateTime(QDate(2026, 11, 28), QTime(0, 15), Qt::UTC);
    return m;
}
} // namespace

TEST_CASE("E-mail arrives at a real SMTP server with the right headers and encoding",
          "[senders][email][integration]")
{
    SmtpFixture smtp({});
    const SendResult result = smtp.sender()->send(mail());
    INFO(result.error.toStdString());
    REQUIRE(result.outcome == SendOutcome::Sent);
    CHECK(result.providerId == QStringLiteral("<out-17@burgernet.example>"));
    auto arrived = smtp.peer.next();
    REQUIRE(arrived);
    const QJsonObject headers = arrived->value(QStringLiteral("headers")).toObject();
    CHECK(arrived->value(QStringLiteral("mail_from")).toString() ==
          QStringLiteral("meldkamer@burgernet.example"));
    CHECK(arrived->value(QStringLiteral("rcpt_to")).toArray().first().toString() ==
          QStringLiteral("deelnemer@example.org"));
    CHECK(headers.value(QStringLiteral("Subject")).toString() == mail().subject);
    CHECK(headers.value(QStringLiteral("From")).toString() ==
          QStringLiteral("Burgernet Meldkamer Oost <meldkamer@burgernet.example>"));
    CHECK(headers.value(QStringLiteral("Message-ID")).toString() ==
          QStringLiteral("<out-17@burgernet.example>"));
    CHECK(headers.value(QStringLiteral("MIME-Version")).toString() == QStringLiteral("1.0"));
    CHECK(headers.value(QStringLiteral("Date")).toString() ==
          QStringLiteral("Sat, 28 Nov 2026 00:15:00 +0000"));
    CHECK(arrived->value(QStringLiteral("content_type")).toString() ==
          QStringLiteral("multipart/alternative"));
    CHECK(arrived->value(QStringLiteral("text_charset")).toString() == QStringLiteral("utf-8"));
    CHECK(arrived->value(QStringLiteral("text")).toString().trimmed() == mail().text);
    CHECK(arrived->value(QStringLiteral("html"))
              .toString()
              .contains(QStringLiteral(
                  "<p>Wilt u uitkijken naar een man (± 30 jaar) met een rode jas?")));
}

TEST_CASE("One sender sends many e-mails over one SMTP connection, and a new worker thread "
          "opens its own",
          "[senders][email][integration]")
{
    SmtpFixture smtp({});
    auto sender = smtp.sender();
    QSet<int> ports;
    for (int i = 0; i < 5; ++i) {
        const SendResult result = sender->send(mail(QStringLiteral("out-%1").arg(i)));
        INFO(result.error.toStdString());
        REQUIRE(result.outcome == SendOutcome::Sent);
        auto arrived = smtp.peer.next();
        REQUIRE(arrived);
        ports.insert(arrived->value(QStringLiteral("peer_port")).toInt());
    }
    CHECK(ports.size() == 1);

    // A second run's worker is a new thread: a new connection, and the first is let go.
    std::thread([&] {
        const SendResult result = smtp.sender()->send(mail(QStringLiteral("out-9")));
        CHECK(result.outcome == SendOutcome::Sent);
    }).join();
    auto arrived = smtp.peer.next();
    REQUIRE(arrived);
    CHECK(!ports.contains(arrived->value(QStringLiteral("peer_port")).toInt()));
}

TEST_CASE("SMTP faults: 4xx retryable, 5xx final, a vanished server retryable or uncertain",
          "[senders][email][integration]")
{
    SECTION("451 at DATA")
    {
        SmtpFixture smtp({QStringLiteral("--mode"), QStringLiteral("tempfail")});
        const SendResult result = smtp.sender()->send(mail());
        CHECK(result.outcome == SendOutcome::Retryable);
        CHECK(result.error.contains(QStringLiteral("451")));
    }
    SECTION("550 at RCPT")
    {
        SmtpFixture smtp({QStringLiteral("--mode"), QStringLiteral("permfail")});
        const SendResult result = smtp.sender()->send(mail());
        CHECK(result.outcome == SendOutcome::Final);
        CHECK(result.error.contains(QStringLiteral("550")));
        CHECK_FALSE(result.error.contains(QStringLiteral("deelnemer"))); // no address in errors
    }
    SECTION("The server disappears before the message")
    {
        SmtpFixture smtp({QStringLiteral("--mode"), QStringLiteral("drop-before-data")});
        CHECK(smtp.sender()->send(mail()).outcome == SendOutcome::Retryable);
        // ... and is gone now: the connection is refused.
        auto sender = smtp.sender();
        CHECK(sender->send(mail()).outcome == SendOutcome::Retryable);
        CHECK(sender->checkHealth().status == SenderHealth::Status::Down);
    }
    SECTION("The server disappears after the message")
    {
        SmtpFixture smtp({QStringLiteral("--mode"), QStringLiteral("drop-after-data")});
        CHECK(smtp.sender()->send(mail()).outcome == SendOutcome::Uncertain);
    }
}

TEST_CASE("SMTP with STARTTLS and login verifies the certificate unless told otherwise",
          "[senders][email][integration]")
{
    SmtpFixture smtp({QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                      QStringLiteral("meldkamer:geheim")});
    smtp.settings[QStringLiteral("security")] = QStringLiteral("starttls");
    smtp.settings[QStringLiteral("username")] = QStringLiteral("meldkamer");
    smtp.settings[QStringLiteral("password")] = QStringLiteral("geheim");

    // A self-signed certificate is refused by default.
    SendResult refused = smtp.sender()->send(mail(QStringLiteral("a")));
    CHECK(refused.outcome == SendOutcome::Final);
    // With the site's CA it is trusted.
    smtp.settings[QStringLiteral("caFile")] = smtp.cert();
    auto sender = smtp.sender();
    CHECK(sender->checkHealth().status == SenderHealth::Status::Ok);
    const SendResult sent = sender->send(mail(QStringLiteral("b")));
    INFO(sent.error.toStdString());
    CHECK(sent.outcome == SendOutcome::Sent);
    REQUIRE(smtp.peer.next());
    // A wrong password is final.
    smtp.settings[QStringLiteral("password")] = QStringLiteral("fout");
    const SendResult denied = smtp.sender()->send(mail(QStringLiteral("c")));
    INFO(denied.error.toStdString());
    CHECK(denied.outcome == SendOutcome::Final);
}

TEST_CASE("SMTPS with verification explicitly off", "[senders][email][integration]")
{
    SmtpFixture smtp({QStringLiteral("--tls"), QStringLiteral("smtps")});
    smtp.settings[QStringLiteral("security")] = QStringLiteral("smtps");
    smtp.settings[QStringLiteral("verifyTls")] = false;
    const SendResult sent = smtp.sender()->send(mail());
    INFO(sent.error.toStdString());
    CHECK(sent.outcome == SendOutcome::Sent);
    CHECK(smtp.peer.next());
}

TEST_CASE("Header words are RFC 2047 encoded in whole characters", "[senders][email]")
{
    CHECK(encodeHeaderWord(QStringLiteral("Burgernet")) == "Burgernet");
    const QByteArray encoded = encodeHeaderWord(QString(40, QChar(0x00EB)));
    for (const QByteArray& word : encoded.split('\n'))
        CHECK(word.trimmed().size() <= 75);
    CHECK(encoded.startsWith("=?UTF-8?B?"));
}
