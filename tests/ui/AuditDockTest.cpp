// The supervisors' audit review: the lazy table model, the dock's filter, detail pane and
// timeline, verification and the CSV and PDF exports, each of them recorded in the log.
#include "ui/audit/AuditDock.h"

#include "app/services/AuditService.h"
#include "tests/audit/AuditTestSupport.h"
#include "ui/audit/AuditPdfReport.h"
#include "ui/audit/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString kAction = u"BN-2026-0042"_s;

// `count` sample records in batches (one transaction each: fast), some denied or failed.
void fill(test::AuditFixture& f, int count)
{
    std::vector<AuditEvent> batch;
    for (int i = 0; i < count; ++i) {
        AuditEvent e = test::sampleEvent(i);
        if (i % 50 == 7)
            e.result = AuditResult::Denied;
        else if (i % 50 == 31)
            e.result = AuditResult::Failed;
        batch.push_back(e);
        if (batch.size() == 250 || i == count - 1) {
            f.clock().advance(60'000);
            REQUIRE(f.log().append(batch).ok());
            batch.clear();
        }
    }
}

QJsonValue detail(const AuditRecord& record, const char* key)
{
    return QJsonDocument::fromJson(record.details.toUtf8()).object().value(QLatin1String(key));
}

// The rows of the model, every page read.
std::vector<AuditRecord> allRows(AuditTableModel& model)
{
    std::vector<AuditRecord> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.push_back(*model.recordAt(model.index(row, 0)));
    return rows;
}

// An audit log with sample records, the service of a supervisor and the dock on it, with the
// file chooser and the error reporter replaced by recorders.
struct DockFixture
{
    QTemporaryDir dir;
    test::AuditFixture audit{500};
    std::unique_ptr<AuditService> service;
    std::unique_ptr<AuditDock> dock;
    QStringList errors;
    QStringList suggestedNames;
    QString chosenPath;

    explicit DockFixture(int records, const QStringList& tamperSql = {})
    {
        fill(audit, records);
        if (!tamperSql.isEmpty()) {
            audit.tamper(tamperSql);
            audit.reopen();
        }
        service = std::make_unique<AuditService>(
            audit.log(),
            Session{u"supervisor.noord"_s, Role::Supervisor, u"mk-west-07"_s, Mode::Live});
    }
    AuditDock& open()
    {
        dock = std::make_unique<AuditDock>(*service);
        dock->setErrorReporter([this](const QString& message) { errors << message; });
        dock->setFileChooser([this](const QString&, const QString& suggested, const QString&) {
            suggestedNames << suggested;
            return chosenPath;
        });
        return *dock;
    }
    template <typename T>
    T* child(const char* name)
    {
        auto* widget = dock->findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }
    void click(const char* name) { child<QPushButton>(name)->click(); }
    qint64 lastSeq()
    {
        auto seq = audit.log().lastSeq();
        REQUIRE(seq.ok());
        return *seq;
    }
    AuditRecord newest()
    {
        auto query = AuditQuery::open(audit.path());
        REQUIRE(query.ok());
        auto page = (*query)->page({}, 0, 1);
        REQUIRE(page.ok());
        REQUIRE(page->size() == 1);
        return page->front();
    }
    // One Burgernet action: its own records and two that refer to it through details.
    void addActionRecords()
    {
        const QJsonObject refers{{u"action_id"_s, kAction}};
        const QJsonObject none;
        for (const auto& [action, type, id, details] :
             {std::tuple{"action.create", "action", kAction, none},
              {"message.compose", "message", u"M-1"_s, refers},
              {"action.create", "action", u"BN-2026-0043"_s, none},
              {"dispatch.batch", "batch", u"B-7"_s, refers},
              {"action.close", "action", kAction, none}})
            REQUIRE(service
                        ->record(QLatin1String(action), QLatin1String(type), id, AuditResult::Ok,
                                 details)
                        .ok());
    }
};

} // namespace

