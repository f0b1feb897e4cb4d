#include "tests/faults/TrainingHome.h"

#include "app/channels/simulated/SimulatedSendLog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace burgernet::test {

namespace {

constexpr int kDemoParticipants = 25'500; // about 20,000 of them reachable by SMS

const char* const kPassword = "oefenen-is-leuk";
const char* const kAdminPassword = "beheer-wachtwoord";

QProcessEnvironment environmentFor(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.insert(QStringLiteral("BURGERNET_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

TrainingHome::Run runCtl(const QString& home, const QStringList& args, int timeoutMs)
{
    QProcess ctl;
    ctl.setProcessEnvironment(environmentFor(home));
    ctl.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"), args);
    ctl.closeWriteChannel();
    TrainingHome::Run run;
    if (!ctl.waitForFinished(timeoutMs)) {
        ctl.kill();
        ctl.waitForFinished();
        run.err = QStringLiteral("burgernetctl did not finish in time\n");
    } else {
        run.exitCode = ctl.exitStatus() == QProcess::NormalExit ? ctl.exitCode() : -1;
    }
    run.out = QString::fromUtf8(ctl.readAllStandardOutput());
    run.err += QString::fromUtf8(ctl.readAllStandardError());
    return run;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).absolutePath());
        REQUIRE(QFile::copy(source, target));
    }
}

// The home every test copies: made once per program with the real burgernetctl.
QString templateHome()
{
    static QTemporaryDir dir;
    static bool made = false;
    if (made)
        return dir.path();
    REQUIRE(dir.isValid());
    const QString home = dir.path();
    writeFile(home + QStringLiteral("/pw"), QByteArray(kPassword) + '\n');
    writeFile(home + QStringLiteral("/admin-pw"), QByteArray(kAdminPassword) + '\n');
    const QStringList base{QStringLiteral("--db"), home + QStringLiteral("/live.sqlite"),
                           QStringLiteral("--audit-log"), home + QStringLiteral("/audit.sqlite")};
    const QStringList asAdmin =
        base + QStringList{QStringLiteral("--user"), QStringLiteral("beheer"),
                           QStringLiteral("--password-file"), home + QStringLiteral("/admin-pw")};
    const QStringList training{QStringLiteral("--training"), QStringLiteral("--training-db"),
                               home + QStringLiteral("/training.sqlite")};
    const auto must = [&](const QStringList& args) {
        auto r = runCtl(home, args, 300'000);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    };
    must(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("beheer"),
                            QStringLiteral("--role"), QStringLiteral("administrator"),
                            QStringLiteral("--password-file"), home + QStringLiteral("/admin-pw")});
    must(asAdmin + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                               QStringLiteral("trainer"), QStringLiteral("--role"),
                               QStringLiteral("trainer"), QStringLiteral("--password-file"),
                               home + QStringLiteral("/pw")});
    must(base + training +
         QStringList{QStringLiteral("demo"), QStringLiteral("--participants"),
                     QString::number(kDemoParticipants)});
    // One trainer sends to the whole demo population: the second pair of eyes and the password
    // asked again are tested elsewhere.
    must(asAdmin + training +
         QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                     QStringLiteral("dispatch/approvalThreshold"), QStringLiteral("1000000")});
    must(asAdmin + training +
         QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                     QStringLiteral("security/reauthRecipients"), QStringLiteral("1000000")});
    // A fast simulated gateway: the crash, not the pace, is under test.
    const QString data = home + QStringLiteral("/data/burgernet-console");
    QDir().mkpath(data);
    QSettings ini(data + QStringLiteral("/senders-training.ini"), QSettings::IniFormat);
    ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
    ini.setValue(QStringLiteral("simulated/ratePerSecond"), 5000);
    ini.setValue(QStringLiteral("simulated/receiptPercent"), 50);
    ini.setValue(QStringLiteral("simulated/receiptDelayMs"), 200);
    ini.setValue(QStringLiteral("simulated/replyPercent"), 0);
    ini.sync();
    made = true;
    return home;
}

} // namespace

