#include "app/storage/Migrations.h"

#include "app/storage/Database.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace burgernet;

namespace {

QSqlDatabase rawConnection(const DatabaseSpec& spec, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        spec.kind == DatabaseKind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
        name);
    if (spec.kind == DatabaseKind::Sqlite) {
        db.setDatabaseName(spec.sqlitePath);
    } else {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setDatabaseName(spec.name);
    }
    REQUIRE(db.open());
    return db;
}

bool hasTable(QSqlDatabase db, DatabaseKind kind, const QString& table)
{
    QSqlQuery query(db);
    query.prepare(kind == DatabaseKind::Sqlite
                      ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?")
                      : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE "
                                       "table_schema = current_schema() AND table_name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

void brokenMigrationLeavesNothing(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    {
        QSqlDatabase db = rawConnection(temp->spec(), QStringLiteral("broken"));
        const std::vector<Migration> migrations{
            {1, QStringLiteral("good"), {QStringLiteral("CREATE TABLE first_table (id INTEGER)")}},
            {2,
             QStringLiteral("bad"),
             {QStringLiteral("CREATE TABLE second_table (id INTEGER)"),
              QStringLiteral("INSERT INTO no_such_table VALUES (1)")}},
        };
        const Status status = Migrations::apply(db, kind, migrations);
        REQUIRE_FALSE(status.ok());
        CHECK(status.errorMessage().contains(QStringLiteral("Migration 2 (bad)")));
        // One transaction: migration 1 is gone too, and so is the version table.
        CHECK_FALSE(hasTable(db, kind, QStringLiteral("first_table")));
        CHECK_FALSE(hasTable(db, kind, QStringLiteral("second_table")));
        CHECK_FALSE(hasTable(db, kind, QStringLiteral("schema_migrations")));
        const auto version = Migrations::currentVersion(db, kind);
        REQUIRE(version.ok());
        CHECK(*version == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken"));
}

void migratesStepByStep(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    {
        QSqlDatabase db = rawConnection(temp->spec(), QStringLiteral("steps"));
        const std::vector<Migration> migrations{
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (id INTEGER)")}},
            {2, QStringLiteral("two"), {QStringLiteral("CREATE TABLE b (id INTEGER)")}},
        };
        REQUIRE(Migrations::apply(db, kind, migrations, 1).ok());
        CHECK(*Migrations::currentVersion(db, kind) == 1);
        CHECK_FALSE(hasTable(db, kind, QStringLiteral("b")));
        REQUIRE(Migrations::apply(db, kind, migrations).ok());
        CHECK(*Migrations::currentVersion(db, kind) == 2);
        CHECK(hasTable(db, kind, QStringLiteral("b")));
        REQUIRE(Migrations::apply(db, kind, migrations).ok()); // nothing pending
        QSqlQuery count(db);
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 2);
        // Numbers are handed out to work done side by side: a migration whose number lies below
        // the register's version (merged later) is applied too, once.
        const std::vector<Migration> later{
            migrations[0],
            migrations[1],
            {4, QStringLiteral("four"), {QStringLiteral("CREATE TABLE d (id INTEGER)")}},
        };
        REQUIRE(Migrations::apply(db, kind, later).ok());
        CHECK(*Migrations::currentVersion(db, kind) == 4);
        const std::vector<Migration> filled{
            migrations[0],
            migrations[1],
            {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE c (id INTEGER)")}},
            later[2]};
        REQUIRE(Migrations::apply(db, kind, filled).ok());
        CHECK(hasTable(db, kind, QStringLiteral("c")));
        REQUIRE(Migrations::apply(db, kind, filled).ok()); // nothing pending
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 4);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("steps"));
}

// How a migration that changes data is tested: the register at the version before `version`,
// `rows` written as that schema held them, then `version` applied.
void migrateWithRows(QSqlDatabase db, DatabaseKind kind, int version, const QString& rows)
{
    REQUIRE(Migrations::migrate(db, kind, version - 1).ok());
    QSqlQuery insert(db);
    REQUIRE(insert.exec(rows));
    REQUIRE(Migrations::migrate(db, kind, version).ok());
}

// Migration 5: addresses stored as empty text by the earlier embedded writer become NULL, so that
// the participant is no longer counted as reachable on that channel.
void emptyAddressesBecomeNull(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    {
        QSqlDatabase db = rawConnection(temp->spec(), QStringLiteral("empty"));
        migrateWithRows(
            db, kind, 5,
            QStringLiteral(
                "INSERT INTO participants (pseudonym, external_id, name, mobile, phone, email, "
                "registered_at, updated_at) VALUES ('P-1', '', 'A', '+31612345678', '', '', 1, "
                "1), ('P-2', 'R2', 'B', '', '+31201234567', 'b@example.org', 1, 1)"));
        QSqlQuery rows(db);
        REQUIRE(
            rows.exec(QStringLiteral("SELECT external_id IS NULL, mobile IS NULL, phone IS "
                                     "NULL, email IS NULL FROM participants ORDER BY pseudonym")));
        REQUIRE(rows.next());
        CHECK(rows.value(0).toBool());
        CHECK_FALSE(rows.value(1).toBool());
        CHECK(rows.value(2).toBool());
        CHECK(rows.value(3).toBool());
        REQUIRE(rows.next());
        CHECK_FALSE(rows.value(0).toBool());
        CHECK(rows.value(1).toBool());
        CHECK_FALSE(rows.value(2).toBool());
        CHECK_FALSE(rows.value(3).toBool());
        rows.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty"));
}

// Migration 20: what each participant can be reached on is kept beside the addresses, for
// the index's load, filled in for the participants already there.
void reachFilledIn(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    {
        QSqlDatabase db = rawConnection(temp->spec(), QStringLiteral("reach"));
        // Everything wanted with a mobile only; SMS and e-mail wanted with a fixed line and an
        // e-mail address; voice wanted with no address at all.
        migrateWithRows(
            db, kind, 20,
            QStringLiteral(
                "INSERT INTO participants (pseudonym, name, mobile, phone, email, channel_prefs, "
                "registered_at, updated_at) VALUES ('P-1', 'A', '+31612345678', NULL, NULL, 7, 1, "
                "1), ('P-2', 'B', NULL, '+31201234567', 'b@example.org', 5, 1, 1), "
                "('P-3', 'C', NULL, NULL, NULL, 2, 1, 1)"));
        QSqlQuery rows(db);
        REQUIRE(rows.exec(QStringLiteral("SELECT reach FROM participants ORDER BY pseudonym")));
        QList<int> reach;
        while (rows.next())
            reach << rows.value(0).toInt();
        CHECK(reach == QList<int>{1 + 2, 4, 0});
        rows.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reach"));
}

} // namespace

TEST_CASE("Migration files become dialect statements", "[migrations]")
{
    const QString sql =
        QStringLiteral("-- a comment; not a statement\n"
                       "CREATE TABLE t (id ${ID}, n ${BIGINT}, x ${REAL}, b ${BLOB});\n"
                       "CREATE INDEX t_n ON t (n);\n");
    const auto sqlite = Migrations::translate(sql, DatabaseKind::Sqlite);
    REQUIRE(sqlite.ok());
    REQUIRE(sqlite->size() == 2);
    CHECK(sqlite->at(0) ==
          QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER, "
                         "x REAL, b BLOB)"));
    const auto pg = Migrations::translate(sql, DatabaseKind::PostgreSql);
    REQUIRE(pg.ok());
    CHECK(pg->at(0) == QStringLiteral("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, n BIGINT, "
                                      "x DOUBLE PRECISION, b BYTEA)"));
    const auto unknown =
        Migrations::translate(QStringLiteral("CREATE TABLE t (a ${UUID});"), DatabaseKind::Sqlite);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("${UUID}")));
}

TEST_CASE("The embedded migrations are numbered in order, each number once", "[migrations]")
{
    for (const auto kind : {DatabaseKind::Sqlite, DatabaseKind::PostgreSql}) {
        const auto migrations = Migrations::load(kind);
        REQUIRE(migrations.ok());
        REQUIRE(migrations->back().version == Migrations::latestVersion());
        for (size_t i = 0; i < migrations->size(); ++i) {
            if (i > 0)
                CHECK(migrations->at(i).version > migrations->at(i - 1).version);
            CHECK_FALSE(migrations->at(i).statements.isEmpty());
        }
    }
}

BURGERNET_STORAGE_TEST("A failing migration rolls back every migration of the run",
                       brokenMigrationLeavesNothing)
BURGERNET_STORAGE_TEST("Migrations apply up to a target and only once", migratesStepByStep)

TEST_CASE("Workstations migrating one PostgreSQL register at once apply each migration once",
          "[storage][postgres]")
{
    auto temp = test::TempDatabase::create(DatabaseKind::PostgreSql);
    std::atomic<int> succeeded = 0;
    std::vector<QThread*> threads;
    for (int i = 0; i < 4; ++i) {
        threads.push_back(QThread::create([&] {
            auto db = Database::open(temp->spec());
            if (db.ok() && (*db)->schemaVersion() == Migrations::latestVersion())
                ++succeeded;
        }));
        threads.back()->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    CHECK(succeeded == 4);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT count(*), count(DISTINCT version) FROM schema_migrations")));
    REQUIRE(query.next());
    const auto embedded = Migrations::load(DatabaseKind::PostgreSql);
    REQUIRE(embedded.ok());
    CHECK(query.value(0).toInt() == int(embedded->size()));
    CHECK(query.value(1).toInt() == int(embedded->size()));
}

BURGERNET_STORAGE_TEST("Addresses stored as empty text become NULL", emptyAddressesBecomeNull)
BURGERNET_STORAGE_TEST("What each participant can be reached on is filled in for those already "
                       "registered",
                       reachFilledIn)
