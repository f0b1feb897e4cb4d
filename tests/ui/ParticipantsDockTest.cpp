// The participants dock: the lazy, sorted and searched list model (checked by Qt's model
// tester), masking, the drawn-area filter, and the audited opening of a participant's details.
#include "ui/participants/ParticipantsDock.h"

#include "app/audit/AuditQuery.h"
#include "app/register/ContactMask.h"
#include "app/register/DemoPopulation.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/TempDatabase.h"
#include "ui/participants/ParticipantDetailsDialog.h"
#include "ui/participants/ParticipantTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::Fatal;

// A demo register, an audit log and a supervisor's audit service (who may open details).
struct Fixture
{
    std::unique_ptr<test::TempDatabase> temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    std::unique_ptr<Database> db;
    test::AuditFixture audit{500};
    AuditService service{
        audit.log(), Session{u"centralist.west"_s, Role::Supervisor, u"mk-west-07"_s, Mode::Live}};

    explicit Fixture(qint64 participants)
    {
        auto opened = Database::open(temp->spec());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(DemoPopulation::generate(*db, participants, 3).ok());
    }
    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(audit.path(), action, 100);
    }
};

// The model reads on its worker thread: wait for its answer.
void settle(ParticipantTableModel& model)
{
    QElapsedTimer waited;
    waited.start();
    while (model.isLoading() && waited.elapsed() < 30'000)
        QTest::qWait(1);
    REQUIRE_FALSE(model.isLoading());
}

// Reads the pages of these rows, as a view showing them would, and waits for them.
void show(ParticipantTableModel& model, int first, int last)
{
    settle(model);
    model.prefetch(first, last);
    settle(model);
}

void showAll(ParticipantTableModel& model)
{
    settle(model);
    REQUIRE(model.rowCount() <= ParticipantTableModel::MaxPages * ParticipantTableModel::PageSize);
    show(model, 0, model.rowCount() - 1);
}

QString digitsOf(const QString& text)
{
    return QString(text).remove(QRegularExpression(u"\\D"_s));
}

} // namespace

TEST_CASE("The participants model passes the model tester while fetching, sorting and searching",
          "[ui][participants]")
{
    Fixture f(2200);
    ParticipantTableModel model(*f.db, f.service);
    QAbstractItemModelTester tester(&model, kTesterMode);
    // The count comes from the worker by itself, and with it every row; a row's contents come
    // when it is shown.
    CHECK(model.rowCount() == 0);
    CHECK(model.isLoading());
    settle(model);
    CHECK(model.rowCount() == 2200);
    CHECK(model.rowAt(model.index(2199, 0)) == nullptr);
    CHECK(model.data(model.index(2199, ParticipantTableModel::Name)) == u"\u2026"_s);
    CHECK(model.columnCount() == ParticipantTableModel::ColumnCount);
    CHECK(model.matchCount() == 2200);
    showAll(model);
    CHECK(model.rowAt(model.index(2199, 0)) != nullptr);

    // Server-side sort: every sortable column in both orders; the names really are in order.
    for (int column = 0; column < ParticipantTableModel::ColumnCount; ++column) {
        for (auto order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            model.sort(column, order);
            if (!ParticipantTableModel::isSortable(column)) {
                CHECK(model.sortColumn() != column);
                continue;
            }
            CHECK(model.rowCount() == 0);
            show(model, 0, 2 * ParticipantTableModel::PageSize - 1);
            CHECK(model.rowCount() == 2200);
            CHECK(model.rowAt(model.index(2 * ParticipantTableModel::PageSize - 1, 0)));
        }
    }
    model.sort(ParticipantTableModel::Name, Qt::AscendingOrder);
    showAll(model);
    int outOfOrder = 0;
    for (int row = 1; row < model.rowCount(); ++row)
        outOfOrder +=
            model.rowAt(model.index(row - 1, 0))->name > model.rowAt(model.index(row, 0))->name;
    CHECK(outOfOrder == 0);
    REQUIRE(model.rowAt(model.index(0, 0)));
    const ParticipantRow first = *model.rowAt(model.index(0, 0)); // a copy: a reset drops pages
    CHECK(model.indexOfId(first.id, ParticipantTableModel::Name) ==
          model.index(0, ParticipantTableModel::Name));
    CHECK(model.rowAt({}) == nullptr);

    // A search, then the area filter on top of it.
    const QString surname = first.name.section(u' ', -1);
    model.setSearch(surname.toLower());
    showAll(model);
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() == model.matchCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const ParticipantRow* r = model.rowAt(model.index(row, 0));
        CHECK((r->name.contains(surname, Qt::CaseInsensitive) ||
               r->place.contains(surname, Qt::CaseInsensitive)));
    }
    model.setAreaFilter(std::vector<qint64>{first.id});
    showAll(model);
    CHECK(model.rowCount() == 1);
    model.setSearch({});
    model.setAreaFilter(std::nullopt);
    show(model, 0, 0);
    CHECK(model.rowCount() == 2200);
    CHECK(model.data(model.index(0, ParticipantTableModel::Status)).toString() == u"Active"_s);
    CHECK(model.headerData(ParticipantTableModel::Postcode, Qt::Horizontal) == u"Postcode"_s);
}

