#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/security/SignInService.h"
#include "app/security/UserStore.h"
#include "tests/security/SecurityTestSupport.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/StorageTest.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace burgernet;
using namespace Qt::StringLiterals;
using namespace burgernet::test;

namespace {

const QString kPassword = QStringLiteral("right-password-1");
const QString kWrong = QStringLiteral("wrong-password-7");

SignInPolicy testPolicy()
{
    SignInPolicy p;
    p.maxFailures = 4;
    p.accountLockFailures = 4;
    p.firstDelayMs = 1000;
    p.maxDelayMs = 60'000;
    p.lockMs = 15 * 60'000;
    return p;
}

void lockoutGrowsAndLocks(DatabaseKind kind)
{
    AccountsFixture f(kind);
    f.addUser(QStringLiteral("jan"), Role::Dispatcher, kPassword);
    SignInService signIn(*f.db, *f.workstation, f.audit.clock(), testPolicy(),
                         PasswordHasher::minimum());

    // Each failure doubles the wait before the next attempt is even looked at.
    std::vector<qint64> waits;
    for (int i = 1; i <= 3; ++i) {
        const auto a = signIn.signIn(QStringLiteral("jan"), kWrong, Mode::Live, u"ws"_s);
        REQUIRE(a.outcome == SignInOutcome::WrongPassword);
        CHECK(a.failures == i);
        waits.push_back(a.waitMs);
        // Within the wait even the right password is turned away, and not counted.
        const auto early = signIn.signIn(QStringLiteral("jan"), kPassword, Mode::Live, u"ws"_s);
        CHECK(early.outcome == SignInOutcome::TooSoon);
        CHECK(early.failures == i);
        CHECK(early.waitMs > 0);
        f.audit.clock().advance(a.waitMs);
    }
    CHECK(waits == std::vector<qint64>{1000, 2000, 4000});

    // The fourth failure locks the account.
    const auto locked = signIn.signIn(QStringLiteral("jan"), kWrong, Mode::Live, u"ws"_s);
    CHECK(locked.outcome == SignInOutcome::Locked);
    CHECK(locked.lockedUntil == f.audit.clock().nowUtc().addSecs(15 * 60));
    f.audit.clock().advance(60'000);
    CHECK(signIn.signIn(QStringLiteral("jan"), kPassword, Mode::Live, u"ws"_s).outcome ==
          SignInOutcome::Locked);
    // The count survives a restart: it is in the database.
    auto stored = UserStore(*f.db).find(QStringLiteral("jan"));
    REQUIRE(stored.ok());
    CHECK((*stored)->failedAttempts == 4);
    CHECK((*stored)->lockedAt(f.audit.clock().nowUtc()));

    // The lock runs out on its own...
    f.audit.clock().advance(15 * 60'000);
    const auto after = signIn.signIn(QStringLiteral("jan"), kPassword, Mode::Training, u"ws"_s);
    REQUIRE(after.ok());
    CHECK(after.session.user == QStringLiteral("jan"));
    CHECK(after.session.role == Role::Dispatcher);
    CHECK(after.session.mode == Mode::Training);
    CHECK((*UserStore(*f.db).find(QStringLiteral("jan")))->failedAttempts == 0);

    // Failures and the lock are in the audit log; the passwords tried are not.
    CHECK(f.records(QStringLiteral("user.signin")).size() >= 8);
    const auto locks = f.records(QStringLiteral("user.lock"));
    REQUIRE(locks.size() == 1);
    CHECK(locks[0].objectId == QStringLiteral("jan"));
    QFile log(f.audit.path());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray bytes = log.readAll();
    CHECK_FALSE(bytes.contains(kWrong.toUtf8()));
    CHECK_FALSE(bytes.contains(kPassword.toUtf8()));
}

} // namespace

BURGERNET_STORAGE_TEST("Failed sign-ins wait longer each time and lock the account",
                       lockoutGrowsAndLocks)

TEST_CASE("An administrator unlocks a locked account at once", "[security][signin]")
{
    AccountsFixture f;
    f.addUser(QStringLiteral("jan"), Role::Dispatcher, kPassword);
    SignInPolicy p = testPolicy();
    p.maxFailures = 2;
    p.accountLockFailures = 2;
    p.firstDelayMs = 0;
    SignInService signIn(*f.db, *f.workstation, f.audit.clock(), p, PasswordHasher::minimum());
    (void)signIn.signIn(u"jan"_s, kWrong, Mode::Live, u"ws"_s);
    CHECK(signIn.signIn(u"jan"_s, kWrong, Mode::Live, u"ws"_s).outcome == SignInOutcome::Locked);
    CHECK(signIn.signIn(u"jan"_s, kPassword, Mode::Live, u"ws"_s).outcome == SignInOutcome::Locked);

    // A dispatcher may not unlock; the workstation's administrator may.
    AuditService dispatcher(f.audit.log(), sessionAs(u"piet"_s, Role::Dispatcher));
    UserService asDispatcher(*f.db, dispatcher, f.audit.clock(), PasswordHasher::minimum());
    CHECK_FALSE(asDispatcher.unlock(u"jan"_s).ok());
    AuditService admin(f.audit.log(), sessionAs(u"beheer"_s, Role::Administrator));
    UserService asAdmin(*f.db, admin, f.audit.clock(), PasswordHasher::minimum());
    REQUIRE(asAdmin.unlock(u"jan"_s).ok());
    CHECK(signIn.signIn(u"jan"_s, kPassword, Mode::Live, u"ws"_s).ok());
    const auto unlocks = f.records(u"user.unlock"_s);
    REQUIRE(unlocks.size() == 2);
    CHECK(unlocks[0].result == QStringLiteral("ok"));
    CHECK(unlocks[1].result == QStringLiteral("denied"));
}

TEST_CASE("Unknown names, disabled accounts and wrong passwords look alike from outside",
          "[security][signin]")
{
    AccountsFixture f;
    f.addUser(u"jan"_s, Role::Dispatcher, kPassword);
    f.addUser(u"els"_s, Role::Supervisor, kPassword);
    SignInService signIn(*f.db, *f.workstation, f.audit.clock(), testPolicy(),
                         PasswordHasher::minimum());
    const auto unknown = signIn.signIn(u"nobody"_s, kPassword, Mode::Live, u"ws"_s);
    const auto wrong = signIn.signIn(u"jan"_s, kWrong, Mode::Live, u"ws"_s);
    CHECK(unknown.outcome == SignInOutcome::WrongPassword);
    CHECK(unknown.message == wrong.message);
    // What was typed as a name for no account is not recorded (it may be a password).
    const auto records = f.records(u"user.signin"_s);
    for (const auto& r : records)
        CHECK(r.objectId != QStringLiteral("nobody"));

    REQUIRE(f.users->setDisabled(u"els"_s, true).ok());
    CHECK(signIn.signIn(u"els"_s, kPassword, Mode::Live, u"ws"_s).outcome ==
          SignInOutcome::Disabled);
    REQUIRE(f.users->setDisabled(u"els"_s, false).ok());
    CHECK(signIn.signIn(u"ELS"_s, kPassword, Mode::Live, u"ws"_s).ok());
}

TEST_CASE("The sign-in policy comes from the register", "[security][signin]")
{
    AccountsFixture f;
    CHECK(SignInPolicy::fromRegister(*f.db).maxFailures == 5);
    CHECK(SignInPolicy::fromRegister(*f.db).accountLockFailures == 15);
    setPolicy(*f.db, PolicyKey::SignInMaxFailures, 3);
    setPolicy(*f.db, PolicyKey::AccountLockFailures, 9);
    setPolicy(*f.db, PolicyKey::SignInDelaySeconds, 2);
    setPolicy(*f.db, PolicyKey::SignInLockMinutes, 30);
    const SignInPolicy p = SignInPolicy::fromRegister(*f.db);
    CHECK(p.maxFailures == 3);
    CHECK(p.accountLockFailures == 9);
    CHECK(p.delayAfter(0) == 0);
    CHECK(p.delayAfter(1) == 2000);
    CHECK(p.delayAfter(3) == 8000);
    CHECK(p.delayAfter(30) == 60'000); // the ceiling
    CHECK(p.lockMs == 30 * 60'000);
}

TEST_CASE("Someone typing a name at one workstation does not lock its owner out of the others",
          "[security][signin]")
{
    AccountsFixture f;
    f.addUser(u"jan"_s, Role::Dispatcher, kPassword);
    SignInPolicy p = testPolicy();
    p.maxFailures = 3;
    p.accountLockFailures = 6;
    p.firstDelayMs = 0;
    SignInService signIn(*f.db, *f.workstation, f.audit.clock(), p, PasswordHasher::minimum());

    CHECK(signIn.signIn(u"jan"_s, kWrong, Mode::Live, u"ws-a"_s).outcome ==
          SignInOutcome::WrongPassword);
    CHECK(signIn.signIn(u"jan"_s, kWrong, Mode::Live, u"ws-a"_s).outcome ==
          SignInOutcome::WrongPassword);
    const auto refused = signIn.signIn(u"jan"_s, kWrong, Mode::Live, u"ws-a"_s);
    CHECK(refused.outcome == SignInOutcome::Refused);
    CHECK(refused.waitMs == p.lockMs);
    // Refused at that workstation, even with the right password...
    CHECK(signIn.signIn(u"jan"_s, kPassword, Mode::Live, u"ws-a"_s).outcome ==
          SignInOutcome::Refused);
    // ...but the account is not locked: its owner signs in at the next one.
    auto stored = UserStore(*f.db).find(u"jan"_s);
    REQUIRE(stored.ok());
    CHECK_FALSE((*stored)->lockedAt(f.audit.clock().nowUtc()));
    CHECK(signIn.signIn(u"jan"_s, kPassword, Mode::Live, u"ws-b"_s).ok());
    CHECK(f.records(u"user.lock"_s).empty());

    // Failures at several workstations together lock the account everywhere.
    for (const QString& ws : {u"ws-c"_s, u"ws-d"_s})
        for (int i = 0; i < 3; ++i)
            (void)signIn.signIn(u"jan"_s, kWrong, Mode::Live, ws);
    CHECK(signIn.signIn(u"jan"_s, kPassword, Mode::Live, u"ws-e"_s).outcome ==
          SignInOutcome::Locked);
    CHECK(f.records(u"user.lock"_s).size() == 1);

    // The workstation's refusal runs out on its own, the lock too.
    f.audit.clock().advance(p.lockMs + 1000);
    CHECK(signIn.signIn(u"jan"_s, kPassword, Mode::Live, u"ws-a"_s).ok());
}

TEST_CASE("Names of no account are throttled per workstation without being stored",
          "[security][signin]")
{
    AccountsFixture f;
    SignInPolicy p = testPolicy();
    p.maxFailures = 3;
    p.accountLockFailures = 6;
    p.firstDelayMs = 0;
    SignInService signIn(*f.db, *f.workstation, f.audit.clock(), p, PasswordHasher::minimum());
    for (const QString& name : {u"guess-1"_s, u"guess-2"_s})
        CHECK(signIn.signIn(name, kWrong, Mode::Live, u"ws-a"_s).outcome ==
              SignInOutcome::WrongPassword);
    CHECK(signIn.signIn(u"guess-3"_s, kWrong, Mode::Live, u"ws-a"_s).outcome ==
          SignInOutcome::Refused);
    CHECK(signIn.signIn(u"guess-4"_s, kWrong, Mode::Live, u"ws-b"_s).outcome ==
          SignInOutcome::WrongPassword);
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(u"SELECT name FROM sign_in_throttle"_s));
    int rows = 0;
    while (q.next()) {
        CHECK(q.value(0).toString() == u"*"_s);
        ++rows;
    }
    CHECK(rows == 2);
}

TEST_CASE("A sign-in whose record cannot be written is refused", "[security][signin]")
{
    AccountsFixture f;
    f.addUser(u"jan"_s, Role::Dispatcher, kPassword);
    SignInService signIn(*f.db, *f.workstation, f.audit.clock(), testPolicy(),
                         PasswordHasher::minimum());
    {
        // The log refuses every further record, as a full disk or a broken file would.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuse-audit"_s);
        other.setDatabaseName(f.audit.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(u"CREATE TRIGGER refuse_all BEFORE INSERT ON audit_records "
                       "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"refuse-audit"_s);
    const SignInAttempt attempt = signIn.signIn(u"jan"_s, kPassword, Mode::Live, u"ws"_s);
    CHECK_FALSE(attempt.ok());
    CHECK(attempt.outcome == SignInOutcome::Failed);
    CHECK(attempt.session.user.isEmpty());
    CHECK(attempt.message.contains(u"cannot be recorded"_s));
}

TEST_CASE("Re-authentication counts towards the lock too", "[security][signin]")
{
    AccountsFixture f;
    f.addUser(u"jan"_s, Role::Dispatcher, kPassword);
    SignInPolicy p = testPolicy();
    p.maxFailures = 2;
    p.accountLockFailures = 2;
    p.firstDelayMs = 0;
    AuditService jan(f.audit.log(), sessionAs(u"jan"_s, Role::Dispatcher));
    SignInService signIn(*f.db, jan, f.audit.clock(), p, PasswordHasher::minimum());
    const Session session = sessionAs(u"jan"_s, Role::Dispatcher);
    CHECK(signIn.reauthenticate(session, kPassword, u"idle-lock"_s).ok());
    CHECK(signIn.reauthenticate(session, kWrong, u"idle-lock"_s).outcome ==
          SignInOutcome::WrongPassword);
    CHECK(signIn.reauthenticate(session, kWrong, u"idle-lock"_s).outcome == SignInOutcome::Locked);
    CHECK(f.records(u"user.reauth"_s).size() == 3);
}

TEST_CASE("A sign-in is recorded in the mode signed into, not the workstation's preselection",
          "[security]")
{
    test::AccountsFixture f;
    f.addUser(QStringLiteral("toezicht"), Role::Supervisor,
              QStringLiteral("toezicht-wachtwoord-1"));
    // The console was started with --training; the supervisor signs in to live work.
    AuditService preselected(
        f.audit.log(), test::sessionAs(QStringLiteral("ops"), Role::Workstation, Mode::Training));
    SignInService signIn(*f.db, preselected, f.audit.clock(), testPolicy(),
                         PasswordHasher::minimum());
    REQUIRE(signIn
                .signIn(QStringLiteral("toezicht"), QStringLiteral("toezicht-wachtwoord-1"),
                        Mode::Live, QStringLiteral("mk-west-07"))
                .ok());
    const auto records = f.records(QStringLiteral("user.signin"));
    REQUIRE(records.size() == 1);
    CHECK(records.front().mode == Mode::Live);
    REQUIRE(signIn
                .signIn(QStringLiteral("toezicht"), QStringLiteral("toezicht-wachtwoord-1"),
                        Mode::Training, QStringLiteral("mk-west-07"))
                .ok());
    CHECK(f.records(QStringLiteral("user.signin")).front().mode == Mode::Training);
}
