#include "app/services/ParticipantListing.h"

#include <algorithm>

namespace burgernet {

namespace {

// Rows walked per step when a page far ahead is asked for before its mark is known.
constexpr qint64 kWalkStep = 200'000;

} // namespace

ParticipantListing::ParticipantListing(ParticipantRepository& repository)
    : m_repository(repository)
{}

Result<qint64> ParticipantListing::reset(const ParticipantQuery& query, qint64 countLimit,
                                         bool forgetSnapshots)
{
    m_query = query;
    m_marks.assign(1, std::nullopt);
    m_rows = 0;
    m_complete = true;
    if (forgetSnapshots)
        m_repository.forgetSnapshots();
    auto count = query.search.isEmpty() ? m_repository.count(query)
                                        : m_repository.countAtMost(query, countLimit);
    if (!count)
        return count;
    m_rows = query.search.isEmpty() ? *count : std::min(*count, countLimit);
    m_complete = m_rows <= PageSize;
    return count;
}

Result<bool> ParticipantListing::extendMarks(qint64 rows)
{
    const qint64 known = static_cast<qint64>(m_marks.size());
    const qint64 walked = (known - 1) * PageSize; // the rows before the last mark
    // The last page needs no mark after it: stop at the count, not at the end of the index.
    const qint64 wanted = std::min(rows, (pageCount() - known) * PageSize);
    if (m_complete || wanted <= 0) {
        m_complete = true;
        return false;
    }
    auto walk = m_repository.keys(m_query, m_marks.back(), wanted, PageSize);
    if (!walk)
        return walk.error();
    for (PageKey& key : walk->keys)
        m_marks.emplace_back(std::move(key));
    // Fewer rows than asked: the register shrank since it was counted.
    m_complete = walk->rows < wanted || static_cast<qint64>(m_marks.size()) >= pageCount() ||
                 walked + walk->rows >= m_rows;
    return !m_complete;
}

Result<std::vector<ParticipantRow>> ParticipantListing::page(qint64 page)
{
    if (page < 0 || page >= pageCount())
        return std::vector<ParticipantRow>{};
    while (static_cast<qint64>(m_marks.size()) <= page && !m_complete) {
        const qint64 missing = (page + 1 - static_cast<qint64>(m_marks.size())) * PageSize;
        auto more = extendMarks(std::max(missing, kWalkStep));
        if (!more)
            return more.error();
    }
    if (static_cast<qint64>(m_marks.size()) <= page)
        return std::vector<ParticipantRow>{}; // the register shrank below this page
    const int limit = static_cast<int>(std::min<qint64>(PageSize, m_rows - page * PageSize));
    auto rows = m_repository.page(m_query, m_marks[static_cast<size_t>(page)], limit);
    if (!rows)
        return rows;
    if (rows->size() == static_cast<size_t>(PageSize) &&
        static_cast<qint64>(m_marks.size()) == page + 1 && page + 1 < pageCount())
        m_marks.emplace_back(rows->back().key);
    return rows;
}

} // namespace burgernet
