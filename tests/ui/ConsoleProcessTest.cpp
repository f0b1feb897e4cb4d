#include "app/audit/AuditQuery.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"
#include "tests/support/TempDatabase.h"
#include "ui/WindowScreenshot.h"
#include "ui/console/ConsoleOptions.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

// Runs the real burgernet-console on the offscreen platform with a private home folder.
struct ConsoleRun
{
    int exitCode = -1;
    QString err;
};

ConsoleRun runConsole(const QStringList& args, const QString& home)
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernet-console"), args);
    REQUIRE(console.waitForFinished(60'000));
    return {console.exitCode(), QString::fromUtf8(console.readAllStandardError())};
}

} // namespace

TEST_CASE("The console renders its window to a PNG of the asked size", "[ui][process]")
{
    QTemporaryDir home;
    const QString png = home.filePath(QStringLiteral("shot.png"));
    const ConsoleRun run = runConsole(
        {QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("900x640"),
         QStringLiteral("--demo-participants"), QStringLiteral("700")},
        home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(900, 640));
    // The first start created the embedded register in the user's data folder, with the demo
    // population, and the session is in the workstation's audit log.
    const QString registerPath =
        home.filePath(QStringLiteral("data/burgernet-console/register.sqlite"));
    REQUIRE(QFileInfo::exists(registerPath));
    qint64 remaining = 0;
    {
        auto db = Database::open(DatabaseSpec::sqlite(registerPath));
        REQUIRE(db.ok());
        remaining = *ParticipantRepository(**db).countAll();
    }
    auto audit =
        AuditQuery::open(home.filePath(QStringLiteral("data/burgernet-console/audit.sqlite")));
    REQUIRE(audit.ok());
    QStringList actions;
    REQUIRE((*audit)
                ->forEach({},
                          [&](const AuditRecord& r) {
                              actions << r.action;
                              return true;
                          })
                .ok());
    // The demo register with its approximate boundaries and its five demo accounts; without
    // --user a screenshot of the demo register signs in as the demo supervisor; at start the long
    // unsubscribed are purged, each by pseudonym.
    const qint64 erased = actions.count(QStringLiteral("participants.erase"));
    CHECK(remaining + erased == 700);
    actions.removeAll(QStringLiteral("participants.erase"));
    // The demo population with its approximate boundaries, then six months of past actions for
    // the review.
    QStringList expected{QStringLiteral("register.demo"), QStringLiteral("boundaries.import"),
                         QStringLiteral("register.demo_history")};
    for (int i = 0; i < 5; ++i)
        expected << QStringLiteral("user.add");
    expected << QStringLiteral("user.signin") << QStringLiteral("session.start");
    if (erased > 0)
        expected << QStringLiteral("participants.purge");
    // The dispatching session looks at what an earlier run left in the outbox, and says so.
    expected << QStringLiteral("outbox.recover") << QStringLiteral("session.stop");
    CHECK(actions == expected);
}

TEST_CASE("Training mode runs on its own register", "[ui][process]")
{
    QTemporaryDir home;
    const ConsoleRun run = runConsole(
        {QStringLiteral("--training"), QStringLiteral("--demo-participants"), QStringLiteral("50"),
         QStringLiteral("--screenshot"), home.filePath(QStringLiteral("t.png"))},
        home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString training =
        home.filePath(QStringLiteral("data/burgernet-console/training.sqlite"));
    REQUIRE(QFileInfo::exists(training));
    // The live register exists for its accounts only; the session ran on the training one.
    QString trainingId;
    {
        auto db = Database::open(DatabaseSpec::sqlite(training));
        REQUIRE(db.ok());
        trainingId = (*db)->metaValue(QStringLiteral("database_id"));
        QSqlQuery users((*db)->connection());
        REQUIRE(users.exec(QStringLiteral("SELECT COUNT(*) FROM users")));
        REQUIRE(users.next());
        CHECK(users.value(0).toInt() == 0); // accounts live in the live register only
    }
    auto audit =
        AuditQuery::open(home.filePath(QStringLiteral("data/burgernet-console/audit.sqlite")));
    REQUIRE(audit.ok());
    AuditFilter filter;
    filter.action = QStringLiteral("session.start");
    auto starts = (*audit)->page(filter, 0, 10);
    REQUIRE(starts.ok());
    REQUIRE(starts->size() == 1);
    CHECK(starts->front().details.contains(QStringLiteral("\"mode\":\"training\"")));
    CHECK(starts->front().details.contains(trainingId));
}

TEST_CASE("The console refuses a register from a newer program with a clear message",
          "[ui][process]")
{
    QTemporaryDir home;
    auto temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    {
        auto db = Database::open(temp->spec());
        REQUIRE(db.ok());
        QSqlQuery((*db)->connection())
            .exec(QStringLiteral("INSERT INTO schema_migrations VALUES (998, 'future', 0)"));
    }
    const ConsoleRun run =
        runConsole({QStringLiteral("--db"), temp->address(), QStringLiteral("--screenshot"),
                    home.filePath(QStringLiteral("x.png"))},
                   home.path());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("schema version 998")));
    CHECK_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("x.png"))));
}

TEST_CASE("Console options are checked", "[ui]")
{
    const auto ok =
        ConsoleOptions::parse({QStringLiteral("burgernet-console"), QStringLiteral("--training"),
                               QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                               QStringLiteral("--size"), QStringLiteral("1024x768")});
    REQUIRE(ok.ok());
    CHECK(ok->mode == Mode::Training);
    CHECK(ok->screenshotSize == QSize(1024, 768));

    CHECK_FALSE(ConsoleOptions::parse({QStringLiteral("burgernet-console"),
                                       QStringLiteral("--size"), QStringLiteral("1024x768")})
                    .ok());
    CHECK_FALSE(
        ConsoleOptions::parse({QStringLiteral("burgernet-console"), QStringLiteral("--nope")})
            .ok());
    CHECK_FALSE(WindowScreenshot::parseSize(QStringLiteral("100x100")).ok());
    CHECK_FALSE(WindowScreenshot::parseSize(QStringLiteral("wide")).ok());
    CHECK(*WindowScreenshot::parseSize(QStringLiteral(" 1280x800 ")) == QSize(1280, 800));
}
