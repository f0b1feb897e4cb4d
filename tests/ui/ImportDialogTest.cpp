// The window's register import and export: run on a worker thread through ParticipantService
// (permission, audit record), with progress, a summary naming the report, and cancel.
#include "ui/participants/ImportDialog.h"

#include "app/audit/AuditQuery.h"
#include "app/core/Settings.h"
#include "app/services/AuditService.h"
#include "app/services/SettingsService.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/register/ParticipantCsvTestSupport.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/TempDatabase.h"
#include "ui/participants/RegisterTransfers.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace burgernet;
using namespace burgernet::test;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    std::unique_ptr<TempDatabase> temp = TempDatabase::create(DatabaseKind::Sqlite);
    std::unique_ptr<Database> db;
    AuditFixture audit{500};
    QTemporaryDir dir;

    Fixture()
    {
        auto opened = Database::open(temp->spec());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    Session session(Role role) const
    {
        return Session{u"beheer.west"_s, role, u"mk-west-07"_s, Mode::Live};
    }
    QString csv(const QString& name, const QList<CsvValues>& rows)
    {
        const QString path = dir.filePath(name);
        writeFile(path, csvText(rows).toUtf8());
        return path;
    }
    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(audit.path(), action, 100);
    }
};

bool waitDone(ImportDialog& dialog)
{
    QSignalSpy done(&dialog, &ImportDialog::done);
    return done.count() > 0 || done.wait(60'000);
}

} // namespace

TEST_CASE("The import dialog imports the valid rows on a worker and reports the rejected ones",
          "[ui][participants][import]")
{
    Fixture f;
    QList<CsvValues> rows;
    for (int i = 1; i <= 40; ++i)
        rows << validRow(i);
    rows << with(validRow(41), {{u"home_postcode"_s, u"12345"_s}}); // line 42: bad postcode
    rows << with(validRow(42), {{u"home_lat"_s, u"40.0"_s}});       // line 43: not in NL
    const QString file = f.csv(u"aanmeldingen.csv"_s, rows);

    ImportDialog dialog(f.db->spec(), f.audit.log(), f.session(Role::Administrator));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
    auto* summary = dialog.findChild<QLabel*>(u"importSummary"_s);
    REQUIRE(importButton);
    REQUIRE(summary);
    CHECK_FALSE(importButton->isEnabled()); // no file yet
    dialog.setFile(file);
    CHECK(importButton->isEnabled());
    const QString report = ImportDialog::defaultReportPath(file);
    CHECK(report.endsWith(u"aanmeldingen-report.csv"_s));

    importButton->click();
    CHECK(dialog.isRunning()); // returned before the file was read
    REQUIRE(waitDone(dialog));
    CHECK_FALSE(dialog.isRunning());
    REQUIRE(imported.count() == 1);
    const auto s = imported.front().front().value<ImportSummary>();
    CHECK(s.rowsRead == 42);
    CHECK(s.inserted == 40);
    CHECK(s.rejected == 2);
    CHECK(summary->text().contains(u"42 rows: 40 imported (0 updated), 2 rejected"_s));
    CHECK(summary->text().contains(u"aanmeldingen-report.csv"_s));
    CHECK(scalar(*f.db, u"SELECT COUNT(*) FROM participants"_s) == 40);
    const QStringList entries = reportEntries(report);
    INFO(entries.join(u' ').toStdString());
    CHECK(entries.contains(u"42|home_postcode"_s));
    CHECK(entries.contains(u"43|home_lat"_s));

    // Recorded before the register changed, then with the counts; nothing personal.
    const auto recorded = f.records(u"participants.import"_s);
    REQUIRE(recorded.size() == 2);
    const auto [before, after] = std::minmax(
        recorded[0], recorded[1], [](const auto& a, const auto& b) { return a.seq < b.seq; });
    CHECK(before.actor == u"beheer.west"_s);
    const QJsonObject counts = QJsonDocument::fromJson(after.details.toUtf8()).object();
    INFO(after.details.toStdString());
    CHECK(counts.value(u"follows"_s).toInteger() == before.seq);
    CHECK(counts.value(u"rejected"_s).toInteger() == 2);
    CHECK(counts.value(u"inserted"_s).toInteger() == 40);
    for (const auto& r : recorded)
        CHECK_FALSE(r.details.contains(u"example.org"_s));
}

