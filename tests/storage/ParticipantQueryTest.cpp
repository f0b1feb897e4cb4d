// The register's reads for the participants list: keyset pages in every order, the searches,
// the area filter and counts, on SQLite and PostgreSQL.
#include "app/register/DemoPopulation.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"
#include "app/storage/ParticipantWriter.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>

#include <functional>
#include <set>

using namespace burgernet;
using SortColumn = ParticipantQuery::SortColumn;

namespace {

constexpr int kDemo = 1200;

// What the oracle knows of each participant, read with plain SQL.
struct Known
{
    qint64 id = 0;
    QString name, postcode, place, mobile, phone;
};

struct Register
{
    std::unique_ptr<test::TempDatabase> temp;
    std::unique_ptr<Database> db;
    std::vector<Known> known;

    explicit Register(DatabaseKind kind)
        : temp(test::TempDatabase::create(kind))
    {
        auto opened = Database::open(temp->spec());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        const Status generated = DemoPopulation::generate(*db, kDemo, 11);
        INFO(generated.errorMessage().toStdString());
        REQUIRE(generated.ok());
        addOddOnes();
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT p.id, p.name, h.postcode, h.place, p.mobile, p.phone FROM participants p "
            "LEFT JOIN locations h ON h.participant_id = p.id AND h.kind = 'home'")));
        while (query.next())
            known.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString(), query.value(5).toString()});
    }

    // Participants without a registration number or a home address (their sort value is
    // missing), and with a name another participant has too (a tie).
    void addOddOnes()
    {
        auto writer = ParticipantWriter::begin(*db);
        REQUIRE(writer.ok());
        for (int i = 0; i < 3; ++i) {
            Participant p;
            p.pseudonym = QStringLiteral("P-ODD%1").arg(i);
            p.externalId = i == 1 ? QStringLiteral("X-1") : QString();
            p.name = QStringLiteral("Anna de Jong");
            p.mobile = QStringLiteral("+3161111000%1").arg(i);
            p.registeredAt = QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);
            ParticipantLocation work;
            work.kind = ParticipantLocation::Kind::Work;
            work.street = QStringLiteral("Kerkstraat");
            work.houseNumber = QStringLiteral("1");
            work.postcode = QStringLiteral("1011 AB");
            work.place = QStringLiteral("Amsterdam");
            work.municipality = QStringLiteral("Amsterdam");
            if (i == 0) {
                ParticipantLocation home = work;
                home.kind = ParticipantLocation::Kind::Home;
                p.locations << home;
            }
            if (i < 2)
                p.locations << work;
            REQUIRE((*writer)->write(p).ok());
        }
        REQUIRE((*writer)->commit().ok());
    }

    // The ids in the query's order as one plain ORDER BY gives it, missing values last.
    std::vector<qint64> plainOrder(SortColumn column, Qt::SortOrder order)
    {
        static const std::map<SortColumn, QString> values{
            {SortColumn::Name, QStringLiteral("p.name")},
            {SortColumn::ExternalId, QStringLiteral("p.external_id")},
            {SortColumn::Status, QStringLiteral("p.status")},
            {SortColumn::Postcode, QStringLiteral("h.postcode")},
            {SortColumn::Place, QStringLiteral("h.place")},
            {SortColumn::Registered, QStringLiteral("p.registered_at")},
            {SortColumn::Pseudonym, QStringLiteral("p.pseudonym")}};
        const QString v = values.at(column);
        const QString dir = order == Qt::AscendingOrder ? QString() : QStringLiteral(" DESC");
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT p.id FROM participants p LEFT JOIN locations h "
                                          "ON h.participant_id = p.id AND h.kind = 'home' ORDER "
                                          "BY (%1 IS NULL), %1%2, p.id%2")
                               .arg(v, dir)));
        std::vector<qint64> ids;
        while (query.next())
            ids.push_back(query.value(0).toLongLong());
        return ids;
    }

    // Of `order`, those the predicate accepts.
    std::vector<qint64> filtered(const std::vector<qint64>& order,
                                 const std::function<bool(const Known&)>& accept) const
    {
        std::map<qint64, const Known*> byId;
        for (const Known& k : known)
            byId[k.id] = &k;
        std::vector<qint64> ids;
        for (qint64 id : order)
            if (accept(*byId.at(id)))
                ids.push_back(id);
        return ids;
    }
};

