#include "translations/Translations.h"

#include <QCoreApplication>
#include <QFile>

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("The language follows the system unless chosen", "[translations]")
{
    CHECK(resolveLanguage(QStringLiteral("auto"), QLocale(QLocale::Dutch, QLocale::Netherlands)) ==
          "nl");
    CHECK(resolveLanguage(QStringLiteral("auto"), QLocale(QLocale::Dutch, QLocale::Belgium)) ==
          "nl");
    CHECK(resolveLanguage(QStringLiteral("auto"), QLocale(QLocale::German, QLocale::Germany)) ==
          "en");
    CHECK(resolveLanguage(QStringLiteral("en"), QLocale(QLocale::Dutch)) == "en");
    CHECK(resolveLanguage(QStringLiteral("nl"), QLocale(QLocale::English)) == "nl");
    CHECK(resolveLanguage(QStringLiteral("fr"), QLocale(QLocale::English)) == "en");
}

TEST_CASE("The Dutch translation is embedded and used, with Qt's own", "[translations]")
{
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/burgernet_nl.qm")));
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/burgernet_en.qm")));
    CHECK(installTranslations(*QCoreApplication::instance(), QStringLiteral("nl")) == "nl");
    CHECK(QCoreApplication::translate("burgernet::ModeIndicator", "TRAINING") == "OEFENING");
    // Qt's own strings (qt6-translations-l10n), e.g. the standard Cancel button.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == "Annuleren");
    QLocale::setDefault(QLocale::c());
}
