#pragma once

#include "app/geo/GeoArea.h"

#include <QDateTime>
#include <QString>

namespace burgernet {

// One municipality's outline: its CBS code (GM0344), its name, and whether it is official
// (Kadaster, CBS) or approximate (the demo register's Voronoi cells, which say so wherever
// they are shown).
struct MunicipalBoundary
{
    QString code; // "GM" and four digits
    QString name;
    GeoArea area; // a polygon area, possibly of several parts
    bool approximate = false;
    QString source; // the file it came from, or "demo"
    QDateTime importedAt;

    // "Utrecht (GM0344)", and "(approximate)" after it when it is.
    QString label() const;
};

namespace boundary {

// A CBS municipality code as written in the files: "GM0344", "gm0344", "0344", "344" (or a
// number) all give "GM0344"; anything else gives an empty string.
QString normalisedCode(const QString& text);

} // namespace boundary

} // namespace burgernet
