// The supervisors' review in the console's own session (ConsoleSession, its SessionServices and
// window): the dock opens the overview of a period with demo history, filters by type, shows
// one action's report, asks for training results apart, and exports CSV, each read recorded.
#include "ui/review/ReviewDock.h"

#include "app/audit/AuditQuery.h"
#include "app/core/Settings.h"
#include "app/register/DemoPopulation.h"
#include "app/services/AuditService.h"
#include "app/services/DemoHistory.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/AuditRecords.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/review/ReviewTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

struct ReviewConsole
{
    QTemporaryDir dir;
    test::AuditFixture audit;
    std::unique_ptr<Database> db;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(u"s.ini"_s));
    std::unique_ptr<ConsoleSession> console;

    ReviewConsole()
    {
        auto opened = Database::open(DatabaseSpec::sqlite(dir.filePath(u"register.sqlite"_s)));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(DemoPopulation::generate(*db, 300, 4).ok());
        AuditService workstation(audit.log(),
                                 Session{u"ops"_s, Role::Workstation, u"mk-west-07"_s, Mode::Live});
        DemoHistory::Options options;
        options.months = 1;
        options.seed = 9;
        options.actionsPerMonth = 40;
        options.until = audit.clock().nowUtc();
        auto added = DemoHistory(*db, workstation).add(options);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
    }

    MainWindow* start(Role role)
    {
        const Session session{enumId(role), role, u"mk-west-07"_s, Mode::Live};
        console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{session, *db, *db, audit.log(), *settings, audit.clock(),
                                   dir.filePath(u"data"_s), true});
        const Status started = console->start();
        INFO(started.errorMessage().toStdString());
        REQUIRE(started.ok());
        return console->window();
    }

    int records(const QString& action, const QString& result)
    {
        int n = 0;
        for (const AuditRecord& r : test::auditRecords(audit.path(), action))
            n += r.result == result ? 1 : 0;
        return n;
    }
};

bool viewMenuHas(MainWindow* window, const QString& text)
{
    auto* view = window->menuBar()->findChild<QMenu*>(u"viewMenu"_s);
    REQUIRE(view);
    for (QAction* a : view->actions())
        if (a->text() == text)
            return true;
    return false;
}

} // namespace

TEST_CASE("Review dock: overview, filter, one action's report, training apart, CSV export",
          "[ui][review]")
{
    ReviewConsole f;
    MainWindow* window = f.start(Role::Supervisor);
    ReviewDock* dock = window->reviewDock();
    REQUIRE(dock);
    CHECK(viewMenuHas(window, u"Review"_s));
    QAbstractItemModelTester tester(dock->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QDate today = f.audit.clock().nowUtc().date();
    dock->fromEdit()->setDate(today.addMonths(-2));
    dock->toEdit()->setDate(today);
    dock->refresh();
    CHECK(dock->model()->rowCount() == 40);
    CHECK(dock->figuresLabel()->text().contains(u"40 actions"_s));
    CHECK(f.records(u"report.overview"_s, u"ok"_s) == 1);

    // Filtered by type: missing persons only.
    dock->typeBox()->setCurrentIndex(dock->typeBox()->findData(u"vermissing"_s));
    dock->refresh();
    const int missing = dock->model()->rowCount();
    CHECK(missing > 0);
    CHECK(missing < 40);
    for (int row = 0; row < missing; ++row)
        CHECK(dock->model()->rowAt(dock->model()->index(row, 0))->incident ==
              IncidentType::Missing);

    // One action's report: figures, delivery and its steps up to the closing message.
    const ReviewRow* first = dock->model()->rowAt(dock->model()->index(0, 0));
    REQUIRE(first);
    const qint64 id = first->id;
    dock->table()->activated(dock->model()->index(0, 0));
    const QString html = dock->reportView()->toPlainText();
    CHECK(html.contains(u"Action %1"_s.arg(id)));
    CHECK(html.contains(u"closing message"_s));
    CHECK(html.contains(u"Delivery per channel"_s));
    CHECK(!html.contains(u"Terugbeller"_s)); // the tips' words stay out
    CHECK(f.records(u"report.action"_s, u"ok"_s) == 1);

    // Training results only when asked for: none in this live register, and marked purple.
    dock->typeBox()->setCurrentIndex(0);
    dock->trainingBox()->setChecked(true);
    dock->refresh();
    CHECK(dock->model()->rowCount() == 0);
    CHECK(dock->figuresLabel()->styleSheet().contains(u"color"_s));
    dock->trainingBox()->setChecked(false);

    // The CSV export: recorded, the overview's rows, nothing personal.
    const QString path = f.dir.filePath(u"overzicht.csv"_s);
    dock->setFileChooser([&](const QString& suggested) {
        CHECK(suggested.endsWith(u".csv"_s));
        return path;
    });
    CHECK(dock->exportCsv() == 40);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(u"id,kind,incident"_s));
    CHECK(csv.count(u'\n') == 41);
    CHECK(!csv.contains(u"Terugbeller"_s));
    CHECK(f.records(u"report.export"_s, u"ok"_s) == 1);
}

TEST_CASE("Review dock: a dispatcher has none, and no menu entry for it", "[ui][review]")
{
    ReviewConsole f;
    MainWindow* window = f.start(Role::Dispatcher);
    CHECK(window->reviewDock() == nullptr);
    CHECK(!viewMenuHas(window, u"Review"_s));
}
