// The register's bulk writes on PostgreSQL (COPY through a staging table) through the real
// burgernetctl commands: the same participants and area counts as on SQLite, all or nothing,
// and the purge.
#include "app/ctl/CtlContext.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/register/ParticipantCsvTestSupport.h"
#include "tests/support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace burgernet;
using namespace burgernet::test;

namespace {

// One register with an administrator's account, driven by burgernetctl.
struct Register
{
    explicit Register(DatabaseKind kind)
        : temp(TempDatabase::create(kind))
        , base{QStringLiteral("--db"), temp->address(), QStringLiteral("--audit-log"),
               dir.filePath(QStringLiteral("audit.sqlite"))}
        , accounts(base, dir.path())
        , administrator(accounts.as(Role::Administrator))
    {}

    CtlRun ctl(const QStringList& args) const { return runCtl(base + administrator + args); }

    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    QString exported()
    {
        const QString path = file("export.csv");
        const CtlRun run = ctl({QStringLiteral("participants"), QStringLiteral("export"), path});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == ExitOk);
        return QString::fromUtf8(readFile(path));
    }

    QString areaCount(const QStringList& area)
    {
        const CtlRun run =
            ctl(QStringList{QStringLiteral("area"), QStringLiteral("count")} + area +
                QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-25T14:30:00+01:00"),
                            QStringLiteral("--json")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == ExitOk);
        return run.out;
    }

    qint64 scalar(const QString& sql) const
    {
        const QString name = QUuid::createUuid().toString();
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(temp->spec().kind == DatabaseKind::Sqlite
                                                            ? QStringLiteral("QSQLITE")
                                                            : QStringLiteral("QPSQL"),
                                                        name);
            const DatabaseSpec& spec = temp->spec();
            db.setDatabaseName(spec.kind == DatabaseKind::Sqlite ? spec.sqlitePath : spec.name);
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setUserName(spec.user);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(sql));
            REQUIRE(query.next());
            value = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    QTemporaryDir dir;
    std::unique_ptr<TempDatabase> temp;
    QStringList base;
    CtlAccounts accounts;
    QStringList administrator;
};

const QList<QStringList> kAreas{
    {QStringLiteral("--circle"), QStringLiteral("52.3731,4.8922,10000")},
    {QStringLiteral("--circle"), QStringLiteral("52.09,5.12,25000")},
    {QStringLiteral("--circle"), QStringLiteral("51.92,4.48,150000")}};

} // namespace

TEST_CASE("burgernetctl demo and import into PostgreSQL give the same participants and area "
          "counts as into SQLite",
          "[register][ctl][postgres]")
{
    Register sqlite(DatabaseKind::Sqlite);
    Register postgres(DatabaseKind::PostgreSql);
    for (Register* r : {&sqlite, &postgres}) {
        const CtlRun demo = r->ctl(
            {QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("6000")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == ExitOk);
    }
    const QString demoExport = sqlite.exported();
    CHECK(demoExport.count(QStringLiteral("\r\n")) == 6001);
    CHECK(postgres.exported() == demoExport);
    for (const QStringList& area : kAreas) {
        const QString counted = sqlite.areaCount(area);
        CHECK(QJsonDocument::fromJson(counted.toUtf8())
                  .object()
                  .value(QStringLiteral("participants"))
                  .toInt() > 50);
        CHECK(postgres.areaCount(area) == counted);
    }

    // The demo register exported and imported into fresh registers of each kind.
    Register sqliteImport(DatabaseKind::Sqlite);
    Register postgresImport(DatabaseKind::PostgreSql);
    const QString csv = sqlite.file("demo.csv");
    writeFile(csv, demoExport.toUtf8());
    for (Register* r : {&sqliteImport, &postgresImport}) {
        const CtlRun imported =
            r->ctl({QStringLiteral("participants"), QStringLiteral("import"), csv});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == ExitOk);
        CHECK(imported.out.startsWith(QStringLiteral("6,000 rows: 6,000 imported (0 updated)")));
    }
    // Pseudonyms are drawn anew by an import: compare without them.
    const auto withoutPseudonyms = [](Register& r) {
        return r.exported().remove(QRegularExpression(QStringLiteral("P-[0-9A-Z]+")));
    };
    const QString importedExport = withoutPseudonyms(sqliteImport);
    CHECK(importedExport.count(QStringLiteral("\r\n")) == 6001);
    CHECK(withoutPseudonyms(postgresImport) == importedExport);
    for (const QStringList& area : kAreas)
        CHECK(postgresImport.areaCount(area) == sqlite.areaCount(area));

    // A second import updates everybody by external id, in place.
    const CtlRun again =
        postgresImport.ctl({QStringLiteral("participants"), QStringLiteral("import"), csv});
    INFO(again.out.toStdString());
    REQUIRE(again.exitCode == ExitOk);
    CHECK(again.out.startsWith(QStringLiteral("6,000 rows: 6,000 imported (6,000 updated)")));
    CHECK(withoutPseudonyms(postgresImport) == importedExport);
}

