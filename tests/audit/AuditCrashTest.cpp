#include "app/audit/AuditVerifier.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <csignal>
#include <random>

using namespace burgernet;

TEST_CASE("A writer killed at random moments leaves a log that verifies, nothing lost",
          "[audit][crash]")
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("audit.sqlite"));
    const QString key = dir.filePath(QStringLiteral("key"));
    std::mt19937 random(20261127);
    qint64 before = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(BURGERNET_BIN_DIR "/test_audit_writer"), {log, key});
        REQUIRE(writer.waitForReadyRead(10'000));
        QThread::msleep(5 + random() % 120);
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10'000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);

        const auto v = AuditVerifier::verify(log);
        REQUIRE(v.ok());
        INFO("round " << round << ": " << v->summary().toStdString());
        CHECK(v->intact());
        CHECK(v->records >= before); // every committed record is still there
        before = v->records;
    }
    CHECK(before > 0);
}