TEST_CASE("The list masks phone numbers and e-mail addresses", "[ui][participants]")
{
    using M = ParticipantTableModel;
    CHECK(ContactMask::phone(u"+31612345678"_s) == u"+31 6 \u2022\u2022\u2022\u2022 5678"_s);
    CHECK(ContactMask::phone(u"+31201234567"_s) == u"+31 2 \u2022\u2022\u2022\u2022 4567"_s);
    CHECK(ContactMask::phone(u"+12025550123"_s) == u"+1 2 \u2022\u2022\u2022\u2022 0123"_s);
    CHECK(ContactMask::phone(u"+3112345"_s) == u"+31 \u2022\u2022\u2022\u2022 5"_s);
    CHECK(ContactMask::phone(QString()).isEmpty());
    CHECK(ContactMask::email(u"jan.jansen@example.org"_s) == u"j\u2022\u2022\u2022@example.org"_s);
    CHECK(ContactMask::email(u"not-an-address"_s) == u"\u2022\u2022\u2022\u2022"_s);

    Fixture f(1000);
    ParticipantTableModel model(*f.db, f.service);
    showAll(model);
    REQUIRE(model.rowCount() == 1000);
    int phones = 0;
    int emails = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ParticipantRow* r = model.rowAt(model.index(row, 0));
        const QString phone = model.data(model.index(row, M::Mobile)).toString();
        const QString email = model.data(model.index(row, M::Email)).toString();
        for (const QString& number : {r->mobile, r->phone}) {
            if (number.isEmpty())
                continue;
            ++phones;
            CHECK_FALSE(digitsOf(phone).contains(digitsOf(number)));
            CHECK_FALSE(phone.contains(number));
            CHECK(digitsOf(phone).size() <= digitsOf(number).size() - 4);
        }
        if (!r->email.isEmpty()) {
            ++emails;
            CHECK_FALSE(email.contains(r->email));
            CHECK_FALSE(email.contains(r->email.section(u'@', 0, 0)));
        }
        for (int column = 0; column < M::ColumnCount; ++column)
            for (int role : {int(Qt::ToolTipRole), int(Qt::EditRole), int(Qt::UserRole)})
                CHECK_FALSE(model.data(model.index(row, column), role).isValid());
    }
    CHECK(phones > 900);
    CHECK(emails > 600);
}

TEST_CASE("Opening details records participant.open with the pseudonym, before showing them",
          "[ui][participants][audit]")
{
    Fixture f(300);
    ParticipantsDock dock(*f.db, f.service);
    QStringList messages;
    std::vector<Participant> shown;
    dock.setMessageReporter([&](const QString& m) { messages << m; });
    dock.setDetailsPresenter([&](const Participant& p) {
        // The record is in the log by the time anything is shown.
        CHECK(f.records(u"participant.open"_s).size() == shown.size() + 1);
        shown.push_back(p);
    });
    auto* button = dock.findChild<QPushButton*>(u"detailsButton"_s);
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled());
    CHECK_FALSE(dock.openDetails());

    QTableView* table = dock.table();
    dock.resize(900, 600);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));
    showAll(*dock.model());
    int withContacts = 0; // a row with a mobile number and an e-mail address
    while (dock.model()->rowAt(dock.model()->index(withContacts, 0))->email.isEmpty() ||
           dock.model()->rowAt(dock.model()->index(withContacts, 0))->mobile.isEmpty())
        ++withContacts;
    table->setCurrentIndex(dock.model()->index(withContacts, ParticipantTableModel::Name));
    CHECK(button->isEnabled());
    const ParticipantRow row = *dock.model()->rowAt(table->currentIndex());
    QSignalSpy opened(&dock, &ParticipantsDock::detailsOpened);
    button->click();
    REQUIRE(shown.size() == 1);
    CHECK(opened.count() == 1);
    CHECK(messages.isEmpty());

    // Unmasked, with addresses.
    const Participant p = shown.front();
    CHECK(p.pseudonym == row.pseudonym);
    CHECK(p.mobile == row.mobile);
    CHECK(p.email == row.email);
    REQUIRE_FALSE(p.locations.isEmpty());

    // The record names the pseudonym and nothing personal.
    auto records = f.records(u"participant.open"_s);
    REQUIRE(records.size() == 1);
    const AuditRecord& r = records.front();
    CHECK(r.objectType == u"participant"_s);
    CHECK(r.objectId == p.pseudonym);
    CHECK(r.result == u"ok"_s);
    CHECK(r.actor == u"centralist.west"_s);
    const QString all = r.objectId + r.details + r.action;
    for (const QString& personal : {p.name, p.mobile, p.phone, p.email, p.locations[0].postcode,
                                    p.locations[0].street, p.externalId})
        if (!personal.isEmpty())
            CHECK_FALSE(all.contains(personal));

    // Double-click opens too. The dialog itself shows every field unmasked.
    const QPoint cell = table->visualRect(table->currentIndex()).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    CHECK(shown.size() == 2);
    // And so does Enter.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(shown.size() == 3);
    ParticipantDetailsDialog dialog(p);
    CHECK(dialog.findChild<QLabel*>(u"mobileValue"_s)->text() == p.mobile);
    CHECK(dialog.findChild<QLabel*>(u"emailValue"_s)->text() == p.email);
    CHECK(ParticipantDetailsDialog::hoursText(8 * 60, 18 * 60) == u"08:00\u201318:00"_s);
    CHECK(ParticipantDetailsDialog::hoursText(0, 1440) == u"all day"_s);
    CHECK(ParticipantDetailsDialog::weekdaysText(0x7f) == u"every day"_s);
}

