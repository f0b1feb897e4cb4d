#include "app/audit/AuditQuery.h"
#include "app/ctl/CtlContext.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;
using test::runCtl;

TEST_CASE("burgernetctl action send, status, list and close", "[dispatch][ctl]")
{
    DispatchFixture f;
    const QString db = f.spec().sqlitePath;
    QTemporaryDir dir;
    const QStringList common{QStringLiteral("--db"), db, QStringLiteral("--audit-log"),
                             dir.filePath(QStringLiteral("audit.sqlite"))};
    auto refused =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("send"),
                                    QStringLiteral("--type"), QStringLiteral("straatroof"),
                                    QStringLiteral("--circle"), QStringLiteral("52.0894,5.11,1500"),
                                    QStringLiteral("--text"), QStringLiteral("Man met rode jas"),
                                    QStringLiteral("--channel"), QStringLiteral("sms")});
    CHECK(refused.exitCode == ExitUsage); // no --yes
    auto sent =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("send"),
                                    QStringLiteral("--type"), QStringLiteral("straatroof"),
                                    QStringLiteral("--circle"), QStringLiteral("52.0894,5.11,1500"),
                                    QStringLiteral("--text"), QStringLiteral("Man met rode jas"),
                                    QStringLiteral("--channel"), QStringLiteral("sms"),
                                    QStringLiteral("--channel"), QStringLiteral("email"),
                                    QStringLiteral("--yes"), QStringLiteral("--json")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == ExitOk);
    const QJsonObject result = QJsonDocument::fromJson(sent.out.toUtf8()).object();
    const qint64 id = result.value(QStringLiteral("id")).toInteger();
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("sending"));
    CHECK(
        result.value(QStringLiteral("messages")).toObject().value(QStringLiteral("sms")).toInt() ==
        14);

    // The console's worker sends it.
    auto worker = f.worker();
    f.drain(*worker);
    CHECK(f.sms().calls() == 14);
    auto status = runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("status"),
                                              QString::number(id), QStringLiteral("--json")});
    REQUIRE(status.exitCode == ExitOk);
    const QJsonObject channels = QJsonDocument::fromJson(status.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("channels"))
                                     .toObject();
    CHECK(
        channels.value(QStringLiteral("email")).toObject().value(QStringLiteral("sent")).toInt() ==
        18);

    auto listed = runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("list"),
                                              QStringLiteral("--json")});
    REQUIRE(listed.exitCode == ExitOk);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 1);

    f.actions().refreshStates({id});
    auto closed =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("close"),
                                    QString::number(id), QStringLiteral("--outcome"),
                                    QStringLiteral("no_result"), QStringLiteral("--yes")});
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == ExitOk);
    CHECK(f.actions().action(id)->state == ActionState::Closed);
    CHECK(f.actions().action(id)->outcome == Outcome::NoResult);
}

TEST_CASE("burgernetctl template lists, shows and replaces the message templates",
          "[dispatch][ctl]")
{
    DispatchFixture f;
    QTemporaryDir dir;
    const QStringList common{QStringLiteral("--db"), f.spec().sqlitePath,
                             QStringLiteral("--audit-log"),
                             dir.filePath(QStringLiteral("audit.sqlite"))};
    auto list = runCtl(common + QStringList{QStringLiteral("template"), QStringLiteral("list"),
                                            QStringLiteral("--json")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == ExitOk);
    const QJsonArray nl =
        QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("nl")).toArray();
    REQUIRE_FALSE(nl.isEmpty());
    const QString name = nl.first().toObject().value(QStringLiteral("name")).toString();
    CHECK_FALSE(nl.first().toObject().value(QStringLiteral("replaced")).toBool());

    const QString file = dir.filePath(QStringLiteral("nieuw.txt"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Nieuwe tekst voor de meldkamer ë\n");
    }
    auto set = runCtl(common + QStringList{QStringLiteral("template"), QStringLiteral("set"),
                                           QStringLiteral("nl"), name, file});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == ExitOk);
    auto show = runCtl(common + QStringList{QStringLiteral("template"), QStringLiteral("show"),
                                            QStringLiteral("nl"), name});
    CHECK(show.out.trimmed() == QStringLiteral("Nieuwe tekst voor de meldkamer ë"));
    // The service reads the replacement from the register.
    CHECK(f.services().templates->reload().ok());
    CHECK(f.services().templates->templates().text(QStringLiteral("nl"), name) ==
          QStringLiteral("Nieuwe tekst voor de meldkamer ë"));
    // Recorded in the log burgernetctl wrote, with the length only.
    auto log = AuditQuery::open(dir.filePath(QStringLiteral("audit.sqlite")));
    REQUIRE(log.ok());
    AuditFilter filter;
    filter.action = QStringLiteral("template.change");
    auto changes = (*log)->page(filter, 0, 10);
    REQUIRE(changes.ok());
    REQUIRE(changes->size() == 1);
    CHECK(changes->front().objectId == QStringLiteral("nl/") + name);
    CHECK_FALSE(changes->front().details.contains(QStringLiteral("meldkamer")));

    auto unknown =
        runCtl(common + QStringList{QStringLiteral("template"), QStringLiteral("show"),
                                    QStringLiteral("nl"), QStringLiteral("bestaat-niet")});
    CHECK(unknown.exitCode == ExitUsage);
    auto usage = runCtl(common + QStringList{QStringLiteral("template"), QStringLiteral("set")});
    CHECK(usage.exitCode == ExitUsage);
}