TrainingHome::TrainingHome(const QString& registersFolder)
{
    REQUIRE(m_dir.isValid());
    const QString from = templateHome();
    copyTree(from, m_dir.path());
    QDir().mkpath(m_dir.path() + QStringLiteral("/run"));
    m_live = m_dir.filePath(QStringLiteral("live.sqlite"));
    m_audit = m_dir.filePath(QStringLiteral("audit.sqlite"));
    m_password = m_dir.filePath(QStringLiteral("pw"));
    m_adminPassword = m_dir.filePath(QStringLiteral("admin-pw"));
    m_training = m_dir.filePath(QStringLiteral("training.sqlite"));
    if (!registersFolder.isEmpty()) {
        for (QString* file : {&m_training, &m_audit}) {
            const QString moved = QDir(registersFolder).filePath(QFileInfo(*file).fileName());
            QFile::remove(moved);
            REQUIRE(QFile::copy(*file, moved));
            QFile::remove(*file);
            *file = moved;
        }
    }
}

QString TrainingHome::everyone()
{
    return QStringLiteral("52.15,5.3,300000");
}

QString TrainingHome::sendLog() const
{
    return m_dir.filePath(QStringLiteral("data/burgernet-console/training/") +
                          SimulatedSendLog::fileName());
}

QProcessEnvironment TrainingHome::environment() const
{
    return environmentFor(m_dir.path());
}

QStringList TrainingHome::trainerArguments(const QStringList& args) const
{
    return QStringList{QStringLiteral("--db"),
                       m_live,
                       QStringLiteral("--audit-log"),
                       m_audit,
                       QStringLiteral("--training"),
                       QStringLiteral("--training-db"),
                       m_training,
                       QStringLiteral("--user"),
                       QStringLiteral("trainer"),
                       QStringLiteral("--password-file"),
                       m_password} +
           args;
}

QStringList TrainingHome::consoleArguments() const
{
    return trainerArguments({});
}

TrainingHome::Run TrainingHome::asTrainer(const QStringList& args, int timeoutMs) const
{
    return run(trainerArguments(args), timeoutMs);
}

TrainingHome::Run TrainingHome::asAdministrator(const QStringList& args, int timeoutMs) const
{
    return run(QStringList{QStringLiteral("--db"), m_live, QStringLiteral("--audit-log"), m_audit,
                           QStringLiteral("--training"), QStringLiteral("--training-db"),
                           m_training, QStringLiteral("--user"), QStringLiteral("beheer"),
                           QStringLiteral("--password-file"), m_adminPassword} +
                   args,
               timeoutMs);
}

TrainingHome::Run TrainingHome::run(const QStringList& args, int timeoutMs) const
{
    return runCtl(m_dir.path(), args, timeoutMs);
}

QHash<qint64, int> sendsByMessage(const QString& log, qint64 actionId)
{
    QHash<qint64, int> sends;
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return sends;
    const QByteArray action = QByteArray::number(actionId);
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
        if (fields.size() == 5 && fields[2] == action)
            ++sends[fields[3].toLongLong()];
    }
    return sends;
}

RowCounts countRows(const QString& training, qint64 actionId, const QHash<qint64, int>& sends)
{
    RowCounts c;
    const QString name = QStringLiteral("killloop-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(training);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("SELECT id, state FROM outbox WHERE action_id = %1").arg(actionId)));
        while (q.next()) {
            ++c.rows;
            const qint64 id = q.value(0).toLongLong();
            const QString state = q.value(1).toString();
            const int sent = sends.value(id);
            if (state == QLatin1String("uncertain")) {
                ++c.uncertain;
                c.uncertainRows.insert(id);
                if (sent > 0)
                    ++c.uncertainSent;
                continue;
            }
            if (state == QLatin1String("sent") || state == QLatin1String("delivered")) {
                ++c.reached;
                if (sent == 0)
                    ++c.lost;
                if (sent > 1)
                    ++c.silentDuplicates;
                continue;
            }
            ++c.other;
            ++c.lost;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

} // namespace burgernet::test
