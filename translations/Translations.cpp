#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace burgernet {

QString resolveLanguage(const QString& setting, const QLocale& system)
{
    if (setting == QLatin1String("nl") || setting == QLatin1String("en"))
        return setting;
    return system.language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& setting)
{
    const QString language = resolveLanguage(setting);
    QLocale::setDefault(
        QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/burgernet_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own strings (standard dialog buttons, context menus) from qt6-translations-l10n.
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return language;
}

} // namespace burgernet
