#include "app/services/SenderService.h"

#include "app/audit/AuditQuery.h"
#include "app/channels/BuiltinSenders.h"
#include "app/channels/secrets/SecretStore.h"
#include "app/core/Session.h"
#include "app/services/AuditService.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/FakeClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {
struct SenderFixture
{
    explicit SenderFixture(Mode mode = Mode::Live, Role role = Role::Administrator)
        : registry(createSenderRegistry(mode, test::systemClock(), QStringLiteral("/nonexistent")))
        , auditService(audit.log(), Session{QStringLiteral("beheerder.oost"), role,
                                            QStringLiteral("mk-oost-01"), mode})
        , service(*registry, secrets, auditService, dir.filePath(QStringLiteral("senders.ini")))
    {}

    std::vector<AuditRecord> records(const QString& action)
    {
        // Read as the checker would: the session's role may not review the audit log.
        return test::auditRecords(audit.path(), action, 100);
    }

    test::AuditFixture audit;
    QTemporaryDir dir;
    std::unique_ptr<SenderRegistry> registry;
    EncryptedFileSecretStore secrets{dir.filePath(QStringLiteral("secrets"))};
    AuditService auditService;
    SenderService service;
};
} // namespace

TEST_CASE("Sender settings: values to the settings file, secrets to the secret store, both "
          "recorded by name only",
          "[services][senders]")
{
    SenderFixture f;
    REQUIRE(f.service
                .saveSettings(QStringLiteral("sms-kannel"),
                              {{QStringLiteral("url"),
                                QStringLiteral("http://kannel.lan:13013/cgi-bin/sendsms")},
                               {QStringLiteral("username"), QStringLiteral("burgernet")},
                               {QStringLiteral("password"), QStringLiteral("Zeer-Geheim-42")}})
                .ok());
    CHECK(f.service.settings(QStringLiteral("sms-kannel"))
              .value(QStringLiteral("username"))
              .toString() == QStringLiteral("burgernet"));
    CHECK(
        f.service.settings(QStringLiteral("sms-kannel")).value(QStringLiteral("from")).toString() ==
        QStringLiteral("Burgernet")); // the default
    CHECK_FALSE(
        f.service.settings(QStringLiteral("sms-kannel")).contains(QStringLiteral("password")));
    CHECK(f.service.hasSecret(QStringLiteral("sms-kannel"), QStringLiteral("password")));

    QFile ini(f.dir.filePath(QStringLiteral("senders.ini")));
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(ini.readAll().contains("Zeer-Geheim"));

    const auto changes = f.records(QStringLiteral("sender.settings"));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].objectId == QStringLiteral("sms-kannel"));
    CHECK_FALSE(changes[0].details.contains(QStringLiteral("Zeer-Geheim")));
    CHECK(changes[0].details.contains(QStringLiteral("password")));

    // The sender gets the secret; an empty secret on the page keeps the stored one.
    REQUIRE(
        f.service
            .saveSettings(QStringLiteral("sms-kannel"), {{QStringLiteral("password"), QString()}})
            .ok());
    CHECK(f.records(QStringLiteral("sender.settings")).size() == 1); // nothing changed
    CHECK(f.service.hasSecret(QStringLiteral("sms-kannel"), QStringLiteral("password")));
}

TEST_CASE("Turning TLS verification off is explicit, warned and recorded", "[services][senders]")
{
    SenderFixture f;
    CHECK(f.service.settings(QStringLiteral("email-smtp"))
              .value(QStringLiteral("verifyTls"))
              .toBool());
    REQUIRE(
        f.service.saveSettings(QStringLiteral("email-smtp"), {{QStringLiteral("verifyTls"), false}})
            .ok());
    CHECK_FALSE(f.service.settings(QStringLiteral("email-smtp"))
                    .value(QStringLiteral("verifyTls"))
                    .toBool());
    const auto warnings = f.records(QStringLiteral("sender.tls-verification-off"));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].objectId == QStringLiteral("email-smtp"));
}

TEST_CASE("The rate agreed with a gateway is a sender setting the channel worker paces by",
          "[services][senders]")
{
    SenderFixture f;
    const auto rate = [&](const QString& id) {
        SenderContext context;
        auto sender = f.service.create(id, context);
        REQUIRE(sender.ok());
        return (*sender)->descriptor().capabilities.defaultRatePerSecond;
    };
    REQUIRE(f.service
                .saveSettings(QStringLiteral("email-smtp"),
                              {{QStringLiteral("host"), QStringLiteral("smtp.gemeente.nl")}})
                .ok());
    // Until a site sets one, the sender's own default; 0 keeps it too.
    CHECK(rate(QStringLiteral("email-smtp")) == 20);
    REQUIRE(
        f.service.saveSettings(QStringLiteral("email-smtp"), {{QStringLiteral("ratePerSecond"), 0}})
            .ok());
    CHECK(rate(QStringLiteral("email-smtp")) == 20);
    REQUIRE(
        f.service
            .saveSettings(QStringLiteral("email-smtp"), {{QStringLiteral("ratePerSecond"), 250}})
            .ok());
    CHECK(rate(QStringLiteral("email-smtp")) == 250);
    for (const QString id : {QStringLiteral("sms-kannel"), QStringLiteral("email-smtp"),
                             QStringLiteral("voice-gateway")}) {
        const auto d = f.service.descriptor(id);
        REQUIRE(d);
        CHECK(std::any_of(d->settings.begin(), d->settings.end(), [](const SenderSetting& s) {
            return s.key == QLatin1String("ratePerSecond");
        }));
    }
}

TEST_CASE("Test messages and settings need Permission::ManageSenders, refusals are recorded",
          "[services][senders]")
{
    SenderFixture f(Mode::Live, Role::Dispatcher);
    CHECK_FALSE(
        f.service.saveSettings(QStringLiteral("simulated"), {{QStringLiteral("latencyMs"), 5}})
            .ok());
    CHECK_FALSE(
        f.service.sendTestMessage(QStringLiteral("simulated"), QStringLiteral("+31612345678"))
            .ok());
    CHECK(f.records(QStringLiteral("sender.settings"))[0].result == QStringLiteral("denied"));
    CHECK(f.records(QStringLiteral("sender.test"))[0].result == QStringLiteral("denied"));
    // Health is for everyone: a status light, not an action.
    CHECK(f.service.checkHealth(QStringLiteral("simulated")).ok());
}

TEST_CASE("A test message goes through the sender, recorded without its recipient",
          "[services][senders]")
{
    SenderFixture f(Mode::Training, Role::Administrator);
    CHECK(f.service.senders().size() == 1); // training: the simulated sender only
    REQUIRE(f.service.saveSettings(QStringLiteral("simulated"), {{QStringLiteral("latencyMs"), 0}})
                .ok());
    auto result =
        f.service.sendTestMessage(QStringLiteral("simulated"), QStringLiteral("+31612345678"));
    REQUIRE(result.ok());
    CHECK(result->outcome == SendOutcome::Sent);
    const auto sent = f.records(QStringLiteral("sender.test.result"));
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].details.contains(QStringLiteral("sent")));
    for (const auto& record : f.records(QStringLiteral("sender.")))
        CHECK_FALSE(record.details.contains(QStringLiteral("31612345678")));
    CHECK_FALSE(
        f.service.sendTestMessage(QStringLiteral("sms-kannel"), QStringLiteral("+31612345678"))
            .ok());
}
