// One test per role: what it can and cannot do, through the same services the window and
// burgernetctl call. A refusal must come from the service (not from a hidden button) and be
// recorded as denied.
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/register/DemoPopulation.h"
#include "app/services/ParticipantService.h"
#include "app/services/SettingsService.h"
#include "tests/security/SecurityTestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

using Abilities = std::map<std::string, bool>;

// Tries every guarded action as `session` and reports which the services allowed.
Abilities tryEverything(const Session& session)
{
    test::AccountsFixture f;
    REQUIRE(DemoPopulation::generate(*f.db, 40, 3).ok());
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(u"s.ini"_s));
    AuditService audit(f.audit.log(), session);
    ParticipantService participants(*f.db, audit);
    SettingsService settingsService(*settings, audit, f.db.get());
    UserService users(*f.db, audit, f.audit.clock(), PasswordHasher::minimum());

    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(u"SELECT id, pseudonym FROM participants ORDER BY id LIMIT 2"_s));
    REQUIRE(q.next());
    const qint64 firstId = q.value(0).toLongLong();
    const QString first = q.value(1).toString();
    REQUIRE(q.next());
    const QString second = q.value(1).toString();
    q.finish();

    Abilities can;
    can["review audit"] = audit.openQuery().ok();
    can["verify audit"] = audit.verify().ok();
    can["export audit"] = audit.exportCsv({}, dir.filePath(u"audit.csv"_s)).ok();
    can["change settings"] = settingsService.setPolicy(PolicyKey::IdleLockMinutes, 5).ok();
    can["own language"] = settingsService.setLanguage(u"nl"_s).ok();
    can["export participants"] = participants.exportCsv(dir.filePath(u"p.csv"_s)).ok();
    // A file to import, written by the register's administrator.
    ParticipantService asAdministrator(*f.db, *f.administrator);
    REQUIRE(asAdministrator.exportCsv(dir.filePath(u"ws.csv"_s)).ok());
    can["import participants"] =
        participants.importCsv(dir.filePath(u"ws.csv"_s), dir.filePath(u"r.csv"_s)).ok();
    can["participant details"] = participants.openDetails(firstId, first).ok();
    can["erase participant"] = participants.erase(second).ok();
    can["purge participants"] = participants.purgeUnsubscribed(90, f.audit.clock().nowUtc()).ok();
    can["manage users"] = users.add(u"nieuw"_s, Role::Dispatcher, {}, u"a-new-password"_s).ok();
    can["send live"] = session.can(Permission::SendAction);
    can["approve"] = session.can(Permission::ApproveAction);
    can["send non-urgent"] = session.can(Permission::SendNonUrgent);
    can["view participants"] = participants.list({}, 0, 5).ok();

    // Every refusal by a service left a denied record.
    const auto denied = [&] {
        auto query = AuditQuery::open(f.audit.path());
        REQUIRE(query.ok());
        AuditFilter filter;
        filter.actor = session.user;
        auto page = (*query)->page(filter, 0, 1000);
        REQUIRE(page.ok());
        int n = 0;
        for (const auto& r : *page)
            n += r.result == u"denied"_s;
        return n;
    }();
    int refusals = 0;
    for (const char* key : {"review audit", "verify audit", "export audit", "change settings",
                            "export participants", "participant details", "erase participant",
                            "purge participants", "manage users", "view participants"})
        refusals += can[key] ? 0 : 1;
    CHECK(denied >= refusals);
    return can;
}

void expect(const Abilities& got, const Abilities& want)
{
    for (const auto& [what, allowed] : want) {
        INFO(what);
        REQUIRE(got.count(what) == 1);
        CHECK(got.at(what) == allowed);
    }
}

} // namespace

