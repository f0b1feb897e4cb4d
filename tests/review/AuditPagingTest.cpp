// The audit dock grown up: its table reads a million records in pages on demand, keeping a
// bounded number in memory while scrolling to the end; it fills the dock; it keeps its columns.
#include "app/audit/AuditQuery.h"
#include "app/services/AuditService.h"
#include "tests/audit/AuditTestSupport.h"
#include "ui/audit/AuditDock.h"
#include "ui/audit/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

// Resident memory of this process in MB.
double residentMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / 1e6 : 0;
}

// A log file of `count` generated records (every 1,000th a checkpoint): the table only reads, so
// the chain's hashes are left out; making a million real ones would take minutes.
QString generatedLog(const QTemporaryDir& dir, qint64 count)
{
    const QString path = dir.filePath(u"audit.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"generate"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"CREATE TABLE audit_records (seq INTEGER PRIMARY KEY, time_utc TEXT, "
                       "utc_offset INTEGER, actor TEXT, role TEXT, on_behalf_of TEXT, "
                       "workstation TEXT, action TEXT, object_type TEXT, object_id TEXT, "
                       "result TEXT, details TEXT, prev_hash BLOB, hash BLOB, mode TEXT)"_s));
        REQUIRE(q.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO audit_records SELECT i, strftime('%Y-%m-%dT%H:%M:%S.000Z', "
            "1790000000 + i, 'unixepoch'), 3600, CASE WHEN i % 1000 = 0 THEN 'system' ELSE "
            "'centralist.' || (i % 7) END, 'dispatcher', '', 'mk-west-07', CASE WHEN i % 1000 = "
            "0 THEN 'audit.checkpoint' ELSE 'action.view' END, 'action', CAST(i % 500 AS TEXT), "
            "'ok', '{\"rows\":' || i || '}', zeroblob(32), zeroblob(32), 'live' FROM n"_s.arg(
                count)));
    }
    QSqlDatabase::removeDatabase(u"generate"_s);
    return path;
}

} // namespace

TEST_CASE("The audit table pages through a million records in bounded memory", "[ui][audit]")
{
    QTemporaryDir dir;
    const QString path = generatedLog(dir, 1'000'000);
    auto query = AuditQuery::open(path);
    REQUIRE(query.ok());
    AuditTableModel model(query->get());
    const double before = residentMb();
    QElapsedTimer timer;
    timer.start();
    model.setFilter({});
    const qint64 openMs = timer.elapsed();
    REQUIRE(model.rowCount() == 999'000); // the checkpoints left out
    CHECK(model.pagesInMemory() == 0);

    // As the dock sets it up: rows of one fixed height, no row numbers to measure.
    QTableView view;
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
    view.setModel(&model);
    view.resize(900, 500);
    view.show();
    (void)view.grab();
    CHECK(model.recordAt(model.index(0, 0))->seq == 999'999);

    // To the end at once, as dragging the scroll bar down does.
    timer.restart();
    view.scrollToBottom();
    (void)view.grab();
    const qint64 endMs = timer.elapsed();
    CHECK(model.recordAt(model.index(model.rowCount() - 1, 0))->seq == 1);
    CHECK(model.pagesInMemory() <= AuditTableModel::MaxPages);
    CHECK(model.pageMarksKnown() <= model.rowCount() / AuditTableModel::PageSize + 1);

    // Then through the whole list in 200 jumps: the pages shown last are kept, no more.
    timer.restart();
    QScrollBar* bar = view.verticalScrollBar();
    for (int step = 0; step <= 200; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / 200));
        (void)view.grab();
        REQUIRE(model.pagesInMemory() <= AuditTableModel::MaxPages);
    }
    const qint64 jumpsMs = timer.elapsed();
    const double grownMb = residentMb() - before;
    // All million records in memory would be some 400 MB.
    CHECK(grownMb < 60);
    // A page below the top in newest-first order, its records the right ones.
    const QModelIndex middle = model.index(500'250, AuditTableModel::Seq);
    const qint64 seq = model.data(middle).toLongLong();
    CHECK(seq == 999'999 - 500'250 - 500); // 500 checkpoints above it left out
    WARN("1,000,000 records: opened (counted) in " << openMs << " ms, to the end in " << endMs
                                                   << " ms, 200 jumps in " << jumpsMs
                                                   << " ms, memory grew " << grownMb << " MB");
}

TEST_CASE("The audit model passes the model tester while it reads pages on demand", "[ui][audit]")
{
    test::AuditFixture f(500);
    f.appendSome(1300);
    auto query = AuditQuery::open(f.path());
    REQUIRE(query.ok());
    AuditTableModel model(query->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AuditFilter filter;
    model.setFilter(filter);
    CHECK(model.rowCount() == 1300);
    // Appended after the filter was set: the list keeps to what there was (no shifted pages).
    f.appendSome(10);
    CHECK(model.rowCount() == 1300);
    const qint64 newest = model.recordAt(model.index(0, 0))->seq;
    CHECK(model.recordAt(model.index(1299, 0))->seq == 1);
    CHECK(model.recordAt(model.index(0, 0))->seq == newest);
    model.refresh();
    CHECK(model.rowCount() == 1310);
}

TEST_CASE("The audit dock's table fills its dock and keeps its column layout", "[ui][audit]")
{
    test::AuditFixture f(500);
    f.appendSome(300);
    AuditService service(f.log(),
                         Session{u"chef"_s, Role::Supervisor, u"mk-west-07"_s, Mode::Live});
    QByteArray state;
    {
        AuditDock dock(service);
        dock.resize(1280, 360);
        dock.show();
        QApplication::processEvents();
        QTableView* table = dock.table();
        // Most of a low bottom dock is table: more than a dozen rows, not three.
        CHECK(table->height() > 360 / 2);
        CHECK(table->viewport()->height() / table->verticalHeader()->defaultSectionSize() >= 10);
        table->horizontalHeader()->resizeSection(AuditTableModel::Actor, 211);
        table->horizontalHeader()->moveSection(AuditTableModel::Result, 1);
        state = dock.headerState();
    }
    AuditDock again(service);
    CHECK(again.restoreHeaderState(state));
    CHECK(again.table()->horizontalHeader()->sectionSize(AuditTableModel::Actor) == 211);
    CHECK(again.table()->horizontalHeader()->visualIndex(AuditTableModel::Result) == 1);
    CHECK_FALSE(again.restoreHeaderState({}));
}