TEST_CASE("Without the permission, opening is refused and recorded as denied",
          "[ui][participants][audit]")
{
    Fixture f(100);
    // A dispatcher sees the masked list but not the details.
    AuditService dispatcher{f.audit.log(), Session{u"centralist.west"_s, Role::Dispatcher,
                                                   u"mk-west-07"_s, Mode::Live}};
    ParticipantsDock dock(*f.db, dispatcher);
    QStringList messages;
    bool presented = false;
    dock.setMessageReporter([&](const QString& m) { messages << m; });
    dock.setDetailsPresenter([&](const Participant&) { presented = true; });
    show(*dock.model(), 0, 0);
    dock.table()->setCurrentIndex(dock.model()->index(0, 0));
    const QString pseudonym = dock.model()->rowAt(dock.table()->currentIndex())->pseudonym;

    QSignalSpy denied(&dock, &ParticipantsDock::detailsDenied);
    CHECK_FALSE(dock.openDetails());
    CHECK_FALSE(presented);
    CHECK(denied.count() == 1);
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().contains(u"not allowed"_s));
    auto records = f.records(u"participant.open"_s);
    REQUIRE(records.size() == 1);
    CHECK(records.front().result == u"denied"_s);
    CHECK(records.front().objectId == pseudonym);
}

TEST_CASE("A search waits for a pause in typing and is recorded with its count only",
          "[ui][participants][audit]")
{
    Fixture f(800);
    ParticipantsDock dock(*f.db, f.service);
    auto* search = dock.findChild<QLineEdit*>(u"participantSearch"_s);
    auto* count = dock.findChild<QLabel*>(u"participantCount"_s);
    REQUIRE(search);
    REQUIRE(count);
    settle(*dock.model());
    CHECK(count->text() == u"800 participants, any status"_s);

    // A phone number: personal data, which the record must not carry.
    QSqlQuery query(f.db->connection());
    REQUIRE(query.exec(u"SELECT mobile FROM participants WHERE mobile IS NOT NULL LIMIT 1"_s));
    REQUIRE(query.next());
    const QString mobile = query.value(0).toString();
    const QString typed = u"06-"_s + mobile.mid(4);
    QSignalSpy searched(&dock, &ParticipantsDock::searched);
    QTest::keyClicks(search, typed);
    CHECK(searched.isEmpty()); // not on every key
    REQUIRE(searched.wait(5000));
    CHECK(searched.count() == 1);
    const qint64 matches = searched.front().front().toLongLong();
    CHECK(matches >= 1);
    CHECK(dock.model()->matchCount() == matches);
    CHECK(count->text() == (matches == 1
                                ? u"1 participant, any status"_s
                                : QStringLiteral("%1 participants, any status").arg(matches)));

    auto records = f.records(u"participants.search"_s);
    REQUIRE(records.size() == 1);
    const QJsonObject details = QJsonDocument::fromJson(records.front().details.toUtf8()).object();
    CHECK(details.value(u"matches"_s).toInteger() == matches);
    CHECK(details.keys() == QStringList{u"area"_s, u"matches"_s});
    CHECK_FALSE(records.front().details.contains(mobile.right(6)));
    CHECK_FALSE(records.front().objectId.contains(mobile.right(6)));

    // Clearing the search is not a search.
    search->clear();
    dock.applySearch();
    settle(*dock.model());
    CHECK(f.records(u"participants.search"_s).size() == 1);
    CHECK(dock.model()->matchCount() == 800);
}