// Every page of the query, checking that no row comes twice.
std::vector<qint64> allPages(ParticipantRepository& repo, const ParticipantQuery& query,
                             int pageSize = 97)
{
    std::vector<qint64> ids;
    std::set<qint64> seen;
    std::optional<PageKey> after;
    for (int pages = 0; pages < 10'000; ++pages) {
        auto page = repo.page(query, after, pageSize);
        INFO(page.errorMessage().toStdString());
        REQUIRE(page.ok());
        for (const ParticipantRow& row : *page) {
            CHECK(seen.insert(row.id).second);
            ids.push_back(row.id);
        }
        if (static_cast<int>(page->size()) < pageSize)
            return ids;
        after = page->back().key;
    }
    FAIL("paging does not end");
    return ids;
}

const std::vector<SortColumn> kColumns{
    SortColumn::Name,  SortColumn::ExternalId, SortColumn::Status,   SortColumn::Postcode,
    SortColumn::Place, SortColumn::Registered, SortColumn::Pseudonym};

void keysetPagesFollowThePlainOrder(DatabaseKind kind)
{
    Register reg(kind);
    ParticipantRepository repo(*reg.db);
    ParticipantQuery query;
    CHECK(*repo.count(query) == kDemo + 3);
    for (SortColumn column : kColumns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << int(column) << " order " << int(order));
            query.sortColumn = column;
            query.order = order;
            CHECK(allPages(repo, query) == reg.plainOrder(column, order));
        }
    }
    // Pages of one row cross every tie and the step to the rows without a value.
    query.sortColumn = SortColumn::Postcode;
    query.order = Qt::AscendingOrder;
    CHECK(allPages(repo, query, 1) == reg.plainOrder(SortColumn::Postcode, Qt::AscendingOrder));
}

