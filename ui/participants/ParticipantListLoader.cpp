#include "ui/participants/ParticipantListLoader.h"

#include "app/storage/Database.h"

#include <algorithm>

namespace burgernet {

ParticipantListLoader::ParticipantListLoader(DatabaseSpec spec)
    : m_spec(std::move(spec))
{}

ParticipantListLoader::~ParticipantListLoader()
{
    // The repository's snapshots live on the connection: gone before it.
    m_repository.reset();
    m_db.reset();
}

QString ParticipantListLoader::ensureOpen()
{
    if (m_db)
        return {};
    // The window's own connection has brought the schema up to date.
    auto opened = Database::openExisting(m_spec);
    if (!opened)
        return opened.errorMessage();
    m_db = std::move(opened).value();
    m_repository = std::make_unique<ParticipantRepository>(*m_db);
    return {};
}

void ParticipantListLoader::handle(const ParticipantListRequest& request)
{
    ParticipantListAnswer answer;
    answer.generation = request.generation;
    answer.requestedRows = request.limit > 0;
    if (const QString error = ensureOpen(); !error.isEmpty()) {
        answer.error = error;
        Q_EMIT answered(answer);
        return;
    }
    if (request.forgetSnapshots)
        m_repository->forgetSnapshots();
    if (request.recount) {
        auto count = request.query.search.isEmpty()
                         ? m_repository->count(request.query)
                         : m_repository->countAtMost(request.query, request.countLimit);
        if (!count) {
            answer.error = count.errorMessage();
            Q_EMIT answered(answer);
            return;
        }
        answer.count = *count;
        if (*count == 0)
            answer.requestedRows = false;
    }
    int limit = request.limit;
    // An exact count bounds the page: a filtered walk along the sort index would otherwise go
    // on to its end looking for rows that are not there.
    if (answer.count && (request.query.search.isEmpty() || *answer.count <= request.countLimit))
        limit = static_cast<int>(std::min<qint64>(limit, *answer.count));
    if (answer.requestedRows) {
        auto page = m_repository->page(request.query, request.after, limit);
        if (!page)
            answer.error = page.errorMessage();
        else
            answer.rows = std::move(page).value();
    }
    Q_EMIT answered(answer);
}

} // namespace burgernet
