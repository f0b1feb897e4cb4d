// I/O errors from the Nth write or sync on (a SQLite VFS shim preloaded into the real
// burgernetctl, as SQLite's own ioerr tests fail the Nth operation), in the training register
// and in the audit log, during a send: afterwards both files are sound, the audit chain is
// whole, the outbox loses nobody, and doing it again succeeds.
#include "tests/faults/TrainingHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::TrainingHome;

namespace {

QString integrity(const QString& path)
{
    const QString name = QStringLiteral("ioerr-%1").arg(qHash(path));
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            return q.lastError().text();
        answer = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

QList<qint64> points(const char* variable, QList<qint64> fallback)
{
    // BURGERNET_IOERR_WRITES=200 / BURGERNET_IOERR_SYNCS=50: every N from 1 to that.
    const int upTo = qEnvironmentVariableIntValue(variable);
    if (upTo <= 0)
        return fallback;
    QList<qint64> all;
    for (int n = 1; n <= upTo; ++n)
        all << n;
    return all;
}

} // namespace

TEST_CASE("An I/O error on the Nth write or sync of the register or the audit log leaves both "
          "sound, loses nothing, and a retry succeeds",
          "[e2e][faults][ioerr]")
{
    const QStringList send{QStringLiteral("action"),    QStringLiteral("send"),
                           QStringLiteral("--type"),    QStringLiteral("straatroof"),
                           QStringLiteral("--circle"),  QStringLiteral("52.0907,5.1214,8000"),
                           QStringLiteral("--text"),    QStringLiteral("Man in rode jas"),
                           QStringLiteral("--channel"), QStringLiteral("sms"),
                           QStringLiteral("--yes"),     QStringLiteral("--wait"),
                           QStringLiteral("--timeout"), QStringLiteral("3"),
                           QStringLiteral("--json")};
    int runs = 0, refused = 0, paused = 0, unharmed = 0;
    qint64 uncertain = 0;
    for (const QString& file : {QStringLiteral("training.sqlite"), QStringLiteral("audit.sqlite")})
        for (const QString& kind : {QStringLiteral("write"), QStringLiteral("sync")})
            for (const qint64 n : kind == QLatin1String("write")
                                      ? points("BURGERNET_IOERR_WRITES", {1, 4, 16, 64, 256, 1024})
                                      : points("BURGERNET_IOERR_SYNCS", {1, 3, 9, 27})) {
                INFO(file.toStdString() << ": I/O error from " << kind.toStdString() << " " << n);
                TrainingHome home;
                QProcess faulty;
                QProcessEnvironment env = home.environment();
                env.insert(QStringLiteral("LD_PRELOAD"),
                           QStringLiteral(BURGERNET_BIN_DIR "/libburgernet_ioerr_shim.so"));
                env.insert(QStringLiteral("BURGERNET_IOERR_AT"), QString::number(n));
                env.insert(QStringLiteral("BURGERNET_IOERR_KIND"), kind);
                env.insert(QStringLiteral("BURGERNET_IOERR_FILE"), file);
                faulty.setProcessEnvironment(env);
                faulty.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"),
                             home.trainerArguments(send));
                REQUIRE(faulty.waitForFinished(60'000));
                const QString err = QString::fromUtf8(faulty.readAllStandardError());
                INFO(err.toStdString());
                // Reported and ended, never a crash.
                REQUIRE(faulty.exitStatus() == QProcess::NormalExit);
                ++runs;
                if (faulty.exitCode() == 0)
                    ++unharmed;
                else if (err.contains(QStringLiteral("Stopped waiting")))
                    ++paused;
                else
                    ++refused;

                CHECK(integrity(home.training()) == QStringLiteral("ok"));
                CHECK(integrity(home.audit()) == QStringLiteral("ok"));
                auto verified =
                    home.asAdministrator({QStringLiteral("audit"), QStringLiteral("verify")});
                INFO(verified.out.toStdString() << verified.err.toStdString());
                CHECK(verified.exitCode == 0);

                // The retry: what was queued goes out; what was never queued is sent afresh.
                auto listed = home.asTrainer(
                    {QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json")});
                REQUIRE(listed.exitCode == 0);
                qint64 queued = 0;
                for (const QJsonValue& a : QJsonDocument::fromJson(listed.out.toUtf8()).array())
                    if (a[QStringLiteral("state")].toString() == QLatin1String("sending") ||
                        a[QStringLiteral("state")].toString() == QLatin1String("sent"))
                        queued = a[QStringLiteral("id")].toInteger();
                auto retried =
                    queued > 0 ? home.asTrainer({QStringLiteral("action"), QStringLiteral("resume"),
                                                 QString::number(queued)})
                               : home.asTrainer(send);
                INFO(retried.err.toStdString());
                REQUIRE(retried.exitCode == 0);
                const qint64 id =
                    queued > 0 ? queued
                               : QJsonDocument::fromJson(retried.out.toUtf8())[QStringLiteral("id")]
                                     .toInteger();
                const auto sends = test::sendsByMessage(home.sendLog(), id);
                const test::RowCounts c = test::countRows(home.training(), id, sends);
                CHECK(c.rows > 500);
                CHECK(c.lost == 0);
                CHECK(c.silentDuplicates == 0);
                CHECK(c.other == 0);
                uncertain += c.uncertain;
            }
    WARN("I/O errors: " << runs << " runs; " << refused << " refused with the error, " << paused
                        << " paused sending, " << unharmed << " finished anyway; every file "
                        << "sound, audit chain whole, nothing lost, every retry succeeded; "
                        << uncertain << " rows left uncertain for a decision");
}
