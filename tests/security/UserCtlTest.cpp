#include "app/security/UserStore.h"
#include "tests/integration/CtlRun.h"
#include "tests/security/SecurityTestSupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

struct CtlDir
{
    QTemporaryDir dir;
    QStringList base(const QString& db = u"register.sqlite"_s) const
    {
        return {u"--db"_s, dir.filePath(db), u"--audit-log"_s, dir.filePath(u"audit.sqlite"_s)};
    }
    QString write(const QString& name, const QByteArray& text) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    }
    QJsonArray users(const QStringList& as, const QString& db = u"register.sqlite"_s) const
    {
        const auto run =
            test::runCtl(base(db) + as + QStringList{u"user"_s, u"list"_s, u"--json"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }
    qint64 accountCount(const QString& db) const
    {
        auto spec = DatabaseSpec::parse(dir.filePath(db));
        REQUIRE(spec.ok());
        auto opened = Database::open(*spec);
        REQUIRE(opened.ok());
        auto n = UserStore(**opened).count();
        REQUIRE(n.ok());
        return *n;
    }
};

} // namespace

TEST_CASE("burgernetctl user manages accounts with passwords from a file", "[security][ctl]")
{
    CtlDir d;
    const QString pw = d.write(u"pw"_s, "a-long-password\n");
    // On a register without accounts, nobody signed in may add one account: its administrator.
    auto run = test::runCtl(d.base() + QStringList{u"user"_s, u"add"_s, u"eerst"_s, u"--role"_s,
                                                   u"dispatcher"_s, u"--password-file"_s, pw});
    CHECK(run.exitCode == 1);
    run = test::runCtl(d.base() + QStringList{u"user"_s, u"add"_s, u"beheer"_s, u"--role"_s,
                                              u"administrator"_s, u"--password-file"_s, pw});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Once it exists, nobody signed in adds another, administrator or not.
    for (const QString role : {u"administrator"_s, u"dispatcher"_s})
        CHECK(test::runCtl(d.base() + QStringList{u"user"_s, u"add"_s, u"eve"_s, u"--role"_s, role,
                                                  u"--password-file"_s, pw})
                  .exitCode == 1);
    const QStringList admin{u"--user"_s, u"beheer"_s, u"--password-file"_s, pw};
    run = test::runCtl(d.base() + admin +
                       QStringList{u"user"_s, u"add"_s, u"redactie"_s, u"--role"_s,
                                   u"municipal-editor"_s, u"--municipality"_s, u"Utrecht"_s,
                                   u"--password-file"_s, pw});
    REQUIRE(run.exitCode == 0);
    CHECK(test::runCtl(d.base() + admin +
                       QStringList{u"user"_s, u"add"_s, u"x1"_s, u"--role"_s, u"root"_s,
                                   u"--password-file"_s, pw})
              .exitCode == 2);
    CHECK(test::runCtl(d.base() + admin + QStringList{u"user"_s, u"disable"_s, u"redactie"_s})
              .exitCode == 0);
    CHECK(test::runCtl(d.base() + admin +
                       QStringList{u"user"_s, u"role"_s, u"redactie"_s, u"supervisor"_s})
              .exitCode == 0);
    CHECK(test::runCtl(d.base() + admin + QStringList{u"user"_s, u"unlock"_s, u"redactie"_s})
              .exitCode == 0);
    CHECK(test::runCtl(d.base() + admin +
                       QStringList{u"user"_s, u"passwd"_s, u"redactie"_s, u"--password-file"_s, pw})
              .exitCode == 0);
    CHECK(test::runCtl(d.base() + admin + QStringList{u"user"_s, u"disable"_s, u"beheer"_s})
              .exitCode == 1);
    // Nobody signed in changes nothing.
    CHECK(test::runCtl(d.base() + QStringList{u"user"_s, u"enable"_s, u"redactie"_s}).exitCode ==
          1);

    const QJsonArray users = d.users(admin);
    REQUIRE(users.size() == 2);
    CHECK(users[1].toObject().value(u"user"_s).toString() == u"redactie"_s);
    CHECK(users[1].toObject().value(u"role"_s).toString() == u"supervisor"_s);
    CHECK(users[1].toObject().value(u"state"_s).toString() == u"disabled"_s);

    // The audit log has every change and no password.
    QFile log(d.dir.filePath(u"audit.sqlite"_s));
    REQUIRE(log.open(QIODevice::ReadOnly));
    CHECK_FALSE(log.readAll().contains("a-long-password"));
    run = test::runCtl(d.base() + QStringList{u"audit"_s, u"show"_s, u"--action"_s, u"user."_s});
    CHECK(run.out.count(u"user."_s) >= 6);
}