TEST_CASE("The audit model reads pages on demand, newest first, and passes the model tester",
          "[ui][audit]")
{
    test::AuditFixture f(500);
    fill(f, 1250);
    auto query = AuditQuery::open(f.path());
    REQUIRE(query.ok());
    AuditTableModel model(query->get());
    QAbstractItemModelTester tester(&model, kTesterMode);
    CHECK(model.rowCount() == 0); // nothing before a filter is set

    CHECK(model.columnCount() == 9);
    model.setFilter({});
    CHECK(model.rowCount() == 1250);   // counted at once, read when shown
    CHECK(model.pagesInMemory() <= 1); // what the tester looked at
    const auto rows = allRows(model);
    REQUIRE(rows.size() == 1250);
    CHECK(model.pagesInMemory() == 3);
    // The log's own checkpoint records (after every 500) are not for review: the rows are the
    // 1,250 records in the chain's order, newest first, the checkpoints 501 and 1002 left out.
    auto seqOf = [](size_t sample) {
        const auto n = static_cast<qint64>(sample) + 1;
        return n + (n > 500) + (n > 1000);
    };
    int outOfOrder = 0;
    for (size_t row = 0; row < rows.size(); ++row)
        outOfOrder += rows[row].seq != seqOf(1249 - row);
    CHECK(outOfOrder == 0);
    CHECK(model.indexOfSeq(700).row() == 551); // 1,252 in the chain, 700 and up less 1002
    CHECK(model.recordAt({}) == nullptr);

    CHECK(model.headerData(AuditTableModel::Action, Qt::Horizontal).toString() == u"Action"_s);
    CHECK(model.headerData(AuditTableModel::Result, Qt::Horizontal).toString() == u"Result"_s);
    const QModelIndex details = model.index(0, AuditTableModel::Details);
    CHECK(model.data(details).toString() == rows[0].details);
    CHECK(model.data(details, Qt::ToolTipRole).toString().contains(u"\"recipients\": "_s));
    CHECK(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d$"_s)
              .match(model.data(model.index(0, AuditTableModel::Time)).toString())
              .hasMatch());

    // Denied and failed stand out in red; ok keeps the view's colour.
    auto resultColor = [&](qint64 seq) {
        return model.data(model.indexOfSeq(seq, AuditTableModel::Result), Qt::ForegroundRole);
    };
    CHECK(rows[1250 - 8].result == u"denied"_s); // sample 7 is seq 8
    CHECK(resultColor(8).value<QColor>() == QColor(0xb0, 0x00, 0x20));
    CHECK(resultColor(32).value<QColor>() == QColor(0xb0, 0x00, 0x20)); // failed
    CHECK_FALSE(resultColor(9).isValid());
    CHECK(model.data(model.indexOfSeq(8, AuditTableModel::Result)).toString() == u"denied"_s);

    // A new filter starts again from the newest match.
    AuditFilter west;
    west.actor = u"centralist.west"_s;
    model.setFilter(west);
    CHECK(model.rowCount() == 417);
    const auto westRows = allRows(model);
    CHECK(westRows.size() == 417); // every third of 0..1249
    CHECK(westRows.front().seq == seqOf(1248));
}

TEST_CASE("Local times carry the workstation's offset of the moment", "[ui][audit]")
{
    auto local = [](const QString& utc, int offset) {
        AuditRecord r;
        r.timeUtc = utc;
        r.utcOffset = offset;
        return AuditTableModel::localTimeText(r);
    };
    CHECK(local(u"2026-11-27T14:00:01.000Z"_s, 3600) == u"2026-11-27 15:00:01 +01:00"_s);
    CHECK(local(u"2026-07-01T22:30:00.000Z"_s, 7200) == u"2026-07-02 00:30:00 +02:00"_s);
    CHECK(local(u"2026-11-27T14:00:01.000Z"_s, -16200) == u"2026-11-27 09:30:01 -04:30"_s);
}

