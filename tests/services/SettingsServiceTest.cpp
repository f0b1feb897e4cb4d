#include "app/services/SettingsService.h"

#include "app/audit/AuditQuery.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/services/AuditService.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/AuditRecords.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

struct ServicesFixture
{
    test::AuditFixture audit;
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    AuditService auditService{audit.log(),
                              Session{QStringLiteral("centralist.west"), Role::Dispatcher,
                                      QStringLiteral("mk-west-07"), Mode::Live}};
    SettingsService service{*settings, auditService};

    std::vector<AuditRecord> records(const QString& action)
    {
        // Read directly: a dispatcher may not review the log through the service.
        return test::auditRecords(audit.path(), action, 100);
    }
};

} // namespace

TEST_CASE("A language change is recorded before it takes effect", "[services][audit]")
{
    ServicesFixture f;
    REQUIRE(f.service.setLanguage(QStringLiteral("nl")).ok());
    CHECK(f.settings->value(keys::UiLanguage) == QStringLiteral("nl"));
    const auto changes = f.records(QStringLiteral("settings.change"));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].actor == QStringLiteral("centralist.west"));
    CHECK(changes[0].objectId == QStringLiteral("ui/language"));
    const QJsonObject details = QJsonDocument::fromJson(changes[0].details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("from")).toString() == QStringLiteral("auto"));
    CHECK(details.value(QStringLiteral("to")).toString() == QStringLiteral("nl"));

    REQUIRE(f.service.setLanguage(QStringLiteral("nl")).ok()); // no change, no record
    CHECK(f.records(QStringLiteral("settings.change")).size() == 1);
    CHECK_FALSE(f.service.setLanguage(QStringLiteral("fr")).ok());
    CHECK(f.settings->value(keys::UiLanguage) == QStringLiteral("nl"));
}

TEST_CASE("A change made outside the console, or cut off by a crash, is recorded at start",
          "[services][audit]")
{
    ServicesFixture f;
    REQUIRE(f.service.reconcile().ok());
    CHECK(f.records(QStringLiteral("settings.drift")).empty());

    // Someone edits the settings file by hand.
    f.settings->setValue(keys::UiLanguage, QStringLiteral("en"));
    REQUIRE(f.service.reconcile().ok());
    auto drift = f.records(QStringLiteral("settings.drift"));
    REQUIRE(drift.size() == 1);
    CHECK(drift[0].actor == QStringLiteral("system"));
    REQUIRE(f.service.reconcile().ok()); // recorded once
    CHECK(f.records(QStringLiteral("settings.drift")).size() == 1);

    // The record was written but the console died before the value was stored.
    REQUIRE(f.auditService
                .record(QStringLiteral("settings.change"), QStringLiteral("setting"),
                        QStringLiteral("ui/language"), AuditResult::Ok,
                        {{QStringLiteral("from"), QStringLiteral("en")},
                         {QStringLiteral("to"), QStringLiteral("nl")}})
                .ok());
    REQUIRE(f.service.reconcile().ok());
    drift = f.records(QStringLiteral("settings.drift"));
    REQUIRE(drift.size() == 2);
    const QJsonObject details = QJsonDocument::fromJson(drift[0].details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("expected")).toString() == QStringLiteral("nl"));
    CHECK(details.value(QStringLiteral("found")).toString() == QStringLiteral("en"));
}

TEST_CASE("The address search service is a recorded setting: a hand edit is drift",
          "[services][audit]")
{
    ServicesFixture f;
    REQUIRE(f.service.reconcile().ok());
    CHECK(f.records(QStringLiteral("settings.drift")).empty());
    // Searches would go elsewhere: the change is on record at the next start.
    f.settings->setValue(keys::GeocoderUrl, QStringLiteral("http://geocoder.example/v3_1"));
    REQUIRE(f.service.reconcile().ok());
    auto drift = f.records(QStringLiteral("settings.drift"));
    REQUIRE(drift.size() == 1);
    CHECK(drift[0].objectId == QStringLiteral("geocode/serviceUrl"));
}
