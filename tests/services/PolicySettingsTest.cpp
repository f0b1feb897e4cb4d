// The register's policy through SettingsService: the permission, the ranges, the record before
// the change, adopting values from a settings file, and reconciliation with the log.
#include "app/audit/AuditQuery.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/services/AuditService.h"
#include "app/services/SettingsService.h"
#include "app/storage/Database.h"
#include "app/storage/PolicyStore.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

Session sessionOf(const QString& user, Role role, Mode mode = Mode::Live,
                  const QString& workstation = u"mk-west-07"_s)
{
    return Session{user, role, workstation, mode};
}

struct PolicyFixture
{
    explicit PolicyFixture(DatabaseKind kind = DatabaseKind::Sqlite)
        : temp(test::TempDatabase::create(kind))
    {
        auto opened = Database::open(temp->spec());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(audit.path(), action, 100);
    }
    static QJsonObject details(const AuditRecord& r)
    {
        return QJsonDocument::fromJson(r.details.toUtf8()).object();
    }

    test::AuditFixture audit;
    std::unique_ptr<test::TempDatabase> temp;
    std::unique_ptr<Database> db;
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(u"s.ini"_s));
};

void onlyAdministratorsChangeThePolicy(DatabaseKind kind)
{
    PolicyFixture f(kind);
    AuditService admin(f.audit.log(), sessionOf(u"beheer"_s, Role::Administrator));
    AuditService dispatcher(f.audit.log(), sessionOf(u"jan"_s, Role::Dispatcher));
    SettingsService asAdmin(*f.settings, admin, f.db.get());
    SettingsService asDispatcher(*f.settings, dispatcher, f.db.get());

    CHECK(asAdmin.policy()->value(PolicyKey::IdleLockMinutes) == 10);
    const Status refused = asDispatcher.setPolicy(PolicyKey::IdleLockMinutes, 30);
    CHECK_FALSE(refused.ok());
    CHECK(f.records(u"settings.change"_s).front().result == u"denied"_s);

    REQUIRE(asAdmin.setPolicy(PolicyKey::IdleLockMinutes, 30).ok());
    CHECK(asDispatcher.policy()->value(PolicyKey::IdleLockMinutes) == 30);
    const auto changes = f.records(u"settings.change"_s);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].actor == u"beheer"_s);
    CHECK(changes[0].objectId == u"security/idleLockMinutes"_s);
    CHECK(PolicyFixture::details(changes[0]).value(u"from"_s).toInt() == 10);
    CHECK(PolicyFixture::details(changes[0]).value(u"to"_s).toInt() == 30);
    // The same value again changes nothing and records nothing.
    REQUIRE(asAdmin.setPolicy(PolicyKey::IdleLockMinutes, 30).ok());
    CHECK(f.records(u"settings.change"_s).size() == 2);
    // The register says who changed it where.
    auto stored = PolicyStore(*f.db).find(PolicyKey::IdleLockMinutes);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->changedBy == u"beheer"_s);
    CHECK((*stored)->workstation == u"mk-west-07"_s);
}