TEST_CASE("The filter narrows by user, action prefix and Burgernet action", "[ui][audit]")
{
    DockFixture d(60);
    d.addActionRecords();
    auto query = AuditQuery::open(d.audit.path());
    REQUIRE(query.ok());
    AuditTableModel model(query->get());
    QAbstractItemModelTester tester(&model, kTesterMode);
    tester.setUseFetchMore(false); // see above

    AuditFilter filter;
    filter.actor = u"centralist.west"_s;
    model.setFilter(filter);
    auto rows = allRows(model);
    CHECK(rows.size() == 20);
    CHECK(std::ranges::all_of(rows, [](auto& r) { return r.actor == u"centralist.west"_s; }));

    filter = {};
    filter.action = u"action."_s;
    model.setFilter(filter);
    rows = allRows(model);
    CHECK(rows.size() == 33); // 30 action.send, 2 action.create, 1 action.close
    CHECK(std::ranges::all_of(rows, [](auto& r) { return r.action.startsWith(u"action."_s); }));

    filter.actor = u"centralist.west"_s;
    filter.action = u"action.send"_s;
    model.setFilter(filter);
    CHECK(allRows(model).size() == 10);

    filter = {};
    filter.actionId = kAction;
    CHECK_FALSE(AuditQuery::checkFilter(filter).ok()); // live or training?
    filter.mode = Mode::Live;
    model.setFilter(filter);
    rows = allRows(model);
    QStringList actions;
    for (const AuditRecord& r : rows)
        actions << r.action;
    CHECK(actions == QStringList{u"action.close"_s, u"dispatch.batch"_s, u"message.compose"_s,
                                 u"action.create"_s});
}

TEST_CASE("Apply searches through the service, which records the search", "[ui][audit]")
{
    DockFixture d(60);
    const qint64 before = d.lastSeq();
    AuditDock& dock = d.open();
    CHECK(d.lastSeq() == before); // opening the dock is not a search
    CHECK(d.child<QLabel>("auditCount")->text() == u"60 records"_s);

    auto* actor = d.child<QComboBox>("auditActor");
    auto* action = d.child<QComboBox>("auditAction");
    CHECK(actor->findText(u"centralist.west"_s) >= 0);
    for (const char* item :
         {"action.", "audit.", "session.", "settings.", "participant.", "action.send"}) {
        INFO(item);
        CHECK(action->findText(QLatin1String(item)) >= 0);
    }

    QSignalSpy searched(&dock, &AuditDock::searched);
    actor->setCurrentText(u"centralist.west"_s);
    d.click("auditApply");
    REQUIRE(d.errors.isEmpty());
    const AuditRecord search = d.newest();
    CHECK(search.seq == before + 1);
    CHECK(search.action == u"audit.search"_s);
    CHECK(search.actor == u"supervisor.noord"_s);
    CHECK(detail(search, "actor").toString() == u"centralist.west"_s);
    CHECK(detail(search, "matches").toInt() == 20);
    REQUIRE(searched.size() == 1);
    CHECK(searched.at(0).at(0).toLongLong() == 20);
    CHECK(d.child<QLabel>("auditCount")->text() == u"20 records"_s);
    CHECK(allRows(*dock.model()).size() == 20);

    actor->setCurrentText(QString());
    action->setCurrentText(u"participant."_s);
    d.click("auditApply");
    CHECK(allRows(*dock.model()).size() == 30);
    CHECK(detail(d.newest(), "action").toString() == u"participant."_s);

    // A period given in local time reaches the filter in UTC.
    const QDateTime from = QDateTime(QDate(2026, 11, 27), QTime(15, 0));
    d.child<QCheckBox>("auditFromCheck")->setChecked(true);
    d.child<QDateTimeEdit>("auditFrom")->setDateTime(from);
    CHECK(dock.filterFromControls().fromUtc == from.toUTC());
    CHECK_FALSE(dock.filterFromControls().toUtc.isValid());

    // A period that ends before it starts is refused without a search.
    d.child<QCheckBox>("auditToCheck")->setChecked(true);
    d.child<QDateTimeEdit>("auditTo")->setDateTime(from.addSecs(-60));
    const qint64 seq = d.lastSeq();
    CHECK_FALSE(dock.apply());
    CHECK(d.errors.size() == 1);
    CHECK(d.lastSeq() == seq);

    d.click("auditReset");
    // Reset keeps to the session's own mode: live and training are never mixed.
    for (AuditFilter f : {dock.filterFromControls(), dock.model()->filter()}) {
        CHECK(f.mode == Mode::Live);
        f.mode.reset();
        CHECK(f.isEmpty());
    }
    CHECK(d.newest().action == u"audit.search"_s);
}

