// The failed recipients of an action through the real burgernetctl executable: per channel, by
// pseudonym with the masked number and the gateway's reason; refused to a role that does not
// see participants; each look recorded.
#include "app/ctl/CtlContext.h"
#include "app/dispatch/Outbox.h"
#include "app/services/DeliveryFailures.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

TEST_CASE("burgernetctl action failures lists who was not reached, masked, with the gateway's "
          "reason",
          "[gateway][failures][ctl]")
{
    DispatchFixture f;
    f.clock().set(QDateTime::currentDateTimeUtc());
    auto id = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                      QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());
    f.sms().setScript([](const OutgoingMessage&, int call) {
        return call < 2 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
    });
    f.worker()->processOnce();
    REQUIRE(f.states(*id, Channel::sms()).value(OutboxState::Failed) == 2);

    QTemporaryDir home;
    const QStringList base{QStringLiteral("--db"), f.spec().sqlitePath,
                           QStringLiteral("--audit-log"),
                           home.filePath(QStringLiteral("audit.sqlite"))};
    test::CtlAccounts accounts(base, home.path(), home.path());
    const QStringList args{QStringLiteral("action"), QStringLiteral("failures"),
                           QString::number(*id), QStringLiteral("--json")};
    auto listed = test::runCtlProcess(base + accounts.as(Role::Dispatcher) + args, home.path());
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == ExitOk);
    const QJsonObject json = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    const QJsonArray failed = json.value(QStringLiteral("failed")).toArray();
    REQUIRE(failed.size() == 2);
    QStringList mobiles;
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT mobile FROM participants WHERE mobile IS NOT NULL")));
    while (q.next())
        mobiles << q.value(0).toString();
    REQUIRE_FALSE(mobiles.isEmpty());
    for (const QJsonValue& v : failed) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("channel")).toString() == QStringLiteral("sms"));
        CHECK(o.value(QStringLiteral("reason")).toString() ==
              QStringLiteral("number does not exist"));
        CHECK_FALSE(o.value(QStringLiteral("pseudonym")).toString().isEmpty());
        const QString address = o.value(QStringLiteral("address")).toString();
        CHECK(address.contains(QChar(0x2022)));
        for (const QString& m : mobiles)
            CHECK_FALSE(listed.out.contains(m));
    }
    // Only one channel asked: the same two; another channel: none.
    auto email =
        test::runCtlProcess(base + accounts.as(Role::Dispatcher) + args +
                                QStringList{QStringLiteral("--channel"), QStringLiteral("email")},
                            home.path());
    REQUIRE(email.exitCode == ExitOk);
    CHECK(QJsonDocument::fromJson(email.out.toUtf8())
              .object()
              .value(QStringLiteral("failed"))
              .toArray()
              .isEmpty());

    // A municipal editor does not see participants: refused in plain words.
    auto editor =
        test::runCtlProcess(base +
                                accounts.as(QStringLiteral("redacteur.utrecht"),
                                            Role::MunicipalEditor, QStringLiteral("0344")) +
                                args,
                            home.path());
    CHECK(editor.exitCode == ExitFailure);
    CHECK(editor.err.contains(QStringLiteral("see the participants")));
    CHECK_FALSE(editor.err.contains(QStringLiteral("view-participants")));
}

TEST_CASE("The app platform's reported reach is kept with the action and shown with its "
          "failures",
          "[gateway][failures]")
{
    DispatchFixture f;
    ActionContent content = DispatchFixture::urgentContent();
    content.channels = {Channel::sms(), Channel(BuiltinChannel::App)};
    auto id = f.actions().createDraft(content, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());
    f.app().setScript([](const OutgoingMessage&, int) {
        SendResult r = test::ScriptedSender::ok();
        r.reach = 1234;
        return r;
    });
    auto workers = f.worker();
    f.drain(*workers);
    DeliveryFailures failures(f.db(), f.auditService());
    auto found = failures.failures(*id);
    REQUIRE(found.ok());
    REQUIRE(found->reach.size() == 1);
    CHECK(found->reach.front().channel == Channel(BuiltinChannel::App));
    CHECK(found->reach.front().reach == 1234);
    CHECK(found->failed.empty());
    CHECK(f.records(QStringLiteral("action.failures_view")).size() == 1);
}
