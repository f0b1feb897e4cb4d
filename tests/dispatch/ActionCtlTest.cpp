#include "app/audit/AuditQuery.h"
#include "app/ctl/CtlContext.h"
#include "app/dispatch/Outbox.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/AuditRecords.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
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
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    test::CtlAccounts accounts(base, dir.path());
    const QStringList common = base + accounts.as(Role::Dispatcher);
    // Nobody signed in: burgernetctl reads, but sends nothing.
    auto anonymous =
        runCtl(base + QStringList{QStringLiteral("action"), QStringLiteral("send"),
                                  QStringLiteral("--type"), QStringLiteral("straatroof"),
                                  QStringLiteral("--circle"), QStringLiteral("52.0894,5.11,1500"),
                                  QStringLiteral("--text"), QStringLiteral("Man met rode jas"),
                                  QStringLiteral("--channel"), QStringLiteral("sms"),
                                  QStringLiteral("--yes")});
    CHECK(anonymous.exitCode == ExitFailure);
    CHECK(anonymous.err.contains(QStringLiteral("workstation")));
    CHECK(f.actions().workflow().actions(false)->isEmpty());
    auto refused =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("send"),
                                    QStringLiteral("--type"), QStringLiteral("straatroof"),
                                    QStringLiteral("--circle"), QStringLiteral("52.0894,5.11,1500"),
                                    QStringLiteral("--text"), QStringLiteral("Man met rode jas"),
                                    QStringLiteral("--channel"), QStringLiteral("sms")});
    CHECK(refused.exitCode == ExitUsage); // no --yes
    // A text that would read differently on screen than it is: refused before anything is stored.
    auto hidden = runCtl(
        common + QStringList{QStringLiteral("action"), QStringLiteral("send"),
                             QStringLiteral("--type"), QStringLiteral("straatroof"),
                             QStringLiteral("--circle"), QStringLiteral("52.0894,5.11,1500"),
                             QStringLiteral("--text"), QStringLiteral("Man met \u202Esaj reder"),
                             QStringLiteral("--channel"), QStringLiteral("sms"),
                             QStringLiteral("--yes")});
    CHECK(hidden.exitCode == ExitFailure);
    CHECK(hidden.err.contains(QStringLiteral("free_text")));
    CHECK(hidden.err.contains(QStringLiteral("U+202E")));
    CHECK(f.actions().workflow().actions(false)->isEmpty());
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

    auto listed = runCtl(base + QStringList{QStringLiteral("action"), QStringLiteral("list"),
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
    test::CtlAccounts accounts(common, dir.path());
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
    CHECK(runCtl(common + QStringList{QStringLiteral("template"), QStringLiteral("set"),
                                      QStringLiteral("nl"), name, file})
              .exitCode == ExitFailure); // nobody signed in
    auto set = runCtl(common + accounts.as(Role::Administrator) +
                      QStringList{QStringLiteral("template"), QStringLiteral("set"),
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
    REQUIRE(changes->size() == 2);
    CHECK(changes->front().result == QStringLiteral("ok"));
    CHECK(changes->back().result == QStringLiteral("denied"));
    CHECK(changes->front().objectId == QStringLiteral("nl/") + name);
    CHECK_FALSE(changes->front().details.contains(QStringLiteral("meldkamer")));

    auto unknown =
        runCtl(common + QStringList{QStringLiteral("template"), QStringLiteral("show"),
                                    QStringLiteral("nl"), QStringLiteral("bestaat-niet")});
    CHECK(unknown.exitCode == ExitUsage);
    auto usage = runCtl(common + accounts.as(Role::Administrator) +
                        QStringList{QStringLiteral("template"), QStringLiteral("set")});
    CHECK(usage.exitCode == ExitUsage);
}

namespace {

// burgernetctl as its own process on this register, with settings of its own.
struct CtlProcess
{
    explicit CtlProcess(DispatchFixture& f, int reauthRecipients, int approvalThreshold)
        : db(f.spec().sqlitePath)
    {
        REQUIRE(home.isValid());
        QDir().mkpath(home.filePath(QStringLiteral("config/Burgernet")));
        QSettings settings(home.filePath(QStringLiteral("config/Burgernet/burgernet-console.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("security/reauthRecipients"), reauthRecipients);
        settings.setValue(QStringLiteral("dispatch/approvalThreshold"), approvalThreshold);
        settings.sync();
        accounts.as(QStringLiteral("centralist"), Role::Dispatcher);
        accounts.as(QStringLiteral("chef"), Role::Supervisor);
    }
    QStringList base() const
    {
        return {QStringLiteral("--db"), db, QStringLiteral("--audit-log"),
                home.filePath(QStringLiteral("audit.sqlite"))};
    }
    test::CtlRun run(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCtlProcess(base() + args, home.path(), 120'000, input);
    }
    test::CtlRun as(const QString& user, const QStringList& args)
    {
        return run(QStringList{QStringLiteral("--user"), user, QStringLiteral("--password-file"),
                               accounts.passwordFile(user)} +
                   args);
    }
    QStringList send() const
    {
        return {QStringLiteral("action"),    QStringLiteral("send"),
                QStringLiteral("--type"),    QStringLiteral("straatroof"),
                QStringLiteral("--circle"),  QStringLiteral("52.0894,5.11,1500"),
                QStringLiteral("--text"),    QStringLiteral("Man met rode jas"),
                QStringLiteral("--channel"), QStringLiteral("sms"),
                QStringLiteral("--yes"),     QStringLiteral("--json")};
    }
    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(home.filePath(QStringLiteral("audit.sqlite")), action, 100);
    }

    QTemporaryDir home;
    QString db;
    test::CtlAccounts accounts{base(), home.path()};
};

qint64 idOf(const test::CtlRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("id"))
        .toInteger();
}

} // namespace

TEST_CASE("burgernetctl: the password again before a large live send, from --password-file or "
          "refused",
          "[dispatch][ctl][security]")
{
    DispatchFixture f;
    CtlProcess ctl(f, 5, 100'000); // 18 participants in the area: more than 5
    // Nobody signed in: no permission to send at all, nothing made.
    auto workstation = ctl.run(ctl.send());
    CHECK(workstation.exitCode == ExitFailure);
    CHECK(f.actions().workflow().actions(false)->isEmpty());
    // Signed in with the password typed on standard input: there is nothing to give it again
    // from, so the large send is refused and nothing is queued.
    auto typed =
        ctl.run(QStringList{QStringLiteral("--user"), QStringLiteral("centralist")} + ctl.send(),
                "centralist-wachtwoord-1\n");
    INFO(typed.err.toStdString());
    CHECK(typed.exitCode == ExitFailure);
    CHECK(typed.err.contains(QStringLiteral("password again")));
    auto all = f.actions().workflow().actions(false);
    REQUIRE(all->size() == 1);
    CHECK(all->front().state == ActionState::Cancelled);
    CHECK(f.states(all->front().id, BuiltinChannel::Sms).isEmpty());

    // A dispatcher who signed in with a password file gives it again from there.
    auto dispatcher = ctl.as(QStringLiteral("centralist"), ctl.send());
    INFO(dispatcher.err.toStdString());
    REQUIRE(dispatcher.exitCode == ExitOk);
    const qint64 id = idOf(dispatcher);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);
    const auto reauth = ctl.records(QStringLiteral("send.reauth"));
    REQUIRE(reauth.size() == 2);
    int denied = 0, confirmed = 0;
    for (const AuditRecord& r : reauth) {
        denied += r.result == QLatin1String("denied");
        confirmed += r.result == QLatin1String("ok") && r.actor == QLatin1String("centralist");
    }
    CHECK(denied == 1);
    CHECK(confirmed == 1);
}

TEST_CASE("burgernetctl: approve and reject by a second user, decide and retry-failed",
          "[dispatch][ctl]")
{
    DispatchFixture f;
    // burgernetctl runs on the wall clock; the fixture's workers below run on the same time.
    f.clock().set(QDateTime::currentDateTimeUtc());
    CtlProcess ctl(f, 100'000, 10); // 14 SMS > 10: a second user approves
    auto sent = ctl.as(QStringLiteral("centralist"), ctl.send());
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == ExitOk);
    const qint64 id = idOf(sent);
    CHECK(QJsonDocument::fromJson(sent.out.toUtf8()).object().value(QStringLiteral("state")) ==
          QStringLiteral("awaiting_approval"));
    CHECK(f.states(id, BuiltinChannel::Sms).isEmpty());
    // The author may not approve (nor may a dispatcher at all).
    auto self =
        ctl.as(QStringLiteral("centralist"), {QStringLiteral("action"), QStringLiteral("approve"),
                                              QString::number(id), QStringLiteral("--yes")});
    CHECK(self.exitCode == ExitFailure);
    auto approved =
        ctl.as(QStringLiteral("chef"), {QStringLiteral("action"), QStringLiteral("approve"),
                                        QString::number(id), QStringLiteral("--yes")});
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == ExitOk);
    CHECK(f.actions().action(id)->approver == QStringLiteral("chef"));
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);

    // Another one goes back to its author.
    const qint64 second = idOf(ctl.as(QStringLiteral("centralist"), ctl.send()));
    auto rejected =
        ctl.as(QStringLiteral("chef"),
               {QStringLiteral("action"), QStringLiteral("reject"), QString::number(second),
                QStringLiteral("--text"), QStringLiteral("Beschrijving te vaag")});
    REQUIRE(rejected.exitCode == ExitOk);
    CHECK(f.actions().action(second)->state == ActionState::Draft);

    // The first: two fail for good and three are interrupted mid-send.
    f.clock().set(QDateTime::currentDateTimeUtc());
    f.sms().setScript([](const OutgoingMessage&, int call) {
        return call < 2 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
    });
    DispatchConfig config;
    config.batchSize = 7;
    auto worker = f.worker(config);
    worker->processOnce();
    Outbox(f.db()).claim(BuiltinChannel::Sms, f.clock().nowUtc().toMSecsSinceEpoch(), 3);
    REQUIRE(f.actions().recoverAfterRestart().ok());
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Uncertain) == 3);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Failed) == 2);
    auto decided = ctl.as(QStringLiteral("centralist"),
                          {QStringLiteral("action"), QStringLiteral("decide"), QString::number(id),
                           QStringLiteral("--uncertain"), QStringLiteral("drop")});
    INFO(decided.err.toStdString());
    REQUIRE(decided.exitCode == ExitOk);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Dropped) == 3);
    auto retried =
        ctl.as(QStringLiteral("centralist"),
               {QStringLiteral("action"), QStringLiteral("retry-failed"), QString::number(id)});
    REQUIRE(retried.exitCode == ExitOk);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Failed) == 0);
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 4 + 2);
    auto usage = ctl.as(QStringLiteral("centralist"),
                        {QStringLiteral("action"), QStringLiteral("decide"), QString::number(id)});
    CHECK(usage.exitCode == ExitUsage);
    CHECK(ctl.records(QStringLiteral("action.decide_uncertain")).size() == 1);
    CHECK(ctl.records(QStringLiteral("action.retry_failed")).size() == 1);
}

