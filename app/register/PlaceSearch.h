#pragma once

#include "app/register/PlaceTable.h"

#include <QHash>

namespace burgernet {

// Finds Dutch places by name as a dispatcher types them: without case, accents or the
// apostrophe of 's-, with the Dutch and Frisian forms and common aliases ('s-Gravenhage, Den Haag
// and The Hague; 's-Hertogenbosch and Den Bosch; Leeuwarden and Ljouwert). Exact names first,
// then names that start with the text, each by population.
class PlaceSearch
{
public:
    // Keeps `places` (a shared handle, not a copy of the places): what find returns points into
    // them, so nothing a caller drops can leave the search pointing at freed memory.
    explicit PlaceSearch(PlaceTable places);

    // Valid as long as this search, or another copy of its table, is alive.
    std::vector<const Place*> find(const QString& text, int limit = 10) const;
    // The places whose name or alias is `text` (without case, accents or 's-), by population.
    std::vector<const Place*> findExact(const QString& text, int limit = 10) const;
    // Every name and alias once, for a completer.
    QStringList names() const;
    // The name the map and lists show (Den Haag rather than The Hague).
    static QString displayName(const Place& place);
    static QString normalised(const QString& name);

private:
    struct Entry
    {
        QString key; // normalised
        QString name;
        const Place* place; // into m_places
    };
    PlaceTable m_places;
    std::vector<Entry> m_entries;
};

} // namespace burgernet