void searchesFindNamesPlacesPostcodesAndPhones(DatabaseKind kind)
{
    Register reg(kind);
    // ASCII samples: SQLite's LIKE folds the case of ASCII letters only.
    auto ascii = [](const QString& text) {
        return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
    };
    const Known* sampleFound = nullptr;
    const Known* withMobile = nullptr;
    for (const Known& k : reg.known) {
        if (!sampleFound && !k.postcode.isEmpty() && ascii(k.name) && ascii(k.place))
            sampleFound = &k;
        if (!withMobile && k.mobile.startsWith(QLatin1String("+316")) &&
            k.mobile.right(6)[0] != u'0')
            withMobile = &k;
    }
    REQUIRE(sampleFound);
    REQUIRE(withMobile);
    const Known& sample = *sampleFound;
    const QString surname = sample.name.section(u' ', -1).toLower();
    const QString place = sample.place.toLower();
    const QString pc4 = sample.postcode.left(4);
    const QString local = withMobile->mobile.mid(3); // "612345678"

    struct Case
    {
        QString search;
        std::function<bool(const Known&)> accept;
    };
    const std::vector<Case> cases{
        {surname.toUpper(),
         [&](const Known& k) {
             return k.name.toLower().contains(surname) || k.place.toLower().contains(surname);
         }},
        {place.left(5),
         [&](const Known& k) {
             return k.name.toLower().contains(place.left(5)) ||
                    k.place.toLower().contains(place.left(5));
         }},
        {QString(sample.postcode).remove(u' ').toLower(),
         [&](const Known& k) { return k.postcode == sample.postcode; }},
        {pc4, [&](const Known& k) { return k.postcode.startsWith(pc4); }},
        {QStringLiteral("0") + local.left(1) + u'-' + local.mid(1),
         [&](const Known& k) {
             return k.mobile == withMobile->mobile || k.phone == withMobile->mobile;
         }},
        {QStringLiteral("06 ") + local.mid(1, 2),
         [&](const Known& k) {
             const QString prefix = QStringLiteral("+316") + local.mid(1, 2);
             return k.mobile.startsWith(prefix) || k.phone.startsWith(prefix);
         }},
        {local.right(6),
         [&](const Known& k) {
             return k.mobile.contains(local.right(6)) || k.phone.contains(local.right(6));
         }},
        {QStringLiteral("ZO\u00cb"), // "ZOË" finds "Zoë"
         [](const Known& k) { return k.name.toLower().contains(QStringLiteral("zo\u00eb")); }},
        {QStringLiteral("100%_"), [](const Known&) { return false; }},
    };
    ParticipantRepository repo(*reg.db);
    for (const Case& c : cases) {
        for (SortColumn column : {SortColumn::Name, SortColumn::Postcode, SortColumn::ExternalId}) {
            INFO("search " << c.search.toStdString() << " column " << int(column));
            const auto expected =
                reg.filtered(reg.plainOrder(column, Qt::AscendingOrder), c.accept);
            if (c.search != QLatin1String("100%_"))
                CHECK(!expected.empty());
            ParticipantQuery query{c.search, column};
            // Snapshotted in order, then applied inline along the sort index.
            for (qint64 limit : {qint64(50'000), qint64(3)}) {
                repo.setSnapshotLimit(limit);
                CHECK(allPages(repo, query) == expected);
                CHECK(*repo.count(query) == static_cast<qint64>(expected.size()));
                CHECK(*repo.countAtMost(query, 2) == std::min<qint64>(expected.size(), 3));
            }
        }
    }
}

void areaFilterKeepsTheAreasParticipants(DatabaseKind kind)
{
    Register reg(kind);
    std::set<qint64> area;
    std::vector<qint64> ids;
    for (size_t i = 0; i < reg.known.size(); i += 3) {
        area.insert(reg.known[i].id);
        ids.push_back(reg.known[i].id);
    }
    ids.push_back(ids.front());                        // a duplicate
    ids.push_back(std::numeric_limits<qint32>::max()); // gone from the register
    auto inArea = [&](const Known& k) { return area.count(k.id) > 0; };
    ParticipantRepository repo(*reg.db);
    for (qint64 limit : {qint64(50'000), qint64(10)}) {
        repo.setSnapshotLimit(limit); // numbered in order, or walked with a lookup per row
        for (SortColumn column : {SortColumn::Name, SortColumn::Place, SortColumn::ExternalId}) {
            ParticipantQuery query{QString(), column, Qt::DescendingOrder, ids};
            CHECK(allPages(repo, query) ==
                  reg.filtered(reg.plainOrder(column, Qt::DescendingOrder), inArea));
            CHECK(*repo.count(query) == static_cast<qint64>(area.size()));
        }
    }
    // With a search, only the area's matches.
    repo.setSnapshotLimit(50'000);
    const QString term = QStringLiteral("jan");
    ParticipantQuery query{term, SortColumn::Name, Qt::AscendingOrder, ids};
    const auto expected =
        reg.filtered(reg.plainOrder(SortColumn::Name, Qt::AscendingOrder), [&](const Known& k) {
            return inArea(k) &&
                   (k.name.toLower().contains(term) || k.place.toLower().contains(term));
        });
    CHECK(!expected.empty());
    CHECK(allPages(repo, query) == expected);

    // A large area (100,000 ids, most of them not registered) loads in one go on both databases.
    std::vector<qint64> many;
    for (qint64 i = 0; i < 100'000; ++i)
        many.push_back(i * 7 + 1);
    query = ParticipantQuery{QString(), SortColumn::Name, Qt::AscendingOrder, many};
    const auto inMany =
        reg.filtered(reg.plainOrder(SortColumn::Name, Qt::AscendingOrder),
                     [](const Known& k) { return (k.id - 1) % 7 == 0 && k.id <= 700'000; });
    CHECK(*repo.count(query) == static_cast<qint64>(inMany.size()));
    CHECK(allPages(repo, query, 500) == inMany);
    // An empty area is empty, not the whole register.
    query.areaIds = std::vector<qint64>{};
    CHECK(*repo.count(query) == 0);
    CHECK(repo.page(query, std::nullopt, 10)->empty());
}

void loadReadsOneParticipantWithAddresses(DatabaseKind kind)
{
    Register reg(kind);
    auto places = PlaceTable::load();
    REQUIRE(places.ok());
    DemoPopulation population(*places, 11);
    ParticipantRepository repo(*reg.db);
    for (qint64 i : {0, 5, 999}) {
        const Participant made = population.make(i);
        QSqlQuery find(reg.db->connection());
        find.prepare(QStringLiteral("SELECT id FROM participants WHERE pseudonym = ?"));
        find.addBindValue(made.pseudonym);
        REQUIRE(find.exec());
        REQUIRE(find.next());
        auto loaded = repo.load(find.value(0).toLongLong());
        REQUIRE(loaded.ok());
        CHECK(loaded->pseudonym == made.pseudonym);
        CHECK(loaded->externalId == made.externalId);
        CHECK(loaded->name == made.name);
        CHECK(loaded->status == made.status);
        CHECK(loaded->mobile == made.mobile);
        CHECK(loaded->email == made.email);
        CHECK(loaded->channelPrefs == made.channelPrefs);
        CHECK(loaded->registeredAt == made.registeredAt);
        REQUIRE(loaded->locations.size() == made.locations.size());
        for (int l = 0; l < made.locations.size(); ++l) {
            CHECK(loaded->locations[l].kind == made.locations[l].kind);
            CHECK(loaded->locations[l].postcode == made.locations[l].postcode);
            CHECK(loaded->locations[l].street == made.locations[l].street);
            CHECK(loaded->locations[l].weekdays == made.locations[l].weekdays);
            CHECK(loaded->locations[l].startMinute == made.locations[l].startMinute);
            CHECK(loaded->locations[l].endMinute == made.locations[l].endMinute);
            CHECK(loaded->locations[l].lat == Approx(made.locations[l].lat));
        }
    }
    CHECK(!repo.load(987'654'321).ok());
}

} // namespace

BURGERNET_STORAGE_TEST("Keyset pages hold every participant once, in the plain ORDER BY's order",
                       keysetPagesFollowThePlainOrder)
BURGERNET_STORAGE_TEST("The participants search finds names, places, postcodes and phone numbers",
                       searchesFindNamesPlacesPostcodesAndPhones)
BURGERNET_STORAGE_TEST("The area filter lists and counts only the area's participants",
                       areaFilterKeepsTheAreasParticipants)
BURGERNET_STORAGE_TEST("A participant is loaded with their addresses",
                       loadReadsOneParticipantWithAddresses)

TEST_CASE("Search input is normalised to the register's postcode and phone formats", "[storage]")
{
    CHECK(ParticipantRepository::normalisePostcode(QStringLiteral("1234ab")) == u"1234 AB");
    CHECK(ParticipantRepository::normalisePostcode(QStringLiteral(" 1234 a ")) == u"1234 A");
    CHECK(ParticipantRepository::normalisePostcode(QStringLiteral("1234")) == u"1234");
    CHECK(ParticipantRepository::normalisePostcode(QStringLiteral("0234 AB")).isEmpty());
    CHECK(ParticipantRepository::normalisePostcode(QStringLiteral("1234 ABC")).isEmpty());
    CHECK(ParticipantRepository::normalisePhone(QStringLiteral("06-12345678")) == u"+31612345678");
    CHECK(ParticipantRepository::normalisePhone(QStringLiteral("+31 (0)6 1234 5678")) ==
          u"+31612345678");
    CHECK(ParticipantRepository::normalisePhone(QStringLiteral("0031 20 123 4567")) ==
          u"+31201234567");
    CHECK(ParticipantRepository::normalisePhone(QStringLiteral("020-1234567")) == u"+31201234567");
    CHECK(ParticipantRepository::normalisePhone(QStringLiteral("+49 30 1234")) == u"+49301234");
    CHECK(ParticipantRepository::normalisePhone(QStringLiteral("Jansen")).isEmpty());
    CHECK(ParticipantRepository::normalisePhone(QStringLiteral("12345678")).isEmpty());
}
