#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace burgernet {

// The one spelling of every enum outside the program: each enum that is stored, recorded in the
// audit log or typed on the command line specialises EnumIdTable next to its declaration with
// `entries`, an array of {value, id}. Inside the program only the enum is used; the ids appear
// at the SQL boundary, in audit details, in JSON and on the command line.
template <typename E>
struct EnumIdTable;

template <typename E>
QString enumId(E value)
{
    for (const auto& [v, id] : EnumIdTable<E>::entries)
        if (v == value)
            return QString::fromLatin1(id);
    return {};
}

template <typename E>
std::optional<E> enumFromId(QStringView id)
{
    for (const auto& [v, text] : EnumIdTable<E>::entries)
        if (id == QLatin1String(text))
            return v;
    return std::nullopt;
}

// The same for callers that keep a default when the id is unknown.
template <typename E>
bool enumFromId(QStringView id, E* value)
{
    const std::optional<E> found = enumFromId<E>(id);
    if (found)
        *value = *found;
    return found.has_value();
}

// Every value in the table's order.
template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto& entry : EnumIdTable<E>::entries)
        values << entry.first;
    return values;
}

template <typename E>
QStringList enumIds()
{
    QStringList ids;
    for (const auto& entry : EnumIdTable<E>::entries)
        ids << QString::fromLatin1(entry.second);
    return ids;
}

} // namespace burgernet
