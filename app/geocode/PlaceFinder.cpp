#include "app/geocode/PlaceFinder.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace burgernet {

namespace {
constexpr qint64 kOfflineSuggestMs = 60'000;
}

PlaceFinder::PlaceFinder(const QUrl& serviceUrl, PlaceTable places, QObject* parent)
    : QObject(parent)
    , m_offlinePlaces(std::move(places))
{
    if (serviceUrl.isValid() && !serviceUrl.isEmpty()) {
        m_client = new LocatieserverClient(serviceUrl, this);
        connect(m_client, &LocatieserverClient::replied, this, &PlaceFinder::replied);
    }
}

PlaceFinder::~PlaceFinder() = default;

void PlaceFinder::search(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    if (!m_client) {
        Q_EMIT found(offlineAnswer(text, tr("No geocoding service is configured.")));
        return;
    }
    m_client->search(text);
}

void PlaceFinder::suggest(const QString& text)
{
    if (text.trimmed().size() < 2)
        return;
    if (!m_client) {
        Q_EMIT suggestions(offlineAnswer(text, tr("No geocoding service is configured.")));
        return;
    }
    if (m_offline && m_offlineSince.isValid() && m_offlineSince.elapsed() < kOfflineSuggestMs) {
        Q_EMIT suggestions(offlineAnswer(text, tr("The geocoding service could not be reached.")));
        return;
    }
    m_client->suggest(text);
}

void PlaceFinder::replied(const LocatieserverClient::Reply& reply)
{
    using Failure = LocatieserverClient::Failure;
    PlaceAnswer answer;
    if (reply.failure == Failure::None) {
        setOffline(false);
        answer.query = reply.query;
        answer.hits = reply.hits;
    } else {
        if (reply.failure == Failure::Unreachable || reply.failure == Failure::Timeout)
            setOffline(true);
        answer = offlineAnswer(reply.query, reply.error);
    }
    if (reply.endpoint == LocatieserverFormat::Endpoint::Suggest)
        Q_EMIT suggestions(answer);
    else
        Q_EMIT found(answer);
}

PlaceAnswer PlaceFinder::offlineAnswer(const QString& query, const QString& problem) const
{
    PlaceAnswer answer;
    answer.query = query;
    answer.offline = true;
    answer.problem = problem;
    answer.hits = m_offlinePlaces.find(query);
    return answer;
}

void PlaceFinder::setOffline(bool offline)
{
    if (offline)
        m_offlineSince.start();
    if (offline == m_offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

void PlaceFinder::loadPostcodeCentroids(const Database& db)
{
    const DatabaseSpec spec = db.spec();
    auto* watcher = new QFutureWatcher<Result<std::vector<PostcodeCentroid>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        auto result = watcher->result();
        if (!result) {
            qCWarning(lcGeo) << result.errorMessage();
            return;
        }
        m_offlinePlaces.setPostcodeCentroids(std::move(*result));
        Q_EMIT postcodeCentroidsLoaded(m_offlinePlaces.postcodeCount());
    });
    watcher->setFuture(QtConcurrent::run([spec]() -> Result<std::vector<PostcodeCentroid>> {
        auto opened = Database::openExisting(spec);
        if (!opened)
            return opened.error();
        return PostcodeCentroids::load(**opened);
    }));
}

} // namespace burgernet
