#include "app/storage/Database.h"

#include "app/storage/Migrations.h"
#include "app/storage/ParticipantRepository.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

using namespace burgernet;

namespace {

// The whole state of a database as text: the SQLite files' bytes, or PostgreSQL's tables and
// schema versions.
QString fingerprint(QSqlDatabase db, DatabaseKind kind)
{
    QStringList parts;
    QSqlQuery query(db);
    query.exec(kind == DatabaseKind::Sqlite
                   ? QStringLiteral("SELECT name FROM sqlite_master ORDER BY name")
                   : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                    "table_schema = current_schema() ORDER BY table_name"));
    while (query.next())
        parts << query.value(0).toString();
    query.exec(
        QStringLiteral("SELECT version, name, applied_at FROM schema_migrations ORDER BY version"));
    while (query.next())
        parts << QStringLiteral("%1/%2/%3")
                     .arg(query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString());
    query.exec(QStringLiteral("SELECT key, value FROM meta ORDER BY key"));
    while (query.next())
        parts << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString();
    return parts.join(QLatin1Char('\n'));
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void newRegisterIsMigrated(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    CHECK((*db)->createdNow());
    CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    const QString id = (*db)->metaValue(QStringLiteral("database_id"));
    CHECK(id.size() == 36);
    CHECK(*ParticipantRepository(**db).countAll() == 0);

    db = Error{}; // close
    auto again = Database::open(temp->spec());
    REQUIRE(again.ok());
    CHECK_FALSE((*again)->createdNow());
    CHECK((*again)->metaValue(QStringLiteral("database_id")) == id);
}

void newerSchemaIsRefusedAndUntouched(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    QString before;
    {
        auto db = Database::open(temp->spec());
        REQUIRE(db.ok());
        QSqlQuery query((*db)->connection());
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                      "VALUES (%1, 'from_the_future', 1)")
                           .arg(Migrations::latestVersion() + 1)));
        before = fingerprint((*db)->connection(), kind);
    }
    const QString path = temp->spec().sqlitePath;
    const QByteArray hashBefore = kind == DatabaseKind::Sqlite ? fileHash(path) : QByteArray();

    auto refused = Database::open(temp->spec());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(
        QStringLiteral("schema version %1").arg(Migrations::latestVersion() + 1)));
    CHECK(refused.errorMessage().contains(QStringLiteral("newer than this program")));
    CHECK(refused.errorMessage().contains(QStringLiteral("not changed")));

    if (kind == DatabaseKind::Sqlite) {
        CHECK(fileHash(path) == hashBefore);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    // Look without migrating: the content is as it was.
    QSqlDatabase raw = QSqlDatabase::addDatabase(
        kind == DatabaseKind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
        QStringLiteral("look"));
    {
        if (kind == DatabaseKind::Sqlite) {
            raw.setDatabaseName(path);
        } else {
            raw.setHostName(temp->spec().host);
            raw.setPort(temp->spec().port);
            raw.setUserName(temp->spec().user);
            raw.setDatabaseName(temp->spec().name);
        }
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == Migrations::latestVersion() + 1);
        CHECK(fingerprint(raw, kind) == before);
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}

void workerThreadHasItsOwnConnection(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    qint64 counted = -1;
    QString error;
    QThread* worker = QThread::create([&] {
        auto own = (*db)->openAnotherConnection();
        if (!own.ok()) {
            error = own.errorMessage();
            return;
        }
        const auto count = ParticipantRepository(**own).countActive();
        counted = count.ok() ? *count : -2;
    });
    worker->start();
    worker->wait();
    delete worker;
    INFO(error.toStdString());
    CHECK(counted == 0);
}

} // namespace

BURGERNET_STORAGE_TEST("A new register gets the latest schema and an identity",
                       newRegisterIsMigrated)
BURGERNET_STORAGE_TEST("A register with a newer schema is refused and left unchanged",
                       newerSchemaIsRefusedAndUntouched)
BURGERNET_STORAGE_TEST("A worker thread opens its own connection", workerThreadHasItsOwnConnection)

TEST_CASE("A new SQLite register is readable by its owner only", "[storage]")
{
    auto temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    const QString path = QDir(temp->dir()).filePath(QStringLiteral("sub/folder/register.sqlite"));
    auto db = Database::open(DatabaseSpec::sqlite(path));
    REQUIRE(db.ok());
    const QFileInfo file(path);
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QFileInfo folder(file.absolutePath());
    CHECK_FALSE(folder.permissions().testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(folder.permissions().testFlag(QFileDevice::ReadGroup));
}

TEST_CASE("Files that are not a Burgernet register are refused", "[storage]")
{
    auto temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    const QString junk = QDir(temp->dir()).filePath(QStringLiteral("junk.sqlite"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const auto notSqlite = Database::open(DatabaseSpec::sqlite(junk));
    REQUIRE_FALSE(notSqlite.ok());
    CHECK(notSqlite.errorMessage().contains(QStringLiteral("not a SQLite database")));

    const QString other = QDir(temp->dir()).filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray hash = fileHash(other);
    const auto foreign = Database::open(DatabaseSpec::sqlite(other));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.errorMessage().contains(QStringLiteral("not a Burgernet Console register")));
    CHECK(foreign.errorMessage().contains(QStringLiteral("invoices")));
    CHECK(fileHash(other) == hash);

    const auto missing = Database::open(
        DatabaseSpec::sqlite(QDir(temp->dir()).filePath(QStringLiteral("missing.sqlite"))),
        Database::Options{.migrate = true, .createIfMissing = false});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("does not exist")));
}
