// Each control room its own area library: the workstation's region (workstation/region) chooses
// the library in the console's own window (ConsoleSession) and in the real burgernetctl when
// --region is not given.
#include "app/core/SettingsKeys.h"
#include "app/ctl/CtlContext.h"
#include "app/services/SavedAreaService.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/map/AreaController.h"
#include "ui/map/AreaLibraryPanel.h"
#include "ui/map/MapView.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::DispatchFixture;

namespace {

QStringList namesIn(const SavedAreaService& library)
{
    QStringList names;
    auto all = library.areas();
    REQUIRE(all.ok());
    for (const SavedArea& area : *all)
        names << area.area.name;
    return names;
}

} // namespace

TEST_CASE("The window's area library is the workstation's region's", "[boundaries][arealibrary]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    QTemporaryDir dir;
    auto accounts = Database::open(DatabaseSpec::sqlite(dir.filePath(u"a.sqlite"_s)));
    REQUIRE(accounts.ok());
    const Session dispatcher{u"centralist.west"_s, Role::Dispatcher, u"mk-west-07"_s, Mode::Live};
    const auto open = [&](const QString& data) {
        QDir().mkpath(data);
        auto console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{dispatcher, f.db(), **accounts, f.auditService().log(),
                                   f.settings(), f.clock(), data, true});
        REQUIRE(console->start().ok());
        return console;
    };
    const auto library = [&](const QString& region) {
        return SavedAreaService(f.db(), f.auditService(), f.clock(), region);
    };

    // Without a region set: the national library, as before.
    CHECK(SavedAreaService::regionFor(f.settings()) == u"nl"_s);
    CHECK(SavedAreaService::regionFor(f.settings(), u" zeeland "_s) == u"zeeland"_s);

    f.settings().setValue(keys::WorkstationRegion, u"midden-nederland"_s);
    {
        auto console = open(dir.filePath(u"data-midden"_s));
        AreaLibraryPanel* panel = console->window()->areaLibrary();
        REQUIRE(panel);
        panel->setTextPrompt([](const QString&, const QString&) { return u"Utrecht Centraal"_s; });
        AreaController& area = *console->window()->mapView()->areaController();
        REQUIRE(area.commit(GeoArea::circle(DispatchFixture::centre(), 800), u"Draw circle"_s));
        REQUIRE(panel->saveCurrent());
        CHECK(panel->list()->count() == 1);
    }
    CHECK(namesIn(library(u"midden-nederland"_s)) == QStringList{u"Utrecht Centraal"_s});
    CHECK(namesIn(library(u"nl"_s)).isEmpty());
    const auto saved = f.records(u"area.save"_s);
    REQUIRE(saved.size() == 1);
    CHECK(saved.front().details.contains(u"midden-nederland"_s));

    // Another control room's workstation on the same register has a library of its own.
    f.settings().setValue(keys::WorkstationRegion, u"zeeland-west-brabant"_s);
    {
        auto console = open(dir.filePath(u"data-zeeland"_s));
        AreaLibraryPanel* panel = console->window()->areaLibrary();
        REQUIRE(panel);
        CHECK(panel->list()->count() == 0);
    }
}

TEST_CASE("burgernetctl area uses the workstation's region unless --region is given",
          "[boundaries][arealibrary]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath(u"home"_s);
    const QStringList base{u"--db"_s, dir.filePath(u"r.sqlite"_s), u"--audit-log"_s,
                           dir.filePath(u"audit.sqlite"_s)};
    test::CtlAccounts accounts(base, dir.path(), home);
    const QStringList dispatcher = accounts.as(Role::Dispatcher);
    // The workstation's settings file, where CtlRun's home puts it.
    QDir().mkpath(home + u"/config/Burgernet"_s);
    {
        QFile conf(home + u"/config/Burgernet/burgernet-console.conf"_s);
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("[workstation]\nregion=oost-brabant\n");
    }
    const auto ctl = [&](const QStringList& args, const QStringList& who = {}) {
        test::CtlRun run = test::runCtlProcess(base + who + args, home);
        UNSCOPED_INFO(args.join(u' ').toStdString() << ": " << run.err.toStdString());
        return run;
    };
    REQUIRE(ctl({u"area"_s, u"save"_s, u"Eindhoven Centraal"_s, u"--circle"_s,
                 u"51.4433,5.4814,1500"_s},
                dispatcher)
                .exitCode == ExitOk);
    CHECK(ctl({u"area"_s, u"list"_s}).out.contains(u"Eindhoven Centraal"_s));
    CHECK(ctl({u"area"_s, u"list"_s, u"--region"_s, u"oost-brabant"_s})
              .out.contains(u"Eindhoven Centraal"_s));
    CHECK_FALSE(
        ctl({u"area"_s, u"list"_s, u"--region"_s, u"nl"_s}).out.contains(u"Eindhoven Centraal"_s));
    CHECK(ctl({u"area"_s, u"count"_s, u"--saved"_s, u"Eindhoven Centraal"_s}).exitCode == ExitOk);
    CHECK(
        ctl({u"area"_s, u"count"_s, u"--saved"_s, u"Eindhoven Centraal"_s, u"--region"_s, u"nl"_s})
            .exitCode == ExitFailure);
}
