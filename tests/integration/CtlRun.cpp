#include "tests/integration/CtlRun.h"

#include "app/core/Settings.h"
#include "app/ctl/CtlContext.h"
#include "app/ctl/CtlRunner.h"
#include "tests/support/FakeClock.h"

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

} // namespace burgernet::test
