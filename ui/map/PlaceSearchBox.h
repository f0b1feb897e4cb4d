#pragma once

#include "app/geocode/PlaceHit.h"

#include <QGeoCoordinate>
#include <QLineEdit>

#include <memory>
#include <optional>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace burgernet {

class PlaceFinder;
class PlaceSearch;
class PlaceTable;

// The map's search box: an address, postcode, street, place or municipality (through the place
// finder: PDOK Locatieserver, or offline the place list and the register's postcode centres),
// a Dutch place name (answered at once from the place list, with its aliases such as Den Bosch)
// or coordinates (WGS84 decimal or DMS, RD x/y). Typing offers the service's suggestions, each
// with its kind; Enter or choosing one says where it is.
class PlaceSearchBox : public QLineEdit
{
    Q_OBJECT
public:
    PlaceSearchBox(PlaceTable places, PlaceFinder& finder, QWidget* parent = nullptr);
    ~PlaceSearchBox() override;

    // Looks up `text` (what Enter does).
    void search(const QString& text);
    // The suggestions on offer, as the list shows them.
    const std::vector<PlaceHit>& suggestions() const { return m_suggestions; }
    // The hit the last search or choice found (none for coordinates).
    const std::optional<PlaceHit>& lastHit() const { return m_lastHit; }
    QCompleter* suggestionCompleter() const { return m_completer; }

    static QString kindName(PlaceKind kind);

Q_SIGNALS:
    // `zoom` suits what was found: an address, a city, a typed point.
    void found(const QGeoCoordinate& coordinate, double zoom, const QString& description);
    void notFound(const QString& message);

private:
    void edited(const QString& text);
    void showSuggestions(const PlaceAnswer& answer);
    void answered(const PlaceAnswer& answer);
    void use(const PlaceHit& hit, bool offline);

    std::unique_ptr<PlaceSearch> m_places;
    PlaceFinder& m_finder;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTimer* m_suggestTimer;
    std::vector<PlaceHit> m_suggestions;
    bool m_suggestionsOffline = false;
    bool m_wantSuggestions = false;   // typed since the last search
    std::optional<PlaceHit> m_chosen; // picked from the list, not yet searched
    std::optional<PlaceHit> m_lastHit;
    QString m_pendingSearch;
};

} // namespace burgernet