TEST_CASE("An import into PostgreSQL that fails mid-file leaves nothing half written and names "
          "the line",
          "[register][ctl][postgres]")
{
    Register r(DatabaseKind::PostgreSql);
    const QString few = r.file("few.csv");
    writeFile(few, csvText({validRow(1), validRow(2), validRow(3)}).toUtf8());
    REQUIRE(r.ctl({QStringLiteral("participants"), QStringLiteral("import"), few}).exitCode ==
            ExitOk);
    const QString before = r.exported();

    // 10,000 rows, the first thousands sent to the server by COPY before the reader finds an
    // unclosed quote on line 7,002 (the header is line 1).
    QList<CsvValues> many;
    for (int i = 1; i <= 10'000; ++i)
        many << with(validRow(i), {{"name", QStringLiteral("Changed %1").arg(i)}});
    QByteArray text = csvText(many).toUtf8();
    const qsizetype line7002 = [&] {
        qsizetype at = 0;
        for (int line = 1; line < 7002; ++line)
            at = text.indexOf('\n', at) + 1;
        return at;
    }();
    text.insert(line7002, "\"");
    const QString broken = r.file("broken.csv");
    writeFile(broken, text);
    const CtlRun failed = r.ctl({QStringLiteral("participants"), QStringLiteral("import"), broken});
    CHECK(failed.exitCode == ExitFailure);
    INFO(failed.out.toStdString() + failed.err.toStdString());
    CHECK((failed.out + failed.err).contains(QStringLiteral("line 7002")));
    CHECK(r.exported() == before);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM locations")) == 3);

    // The server refusing a row in the merge (here a trigger) undoes every row too.
    {
        const DatabaseSpec& spec = r.temp->spec();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("trg"));
        db.setDatabaseName(spec.name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.street = 'Foutstraat' THEN RAISE EXCEPTION 'refused for the test'; END IF; "
            "RETURN NEW; END $$")));
        REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON locations "
                                          "FOR EACH ROW EXECUTE FUNCTION refuse()")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trg"));
    many[7000]["home_street"] = QStringLiteral("Foutstraat");
    const QString refusedFile = r.file("refused.csv");
    writeFile(refusedFile, csvText(many).toUtf8());
    const CtlRun refused =
        r.ctl({QStringLiteral("participants"), QStringLiteral("import"), refusedFile});
    CHECK(refused.exitCode == ExitFailure);
    CHECK((refused.out + refused.err).contains(QStringLiteral("refused for the test")));
    CHECK(r.exported() == before);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM locations")) == 3);
}

TEST_CASE("burgernetctl participants purge erases the long unsubscribed from PostgreSQL",
          "[register][ctl][postgres]")
{
    Register r(DatabaseKind::PostgreSql);
    QList<CsvValues> rows;
    for (int i = 1; i <= 3000; ++i)
        rows << (i % 3 == 0 ? with(validRow(i), {{"status", "unsubscribed"},
                                                 {"unsubscribed_at", "2020-01-01T00:00:00Z"},
                                                 {"work_lat", "51.9244"},
                                                 {"work_lon", "4.4777"}})
                            : validRow(i));
    const QString people = r.file("people.csv");
    writeFile(people, csvText(rows).toUtf8());
    const CtlRun imported =
        r.ctl({QStringLiteral("participants"), QStringLiteral("import"), people});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == ExitOk);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM locations")) == 4000);

    const CtlRun purged = r.ctl({QStringLiteral("participants"), QStringLiteral("purge"),
                                 QStringLiteral("--days"), QStringLiteral("30")});
    INFO(purged.out.toStdString() + purged.err.toStdString());
    REQUIRE(purged.exitCode == ExitOk);
    CHECK(purged.out.contains(QStringLiteral("1,000 participants")));
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM participants")) == 2000);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE status = "
                                  "'unsubscribed'")) == 0);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM locations")) == 2000);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM locations l WHERE NOT EXISTS (SELECT 1 "
                                  "FROM participants p WHERE p.id = l.participant_id)")) == 0);
}