TEST_CASE("The drawn-area filter is offered once an area is set", "[ui][participants]")
{
    Fixture f(500);
    ParticipantsDock dock(*f.db, f.service);
    auto* areaOnly = dock.findChild<QCheckBox*>(u"areaOnlyCheck"_s);
    auto* count = dock.findChild<QLabel*>(u"participantCount"_s);
    REQUIRE(areaOnly);
    CHECK_FALSE(areaOnly->isEnabled());
    settle(*dock.model());

    dock.setArea(std::vector<qint64>{3, 5, 8, 13, 21, 34});
    CHECK(areaOnly->isEnabled());
    CHECK(dock.model()->matchCount() == 500); // offered, not yet applied
    areaOnly->setChecked(true);
    settle(*dock.model());
    CHECK(dock.model()->matchCount() == 6);
    CHECK(count->text() == u"6 participants, any status"_s);
    showAll(*dock.model());
    CHECK(dock.model()->rowCount() == 6);

    dock.setArea(std::vector<qint64>{1, 2});
    settle(*dock.model());
    CHECK(dock.model()->matchCount() == 2); // a new area applies at once
    dock.setArea(std::nullopt);
    settle(*dock.model());
    CHECK_FALSE(areaOnly->isEnabled());
    CHECK_FALSE(areaOnly->isChecked());
    CHECK(dock.model()->matchCount() == 500);
}

TEST_CASE("A jump to any of 20,000 rows shows the right row, and memory stays bounded",
          "[ui][participants]")
{
    Fixture f(20'000);
    ParticipantTableModel model(*f.db, f.service);
    QAbstractItemModelTester tester(&model, kTesterMode);
    settle(model);
    REQUIRE(model.rowCount() == 20'000); // the scroll bar spans the register from the start
    // The reference: the same order by the database, one row at a time.
    auto nth = [&](int row) {
        QSqlQuery q(f.db->connection());
        REQUIRE(
            q.exec(u"SELECT id FROM participants ORDER BY name, id LIMIT 1 OFFSET %1"_s.arg(row)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    for (int row : {19'999, 0, 12'345, 500, 499, 19'500, 7'777}) {
        INFO("row " << row);
        show(model, row, row);
        const ParticipantRow* r = model.rowAt(model.index(row, 0));
        REQUIRE(r);
        CHECK(r->id == nth(row));
    }
    // Scrolling through the whole list: in order across every page boundary, and never more
    // than a few screens in memory.
    QString previous;
    int outOfOrder = 0;
    int mostPages = 0;
    for (int row = 0; row < model.rowCount(); row += ParticipantTableModel::PageSize) {
        show(model, row, row + ParticipantTableModel::PageSize - 1);
        for (int i = row; i < row + ParticipantTableModel::PageSize; ++i) {
            const ParticipantRow* r = model.rowAt(model.index(i, 0));
            REQUIRE(r);
            outOfOrder += r->name < previous;
            previous = r->name;
        }
        mostPages = std::max(mostPages, model.pagesInMemory());
    }
    CHECK(outOfOrder == 0);
    CHECK(mostPages <= ParticipantTableModel::MaxPages);
}

TEST_CASE("Searches run on the worker, and an answer to a superseded search is dropped",
          "[ui][participants]")
{
    Fixture f(1500);
    ParticipantTableModel model(*f.db, f.service);
    QAbstractItemModelTester tester(&model, kTesterMode);
    show(model, 0, 0);
    const QString surname = model.rowAt(model.index(0, 0))->name.section(u' ', -1);
    QSignalSpy counts(&model, &ParticipantTableModel::countChanged);

    // setSearch returns before the register is read.
    model.setSearch(surname);
    CHECK(model.isLoading());
    CHECK(model.rowCount() == 0);
    // Typed on before the answer came: only the newest search's answer is applied.
    model.setSearch({});
    settle(model);
    QTest::qWait(50); // an answer to the first search would have arrived by now
    REQUIRE(counts.count() == 1);
    CHECK(counts.front().front().toLongLong() == 1500);
    CHECK(model.matchCount() == 1500);
    CHECK(model.rowCount() == 1500);

    model.setSearch(surname);
    showAll(model);
    CHECK(model.rowCount() == model.matchCount());
    CHECK(model.rowCount() < 1500);
}
