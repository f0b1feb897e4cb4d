#include "DispatchTestSupport.h"
#include "ctl/CtlContext.h"
#include "integration/CtlRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    auto closed = runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("close"),
                                              QString::number(id), QStringLiteral("--outcome"),
                                              QStringLiteral("no_result")});
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == ExitOk);
    CHECK(f.actions().action(id)->state == ActionState::Closed);
    CHECK(f.actions().action(id)->outcome == Outcome::NoResult);
}
