#include "app/audit/SigningKey.h"
#include "app/core/Paths.h"
#include "app/ctl/CtlContext.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/integration/CtlRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using burgernet::test::runCtlProcess;

namespace {
QStringList withLog(const test::AuditFixture& f, QStringList args)
{
    return QStringList{QStringLiteral("--audit-log"), f.path()} + args;
}
} // namespace

TEST_CASE("burgernetctl audit verify passes an untouched log and records the check", "[ctl][audit]")
{
    QTemporaryDir home; // the workstation: its key store and register
    test::AuditFixture f(10);
    f.appendSome(35);
    f.close();
    const auto keyFile = f.path() + QStringLiteral(".pub");
    const auto exported = runCtlProcess(
        withLog(f, {QStringLiteral("audit"), QStringLiteral("export-key"), keyFile}), home.path());
    REQUIRE(exported.exitCode == ExitOk);
    QFile key(keyFile);
    REQUIRE(key.open(QIODevice::ReadOnly));
    CHECK(key.readAll().startsWith("burgernet-audit-ed25519 "));

    const auto run = runCtlProcess(
        withLog(f, {QStringLiteral("audit"), QStringLiteral("verify"),
                    QStringLiteral("--public-key"), keyFile, QStringLiteral("--json")}),
        home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == ExitOk);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("intact")).toBool());
    CHECK(json.value(QStringLiteral("key_given")).toBool());
    // 35 records, the key moved from beside the log into the workstation's key store, the key
    // export, and the checkpoints in the chain (the verification's own record comes after).
    CHECK(json.value(QStringLiteral("records")).toInt() -
              json.value(QStringLiteral("checkpoints")).toInt() ==
          37);
    CHECK(json.value(QStringLiteral("key_source")).toString() == QStringLiteral("given"));
    CHECK(json.value(QStringLiteral("anchors_checked")).toBool());
    CHECK(json.value(QStringLiteral("anchors")).toInt() > 0);
    CHECK(!QFile::exists(paths::signingKeyPathFor(f.path()))); // no longer beside the log

    const auto shown = runCtlProcess(
        withLog(f, {QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--action"),
                    QStringLiteral("audit."), QStringLiteral("--json")}),
        home.path());
    REQUIRE(shown.exitCode == ExitOk);
    const QJsonArray records = QJsonDocument::fromJson(shown.out.toUtf8()).array();
    QStringList actions;
    for (const auto& r : records)
        actions << r.toObject().value(QStringLiteral("action")).toString();
    CHECK(actions.contains(QStringLiteral("audit.verify")));
    CHECK(actions.contains(QStringLiteral("audit.key.export")));
    CHECK(actions.contains(QStringLiteral("audit.search")));
}

TEST_CASE("burgernetctl audit verify works with a key whose fingerprint is all digits",
          "[ctl][audit]")
{
    QTemporaryDir home; // the workstation: its key store and register
    // About one key in 1,800 has a fingerprint of decimal digits only; the guard once took it
    // for a phone number and refused the verification's own record, so no log could be verified.
    QTemporaryDir dir;
    SigningKey key = SigningKey::generate();
    while (!QRegularExpression(QStringLiteral("^[0-9]+$")).match(key.fingerprint()).hasMatch())
        key = SigningKey::generate();
    const QString log = dir.filePath(QStringLiteral("audit.sqlite"));
    REQUIRE(key.save(paths::signingKeyPathFor(log)).ok());
    for (int i = 0; i < 2; ++i) {
        const auto run = runCtlProcess({QStringLiteral("--audit-log"), log, QStringLiteral("audit"),
                                        QStringLiteral("verify"), QStringLiteral("--json")},
                                       home.path());
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == ExitOk);
        CHECK_FALSE(run.err.contains(QStringLiteral("refused")));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("key_fingerprint")).toString() == key.fingerprint());
    }
    const auto shown = runCtlProcess({QStringLiteral("--audit-log"), log, QStringLiteral("audit"),
                                      QStringLiteral("show"), QStringLiteral("--action"),
                                      QStringLiteral("audit.verify"), QStringLiteral("--json")},
                                     home.path());
    REQUIRE(shown.exitCode == ExitOk);
    CHECK(shown.out.contains(key.fingerprint()));
}

TEST_CASE("burgernetctl audit verify names the first bad record and exits 3", "[ctl][audit]")
{
    QTemporaryDir home; // the workstation: its key store and register
    test::AuditFixture f(10);
    f.appendSome(30);
    f.tamper({QStringLiteral("DELETE FROM audit_records WHERE seq = 8")});
    // Verify the damaged file as a checker would, recording the check in another log.
    test::AuditFixture checker;
    checker.close();
    const auto run =
        runCtlProcess(withLog(checker, {QStringLiteral("audit"), QStringLiteral("verify"), f.path(),
                                        QStringLiteral("--json")}),
                      home.path());
    CHECK(run.exitCode == ExitDamaged);
    const QJsonObject damage = QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("damage"))
                                   .toObject();
    CHECK(damage.value(QStringLiteral("kind")).toString() == QStringLiteral("deleted"));
    CHECK(damage.value(QStringLiteral("seq")).toInt() == 8);

    const auto plain = runCtlProcess(
        withLog(checker, {QStringLiteral("audit"), QStringLiteral("verify"), f.path()}),
        home.path());
    CHECK(plain.exitCode == ExitDamaged);
    CHECK(plain.err.contains(QStringLiteral("sequence number 8")));
}

