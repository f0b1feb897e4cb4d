#include "app/core/Settings.h"

#include "app/core/SettingsKeys.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <set>

using namespace burgernet;

TEST_CASE("Settings return the typed default until written", "[settings]")
{
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    CHECK(settings->value(keys::UiLanguage) == QStringLiteral("auto"));
    CHECK(settings->value(keys::CallbackNumber) == QStringLiteral("0800-0011"));
    CHECK(settings->value(keys::DispatchMaxAttempts) == 5);
    CHECK(settings->value(keys::MainWindowState).isEmpty());
}

TEST_CASE("Settings persist, signal changes and reset to defaults", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        auto settings = Settings::atFile(file);
        QSignalSpy spy(settings.get(), &Settings::changed);
        settings->setValue(keys::UiLanguage, QStringLiteral("nl"));
        settings->setValue(keys::DispatchMaxAttempts, 3);
        settings->setValue(keys::DispatchMaxAttempts, 3); // unchanged: no signal
        REQUIRE(spy.count() == 2);
        CHECK(spy.at(0).at(0).toString() == QStringLiteral("ui/language"));
    }
    auto settings = Settings::atFile(file);
    CHECK(settings->value(keys::UiLanguage) == QStringLiteral("nl"));
    CHECK(settings->value(keys::DispatchMaxAttempts) == 3);
    settings->reset(keys::DispatchMaxAttempts);
    CHECK(settings->value(keys::DispatchMaxAttempts) == 5);
}

TEST_CASE("A stored value of the wrong type falls back to the default", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("dispatch/maxAttempts"), QStringLiteral("soon"));
    }
    auto settings = Settings::atFile(file);
    CHECK(settings->value(keys::DispatchMaxAttempts) == 5);
}

TEST_CASE("Every setting is described once", "[settings]")
{
    const auto all = keys::allSettingDescriptions();
    std::set<QString> paths;
    for (const auto& s : all) {
        CHECK(!s.description.isEmpty());
        CHECK(paths.insert(s.path).second);
    }
    CHECK(paths.count(QStringLiteral("ui/language")) == 1);
}
