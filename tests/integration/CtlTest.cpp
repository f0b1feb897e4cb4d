#include "app/ctl/CtlContext.h"
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace burgernet;
using burgernet::test::CtlRun;
using burgernet::test::runCtl;

namespace {

void dbInfoAsJson(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    const CtlRun run = runCtl({QStringLiteral("--db"), temp->address(), QStringLiteral("db"),
                               QStringLiteral("info"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == ExitOk);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(info.value(QStringLiteral("kind")).toString() ==
          (kind == DatabaseKind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql")));
    CHECK(info.value(QStringLiteral("schema_version")).toInt() == Migrations::latestVersion());
    CHECK(info.value(QStringLiteral("participants")).toInt() == 0);
    CHECK(info.value(QStringLiteral("database_id")).toString().size() == 36);
}

} // namespace

TEST_CASE("burgernetctl --version and --help answer and exit 0", "[ctl]")
{
    QProcess ctl;
    ctl.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"), {QStringLiteral("--version")});
    REQUIRE(ctl.waitForFinished(30'000));
    CHECK(ctl.exitCode() == 0);
    CHECK(QString::fromUtf8(ctl.readAllStandardOutput()).trimmed() ==
          QStringLiteral("burgernetctl 0.1.0"));

    const CtlRun help = runCtl({QStringLiteral("--help")});
    CHECK(help.exitCode == ExitOk);
    CHECK(help.out.contains(QStringLiteral("--db")));
    CHECK(help.out.contains(QStringLiteral("  db ")));
    CHECK(help.out.contains(QStringLiteral("  settings ")));

    const CtlRun sub = runCtl({QStringLiteral("db"), QStringLiteral("--help")});
    CHECK(sub.exitCode == ExitOk);
    CHECK(sub.out.contains(QStringLiteral("Usage: burgernetctl db")));
}

TEST_CASE("burgernetctl refuses bad usage with exit code 2", "[ctl]")
{
    const CtlRun none = runCtl({});
    CHECK(none.exitCode == ExitUsage);
    const CtlRun unknown = runCtl({QStringLiteral("launch-rockets")});
    CHECK(unknown.exitCode == ExitUsage);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command \"launch-rockets\"")));
    const CtlRun badDb =
        runCtl({QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("db")});
    CHECK(badDb.exitCode == ExitUsage);
    const CtlRun badOption = runCtl({QStringLiteral("db"), QStringLiteral("--colour")});
    CHECK(badOption.exitCode == ExitUsage);
    CHECK(badOption.err.contains(QStringLiteral("colour")));
}

BURGERNET_STORAGE_TEST("burgernetctl db info --json describes the register", dbInfoAsJson)

TEST_CASE("burgernetctl reports a register from a newer program and exits 1", "[ctl]")
{
    auto temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    {
        auto db = Database::open(temp->spec());
        REQUIRE(db.ok());
        QSqlQuery((*db)->connection())
            .exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 0)"));
    }
    const CtlRun run = runCtl({QStringLiteral("--db"), temp->address(), QStringLiteral("db")});
    CHECK(run.exitCode == ExitFailure);
    CHECK(run.err.contains(QStringLiteral("schema version 999")));
}

TEST_CASE("burgernetctl settings lists every key", "[ctl]")
{
    QTemporaryDir dir;
    auto temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    const CtlRun run =
        runCtl({QStringLiteral("--db"), temp->address(), QStringLiteral("--audit-log"),
                dir.filePath(QStringLiteral("audit.sqlite")), QStringLiteral("settings"),
                QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == ExitOk);
    const QJsonObject all = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QStringList keys;
    for (const auto& item : all.value(QStringLiteral("settings")).toArray())
        keys << item.toObject().value(QStringLiteral("key")).toString();
    CHECK(keys.contains(QStringLiteral("ui/language")));
    CHECK(keys.contains(QStringLiteral("dispatch/callbackNumber")));
    QStringList policyKeys;
    for (const auto& item : all.value(QStringLiteral("policy")).toArray())
        policyKeys << item.toObject().value(QStringLiteral("key")).toString();
    CHECK(policyKeys.contains(QStringLiteral("security/idleLockMinutes")));
    CHECK_FALSE(keys.contains(QStringLiteral("security/idleLockMinutes")));
}
