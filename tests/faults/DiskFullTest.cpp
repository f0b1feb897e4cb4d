// A full disk under the real burgernetctl while it sends: the training register and the audit
// log on a tmpfs of a few megabytes, filled up by a ballast file, then given space again.
#include "tests/faults/SmallFileSystem.h"
#include "tests/faults/TrainingHome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::TrainingHome;

namespace {

qint64 lineCount(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().count('\n');
}

} // namespace

TEST_CASE("On a full disk the real burgernetctl reports the error, pauses the dispatch and its "
          "audit records, loses nothing and goes on when space returns",
          "[e2e][faults][diskfull]")
{
    test::SmallFileSystem fs(48);
    if (!fs.mounted()) {
        WARN("skipped: no tmpfs could be mounted (" << fs.whyNot().toStdString()
                                                    << "); the disk-full test needs root");
        return;
    }
    TrainingHome home(fs.path());
    // Queued first, sent by the process under test.
    auto queued = home.asTrainer(
        {QStringLiteral("action"), QStringLiteral("send"), QStringLiteral("--type"),
         QStringLiteral("straatroof"), QStringLiteral("--circle"), TrainingHome::everyone(),
         QStringLiteral("--text"), QStringLiteral("Man in rode jas"), QStringLiteral("--channel"),
         QStringLiteral("sms"), QStringLiteral("--yes"), QStringLiteral("--json")});
    INFO(queued.err.toStdString());
    REQUIRE(queued.exitCode == 0);
    const QJsonObject submitted = QJsonDocument::fromJson(queued.out.toUtf8()).object();
    const qint64 id = submitted.value(QStringLiteral("id")).toInteger();
    const qint64 rows = submitted.value(QStringLiteral("messages"))
                            .toObject()
                            .value(QStringLiteral("sms"))
                            .toInteger();
    REQUIRE(rows >= 20'000);

    // Room for the start and a few batches, not for the whole send.
    fs.fill(384 * 1024);
    QProcess resume;
    resume.setProcessEnvironment(home.environment());
    resume.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"),
                 home.trainerArguments(
                     {QStringLiteral("action"), QStringLiteral("resume"), QString::number(id)}));
    REQUIRE(resume.waitForStarted());
    // Paused: the sender takes nothing more for two seconds while the process runs on.
    QElapsedTimer waited;
    waited.start();
    qint64 lines = -1;
    QElapsedTimer still;
    still.start();
    while (still.elapsed() < 2'000) {
        REQUIRE(waited.elapsed() < 120'000);
        REQUIRE(resume.state() == QProcess::Running);
        const qint64 now = lineCount(home.sendLog());
        if (now != lines) {
            lines = now;
            still.restart();
        }
        QThread::msleep(50);
    }
    const qint64 pausedAt = lines;
    CHECK(pausedAt < rows);
    resume.waitForReadyRead(500);
    const QString reported = QString::fromUtf8(resume.readAllStandardError());
    INFO(reported.toStdString());
    // The error is reported as SQLite words it.
    CHECK(reported.contains(QStringLiteral("full")));

    // Space again: it goes on by itself and finishes.
    fs.release();
    REQUIRE(resume.waitForFinished(180'000));
    const QString rest = QString::fromUtf8(resume.readAllStandardError());
    INFO(rest.toStdString());
    CHECK(resume.exitCode() == 0);

    const auto sends = test::sendsByMessage(home.sendLog(), id);
    const test::RowCounts c = test::countRows(home.training(), id, sends);
    CHECK(c.rows == rows);
    CHECK(c.lost == 0);
    CHECK(c.silentDuplicates == 0);
    CHECK(c.uncertain == 0);
    CHECK(c.reached == rows);
    auto verified = home.asAdministrator({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    // A send submitted on a full disk is refused whole, with the reason.
    fs.fill(16 * 1024);
    auto refused = home.asTrainer(
        {QStringLiteral("action"), QStringLiteral("send"), QStringLiteral("--type"),
         QStringLiteral("straatroof"), QStringLiteral("--circle"), TrainingHome::everyone(),
         QStringLiteral("--text"), QStringLiteral("Tweede melding"), QStringLiteral("--channel"),
         QStringLiteral("sms"), QStringLiteral("--yes")});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode != 0);
    // SQLite words it "database or disk is full" or, opening the audit log, "disk I/O error".
    CHECK(refused.err.contains(QStringLiteral("disk")));
    fs.release();
    CHECK(test::countRows(home.training(), id + 1, {}).rows == 0);

    WARN("disk full: paused after " << pausedAt << " of " << rows
                                    << " messages, resumed when space returned, lost " << c.lost
                                    << ", uncertain " << c.uncertain);
}
