#include "tests/integration/CtlRun.h"

#include "app/core/Settings.h"
#include "app/ctl/CtlContext.h"
#include "app/ctl/CtlRunner.h"
#include "tests/support/FakeClock.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

namespace burgernet::test {

CtlRun runCtl(const QStringList& args, const QDateTime& now)
{
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("settings.ini")));
    FakeClock clock;
    if (now.isValid())
        clock.set(now);
    CtlRun run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        CtlContext context(out, err, clock, *settings);
        run.exitCode = CtlRunner::withBuiltinCommands()->run(
            context, QStringList{QStringLiteral("burgernetctl")} + args);
    }
    return run;
}

void startCtlProcess(QProcess& process, const QStringList& args, const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("BURGERNET_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"), args);
}

CtlRun runCtlProcess(const QStringList& args, const QString& home, int timeoutMs,
                     const QByteArray& input)
{
    QProcess ctl;
    startCtlProcess(ctl, args, home);
    if (!input.isEmpty())
        ctl.write(input);
    ctl.closeWriteChannel();
    CtlRun run;
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

} // namespace burgernet::test