TEST_CASE("Only the demo register comes with demo accounts", "[security][ctl]")
{
    CtlDir d;
    auto run = test::runCtl(d.base(u"demo.sqlite"_s) +
                            QStringList{u"demo"_s, u"--participants"_s, u"200"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList demoAdmin{u"--user"_s, u"admin"_s, u"--password-file"_s,
                                d.write(u"admin.pw"_s, "admin-demo\n")};
    const QJsonArray demo = d.users(demoAdmin, u"demo.sqlite"_s);
    QStringList roles;
    for (const auto& u : demo)
        roles << u.toObject().value(u"role"_s).toString();
    roles.sort();
    CHECK(roles == QStringList{u"administrator"_s, u"dispatcher"_s, u"municipal-editor"_s,
                               u"supervisor"_s, u"trainer"_s});
    // The demo population goes into an empty register only.
    CHECK(test::runCtl(d.base(u"demo.sqlite"_s) +
                       QStringList{u"demo"_s, u"--participants"_s, u"200"_s})
              .exitCode == 1);

    // A register made any other way has none: migrated, imported into by its administrator.
    REQUIRE(test::runCtl(d.base(u"other.sqlite"_s) + QStringList{u"db"_s, u"migrate"_s}).exitCode ==
            0);
    CHECK(d.accountCount(u"other.sqlite"_s) == 0);
    REQUIRE(test::runCtl(d.base(u"demo.sqlite"_s) + demoAdmin +
                         QStringList{u"participants"_s, u"export"_s, d.dir.filePath(u"all.csv"_s)})
                .exitCode == 0);
    const QString pw = d.write(u"pw"_s, "a-long-password\n");
    REQUIRE(test::runCtl(d.base(u"imported.sqlite"_s) +
                         QStringList{u"user"_s, u"add"_s, u"beheer"_s, u"--role"_s,
                                     u"administrator"_s, u"--password-file"_s, pw})
                .exitCode == 0);
    REQUIRE(test::runCtl(d.base(u"imported.sqlite"_s) +
                         QStringList{u"--user"_s, u"beheer"_s, u"--password-file"_s, pw,
                                     u"participants"_s, u"import"_s, d.dir.filePath(u"all.csv"_s)})
                .exitCode == 0);
    CHECK(d.accountCount(u"imported.sqlite"_s) == 1);
}

TEST_CASE("burgernetctl participants purge erases the long unsubscribed by pseudonym",
          "[security][ctl]")
{
    CtlDir d;
    REQUIRE(
        test::runCtl(d.base() + QStringList{u"demo"_s, u"--participants"_s, u"3000"_s}).exitCode ==
        0);
    const QStringList admin{u"--user"_s, u"admin"_s, u"--password-file"_s,
                            d.write(u"admin.pw"_s, "admin-demo\n")};
    // Nobody signed in erases nobody.
    CHECK(test::runCtl(d.base() + QStringList{u"participants"_s, u"purge"_s}).exitCode == 1);
    auto run = test::runCtl(d.base() + admin +
                            QStringList{u"participants"_s, u"purge"_s, u"--days"_s, u"36500"_s});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(u"0 "_s));
    run = test::runCtl(d.base() + admin + QStringList{u"participants"_s, u"purge"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const int purged = run.out.section(QLatin1Char(' '), 0, 0).toInt();
    CHECK(purged > 0);
    run = test::runCtl(d.base() + QStringList{u"audit"_s, u"show"_s, u"--action"_s,
                                              u"participants.erase"_s, u"--limit"_s, u"10000"_s,
                                              u"--json"_s});
    REQUIRE(run.exitCode == 0);
    const QJsonArray records = QJsonDocument::fromJson(run.out.toUtf8()).array();
    CHECK(records.size() == purged);
    for (const auto& r : records)
        CHECK(r.toObject().value(u"object_id"_s).toString().startsWith(u"P-"_s));
    // Nothing left to purge.
    run = test::runCtl(d.base() + admin + QStringList{u"participants"_s, u"purge"_s});
    CHECK(run.out.startsWith(u"0 "_s));
}

TEST_CASE("burgernetctl --user acts with that account's role", "[security][ctl]")
{
    CtlDir d;
    REQUIRE(
        test::runCtl(d.base() + QStringList{u"demo"_s, u"--participants"_s, u"100"_s}).exitCode ==
        0);
    const QString dispatcherPw = d.write(u"d.pw"_s, "dispatcher-demo\n");
    const QString supervisorPw = d.write(u"s.pw"_s, "supervisor-demo\n");
    const QString wrongPw = d.write(u"w.pw"_s, "not-the-password\n");
    const QString csv = d.dir.filePath(u"audit.csv"_s);

    auto run =
        test::runCtl(d.base() + QStringList{u"--user"_s, u"dispatcher"_s, u"--password-file"_s,
                                            dispatcherPw, u"audit"_s, u"export"_s, csv});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"dispatcher"_s));
    run = test::runCtl(d.base() + QStringList{u"--user"_s, u"dispatcher"_s, u"--password-file"_s,
                                              dispatcherPw, u"user"_s, u"list"_s});
    CHECK(run.exitCode == 1);
    // (Another account: after a failure the same one waits, and this clock stands still.)
    run = test::runCtl(d.base() + QStringList{u"--user"_s, u"trainer"_s, u"--password-file"_s,
                                              wrongPw, u"audit"_s, u"export"_s, csv});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(csv));
    run = test::runCtl(d.base() + QStringList{u"--user"_s, u"supervisor"_s, u"--password-file"_s,
                                              supervisorPw, u"audit"_s, u"export"_s, csv});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(csv));

    // The records name the account, not the operating-system user.
    run = test::runCtl(
        d.base() + QStringList{u"audit"_s, u"show"_s, u"--actor"_s, u"supervisor"_s, u"--json"_s});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"audit.export"_s));
    run = test::runCtl(
        d.base() + QStringList{u"audit"_s, u"show"_s, u"--actor"_s, u"dispatcher"_s, u"--json"_s});
    CHECK(run.out.contains(u"denied"_s));
}

