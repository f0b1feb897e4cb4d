// burgernetctl settings through the real executable: the policy with its values and ranges, and
// `settings set` with the service's rails (an administrator's, in range, recorded first).
#include "app/audit/AuditQuery.h"
#include "app/ctl/CtlContext.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace burgernet::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject policyEntry(const CtlRun& run, const QString& key)
{
    const QJsonObject all = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const auto& item : all.value(u"policy"_s).toArray())
        if (item.toObject().value(u"key"_s).toString() == key)
            return item.toObject();
    return {};
}

} // namespace

TEST_CASE("burgernetctl settings set is an administrator's, within the key's range, recorded",
          "[ctl]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    const QString log = dir.filePath(u"audit.sqlite"_s);
    const QStringList base{u"--db"_s, temp->address(), u"--audit-log"_s, log};
    const QString home = dir.filePath(u"home"_s);
    CtlAccounts accounts(base, dir.path(), home);
    const auto ctl = [&](const QStringList& args) { return runCtlProcess(base + args, home); };
    const QStringList set{u"settings"_s, u"set"_s, u"security/idleLockMinutes"_s};

    const CtlRun anonymous = ctl(set + QStringList{u"30"_s});
    CHECK(anonymous.exitCode == ExitFailure);
    CHECK(anonymous.err.contains(u"workstation"_s));
    const CtlRun dispatcher = ctl(accounts.as(Role::Dispatcher) + set + QStringList{u"30"_s});
    CHECK(dispatcher.exitCode == ExitFailure);
    CHECK(dispatcher.err.contains(u"dispatcher"_s));

    const QStringList admin = accounts.as(Role::Administrator);
    const CtlRun off = ctl(admin + set + QStringList{u"0"_s});
    CHECK(off.exitCode == ExitFailure);
    CHECK(off.err.contains(u"security/idleLockMinutes must be between 1 and 240 in live mode."_s));
    const CtlRun tooLong = ctl(admin + set + QStringList{u"241"_s});
    CHECK(tooLong.exitCode == ExitFailure);
    const CtlRun notNumber = ctl(admin + set + QStringList{u"soon"_s});
    CHECK(notNumber.exitCode == ExitUsage);
    CHECK(notNumber.err.contains(u"between 1 and 240"_s));
    const CtlRun unknown =
        ctl(admin + QStringList{u"settings"_s, u"set"_s, u"ui/colour"_s, u"1"_s});
    CHECK(unknown.exitCode == ExitUsage);
    CHECK(unknown.err.contains(u"security/idleLockMinutes"_s));

    const CtlRun changed = ctl(admin + set + QStringList{u"30"_s});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == ExitOk);

    // Every workstation reads it from the register, with or without an account.
    const CtlRun text = ctl({u"settings"_s});
    REQUIRE(text.exitCode == ExitOk);
    CHECK(text.out.contains(u"(1..240, default 10)"_s));
    const CtlRun json = ctl({u"settings"_s, u"--json"_s});
    REQUIRE(json.exitCode == ExitOk);
    const QJsonObject idle = policyEntry(json, u"security/idleLockMinutes"_s);
    CHECK(idle.value(u"value"_s).toInt() == 30);
    CHECK(idle.value(u"minimum"_s).toInt() == 1);
    CHECK(idle.value(u"maximum"_s).toInt() == 240);
    CHECK(policyEntry(json, u"security/accountLockFailures"_s).value(u"value"_s).toInt() == 15);

    // Training's register has its own policy; the lock may be off there.
    const QStringList training{u"--training"_s, u"--training-db"_s,
                               dir.filePath(u"training.sqlite"_s)};
    const CtlRun trainingOff = ctl(training + admin + set + QStringList{u"0"_s});
    INFO(trainingOff.err.toStdString());
    CHECK(trainingOff.exitCode == ExitOk);
    CHECK(policyEntry(ctl(training + QStringList{u"settings"_s, u"--json"_s}),
                      u"security/idleLockMinutes"_s)
              .value(u"value"_s)
              .toInt() == 0);
    CHECK(policyEntry(ctl({u"settings"_s, u"--json"_s}), u"security/idleLockMinutes"_s)
              .value(u"value"_s)
              .toInt() == 30);

    // Refusals and the change are in the log, under the account that asked.
    auto query = AuditQuery::open(log);
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = u"settings.change"_s;
    auto records = (*query)->page(filter, 0, 100);
    REQUIRE(records.ok());
    QStringList seen;
    for (const AuditRecord& r : *records)
        seen << r.actor + u':' + r.result + u':' + r.objectId;
    CHECK(seen.contains(u"beheer:ok:security/idleLockMinutes"_s));
    CHECK(seen.contains(u"beheer:ok:training:security/idleLockMinutes"_s));
    CHECK(seen.contains(u"dispatcher:denied:security/idleLockMinutes"_s));
    CHECK(seen.filter(u":denied:"_s).size() == 2);
}

TEST_CASE("burgernetctl adopts a policy value left in the settings file once, recorded", "[ctl]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    const QString log = dir.filePath(u"audit.sqlite"_s);
    const QStringList base{u"--db"_s, temp->address(), u"--audit-log"_s, log};
    const QString home = dir.filePath(u"home"_s);
    {
        QSettings file(home + u"/config/Burgernet/burgernet-console.conf"_s, QSettings::IniFormat);
        file.setValue(u"security/purgeUnsubscribedDays"_s, 30);
        file.setValue(u"security/idleLockMinutes"_s, 0); // the lock off: not in live mode
    }
    const CtlRun json = runCtlProcess(base + QStringList{u"settings"_s, u"--json"_s}, home);
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == ExitOk);
    CHECK(policyEntry(json, u"security/purgeUnsubscribedDays"_s).value(u"value"_s).toInt() == 30);
    CHECK(policyEntry(json, u"security/idleLockMinutes"_s).value(u"value"_s).toInt() == 10);

    auto query = AuditQuery::open(log);
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = u"settings.change"_s;
    auto records = (*query)->page(filter, 0, 100);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    CHECK(records->front().actor == u"system"_s);
    CHECK(records->front().objectId == u"security/purgeUnsubscribedDays"_s);
    // Once: a second run finds the register's value and records nothing more.
    REQUIRE(runCtlProcess(base + QStringList{u"settings"_s}, home).exitCode == ExitOk);
    CHECK((*query)->page(filter, 0, 100)->size() == 1);
}