void rangesAreTheServices(DatabaseKind kind)
{
    PolicyFixture f(kind);
    AuditService admin(f.audit.log(), sessionOf(u"beheer"_s, Role::Administrator));
    SettingsService live(*f.settings, admin, f.db.get());
    const Status off = live.setPolicy(PolicyKey::IdleLockMinutes, 0);
    REQUIRE_FALSE(off.ok());
    CHECK(off.errorMessage() ==
          u"security/idleLockMinutes must be between 1 and 240 in live mode."_s);
    CHECK_FALSE(live.setPolicy(PolicyKey::IdleLockMinutes, 241).ok());
    CHECK_FALSE(live.setPolicy(PolicyKey::PurgeUnsubscribedDays, 0).ok());
    CHECK_FALSE(live.setPolicy(PolicyKey::SignInMaxFailures, 2).ok());
    // The account's count stays above the workstation's.
    REQUIRE(live.setPolicy(PolicyKey::SignInMaxFailures, 10).ok());
    const Status notStricter = live.setPolicy(PolicyKey::AccountLockFailures, 8);
    REQUIRE_FALSE(notStricter.ok());
    CHECK(notStricter.errorMessage().contains(u"security/signInMaxFailures"_s));
    CHECK_FALSE(live.setPolicy(PolicyKey::SignInMaxFailures, 15).ok());
    REQUIRE(live.setPolicy(PolicyKey::AccountLockFailures, 20).ok());
    REQUIRE(live.setPolicy(PolicyKey::SignInMaxFailures, 15).ok());
    // Nothing out of range was stored or recorded as a change.
    CHECK(live.policy()->value(PolicyKey::IdleLockMinutes) == 10);
    CHECK(f.records(u"settings.change"_s).size() == 3);

    // Training has a register of its own, where the lock may be off.
    auto trainingTemp = test::TempDatabase::create(kind);
    auto trainingDb = Database::open(trainingTemp->spec());
    REQUIRE(trainingDb.ok());
    AuditService trainer(f.audit.log(),
                         sessionOf(u"beheer"_s, Role::Administrator, Mode::Training));
    SettingsService training(*f.settings, trainer, trainingDb->get());
    REQUIRE(training.setPolicy(PolicyKey::IdleLockMinutes, 0).ok());
    CHECK(training.policy()->value(PolicyKey::IdleLockMinutes) == 0);
    CHECK(live.policy()->value(PolicyKey::IdleLockMinutes) == 10);
    CHECK(f.records(u"settings.change"_s).front().objectId ==
          u"training:security/idleLockMinutes"_s);
}

} // namespace

BURGERNET_STORAGE_TEST("Only an administrator changes the register's policy, recorded first",
                       onlyAdministratorsChangeThePolicy)
BURGERNET_STORAGE_TEST("Each policy key has its range, stricter in live mode", rangesAreTheServices)

