// Every kind of user action the console offers today leaves its record in the audit log,
// driven through the window's own widgets and services. New actions add a line here.
#include "app/audit/AuditLog.h"
#include "app/audit/AuditQuery.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/services/AuditService.h"
#include "app/services/SettingsService.h"
#include "app/storage/Database.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditDock.h"
#include "ui/dialogs/PreferencesDialog.h"

#include <QComboBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <set>

using namespace burgernet;

TEST_CASE("Each kind of user action in the console produces its audit record", "[ui][audit]")
{
    QTemporaryDir dir;
    auto temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    test::FakeClock clock;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    AuditLog::Options options;
    options.path = dir.filePath(QStringLiteral("audit.sqlite"));
    options.keyPath = dir.filePath(QStringLiteral("audit.key"));
    options.workstation = QStringLiteral("mk-west-07");
    auto log = AuditLog::open(options, clock);
    REQUIRE(log.ok());
    AuditService audit(**log, Session{QStringLiteral("centralist.west"), Role::Workstation,
                                      QStringLiteral("mk-west-07"), Mode::Live});
    SettingsService settingsService(*settings, audit);

    // What the composition root does around the window.
    REQUIRE(audit.sessionStarted((*db)->metaValue(QStringLiteral("database_id"))).ok());
    {
        MainWindow window(
            ConsoleServices{*settings, **db, clock, audit, settingsService, Mode::Live});
        window.show();

        // Preferences: a language change.
        PreferencesDialog preferences(settingsService, &window);
        auto* language = preferences.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        REQUIRE(language);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        preferences.accept();

        // The audit dock: search, verify, export CSV and PDF.
        AuditDock* dock = window.auditDock();
        REQUIRE(dock);
        QStringList files{dir.filePath(QStringLiteral("log.csv")),
                          dir.filePath(QStringLiteral("log.pdf"))};
        dock->setFileChooser(
            [&](const QString&, const QString&, const QString&) { return files.takeFirst(); });
        dock->setErrorReporter([](const QString& message) { FAIL(message.toStdString()); });
        CHECK(dock->apply());
        dock->verify();
        CHECK(dock->exportCsv());
        CHECK(dock->exportPdf());
        REQUIRE(audit.exportPublicKey(dir.filePath(QStringLiteral("key.pub"))).ok());
        window.close();
    }
    REQUIRE(audit.sessionEnded().ok());

    auto query = AuditQuery::open(options.path);
    REQUIRE(query.ok());
    std::set<QString> actions;
    REQUIRE((*query)
                ->forEach({},
                          [&](const AuditRecord& r) {
                              actions.insert(r.action);
                              CHECK(r.actor == QStringLiteral("centralist.west"));
                              CHECK(r.workstation == QStringLiteral("mk-west-07"));
                              return true;
                          })
                .ok());
    const std::set<QString> expected{
        QStringLiteral("session.start"), QStringLiteral("settings.change"),
        QStringLiteral("audit.search"),  QStringLiteral("audit.verify"),
        QStringLiteral("audit.export"),  QStringLiteral("audit.key.export"),
        QStringLiteral("session.stop")};
    CHECK(actions == expected);
}