TEST_CASE("burgernetctl: a municipal editor sends a notice inside their own municipality only",
          "[dispatch][ctl]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("register.sqlite")),
                           QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    // The demo register: participants, approximate municipal boundaries and the demo accounts
    // (the editor works for Utrecht).
    const test::CtlRun demo = test::runCtlProcess(
        base + QStringList{QStringLiteral("demo"), QStringLiteral("--participants"),
                           QStringLiteral("3000")},
        home);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == ExitOk);
    const QString password = dir.filePath(QStringLiteral("editor.pw"));
    {
        QFile file(password);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("editor-demo\n");
    }
    const auto notice = [&](const QString& circle) {
        return test::runCtlProcess(
            base +
                QStringList{QStringLiteral("--user"), QStringLiteral("editor"),
                            QStringLiteral("--password-file"), password, QStringLiteral("action"),
                            QStringLiteral("send"), QStringLiteral("--notice"),
                            QStringLiteral("--type"), QStringLiteral("overig"),
                            QStringLiteral("--circle"), circle, QStringLiteral("--text"),
                            QStringLiteral("Let op: inbraken in de wijk, sluit ramen en deuren."),
                            QStringLiteral("--channel"), QStringLiteral("email"),
                            QStringLiteral("--yes")},
            home);
    };
    const test::CtlRun amsterdam = notice(QStringLiteral("52.3731,4.8932,800"));
    CHECK(amsterdam.exitCode == ExitFailure);
    CHECK(amsterdam.err.contains(QStringLiteral("outside Utrecht")));
    // The refused attempt is on record, with its reason as a code.
    {
        auto log = AuditQuery::open(dir.filePath(QStringLiteral("audit.sqlite")));
        REQUIRE(log.ok());
        AuditFilter filter;
        filter.action = QStringLiteral("action.send");
        auto page = (*log)->page(filter, 0, 100);
        REQUIRE(page.ok());
        REQUIRE(page->size() == 1);
        CHECK(page->front().result == QLatin1String("denied"));
        CHECK(page->front().actor == QLatin1String("editor"));
        CHECK(
            page->front().details.contains(QStringLiteral("\"reason\":\"outside-municipality\"")));
    }
    const test::CtlRun utrecht = notice(QStringLiteral("52.0907,5.1214,500"));
    INFO(utrecht.err.toStdString());
    CHECK(utrecht.exitCode == ExitOk);

    // The count follows the same scope: numbers for Utrecht, a refusal with its reason elsewhere.
    const auto count = [&](const QString& circle) {
        return test::runCtlProcess(
            base + QStringList{QStringLiteral("--user"), QStringLiteral("editor"),
                               QStringLiteral("--password-file"), password, QStringLiteral("area"),
                               QStringLiteral("count"), QStringLiteral("--circle"), circle,
                               QStringLiteral("--json")},
            home);
    };
    const test::CtlRun inside = count(QStringLiteral("52.0907,5.1214,500"));
    INFO(inside.err.toStdString());
    CHECK(inside.exitCode == ExitOk);
    CHECK(QJsonDocument::fromJson(inside.out.toUtf8())
              .object()
              .contains(QStringLiteral("participants")));
    const test::CtlRun outside = count(QStringLiteral("52.3731,4.8932,800"));
    CHECK(outside.exitCode == ExitFailure);
    CHECK(outside.err.contains(QStringLiteral("outside Utrecht")));
}
