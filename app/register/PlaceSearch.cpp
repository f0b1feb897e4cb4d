#include "app/register/PlaceSearch.h"

#include <algorithm>

namespace burgernet {

namespace {

// Aliases beyond the place table's own: each list names one place, the first as GeoNames has it.
const QList<QStringList>& extraAliases()
{
    static const QList<QStringList> aliases{
        {QStringLiteral("The Hague"), QStringLiteral("Den Haag"), QStringLiteral("'s-Gravenhage")},
        {QStringLiteral("'s-Hertogenbosch"), QStringLiteral("Den Bosch")},
        {QStringLiteral("Almere Stad"), QStringLiteral("Almere")},
        {QStringLiteral("Leeuwarden"), QStringLiteral("Ljouwert")},
        {QStringLiteral("Sneek"), QStringLiteral("Snits")},
        {QStringLiteral("Heerenveen"), QStringLiteral("It Hearrenfean")},
        {QStringLiteral("Harlingen"), QStringLiteral("Harns")},
        {QStringLiteral("Maastricht"), QStringLiteral("Mestreech")},
        {QStringLiteral("Nijmegen"), QStringLiteral("Nimwegen")},
    };
    return aliases;
}

} // namespace

QString PlaceSearch::normalised(const QString& name)
{
    QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // accents: Rijssen-Holten, Nuenen, Gerwen en Nederwetten
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue; // 's-Hertogenbosch -> s-hertogenbosch
        out += (c == QLatin1Char('-') || c.isSpace()) ? QLatin1Char(' ') : c;
    }
    return out.simplified();
}

QString PlaceSearch::displayName(const Place& place)
{
    if (place.name == QLatin1String("The Hague"))
        return QStringLiteral("Den Haag");
    if (place.name == QLatin1String("Almere Stad"))
        return QStringLiteral("Almere");
    return place.name;
}

PlaceSearch::PlaceSearch(PlaceTable places)
    : m_places(std::move(places))
{
    QHash<QString, QStringList> extra;
    for (const QStringList& alias : extraAliases())
        extra.insert(alias.front(), alias.mid(1));
    for (const Place& place : m_places.places()) {
        QStringList names{place.name};
        names += place.altNames;
        names += extra.value(place.name);
        names.removeDuplicates();
        for (const QString& name : std::as_const(names))
            m_entries.push_back({normalised(name), name, &place});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return a.place->population > b.place->population;
    });
}

std::vector<const Place*> PlaceSearch::find(const QString& text, int limit) const
{
    const QString key = normalised(text);
    std::vector<const Place*> out;
    if (key.isEmpty())
        return out;
    auto add = [&](const Place* p) {
        if (static_cast<int>(out.size()) < limit &&
            std::find(out.begin(), out.end(), p) == out.end())
            out.push_back(p);
    };
    for (const Entry& e : m_entries)
        if (e.key == key)
            add(e.place);
    for (const Entry& e : m_entries)
        if (e.key.startsWith(key))
            add(e.place);
    return out;
}

std::vector<const Place*> PlaceSearch::findExact(const QString& text, int limit) const
{
    const QString key = normalised(text);
    std::vector<const Place*> out;
    for (const Entry& e : m_entries)
        if (static_cast<int>(out.size()) < limit && e.key == key &&
            std::find(out.begin(), out.end(), e.place) == out.end())
            out.push_back(e.place);
    return out;
}

QStringList PlaceSearch::names() const
{
    QStringList out;
    for (const Entry& e : m_entries)
        out << e.name;
    out.removeDuplicates();
    return out;
}

} // namespace burgernet