TEST_CASE("burgernetctl audit export writes CSV with the verification on top", "[ctl][audit]")
{
    QTemporaryDir home; // the workstation: its key store and register
    test::AuditFixture f(10);
    f.appendSome(12);
    f.close();
    const QString csv = f.path() + QStringLiteral(".csv");
    const auto run =
        runCtlProcess(withLog(f, {QStringLiteral("audit"), QStringLiteral("export"), csv,
                                  QStringLiteral("--actor"), QStringLiteral("centralist.west")}),
                      home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == ExitOk);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines.value(0).contains("Intact"));
    CHECK(lines.value(2).startsWith("seq,time_local"));
    // sampleEvent: every third record is centralist.west (0, 3, 6, 9 of 12).
    CHECK(lines.size() - 1 == 3 + 4);
}

TEST_CASE("burgernetctl audit refuses bad usage", "[ctl][audit]")
{
    QTemporaryDir home; // the workstation: its key store and register
    test::AuditFixture f;
    f.close();
    CHECK(runCtlProcess(withLog(f, {QStringLiteral("audit")}), home.path()).exitCode == ExitUsage);
    CHECK(
        runCtlProcess(withLog(f, {QStringLiteral("audit"), QStringLiteral("export")}), home.path())
            .exitCode == ExitUsage);
    CHECK(runCtlProcess(withLog(f, {QStringLiteral("audit"), QStringLiteral("show"),
                                    QStringLiteral("--from"), QStringLiteral("yesterday")}),
                        home.path())
              .exitCode == ExitUsage);
    CHECK(runCtlProcess(withLog(f, {QStringLiteral("audit"), QStringLiteral("verify"),
                                    QStringLiteral("--public-key"), f.path()}),
                        home.path())
              .exitCode == ExitUsage);
}

TEST_CASE("burgernetctl audit verify reports a new log put in the place of an anchored one",
          "[ctl][audit]")
{
    QTemporaryDir home; // the workstation: its key store, register and log
    const QString log = home.filePath(QStringLiteral("audit.sqlite"));
    const auto ctl = [&](const QStringList& args) {
        return runCtlProcess(QStringList{QStringLiteral("--audit-log"), log} + args, home.path());
    };
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"),
                             QStringLiteral("--json")};
    REQUIRE(ctl({QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("300")})
                .exitCode == ExitOk);
    const auto first = ctl(verify);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == ExitOk);
    const QString oldId = QJsonDocument::fromJson(first.out.toUtf8())
                              .object()
                              .value(QStringLiteral("log_id"))
                              .toString();
    REQUIRE(!oldId.isEmpty());

    // Whoever can write the folder deletes the log; the next command begins a fresh one, whose
    // own chain is perfect.
    for (const QString suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(log + suffix);
    const auto again = ctl(verify);
    CHECK(again.exitCode == ExitDamaged);
    const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("log_id")).toString() != oldId);
    const QJsonObject damage = json.value(QStringLiteral("damage")).toObject();
    CHECK(damage.value(QStringLiteral("kind")).toString() == QStringLiteral("replaced"));
    CHECK(damage.value(QStringLiteral("detail")).toString().contains(oldId));
}

TEST_CASE("burgernetctl audit verify: two workstations of one host name on one register are no "
          "replaced log",
          "[ctl][audit]")
{
    // Two machines that happen to share a host name (a cloned image): each its own key store and
    // log, one register. Neither log is the other's replacement.
    QTemporaryDir shared;
    QTemporaryDir first;
    QTemporaryDir second;
    const QString db = shared.filePath(QStringLiteral("register.sqlite"));
    const auto ctl = [&](const QTemporaryDir& home, const QStringList& args) {
        return runCtlProcess(QStringList{QStringLiteral("--db"), db, QStringLiteral("--audit-log"),
                                         home.filePath(QStringLiteral("audit.sqlite"))} +
                                 args,
                             home.path());
    };
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"),
                             QStringLiteral("--json")};
    REQUIRE(ctl(first,
                {QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("300")})
                .exitCode == ExitOk);
    const auto atSecond = ctl(second, verify);
    INFO(atSecond.out.toStdString());
    CHECK(atSecond.exitCode == ExitOk);
    const auto atFirst = ctl(first, verify);
    INFO(atFirst.out.toStdString());
    CHECK(atFirst.exitCode == ExitOk);

    // The first one's log deleted is still reported, by its own key.
    const QString log = first.filePath(QStringLiteral("audit.sqlite"));
    for (const QString suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(log + suffix);
    const auto replaced = ctl(first, verify);
    CHECK(replaced.exitCode == ExitDamaged);
    CHECK(QJsonDocument::fromJson(replaced.out.toUtf8())
              .object()
              .value(QStringLiteral("damage"))
              .toObject()
              .value(QStringLiteral("kind"))
              .toString() == QStringLiteral("replaced"));
}