TEST_CASE("A policy change that cannot be recorded does not take effect", "[services][audit]")
{
    PolicyFixture f;
    AuditService admin(f.audit.log(), sessionOf(u"beheer"_s, Role::Administrator));
    SettingsService service(*f.settings, admin, f.db.get());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuse-policy-audit"_s);
        other.setDatabaseName(f.audit.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(u"CREATE TRIGGER refuse_all BEFORE INSERT ON audit_records "
                       "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"refuse-policy-audit"_s);
    CHECK_FALSE(service.setPolicy(PolicyKey::ReauthRecipients, 50).ok());
    CHECK(service.policy()->value(PolicyKey::ReauthRecipients) == 1000);
    CHECK_FALSE(service.policy()->stored(PolicyKey::ReauthRecipients));
}

TEST_CASE("Values from a settings file go to the register once, then are ignored",
          "[services][audit]")
{
    PolicyFixture f;
    {
        QSettings raw(f.settings->fileName(), QSettings::IniFormat);
        raw.setValue(u"security/purgeUnsubscribedDays"_s, 30);
        raw.setValue(u"dispatch/approvalThreshold"_s, 500);
        raw.setValue(u"security/idleLockMinutes"_s, 0); // the lock off: refused in live mode
    }
    f.settings = Settings::atFile(f.dir.filePath(u"s.ini"_s));
    AuditService workstation(f.audit.log(), sessionOf(u"ops"_s, Role::Workstation));
    SettingsService service(*f.settings, workstation, f.db.get());
    REQUIRE(service.adoptFileValues().ok());
    const PolicyValues values = *service.policy();
    CHECK(values.value(PolicyKey::PurgeUnsubscribedDays) == 30);
    CHECK(values.value(PolicyKey::ApprovalThreshold) == 500);
    CHECK(values.value(PolicyKey::IdleLockMinutes) == 10);
    const auto adopted = f.records(u"settings.change"_s);
    REQUIRE(adopted.size() == 2);
    for (const auto& r : adopted) {
        CHECK(r.actor == u"system"_s);
        CHECK(PolicyFixture::details(r).value(u"source"_s).toString() == u"settings-file"_s);
    }
    // Once the register holds a value, the file's is ignored.
    {
        QSettings raw(f.settings->fileName(), QSettings::IniFormat);
        raw.setValue(u"security/purgeUnsubscribedDays"_s, 7);
    }
    f.settings = Settings::atFile(f.dir.filePath(u"s.ini"_s));
    SettingsService again(*f.settings, workstation, f.db.get());
    REQUIRE(again.adoptFileValues().ok());
    CHECK(again.policy()->value(PolicyKey::PurgeUnsubscribedDays) == 30);
    CHECK(f.records(u"settings.change"_s).size() == 2);
    // Adopted values are on record: reconciliation finds nothing to report.
    REQUIRE(again.reconcile().ok());
    CHECK(f.records(u"settings.drift"_s).empty());
}

TEST_CASE("Reconciliation checks every recorded key and the register's policy", "[services][audit]")
{
    PolicyFixture f;
    AuditService admin(f.audit.log(), sessionOf(u"beheer"_s, Role::Administrator));
    SettingsService service(*f.settings, admin, f.db.get());
    REQUIRE(service.reconcile().ok());
    CHECK(f.records(u"settings.drift"_s).empty());

    // A workstation key edited in the file by hand.
    {
        QSettings raw(f.settings->fileName(), QSettings::IniFormat);
        raw.setValue(u"dispatch/maxAttempts"_s, 9);
    }
    f.settings = Settings::atFile(f.dir.filePath(u"s.ini"_s));
    SettingsService reread(*f.settings, admin, f.db.get());
    REQUIRE(reread.reconcile().ok());
    auto drift = f.records(u"settings.drift"_s);
    REQUIRE(drift.size() == 1);
    CHECK(drift[0].objectId == u"dispatch/maxAttempts"_s);
    CHECK(PolicyFixture::details(drift[0]).value(u"found"_s).toString() == u"9"_s);

    // A policy value changed in the register with SQL, past the service.
    REQUIRE(reread.setPolicy(PolicyKey::DailyLimit, 5).ok());
    REQUIRE(
        QSqlQuery(f.db->connection())
            .exec(
                u"UPDATE settings SET value = 1 WHERE key = 'dispatch/dailyLimitPerParticipant'"_s));
    REQUIRE(reread.reconcile().ok());
    drift = f.records(u"settings.drift"_s);
    REQUIRE(drift.size() == 2);
    CHECK(drift[0].objectId == u"dispatch/dailyLimitPerParticipant"_s);
    CHECK(drift[0].actor == u"system"_s);
    CHECK(PolicyFixture::details(drift[0]).value(u"expected"_s).toInt() == 5);
    CHECK(PolicyFixture::details(drift[0]).value(u"found"_s).toInt() == 1);
    REQUIRE(reread.reconcile().ok()); // recorded once
    CHECK(f.records(u"settings.drift"_s).size() == 2);

    // A change made at another workstation sharing the register is noted with where it came
    // from, not taken for drift.
    test::setPolicy(*f.db, PolicyKey::ReauthRecipients, 200);
    REQUIRE(QSqlQuery(f.db->connection())
                .exec(u"UPDATE settings SET workstation = 'mk-oost-02' WHERE key = "
                      "'security/reauthRecipients'"_s));
    REQUIRE(reread.reconcile().ok());
    const auto seen = f.records(u"settings.seen"_s);
    REQUIRE(seen.size() == 1);
    CHECK(PolicyFixture::details(seen[0]).value(u"workstation"_s).toString() == u"mk-oost-02"_s);
    CHECK(PolicyFixture::details(seen[0]).value(u"to"_s).toInt() == 200);
    CHECK(f.records(u"settings.drift"_s).size() == 2);
}
