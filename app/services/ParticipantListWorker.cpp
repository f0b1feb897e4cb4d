#include "app/services/ParticipantListWorker.h"

#include "app/storage/Database.h"

namespace burgernet {

namespace {

// Rows walked per step ahead of the reader: about a tenth of a second on SQLite, so a page
// asked for meanwhile waits no longer than that.
constexpr qint64 kWalkAheadRows = 100'000;

} // namespace

ParticipantListWorker::ParticipantListWorker(DatabaseSpec spec,
                                             std::shared_ptr<std::atomic<quint64>> latest)
    : m_spec(std::move(spec))
    , m_latest(std::move(latest))
{}

ParticipantListWorker::~ParticipantListWorker()
{
    // The repository's snapshots live on the connection: gone before it.
    m_listing.reset();
    m_repository.reset();
    m_db.reset();
}

QString ParticipantListWorker::ensureOpen()
{
    if (m_db)
        return {};
    // The window's own connection has brought the schema up to date.
    auto opened = Database::openExisting(m_spec);
    if (!opened)
        return opened.errorMessage();
    m_db = std::move(opened).value();
    m_repository = std::make_unique<ParticipantRepository>(*m_db);
    m_listing = std::make_unique<ParticipantListing>(*m_repository);
    return {};
}

void ParticipantListWorker::handle(const ParticipantListRequest& request)
{
    if (superseded(request.generation))
        return;
    ParticipantListAnswer answer;
    answer.generation = request.generation;
    if (const QString error = ensureOpen(); !error.isEmpty()) {
        answer.error = error;
        Q_EMIT answered(answer);
        return;
    }
    if (request.kind == ParticipantListRequest::Kind::Open) {
        m_generation = request.generation;
        auto count = m_listing->reset(request.query, request.countLimit, request.forgetSnapshots);
        if (!count) {
            m_generation = 0; // nothing to page through
            answer.error = count.errorMessage();
        } else {
            answer.count = *count;
        }
        Q_EMIT answered(answer);
        if (count && !m_listing->marksComplete())
            QMetaObject::invokeMethod(
                this, [this, g = request.generation] { walkAhead(g); }, Qt::QueuedConnection);
        return;
    }
    if (request.generation != m_generation)
        return; // its query failed to open
    answer.page = request.page;
    auto rows = m_listing->page(request.page);
    if (!rows)
        answer.error = rows.errorMessage();
    else
        answer.rows = std::move(rows).value();
    Q_EMIT answered(answer);
}

void ParticipantListWorker::walkAhead(quint64 generation)
{
    if (generation != m_generation || superseded(generation) || m_listing->marksComplete())
        return;
    auto more = m_listing->extendMarks(kWalkAheadRows);
    // A failed walk is not the reader's error: the page asked for will walk and report it.
    if (more && *more)
        QMetaObject::invokeMethod(
            this, [this, generation] { walkAhead(generation); }, Qt::QueuedConnection);
}

} // namespace burgernet
