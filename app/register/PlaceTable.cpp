#include "app/register/PlaceTable.h"

#include <QFile>

namespace burgernet {

PlaceTable::PlaceTable(std::vector<Place> places)
    : m_places(std::make_shared<const std::vector<Place>>(std::move(places)))
{}

const std::vector<Place>& PlaceTable::places() const
{
    static const std::vector<Place> none;
    return m_places ? *m_places : none;
}

Result<PlaceTable> PlaceTable::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the place table %1: %2").arg(path, file.errorString())};
    std::vector<Place> places;
    int line = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (++line == 1 || text.isEmpty())
            continue; // header
        const QStringList f = text.split(QLatin1Char('\t'));
        if (f.size() < 10)
            return Error{
                tr("%1 line %2: expected 10 columns, found %3.").arg(path).arg(line).arg(f.size())};
        Place place;
        place.geonameId = f[0].toLongLong();
        place.name = f[1];
        place.altNames = f[2].isEmpty() ? QStringList() : f[2].split(QLatin1Char('|'));
        bool okLat = false, okLon = false;
        place.lat = f[3].toDouble(&okLat);
        place.lon = f[4].toDouble(&okLon);
        place.population = f[5].toLongLong();
        place.province = f[6];
        place.municipality = f[8].isEmpty() ? place.name : f[8];
        place.isSection = f[9] == QLatin1String("PPLX");
        if (!okLat || !okLon)
            return Error{tr("%1 line %2: invalid coordinates.").arg(path).arg(line)};
        places.push_back(std::move(place));
    }
    if (places.empty())
        return Error{tr("The place table %1 is empty.").arg(path)};
    return PlaceTable(std::move(places));
}

} // namespace burgernet