TEST_CASE("Live and training records are reviewed apart: the same action number in the other "
          "mode never shows",
          "[ui][audit]")
{
    DockFixture d(0);
    AuditService training(
        d.audit.log(), Session{u"trainer.west"_s, Role::Trainer, u"mk-west-07"_s, Mode::Training});
    for (AuditService* s : {d.service.get(), &training})
        REQUIRE(s->record(u"action.create"_s, u"action"_s, u"1"_s).ok());
    AuditDock& dock = d.open();
    const auto rows = [&](const QString& action) {
        int n = 0;
        for (const AuditRecord& r : allRows(*dock.model()))
            n += r.action == action;
        return n;
    };
    CHECK(rows(u"action.create"_s) == 1);
    CHECK(allRows(*dock.model()).front().mode == Mode::Live);
    auto* mode = d.child<QComboBox>("auditMode");
    mode->setCurrentIndex(mode->findData(u"training"_s));
    d.click("auditApply");
    const auto trainingRows = allRows(*dock.model());
    REQUIRE(trainingRows.size() == 1);
    CHECK(trainingRows.front().actor == u"trainer.west"_s);
    CHECK(trainingRows.front().mode == Mode::Training);
    CHECK(detail(d.newest(), "mode").toString() == u"training"_s);
}

TEST_CASE("The detail pane shows the record, and the timeline of its action oldest first",
          "[ui][audit]")
{
    DockFixture d(10);
    d.addActionRecords();
    AuditDock& dock = d.open();
    auto* model = dock.model();
    allRows(*model);
    auto* table = d.child<QTableView>("auditTable");
    auto* pane = d.child<QPlainTextEdit>("auditDetail");
    auto* timeline = d.child<QPushButton>("auditTimeline");
    CHECK_FALSE(timeline->isEnabled());

    table->setCurrentIndex(model->indexOfSeq(12)); // message.compose, refers through details
    const AuditRecord* message = model->recordAt(table->currentIndex());
    REQUIRE(message);
    REQUIRE(message->action == u"message.compose"_s);
    CHECK(pane->toPlainText().contains(u"message.compose"_s));
    CHECK(pane->toPlainText().contains(QString::fromLatin1(message->hash.toHex())));
    CHECK(pane->toPlainText().contains(u"\"action_id\": \"BN-2026-0042\""_s));
    CHECK(timeline->isEnabled());

    table->setCurrentIndex(model->indexOfSeq(2)); // participant.open: no action
    CHECK_FALSE(timeline->isEnabled());
    table->setCurrentIndex(model->indexOfSeq(13)); // action BN-2026-0043 itself
    CHECK(timeline->isEnabled());

    table->setCurrentIndex(model->indexOfSeq(12));
    d.click("auditTimeline");
    REQUIRE(d.errors.isEmpty());
    CHECK(d.child<QLineEdit>("auditActionId")->text() == kAction);
    const AuditRecord search = d.newest();
    CHECK(search.action == u"audit.search"_s);
    CHECK(detail(search, "action_id").toString() == kAction);
    // The search refers to the action too, so it belongs to the timeline from now on.
    CHECK(allRows(*model).size() == 5);

    const QString text = pane->toPlainText();
    INFO(text.toStdString());
    QList<qsizetype> at;
    for (const char* step :
         {"action.create", "message.compose", "dispatch.batch", "action.close", "audit.search"})
        at << text.indexOf(QLatin1String(step));
    CHECK(at.front() > 0);
    CHECK(std::is_sorted(at.begin(), at.end()));
    CHECK_FALSE(text.contains(u"BN-2026-0043"_s));
    CHECK_FALSE(text.contains(u"participant.open"_s));
}

TEST_CASE("Verify shows Intact on a good log and the damage on a tampered one", "[ui][audit]")
{
    auto verify = [](DockFixture& d, bool intact) {
        QSignalSpy verified(&d.open(), &AuditDock::verified);
        d.click("auditVerify");
        REQUIRE(d.errors.isEmpty());
        REQUIRE(verified.size() == 1);
        CHECK(verified.at(0).at(0).toBool() == intact);
        CHECK(d.newest().action == u"audit.verify"_s);
        CHECK(d.newest().result == (intact ? u"ok"_s : u"failed"_s));
        auto* status = d.child<QLabel>("auditVerifyStatus");
        CHECK(status->palette().color(QPalette::WindowText) ==
              (intact ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20)));
        return status->text();
    };
    DockFixture good(30);
    const QString intact = verify(good, true);
    CHECK(intact.startsWith(u"Intact: "_s));
    CHECK(intact.contains(u"this workstation's own key"_s));

    DockFixture bad(30, {u"UPDATE audit_records SET actor = 'centralist.wesT' WHERE seq = 17"_s});
    const QString damage = verify(bad, false);
    INFO(damage.toStdString());
    CHECK(damage.startsWith(u"DAMAGED at sequence number 17 (changed)"_s));
    CHECK(detail(bad.newest(), "damage").toString() == u"changed"_s);
}

