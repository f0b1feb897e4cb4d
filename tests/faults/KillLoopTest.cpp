// The real programs killed with SIGKILL at random moments of a 20,000-recipient training send:
// burgernetctl (action send --wait, then action resume) and, now and then, the console
// offscreen, each with the real simulated sender of training's sender registry, whose own log
// says what "went out". Nothing here sends, schedules or recovers by itself.
#include "tests/faults/TrainingHome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <random>

using namespace burgernet;
using test::TrainingHome;

namespace {

// Lines the simulated sender appended, read as the file grows.
class LogWatch
{
public:
    explicit LogWatch(QString path)
        : m_path(std::move(path))
    {}
    qint64 lines()
    {
        if (!m_file.isOpen()) {
            m_file.setFileName(m_path);
            if (!m_file.open(QIODevice::ReadOnly))
                return 0;
        }
        const QByteArray more = m_file.readAll();
        m_lines += more.count('\n');
        return m_lines;
    }

private:
    QString m_path;
    QFile m_file;
    qint64 m_lines = 0;
};

double percentile(std::vector<qint64> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = size_t(std::ceil(q * double(v.size())));
    return double(v[std::min(v.size() - 1, at > 0 ? at - 1 : 0)]);
}

int envInt(const char* name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

} // namespace

TEST_CASE("Killed at random moments of a 20,000-recipient training send, the real burgernetctl "
          "and console lose nobody and send nobody twice without an uncertain row",
          "[e2e][faults][kill]")
{
    TrainingHome home;
    // BURGERNET_KILL_LOOP_KILLS=1000 is the long run README describes.
    const int kills = envInt("BURGERNET_KILL_LOOP_KILLS", 100);
    // Every this many restarts the console takes over instead of burgernetctl.
    const int consoleEvery = envInt("BURGERNET_KILL_LOOP_CONSOLE_EVERY", 20);
    std::mt19937 random(uint(envInt("BURGERNET_KILL_LOOP_SEED", 20261205)));
    LogWatch log(home.sendLog());
    QElapsedTimer total;
    total.start();

    qint64 actionId = 0, rows = 0;
    std::vector<qint64> targets; // kill when the sender has taken this many messages
    std::vector<qint64> ctlRecovery, consoleRecovery;
    int ctlKills = 0, consoleKills = 0, duringRecovery = 0;
    bool finished = false;
    qint64 startupGuessMs = 400;

    for (int run = 0; run < kills && !finished; ++run) {
        const bool console = run > 0 && run % consoleEvery == 0;
        QProcess p;
        p.setProcessEnvironment(home.environment());
        if (run == 0)
            p.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"),
                    home.trainerArguments(
                        {QStringLiteral("action"), QStringLiteral("send"), QStringLiteral("--type"),
                         QStringLiteral("straatroof"), QStringLiteral("--circle"),
                         TrainingHome::everyone(), QStringLiteral("--text"),
                         QStringLiteral("Man in rode jas"), QStringLiteral("--channel"),
                         QStringLiteral("sms"), QStringLiteral("--yes"), QStringLiteral("--wait"),
                         QStringLiteral("--json")}));
        else if (console)
            p.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernet-console"),
                    home.consoleArguments());
        else
            p.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"),
                    home.trainerArguments({QStringLiteral("action"), QStringLiteral("resume"),
                                           QString::number(actionId), QStringLiteral("--json")}));
        REQUIRE(p.waitForStarted());
        QElapsedTimer started;
        started.start();
        if (run == 0) {
            // The submission's answer (on the error stream with --wait) names the action.
            QByteArray err;
            while (actionId == 0 && started.elapsed() < 120'000) {
                p.waitForReadyRead(100);
                err += p.readAllStandardError();
                for (const QByteArray& line : err.split('\n')) {
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    if (o.contains(QStringLiteral("id"))) {
                        actionId = o.value(QStringLiteral("id")).toInteger();
                        rows = o.value(QStringLiteral("messages"))
                                   .toObject()
                                   .value(QStringLiteral("sms"))
                                   .toInteger();
                    }
                }
            }
            INFO(err.toStdString());
            REQUIRE(actionId > 0);
            REQUIRE(rows >= 20'000);
            // Moments spread uniformly over the send, measured by what the sender took. An
            // uncertain row is never sent again, so the sender's count stops short of the end
            // by those that had not gone out: the moments lie in the first 85 %.
            std::uniform_int_distribution<qint64> at(1, rows * 85 / 100);
            for (int i = 0; i < kills; ++i)
                targets.push_back(at(random));
            std::sort(targets.begin(), targets.end());
        }
        const qint64 before = log.lines();
        const qint64 target = targets[size_t(std::min(run, kills - 1))];
        // A moment that already passed falls into the restart itself: recovery is killed too.
        const bool inRecovery = target <= before;
        const qint64 recoveryKillMs =
            inRecovery ? std::uniform_int_distribution<qint64>(0, startupGuessMs)(random) : -1;
        qint64 resumedMs = -1;
        while (true) {
            if (p.waitForFinished(0) || p.state() == QProcess::NotRunning) {
                finished = true; // the send was over before this moment
                break;
            }
            const qint64 now = started.elapsed();
            const qint64 lines = log.lines();
            if (resumedMs < 0 && lines > before)
                resumedMs = now;
            if ((inRecovery && now >= recoveryKillMs) || (!inRecovery && lines >= target))
                break;
            if (now > 120'000)
                FAIL("the send stopped moving");
            QThread::usleep(500);
        }
        if (finished) {
            INFO("run " << run << (console ? " (console)" : "") << ": "
                        << p.readAllStandardError().toStdString());
            REQUIRE(p.exitStatus() == QProcess::NormalExit);
            REQUIRE(p.exitCode() == 0);
            break;
        }
        ::kill(pid_t(p.processId()), SIGKILL);
        REQUIRE(p.waitForFinished(10'000));
        (console ? consoleKills : ctlKills)++;
        duringRecovery += inRecovery ? 1 : 0;
        if (resumedMs >= 0 && run > 0) {
            (console ? consoleRecovery : ctlRecovery).push_back(resumedMs);
            if (!console)
                startupGuessMs = qint64(percentile(ctlRecovery, 0.5));
        }
    }

    // One last run finishes the send.
    if (!finished) {
        auto last = home.asTrainer({QStringLiteral("action"), QStringLiteral("resume"),
                                    QString::number(actionId), QStringLiteral("--json")});
        INFO(last.err.toStdString());
        REQUIRE(last.exitCode == 0);
    }
    const qint64 elapsedMs = total.elapsed();

    // What the gateway took against what the outbox says.
    auto sends = test::sendsByMessage(home.sendLog(), actionId);
    const test::RowCounts before = test::countRows(home.training(), actionId, sends);
    CHECK(before.rows == rows);
    CHECK(before.lost == 0);
    CHECK(before.silentDuplicates == 0);
    CHECK(before.other == 0);
    CHECK(before.reached + before.uncertain == rows);
    // At most one batch (100) is being sent when a process dies.
    CHECK(before.uncertain <= qint64(ctlKills + consoleKills) * 100);
    CHECK(ctlKills + consoleKills == kills);

    // The trainer decides to resend the uncertain ones: those that had gone out are the only
    // duplicates at the gateway.
    auto decided = home.asTrainer({QStringLiteral("action"), QStringLiteral("decide"),
                                   QString::number(actionId), QStringLiteral("--uncertain"),
                                   QStringLiteral("resend"), QStringLiteral("--wait")});
    INFO(decided.err.toStdString());
    REQUIRE(decided.exitCode == 0);
    sends = test::sendsByMessage(home.sendLog(), actionId);
    const test::RowCounts after = test::countRows(home.training(), actionId, sends);
    CHECK(after.reached == rows);
    CHECK(after.lost == 0);
    qint64 duplicates = 0, duplicatesNotUncertain = 0;
    for (auto it = sends.cbegin(); it != sends.cend(); ++it)
        if (it.value() > 1) {
            ++duplicates;
            if (!before.uncertainRows.contains(it.key()))
                ++duplicatesNotUncertain;
        }
    CHECK(duplicatesNotUncertain == 0);
    CHECK(duplicates == before.uncertainSent);

    // The audit log survived every kill with its chain whole.
    auto verified = home.asAdministrator({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    WARN("kill loop: " << rows << " messages, " << ctlKills << " burgernetctl kills and "
                       << consoleKills << " console kills (" << duringRecovery
                       << " during a restart) in " << elapsedMs / 1000 << " s; lost " << after.lost
                       << "; uncertain " << before.uncertain << " (" << before.uncertainSent
                       << " had gone out); duplicates at the sender " << duplicates
                       << ", all uncertain rows resent by decision; recovery "
                       << "(restart to the next message) burgernetctl p50 "
                       << percentile(ctlRecovery, 0.5) << " ms, p95 "
                       << percentile(ctlRecovery, 0.95) << " ms (" << ctlRecovery.size()
                       << " restarts), console p50 " << percentile(consoleRecovery, 0.5)
                       << " ms, p95 " << percentile(consoleRecovery, 0.95) << " ms ("
                       << consoleRecovery.size() << ")");
}
