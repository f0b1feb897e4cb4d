#pragma once

#include "app/geocode/LocatieserverClient.h"
#include "app/geocode/OfflinePlaces.h"

#include <QElapsedTimer>
#include <QObject>

namespace burgernet {

class Database;

// Finds addresses, postcodes, streets, places and municipalities: through the geocoding
// service when it answers, otherwise in the offline places, with the answer marked offline and
// the reason given. After the service could not be reached, suggestions come from the offline
// places for a minute (typing must not wait for timeouts); a search always asks the service.
class PlaceFinder : public QObject
{
    Q_OBJECT
public:
    // An empty `serviceUrl` uses only the offline places.
    PlaceFinder(const QUrl& serviceUrl, PlaceTable places, QObject* parent = nullptr);
    ~PlaceFinder() override;

    void search(const QString& text);
    void suggest(const QString& text);
    // Whether the last attempt to reach the service failed.
    bool isOffline() const { return m_offline; }
    bool hasService() const { return m_client != nullptr; }
    LocatieserverClient* client() const { return m_client; }
    OfflinePlaces& offlinePlaces() { return m_offlinePlaces; }

    // Computes the postcode centres from the register in a worker thread, with a connection of
    // its own; postcodeCentroidsLoaded() follows.
    void loadPostcodeCentroids(const Database& db);

Q_SIGNALS:
    void found(const burgernet::PlaceAnswer& answer);
    void suggestions(const burgernet::PlaceAnswer& answer);
    void offlineChanged(bool offline);
    void postcodeCentroidsLoaded(int areas);

private:
    void replied(const LocatieserverClient::Reply& reply);
    PlaceAnswer offlineAnswer(const QString& query, const QString& problem) const;
    void setOffline(bool offline);

    LocatieserverClient* m_client = nullptr;
    OfflinePlaces m_offlinePlaces;
    bool m_offline = false;
    QElapsedTimer m_offlineSince;
};

} // namespace burgernet
