#pragma once

#include "app/core/Result.h"
#include "app/storage/ParticipantRepository.h"

#include <optional>
#include <vector>

namespace burgernet {

// The participant list read at any position, as a scroll bar that spans the whole register
// needs: page k is one keyset seek from a mark, the key of the row just before it. The marks
// are found by walking the sort index ahead of the reader (extendMarks), a second for 1.25 M
// participants, in steps small enough for pages to be served in between. Memory: one key per
// page, 2,500 keys for 1.25 M participants. Not thread-safe, like its repository.
class ParticipantListing
{
public:
    static constexpr int PageSize = 500;

    explicit ParticipantListing(ParticipantRepository& repository);

    // Starts over with a new query and counts it. A search counts exactly up to `countLimit`;
    // beyond it the count is countLimit + 1 and the list ends at countLimit rows.
    Result<qint64> reset(const ParticipantQuery& query, qint64 countLimit,
                         bool forgetSnapshots = false);
    // The rows of page `page` (0-based); walks to its mark first when it is not known yet.
    Result<std::vector<ParticipantRow>> page(qint64 page);
    // Walks up to `rows` rows further to find marks. Returns whether marks are still missing.
    Result<bool> extendMarks(qint64 rows);

    qint64 rowCount() const { return m_rows; }
    bool marksComplete() const { return m_complete; }
    qint64 pageCount() const { return (m_rows + PageSize - 1) / PageSize; }

private:
    ParticipantRepository& m_repository;
    ParticipantQuery m_query;
    qint64 m_rows = 0;
    std::vector<std::optional<PageKey>> m_marks; // m_marks[k]: the key before page k
    bool m_complete = true;
};

} // namespace burgernet
