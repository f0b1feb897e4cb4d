// The participant list read at any position: every page, asked for in any order, holds the rows
// that reading the list from the start would put there, for every order, a search and an area,
// on SQLite and PostgreSQL.
#include "app/services/ParticipantListing.h"

#include "app/register/DemoPopulation.h"
#include "app/storage/Database.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

using SortColumn = ParticipantQuery::SortColumn;

// The list as reading it page after page from the start gives it (the keyset walk that the
// window used before it could jump).
std::vector<qint64> fromTheStart(ParticipantRepository& repository, const ParticipantQuery& query)
{
    std::vector<qint64> ids;
    std::optional<PageKey> after;
    for (;;) {
        auto page = repository.page(query, after, 700);
        REQUIRE(page.ok());
        for (const ParticipantRow& r : *page)
            ids.push_back(r.id);
        if (page->size() < 700)
            return ids;
        after = page->back().key;
    }
}

void checkEveryPage(ParticipantRepository& repository, const ParticipantQuery& query,
                    qint64 countLimit = 1'000'000)
{
    const std::vector<qint64> expected = fromTheStart(repository, query);
    ParticipantListing listing(repository);
    auto count = listing.reset(query, countLimit, true);
    REQUIRE(count.ok());
    REQUIRE(listing.rowCount() == std::min<qint64>(qint64(expected.size()), countLimit));
    std::vector<qint64> pages(size_t(listing.pageCount()));
    std::iota(pages.begin(), pages.end(), 0);
    // The last page first (all marks walked on demand), then the rest in a random order.
    std::reverse(pages.begin(), pages.end());
    std::shuffle(pages.begin() + 1, pages.end(), *QRandomGenerator::global());
    for (qint64 page : pages) {
        INFO("page " << page << " of " << pages.size());
        auto rows = listing.page(page);
        REQUIRE(rows.ok());
        const qint64 first = page * ParticipantListing::PageSize;
        REQUIRE(qint64(rows->size()) ==
                std::min<qint64>(ParticipantListing::PageSize, listing.rowCount() - first));
        for (size_t i = 0; i < rows->size(); ++i)
            CHECK((*rows)[i].id == expected[size_t(first) + i]);
    }
}

} // namespace

void everyPageInAnyOrder(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    REQUIRE(DemoPopulation::generate(**db, 3'300, 11).ok());
    ParticipantRepository repository(**db);

    for (SortColumn column : {SortColumn::Name, SortColumn::ExternalId, SortColumn::Status,
                              SortColumn::Postcode, SortColumn::Place, SortColumn::Pseudonym}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << int(column) << ", order " << int(order));
            ParticipantQuery query;
            query.sortColumn = column;
            query.order = order;
            checkEveryPage(repository, query);
        }
    }
    ParticipantQuery query;
    query.search = u"e"_s; // a broad search: the walk filters along the sort index
    repository.setSnapshotLimit(600);
    checkEveryPage(repository, query);
    checkEveryPage(repository, query, 1'000); // capped: the list ends at the limit
    repository.setSnapshotLimit(50'000);      // a snapshot numbered in sort order
    checkEveryPage(repository, query);
    // A large area: looked up per row along the walk.
    query.search.clear();
    query.areaIds = std::vector<qint64>{};
    for (qint64 id = 1; id <= 3'300; id += 2)
        query.areaIds->push_back(id);
    repository.setSnapshotLimit(600);
    checkEveryPage(repository, query);
}

BURGERNET_STORAGE_TEST("Every page of the participant list, asked for in any order, holds the rows "
                       "that reading from the start puts there",
                       everyPageInAnyOrder)