TEST_CASE("Role dispatcher: sends and sees the masked list, nothing else", "[security][roles]")
{
    expect(tryEverything(test::sessionAs(u"centralist"_s, Role::Dispatcher)),
           {{"review audit", false},
            {"verify audit", false},
            {"export audit", false},
            {"change settings", false},
            {"own language", true},
            {"export participants", false},
            {"import participants", false},
            {"participant details", false},
            {"erase participant", false},
            {"purge participants", false},
            {"manage users", false},
            {"send live", true},
            {"approve", false},
            {"send non-urgent", true},
            {"view participants", true}});
}

TEST_CASE("Role supervisor: sends, approves, reviews the log and opens details",
          "[security][roles]")
{
    expect(tryEverything(test::sessionAs(u"chef"_s, Role::Supervisor)),
           {{"review audit", true},
            {"verify audit", true},
            {"export audit", true},
            {"change settings", false},
            {"own language", true},
            {"export participants", false},
            {"import participants", false},
            {"participant details", true},
            {"erase participant", false},
            {"purge participants", false},
            {"manage users", false},
            {"send live", true},
            {"approve", true},
            {"send non-urgent", true},
            {"view participants", true}});
}

TEST_CASE("Role trainer: sends in training only", "[security][roles]")
{
    const Abilities live = tryEverything(test::sessionAs(u"trainer"_s, Role::Trainer));
    expect(live, {{"review audit", true},
                  {"export audit", false},
                  {"change settings", false},
                  {"export participants", false},
                  {"import participants", false},
                  {"participant details", false},
                  {"erase participant", false},
                  {"manage users", false},
                  {"send live", false},
                  {"approve", false},
                  {"send non-urgent", false},
                  {"view participants", true}});
    const Session training = test::sessionAs(u"trainer"_s, Role::Trainer, Mode::Training);
    CHECK(training.can(Permission::SendAction));
    CHECK(training.can(Permission::ApproveAction));
    CHECK_FALSE(test::sessionAs(u"trainer"_s, Role::Trainer).can(Permission::SendAction));
}

TEST_CASE("Role administrator: accounts, settings and the register, but sends nothing",
          "[security][roles]")
{
    expect(tryEverything(test::sessionAs(u"beheer"_s, Role::Administrator)),
           {{"review audit", true},
            {"verify audit", true},
            {"export audit", true},
            {"change settings", true},
            {"own language", true},
            {"export participants", true},
            {"import participants", true},
            {"participant details", true},
            {"erase participant", true},
            {"purge participants", true},
            {"manage users", true},
            {"send live", false},
            {"approve", false},
            {"send non-urgent", false},
            {"view participants", true}});
}

TEST_CASE("Role municipal editor: non-urgent notices only, no register, no log",
          "[security][roles]")
{
    const Session editor =
        test::sessionAs(u"redactie"_s, Role::MunicipalEditor, Mode::Live, u"Utrecht"_s);
    expect(tryEverything(editor), {{"review audit", false},
                                   {"verify audit", false},
                                   {"export audit", false},
                                   {"change settings", false},
                                   {"own language", true},
                                   {"export participants", false},
                                   {"import participants", false},
                                   {"participant details", false},
                                   {"erase participant", false},
                                   {"purge participants", false},
                                   {"manage users", false},
                                   {"send live", false},
                                   {"approve", false},
                                   {"send non-urgent", true},
                                   {"view participants", false}});
    CHECK(editor.municipality == u"Utrecht"_s);
}

TEST_CASE("Role workstation: without --user burgernetctl reads and verifies, and changes nothing",
          "[security][roles]")
{
    const Session ws{u"ops"_s, Role::Workstation, u"mk-west-07"_s, Mode::Live};
    expect(tryEverything(ws), {{"review audit", true},
                               {"verify audit", true},
                               {"export audit", true},
                               {"change settings", false},
                               {"export participants", false},
                               {"import participants", false},
                               {"participant details", false},
                               {"erase participant", false},
                               {"purge participants", false},
                               {"manage users", false},
                               {"send live", false},
                               {"approve", false},
                               {"send non-urgent", false},
                               {"view participants", true}});
}