TEST_CASE("CSV export: the verification first, the headers, one row per record", "[ui][audit]")
{
    DockFixture d(40);
    AuditDock& dock = d.open();
    d.child<QComboBox>("auditActor")->setCurrentText(u"supervisor.oost"_s);
    d.click("auditApply");
    d.chosenPath = d.dir.filePath(u"export.csv"_s);
    QSignalSpy exported(&dock, &AuditDock::exported);
    d.click("auditExportCsv");
    REQUIRE(d.errors.isEmpty());
    CHECK(d.suggestedNames == QStringList{u"audit-mk-west-07.csv"_s});

    QFile file(d.chosenPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3 + 26); // every sample but each third, of 0..39
    CHECK(lines[0].startsWith(u"Verification,"_s));
    CHECK(lines[0].contains(u"Intact"_s));
    CHECK(lines[2].startsWith(u"seq,time_local,time_utc,actor"_s));
    for (qsizetype i = 3; i < lines.size(); ++i)
        CHECK(lines[i].section(QLatin1Char(','), 3, 3) == u"supervisor.oost"_s);

    const AuditRecord record = d.newest();
    CHECK(record.action == u"audit.export"_s);
    CHECK(detail(record, "format").toString() == u"csv"_s);
    CHECK(detail(record, "records").toInt() == 26);
    REQUIRE(exported.size() == 1);
    CHECK(exported.at(0).at(2).toLongLong() == 26);
}

TEST_CASE("PDF export writes a PDF after recording the export", "[ui][audit]")
{
    DockFixture d(40);
    AuditDock& dock = d.open();
    d.chosenPath = d.dir.filePath(u"report.pdf"_s);
    QSignalSpy exported(&dock, &AuditDock::exported);
    d.click("auditExportPdf");
    REQUIRE(d.errors.isEmpty());
    CHECK(d.suggestedNames == QStringList{u"audit-mk-west-07.pdf"_s});

    QFile file(d.chosenPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.size() > 1000);
    CHECK(file.read(4) == "%PDF");

    // The verification comes first, then the export, listing the 40 samples and it.
    const AuditRecord record = d.newest();
    CHECK(record.action == u"audit.export"_s);
    CHECK(detail(record, "format").toString() == u"pdf"_s);
    CHECK(detail(record, "file").toString() == u"report.pdf"_s);
    CHECK(detail(record, "records").toInt() == 41);
    CHECK(detail(record, "intact").toBool());
    REQUIRE(exported.size() == 1);
    CHECK(exported.at(0).at(0).toString() == u"pdf"_s);
    CHECK(exported.at(0).at(2).toLongLong() == 41);

    // Capped: the record says how many records left in the file.
    const QString capped = d.dir.filePath(u"capped.pdf"_s);
    auto written = AuditPdfReport::write(*d.service, {}, capped, 10);
    REQUIRE(written.ok());
    CHECK(*written == 10);
    CHECK(detail(d.newest(), "records").toInt() == 10);
    CHECK(QFileInfo(capped).size() > 1000);
}

TEST_CASE("A cancelled file choice exports and records nothing, errors go to the reporter",
          "[ui][audit]")
{
    DockFixture d(10);
    AuditDock& dock = d.open();
    const qint64 before = d.lastSeq();
    CHECK_FALSE(dock.exportCsv());
    CHECK_FALSE(dock.exportPdf());
    CHECK(d.suggestedNames.size() == 2);
    CHECK(d.lastSeq() == before);
    CHECK(d.errors.isEmpty());
    CHECK(d.child<QLabel>("auditStatus")->text().isEmpty());

    d.chosenPath = d.dir.filePath(u"missing/folder/report.pdf"_s);
    CHECK_FALSE(dock.exportPdf());
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors[0].contains(u"report.pdf"_s));
    CHECK(d.newest().action == u"audit.export"_s);
    CHECK(d.newest().result == u"failed"_s);
    CHECK_FALSE(QFileInfo::exists(d.chosenPath));
}
