#include "ui/senders/SendersDialog.h"

#include "app/audit/AuditQuery.h"
#include "app/channels/BuiltinSenders.h"
#include "app/channels/secrets/SecretStore.h"
#include "app/core/Session.h"
#include "app/services/AuditService.h"
#include "app/services/SenderService.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/Wait.h"
#include "ui/senders/ListenButton.h"
#include "ui/senders/SenderSettingsForm.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {
struct DialogFixture
{
    explicit DialogFixture(Mode mode, Role role = Role::Administrator)
        : registry(createSenderRegistry(mode, test::systemClock(), QStringLiteral("/nonexistent")))
        , auditService(audit.log(),
                       Session{QStringLiteral("beheerder"), role, QStringLiteral("ws"), mode})
        , service(*registry, secrets, auditService, dir.filePath(QStringLiteral("senders.ini")))
    {}
    int records(const QString& action)
    {
        auto query = auditService.openQuery();
        REQUIRE(query.ok());
        AuditFilter filter;
        filter.action = action;
        auto page = (*query)->page(filter, 0, 100);
        REQUIRE(page.ok());
        return int(page->size());
    }
    test::AuditFixture audit;
    QTemporaryDir dir;
    std::unique_ptr<SenderRegistry> registry;
    EncryptedFileSecretStore secrets{dir.filePath(QStringLiteral("secrets"))};
    AuditService auditService;
    SenderService service;
};
} // namespace

TEST_CASE("Senders page: generated form, save, health light and test message", "[ui][senders]")
{
    DialogFixture f(Mode::Training);
    SendersDialog dialog(f.service);
    REQUIRE(dialog.list()->count() == 1); // training: simulated only
    REQUIRE(dialog.form());
    auto* latency = qobject_cast<QSpinBox*>(dialog.form()->editor(QStringLiteral("latencyMs")));
    REQUIRE(latency);
    CHECK(latency->value() == 10); // the default from the schema
    latency->setValue(0);
    dialog.findChild<QPushButton*>(QStringLiteral("saveSettings"))->click();
    CHECK(f.service.settings(QStringLiteral("simulated"))
              .value(QStringLiteral("latencyMs"))
              .toInt() == 0);
    CHECK(f.records(QStringLiteral("sender.settings")) == 1);

    dialog.findChild<QPushButton*>(QStringLiteral("checkHealth"))->click();
    REQUIRE(test::waitUntil(
        [&] {
            return (dialog.list()->item(0)->data(Qt::UserRole + 1).toString()) ==
                   (QStringLiteral("ok"));
        },
        5000));

    dialog.findChild<QLineEdit*>(QStringLiteral("testRecipient"))
        ->setText(QStringLiteral("+31612345678"));
    dialog.findChild<QPushButton*>(QStringLiteral("sendTest"))->click();
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("senderResult"));
    REQUIRE(test::waitUntil([&] { return result->text().contains(QStringLiteral("sent")); }, 5000));
    CHECK(f.records(QStringLiteral("sender.test.result")) == 1);
}

TEST_CASE("Senders page: secrets never shown, TLS warning, read-only for other roles",
          "[ui][senders]")
{
    DialogFixture f(Mode::Live);
    REQUIRE(f.service
                .saveSettings(QStringLiteral("email-smtp"),
                              {{QStringLiteral("password"), QStringLiteral("pw-123")}})
                .ok());
    SendersDialog dialog(f.service);
    for (int row = 0; row < dialog.list()->count(); ++row)
        if (dialog.list()->item(row)->data(Qt::UserRole).toString() == QLatin1String("email-smtp"))
            dialog.list()->setCurrentRow(row);
    REQUIRE(dialog.currentId() == QStringLiteral("email-smtp"));
    auto* password = qobject_cast<QLineEdit*>(dialog.form()->editor(QStringLiteral("password")));
    REQUIRE(password);
    CHECK(password->text().isEmpty());
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(password->placeholderText().contains(QStringLiteral("stored")));
    auto* verify = qobject_cast<QCheckBox*>(dialog.form()->editor(QStringLiteral("verifyTls")));
    auto* warning = dialog.form()->findChild<QLabel*>(QStringLiteral("tlsWarning"));
    REQUIRE(verify);
    REQUIRE(warning);
    CHECK(verify->isChecked());
    CHECK(warning->isHidden());
    verify->setChecked(false);
    CHECK_FALSE(warning->isHidden());

    DialogFixture other(Mode::Live, Role::Dispatcher);
    SendersDialog readOnly(other.service);
    CHECK_FALSE(readOnly.findChild<QPushButton*>(QStringLiteral("saveSettings"))->isEnabled());
    CHECK_FALSE(readOnly.findChild<QPushButton*>(QStringLiteral("sendTest"))->isEnabled());
    CHECK(readOnly.findChild<QPushButton*>(QStringLiteral("checkHealth"))->isEnabled());
}

TEST_CASE("Listen button says so when no speech engine is installed", "[ui][senders]")
{
    ListenButton button;
    button.setScript(QStringLiteral("Hier volgt een oproep voor Burgernet."));
    const bool engines = !QTextToSpeech::availableEngines().isEmpty();
    CHECK(button.engineAvailable() == engines);
    CHECK(button.isEnabled() == engines);
    if (!engines)
        CHECK(button.toolTip().contains(QStringLiteral("No text-to-speech engine")));
}
