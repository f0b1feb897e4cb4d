#include "tests/integration/SharedRegister.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>

#include <catch2/catch.hpp>
#include <signal.h>

namespace burgernet::test {

namespace {

const QString kScript = QStringLiteral(BURGERNET_SOURCE_DIR "/tests/support/pg-cluster.sh");
const QString kPsql = QStringLiteral("/usr/lib/postgresql/15/bin/psql");

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void script(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("bash"), QStringList{kScript} + args);
    const bool finished = p.waitForFinished(120'000);
    INFO(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).toStdString());
    REQUIRE(finished);
    REQUIRE(p.exitCode() == 0);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

PgServer::PgServer(QString dir, int port)
    : m_dir(std::move(dir))
    , m_port(port)
{}

std::unique_ptr<PgServer> PgServer::primary(const QString& dir)
{
    const int port = freePort();
    script({QStringLiteral("primary"), dir, QString::number(port)});
    return std::unique_ptr<PgServer>(new PgServer(dir, port));
}

std::unique_ptr<PgServer> PgServer::standbyOf(const PgServer& primary, const QString& dir)
{
    const int port = freePort();
    script(
        {QStringLiteral("standby"), QString::number(primary.port()), dir, QString::number(port)});
    return std::unique_ptr<PgServer>(new PgServer(dir, port));
}

PgServer::~PgServer()
{
    if (m_running)
        QProcess::execute(QStringLiteral("bash"),
                          {kScript, QStringLiteral("stop"), m_dir, QStringLiteral("immediate")});
}

void PgServer::stop(const QString& mode)
{
    script({QStringLiteral("stop"), m_dir, mode});
    m_running = false;
}

void PgServer::promote()
{
    script({QStringLiteral("promote"), m_dir});
}

QString PgServer::sql(const QString& database, const QString& statement, bool* ok) const
{
    QProcess p;
    p.start(kPsql, {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), QStringLiteral("burgernet"),
                    QStringLiteral("-d"), database, QStringLiteral("-Atqc"), statement});
    const bool done = p.waitForFinished(30'000) && p.exitCode() == 0;
    if (ok)
        *ok = done;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

qint64 PgServer::number(const QString& database, const QString& statement) const
{
    bool ok = false;
    const QString text = sql(database, statement, &ok);
    INFO(statement.toStdString());
    REQUIRE(ok);
    return text.toLongLong();
}

Workstation::Workstation(const QString& home, QStringList base, int ratePerSecond, int leaseSeconds,
                         int latencyMs)
    : m_home(home)
    , m_base(std::move(base))
{
    QDir().mkpath(home);
    QSettings settings(home + QStringLiteral("/config/Burgernet/burgernet-console.conf"),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("dispatch/leaseSeconds"), leaseSeconds);
    QSettings senders(home + QStringLiteral("/data/burgernet-console/senders-training.ini"),
                      QSettings::IniFormat);
    senders.setValue(QStringLiteral("simulated/latencyMs"), latencyMs);
    senders.setValue(QStringLiteral("simulated/ratePerSecond"), ratePerSecond);
    senders.setValue(QStringLiteral("simulated/receiptPercent"), 0);
    senders.setValue(QStringLiteral("simulated/replyPercent"), 0);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

Workstation::~Workstation()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QProcessEnvironment Workstation::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
    env.insert(QStringLiteral("BURGERNET_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

Workstation::Run Workstation::run(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"), m_base + args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out\n");
    } else {
        r.exitCode = p.exitCode();
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

void Workstation::start(const QStringList& args)
{
    m_process.setProcessEnvironment(environment());
    m_process.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"), m_base + args);
    REQUIRE(m_process.waitForStarted(10'000));
}

bool Workstation::waitForFinished(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

void Workstation::kill()
{
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10'000);
}

SharedRegister::SharedRegister(const QString& hosts, const PgServer& server_, int participants,
                               int ratePerSecond, int leaseSeconds)
    : m_server(&server_)
    , m_rate(ratePerSecond)
    , m_lease(leaseSeconds)
{
    REQUIRE(dir.isValid());
    for (const char* db : {"live", "training"}) {
        bool created = false;
        server().sql(QStringLiteral("postgres"),
                     QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(db)), &created);
        REQUIRE(created);
    }
    const QString options = QStringLiteral("?target_session_attrs=read-write&connect_timeout=2");
    live = QStringLiteral("postgresql://burgernet@%1/live%2").arg(hosts, options);
    training = QStringLiteral("postgresql://burgernet@%1/training%2").arg(hosts, options);
    writeFile(dir.filePath(QStringLiteral("admin-pw")), "beheer-wachtwoord\n");
    writeFile(dir.filePath(QStringLiteral("trainer-pw")), "oefenen-is-leuk\n");
    Workstation setup(dir.filePath(QStringLiteral("ws-setup")), {QStringLiteral("--db"), live},
                      m_rate, m_lease);
    const QString adminPw = dir.filePath(QStringLiteral("admin-pw"));
    auto admin = setup.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("beheer"),
                            QStringLiteral("--role"), QStringLiteral("administrator"),
                            QStringLiteral("--password-file"), adminPw});
    INFO(admin.err.toStdString());
    REQUIRE(admin.exitCode == 0);
    for (const QString& trainer : {QStringLiteral("trainer1"), QStringLiteral("trainer2")}) {
        auto added = setup.run({QStringLiteral("--user"), QStringLiteral("beheer"),
                                QStringLiteral("--password-file"), adminPw, QStringLiteral("user"),
                                QStringLiteral("add"), trainer, QStringLiteral("--role"),
                                QStringLiteral("trainer"), QStringLiteral("--password-file"),
                                dir.filePath(QStringLiteral("trainer-pw"))});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    auto demo = setup.run({QStringLiteral("--training"), QStringLiteral("--training-db"), training,
                           QStringLiteral("demo"), QStringLiteral("--participants"),
                           QString::number(participants)},
                          300'000);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
}

std::unique_ptr<Workstation> SharedRegister::workstation(const QString& name,
                                                         const QString& trainer)
{
    ++m_workstations;
    return std::make_unique<Workstation>(
        dir.filePath(QStringLiteral("ws-") + name),
        QStringList{QStringLiteral("--db"), live, QStringLiteral("--training"),
                    QStringLiteral("--training-db"), training, QStringLiteral("--user"), trainer,
                    QStringLiteral("--password-file"), dir.filePath(QStringLiteral("trainer-pw"))},
        m_rate, m_lease, latencyMs);
}

std::pair<qint64, qint64> SharedRegister::queuedAction()
{
    auto author = workstation(QStringLiteral("author"), QStringLiteral("trainer1"));
    auto sent =
        author->run({QStringLiteral("action"), QStringLiteral("send"), QStringLiteral("--type"),
                     QStringLiteral("straatroof"), QStringLiteral("--circle"),
                     QStringLiteral("52.2,5.3,250000"), QStringLiteral("--text"),
                     QStringLiteral("Man in rode jas"), QStringLiteral("--channel"),
                     QStringLiteral("sms"), QStringLiteral("--channel"), QStringLiteral("email"),
                     QStringLiteral("--yes"), QStringLiteral("--json")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    QJsonObject submitted;
    for (const QString& line : sent.out.split(QLatin1Char('\n'))) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.contains(QStringLiteral("state")) && o.contains(QStringLiteral("id")))
            submitted = o;
    }
    INFO(sent.out.toStdString());
    const qint64 id = submitted.value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    if (submitted.value(QStringLiteral("state")).toString() == QLatin1String("awaiting_approval")) {
        // The approver sits at another workstation.
        auto approver = workstation(QStringLiteral("approver"), QStringLiteral("trainer2"));
        auto approved = approver->run({QStringLiteral("action"), QStringLiteral("approve"),
                                       QString::number(id), QStringLiteral("--yes")});
        INFO(approved.err.toStdString());
        REQUIRE(approved.exitCode == 0);
    }
    const qint64 rows =
        server().number(QStringLiteral("training"),
                        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE action_id = %1").arg(id));
    return {id, rows};
}

QMap<QString, qint64> SharedRegister::states(qint64 actionId) const
{
    QMap<QString, qint64> states;
    bool ok = false;
    const QString text = server().sql(
        QStringLiteral("training"),
        QStringLiteral("SELECT state, COUNT(*) FROM outbox WHERE action_id = %1 GROUP BY state")
            .arg(actionId),
        &ok);
    REQUIRE(ok);
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        states.insert(line.section(QLatin1Char('|'), 0, 0),
                      line.section(QLatin1Char('|'), 1).toLongLong());
    return states;
}

qint64 SharedRegister::claimedTwice(qint64 actionId) const
{
    return server().number(
        QStringLiteral("training"),
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE action_id = %1 AND attempts > 1")
            .arg(actionId));
}

} // namespace burgernet::test