TEST_CASE("Importing without the permission is refused, recorded and changes nothing",
          "[ui][participants][import]")
{
    Fixture f;
    const QString file = f.csv(u"a.csv"_s, {validRow(1), validRow(2)});
    ImportDialog dialog(f.db->spec(), f.audit.log(), f.session(Role::Dispatcher));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(file);
    REQUIRE(dialog.start());
    REQUIRE(waitDone(dialog));
    CHECK(imported.isEmpty());
    CHECK(scalar(*f.db, u"SELECT COUNT(*) FROM participants"_s) == 0);
    const auto recorded = f.records(u"participants.import"_s);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].result == u"denied"_s);
    CHECK_FALSE(dialog.findChild<QLabel*>(u"importSummary"_s)->text().isEmpty());
}

TEST_CASE("Closing the dialog while importing cancels and leaves the register as it was",
          "[ui][participants][import]")
{
    Fixture f;
    QList<CsvValues> first;
    for (int i = 1; i <= 5; ++i)
        first << validRow(i);
    ImportDialog seed(f.db->spec(), f.audit.log(), f.session(Role::Administrator));
    seed.setFile(f.csv(u"first.csv"_s, first));
    REQUIRE(seed.start());
    REQUIRE(waitDone(seed));
    REQUIRE(scalar(*f.db, u"SELECT COUNT(*) FROM participants"_s) == 5);

    QList<CsvValues> many;
    for (int i = 1; i <= 60'000; ++i)
        many << validRow(1000 + i);
    ImportDialog dialog(f.db->spec(), f.audit.log(), f.session(Role::Administrator));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.setFile(f.csv(u"many.csv"_s, many));
    dialog.show();
    REQUIRE(dialog.start());
    dialog.reject();           // Esc or the Cancel button
    CHECK(dialog.isVisible()); // stays until the worker has stopped
    REQUIRE(waitDone(dialog));
    CHECK(imported.isEmpty());
    CHECK(finished.count() == 1); // then closes
    CHECK(scalar(*f.db, u"SELECT COUNT(*) FROM participants"_s) == 5);
}

TEST_CASE("The File menu's export writes the register on a worker and is recorded",
          "[ui][participants][export]")
{
    Fixture f;
    ImportDialog seed(f.db->spec(), f.audit.log(), f.session(Role::Administrator));
    seed.setFile(f.csv(u"in.csv"_s, {validRow(1), validRow(2), validRow(3)}));
    REQUIRE(seed.start());
    REQUIRE(waitDone(seed));

    Settings settings(
        std::make_unique<QSettings>(f.dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    AuditService audit(f.audit.log(), f.session(Role::Administrator));
    SettingsService settingsService(settings, audit);
    QWidget window;
    RegisterTransfers transfers(
        ConsoleServices{settings, *f.db, f.audit.clock(), audit, settingsService, Mode::Live},
        &window);
    QSignalSpy exported(&transfers, &RegisterTransfers::exported);
    const QString out = f.dir.filePath(u"out.csv"_s);
    REQUIRE(transfers.exportTo(out));
    REQUIRE(exported.count() == 1);
    CHECK(exported.front().front().toLongLong() == 3);
    CHECK(readFile(out).contains("R2"));
    CHECK(f.records(u"participants.export"_s).size() == 1);

    // A dispatcher may not take the register home.
    AuditService dispatcher(f.audit.log(), f.session(Role::Dispatcher));
    RegisterTransfers denied(
        ConsoleServices{settings, *f.db, f.audit.clock(), dispatcher, settingsService, Mode::Live},
        &window);
    QSignalSpy failed(&denied, &RegisterTransfers::failed);
    CHECK_FALSE(denied.exportTo(f.dir.filePath(u"no.csv"_s)));
    CHECK(failed.count() == 1);
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(u"no.csv"_s)));
}
