#include "DispatchTestSupport.h"
#include "dispatch/Outbox.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>
#include <csignal>
#include <map>
#include <random>

using namespace burgernet;
using test::DispatchFixture;

TEST_CASE("A dispatch killed at random moments loses nobody and sends nobody twice silently",
          "[dispatch][crash]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    // 3,000 participants in the area, written in one go.
    constexpr int kParticipants = 3000;
    f.addParticipants(kParticipants, [](int i) {
        return std::pair{DispatchFixture::centre().latitude() + (i % 60) * 0.0001,
                         DispatchFixture::centre().longitude() + (i / 60) * 0.0001};
    });
    REQUIRE(f.selection().reload(f.db()).ok());
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = {QStringLiteral("email")};
    auto id = f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());

    const QString log = f.spec().sqlitePath + QStringLiteral(".sent");
    const QString child = QStringLiteral(BURGERNET_BIN_DIR "/test_dispatch_child");
    std::mt19937 random(20261128);
    int kills = 0;
    for (int round = 0; round < 120 && kills < 60; ++round) {
        QProcess worker;
        worker.start(child, {f.spec().sqlitePath, log});
        REQUIRE(worker.waitForReadyRead(10'000));
        if (worker.waitForFinished(int(2 + random() % 25)))
            break; // it finished before the kill
        ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
        REQUIRE(worker.waitForFinished(10'000));
        ++kills;
    }
    // The last run finishes the work.
    QProcess last;
    last.start(child, {f.spec().sqlitePath, log});
    REQUIRE(last.waitForFinished(60'000));
    CHECK(last.exitCode() == 0);
    CHECK(kills >= 50);

    std::map<qint64, int> sends;
    QFile file(log);
    REQUIRE(file.open(QIODevice::ReadOnly));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            ++sends[line.toLongLong()];
    }
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, state FROM outbox WHERE action_id = %1").arg(*id)));
    int rows = 0, uncertain = 0, sent = 0;
    while (q.next()) {
        ++rows;
        const qint64 row = q.value(0).toLongLong();
        const QString state = q.value(1).toString();
        INFO("row " << row << " " << state.toStdString());
        // Never twice: an interrupted send is left uncertain, not retried on its own.
        CHECK(sends[row] <= 1);
        if (state == outbox::Uncertain) {
            ++uncertain;
        } else {
            // Nobody lost: every other row went out exactly once.
            CHECK(state == outbox::Sent);
            CHECK(sends[row] == 1);
            ++sent;
        }
    }
    CHECK(rows == kParticipants);
    CHECK(sent + uncertain == rows);
    // At most one batch (20) per kill is left uncertain.
    CHECK(uncertain <= kills * 20);
    WARN("kills " << kills << ", uncertain " << uncertain << " of " << rows);
}
