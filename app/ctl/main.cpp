// burgernetctl: Burgernet Console's command line. Composition root only.
#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/core/Version.h"
#include "app/ctl/CtlContext.h"
#include "app/ctl/CtlRunner.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(burgernet::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(burgernet::kOrganizationDomain));
    QCoreApplication::setApplicationName(QStringLiteral("burgernet-console"));
    QCoreApplication::setApplicationVersion(QLatin1String(burgernet::kVersion));

    auto settings = burgernet::Settings::forUser();
    burgernet::installTranslations(app, settings->value(burgernet::keys::UiLanguage));

    QTextStream out(stdout);
    QTextStream err(stderr);
    burgernet::SystemClock clock;
    burgernet::CtlContext context(out, err, clock, *settings);
    return burgernet::CtlRunner::withBuiltinCommands()->run(context, app.arguments());
}
