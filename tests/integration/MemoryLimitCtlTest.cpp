// The real burgernetctl under a memory limit (`ulimit -v`), sending to a whole-country area of
// a demo register: at every limit it either queues the whole action or stops with a clear
// message and exit code 1, never aborting and never leaving an action half-queued.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

constexpr int kParticipants = 150'000;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString err;
    QString out;
};

// burgernetctl with `arguments` (already quoted for the shell), under `ulimit -v limitKb`
// when limitKb > 0, with a private home.
Run ctl(const QString& home, const QString& arguments, qint64 limitKb = 0)
{
    const QString program = QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl");
    QString script = QStringLiteral("exec '%1' %2").arg(program, arguments);
    if (limitKb > 0)
        script.prepend(QStringLiteral("ulimit -v %1; ").arg(limitKb));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("BURGERNET_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home);
    p.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), script});
    REQUIRE(p.waitForFinished(240'000));
    Run run;
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// What the register holds afterwards: rows per action and each action's state.
struct RegisterState
{
    std::map<qint64, qint64> rows;
    std::map<qint64, QString> states;
    int failedSignIns = 0;
};

RegisterState registerState(const QString& path)
{
    RegisterState s;
    const QString name = QStringLiteral("memory-limit-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("SELECT action_id, COUNT(*) FROM outbox GROUP BY action_id")));
        while (q.next())
            s.rows[q.value(0).toLongLong()] = q.value(1).toLongLong();
        REQUIRE(q.exec(QStringLiteral("SELECT id, state FROM actions")));
        while (q.next())
            s.states[q.value(0).toLongLong()] = q.value(1).toString();
        REQUIRE(
            q.exec(QStringLiteral("SELECT failed_attempts FROM users WHERE name = 'dispatcher'")));
        REQUIRE(q.next());
        s.failedSignIns = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

} // namespace

TEST_CASE("burgernetctl under a memory limit refuses a whole-country send cleanly and leaves no "
          "half-queued action",
          "[ctl][memory]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString pristine = home.filePath(QStringLiteral("pristine.sqlite"));
    const QString reg = home.filePath(QStringLiteral("register.sqlite"));
    {
        QFile a(home.filePath(QStringLiteral("admin.pw")));
        REQUIRE(a.open(QIODevice::WriteOnly));
        a.write("admin-demo\n");
        QFile d(home.filePath(QStringLiteral("dispatcher.pw")));
        REQUIRE(d.open(QIODevice::WriteOnly));
        d.write("dispatcher-demo\n");
        QFile nl(home.filePath(QStringLiteral("nl.geojson")));
        REQUIRE(nl.open(QIODevice::WriteOnly));
        // The whole of the Netherlands, and then some.
        nl.write(
            R"({"type":"Polygon","coordinates":[[[3.2,50.7],[7.3,50.7],[7.3,53.6],[3.2,53.6],[3.2,50.7]]]})");
    }
    const Run demo =
        ctl(home.path(),
            QStringLiteral("--db '%1' demo --participants %2").arg(pristine).arg(kParticipants));
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    // The send is about memory, not about a second pair of eyes.
    REQUIRE(ctl(home.path(), QStringLiteral("--db '%1' --user admin --password-file admin.pw "
                                            "settings set dispatch/approvalThreshold 5000000")
                                 .arg(pristine))
                .exitCode == 0);
    const Run count =
        ctl(home.path(),
            QStringLiteral("--db '%1' area count --geojson nl.geojson --json").arg(pristine));
    REQUIRE(count.exitCode == 0);
    const qint64 sms = QJsonDocument::fromJson(count.out.toUtf8())
                           .object()
                           .value(QStringLiteral("by_channel"))
                           .toObject()
                           .value(QStringLiteral("sms"))
                           .toInteger();
    REQUIRE(sms > kParticipants / 2);

    const QString send = QStringLiteral(
        "--db '%1' --user dispatcher --password-file dispatcher.pw action send --type "
        "woninginbraak --geojson nl.geojson --text 'Man in rode jas op een fiets.' --channel sms "
        "--yes");
    // The demo history's past actions are there before any send.
    const RegisterState before = registerState(pristine);
    int refused = 0, queued = 0;
    // From plenty down to too little to start: every step of the send meets the limit somewhere.
    for (qint64 limitKb :
         {1'500'000, 300'000, 250'000, 200'000, 170'000, 150'000, 120'000, 100'000}) {
        REQUIRE(QFile::remove(reg) | !QFile::exists(reg));
        REQUIRE(QFile::copy(pristine, reg));
        const Run run = ctl(home.path(), send.arg(reg), limitKb);
        INFO("ulimit -v " << limitKb << ": exit " << run.exitCode << "\n" << run.err.toStdString());
        CHECK_FALSE(run.crashed);
        // Below what its libraries take (QtGui comes with it for the PDF reports), the loader
        // refuses to start the program, before it can open anything.
        const bool notLoaded =
            run.exitCode == 127 &&
            run.err.contains(QStringLiteral("error while loading shared libraries"));
        CHECK((run.exitCode == 0 || run.exitCode == 1 || notLoaded));
        const RegisterState after = registerState(reg);
        CHECK(after.failedSignIns == 0); // running short of memory is not a wrong password
        std::map<qint64, QString> added; // actions this run made
        for (const auto& [id, state] : after.states)
            if (!before.states.count(id))
                added[id] = state;
        std::map<qint64, qint64> newRows = after.rows;
        for (const auto& [id, rows] : before.rows) {
            CHECK(newRows[id] == rows); // earlier actions' rows untouched
            newRows.erase(id);
        }
        qint64 queuedRows = 0;
        for (const auto& [id, rows] : newRows)
            queuedRows += rows;
        if (run.exitCode == 0) {
            ++queued;
            REQUIRE(added.size() == 1);
            CHECK(added.begin()->second == QStringLiteral("sending"));
            CHECK(newRows[added.begin()->first] == sms); // the whole action
        } else {
            ++refused;
            CHECK((notLoaded || run.err.contains(QStringLiteral("memory"), Qt::CaseInsensitive)));
            CHECK_FALSE(run.err.contains(QStringLiteral("Wrong user name or password")));
            CHECK(queuedRows == 0); // nothing half-queued
            // At most the draft it began with, cancelled when the send was refused at the
            // password (which could not be checked).
            for (const auto& [id, state] : added)
                CHECK((state == QStringLiteral("draft") || state == QStringLiteral("cancelled")));
        }
        qInfo().noquote() << QStringLiteral("ulimit -v %1 KB: exit %2, %3 outbox rows: %4")
                                 .arg(limitKb)
                                 .arg(run.exitCode)
                                 .arg(queuedRows)
                                 .arg(run.err.trimmed().section(QLatin1Char('\n'), -1));
    }
    CHECK(queued >= 1);
    CHECK(refused >= 1);
}
