// The window's policy page: offered to administrators only, and every change goes through
// SettingsService, whose refusal (permission, range) the page shows.
#include "ui/dialogs/PolicyDialog.h"

#include "app/audit/AuditLog.h"
#include "app/audit/AuditQuery.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/services/AuditService.h"
#include "app/services/SettingsService.h"
#include "app/storage/Database.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/security/IdleWatcher.h"

#include <QAction>
#include <QSpinBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

struct PolicyWindow
{
    explicit PolicyWindow(Role role, Mode mode = Mode::Live)
    {
        auto opened = Database::open(temp->spec());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        AuditLog::Options options;
        options.path = dir.filePath(u"audit.sqlite"_s);
        options.keyPath = dir.filePath(u"audit.key"_s);
        options.workstation = u"mk-west-07"_s;
        auto log = AuditLog::open(options, clock);
        REQUIRE(log.ok());
        auditLog = std::move(log).value();
        audit = std::make_unique<AuditService>(*auditLog,
                                               Session{u"jan"_s, role, u"mk-west-07"_s, mode});
        service = std::make_unique<SettingsService>(*settings, *audit, db.get());
    }
    std::unique_ptr<MainWindow> window()
    {
        return std::make_unique<MainWindow>(
            ConsoleServices{*settings, *db, clock, *audit, *service, audit->session().mode});
    }
    int records(const QString& result)
    {
        auto query = AuditQuery::open(dir.filePath(u"audit.sqlite"_s));
        REQUIRE(query.ok());
        AuditFilter filter;
        filter.action = u"settings.change"_s;
        auto page = (*query)->page(filter, 0, 100);
        REQUIRE(page.ok());
        int n = 0;
        for (const auto& r : *page)
            n += r.result == result;
        return n;
    }

    QTemporaryDir dir;
    std::unique_ptr<test::TempDatabase> temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    std::unique_ptr<Database> db;
    test::FakeClock clock;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(u"s.ini"_s));
    std::unique_ptr<AuditLog> auditLog;
    std::unique_ptr<AuditService> audit;
    std::unique_ptr<SettingsService> service;
};

} // namespace

TEST_CASE("The policy page is an administrator's, it changes the register through the service",
          "[ui][settings]")
{
    PolicyWindow admin(Role::Administrator);
    auto window = admin.window();
    CHECK(window->findChild<QAction*>(u"policyAction"_s));

    PolicyDialog dialog(*admin.service, window.get());
    QSpinBox* idle = dialog.field(PolicyKey::IdleLockMinutes);
    // The page offers the live range only: 0 (the lock off) is not among its values.
    CHECK(idle->minimum() == 1);
    CHECK(idle->maximum() == 240);
    CHECK(idle->value() == 10);
    idle->setValue(25);
    dialog.field(PolicyKey::SignInMaxFailures)->setValue(10);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.errorText().isEmpty());
    const PolicyValues values = *admin.service->policy();
    CHECK(values.value(PolicyKey::IdleLockMinutes) == 25);
    CHECK(values.value(PolicyKey::SignInMaxFailures) == 10);
    CHECK(admin.records(u"ok"_s) == 2);

    // A window opened afterwards locks after the new idle time.
    CHECK(admin.window()->idleWatcher()->idleMs() == 25 * 60'000);

    // The service's cross-key rule holds in the window as in burgernetctl.
    PolicyDialog again(*admin.service, window.get());
    again.field(PolicyKey::AccountLockFailures)->setValue(8);
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.errorText().contains(u"security/signInMaxFailures"_s));
    CHECK(admin.service->policy()->value(PolicyKey::AccountLockFailures) == 15);
}

TEST_CASE("Other roles get no policy page, and the service refuses them there too",
          "[ui][settings]")
{
    PolicyWindow supervisor(Role::Supervisor);
    auto window = supervisor.window();
    CHECK_FALSE(window->findChild<QAction*>(u"policyAction"_s));

    PolicyDialog dialog(*supervisor.service, window.get());
    dialog.field(PolicyKey::ReauthRecipients)->setValue(5);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(u"supervisor"_s));
    CHECK(supervisor.service->policy()->value(PolicyKey::ReauthRecipients) == 1000);
    CHECK(supervisor.records(u"denied"_s) == 1);
}
