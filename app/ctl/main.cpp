// burgernetctl: Burgernet Console's command line. Composition root only.
#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/core/Version.h"
#include "app/ctl/CtlContext.h"
#include "app/ctl/CtlRunner.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <memory>
#include <new>

int main(int argc, char* argv[])
{
    // A PDF (scenario run, report action and report period with --pdf) is laid out with
    // QtGui's fonts, which need a QGuiApplication; burgernetctl opens no window and may run where
    // there is no display, so it draws off screen. Every other command stays a console program.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        pdf ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QLatin1String(burgernet::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(burgernet::kOrganizationDomain));
    QCoreApplication::setApplicationName(QStringLiteral("burgernet-console"));
    QCoreApplication::setApplicationVersion(QLatin1String(burgernet::kVersion));

    // Under a tight memory limit a thread cannot be started, and Qt's D-Bus connection (the
    // keychain) would then wait for its thread forever: find out first, and say so.
    {
        std::unique_ptr<QThread> probe(QThread::create([] {}));
        probe->start();
        probe->wait();
        if (!probe->isFinished()) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "burgernet::CtlRunner",
                                       "burgernetctl: not enough memory to start (no thread can "
                                       "be created). Nothing was done.")
                                << Qt::endl;
            return 1;
        }
    }

    auto settings = burgernet::Settings::forUser();
    burgernet::installTranslations(app, settings->value(burgernet::keys::UiLanguage));

    QTextStream out(stdout);
    QTextStream err(stderr);
    burgernet::SystemClock clock;
    burgernet::CtlContext context(out, err, clock, *settings);
    try {
        return burgernet::CtlRunner::withBuiltinCommands()->run(context, app.arguments());
    } catch (const std::bad_alloc&) {
        // Out of memory (a whole-country area under a memory limit): the unwinding rolled back
        // the transaction in progress, so nothing is half-written; say so instead of aborting.
        err << QCoreApplication::translate(
                   "burgernet::CtlRunner",
                   "burgernetctl: out of memory; the command was stopped. The step in progress "
                   "was rolled back, so nothing is half-queued; 'burgernetctl action list' shows "
                   "what was done. A smaller area, or more memory, lets it through.")
            << Qt::endl;
        return 1;
    }
}