TEST_CASE("burgernetctl: failed sign-ins refuse the name at this workstation before the account "
          "locks",
          "[security][ctl]")
{
    CtlDir d;
    const QString pw = d.write(u"pw"_s, "a-long-password\n");
    const QString wrong = d.write(u"wrong"_s, "not-the-password\n");
    REQUIRE(test::runCtl(d.base() + QStringList{u"user"_s, u"add"_s, u"beheer"_s, u"--role"_s,
                                                u"administrator"_s, u"--password-file"_s, pw})
                .exitCode == 0);
    const QStringList admin{u"--user"_s, u"beheer"_s, u"--password-file"_s, pw};
    REQUIRE(test::runCtl(d.base() + admin +
                         QStringList{u"user"_s, u"add"_s, u"jan"_s, u"--role"_s, u"dispatcher"_s,
                                     u"--password-file"_s, pw})
                .exitCode == 0);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
    const auto as = [&](const QString& file, int minutes) {
        return test::runCtl(d.base() + QStringList{u"--user"_s, u"jan"_s, u"--password-file"_s,
                                                   file, u"action"_s, u"list"_s},
                            start.addSecs(minutes * 60));
    };
    // The default policy: five failures at this workstation, fifteen for the account.
    for (int i = 0; i < 4; ++i)
        CHECK(as(wrong, 2 * i).err.contains(u"Wrong user name or password."_s));
    const auto fifth = as(wrong, 8);
    CHECK(fifth.exitCode == 1);
    CHECK(fifth.err.contains(u"This workstation refuses the name"_s));
    const auto refused = as(pw, 10);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"Too many failed attempts at this workstation"_s));
    // The account is not locked: its owner can still sign in elsewhere, and here later.
    const auto list = test::runCtl(
        d.base() + admin + QStringList{u"user"_s, u"list"_s, u"--json"_s}, start.addSecs(10 * 60));
    REQUIRE(list.exitCode == 0);
    for (const auto& user : QJsonDocument::fromJson(list.out.toUtf8()).array())
        if (user.toObject().value(u"user"_s).toString() == u"jan"_s)
            CHECK(user.toObject().value(u"state"_s).toString() == u"active"_s);
    const auto later = as(pw, 8 + 16);
    INFO(later.err.toStdString());
    CHECK(later.exitCode == 0);
}
