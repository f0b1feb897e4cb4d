#pragma once

#include "app/geo/GeoArea.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace burgernet {

// An area with a name, as the area library keeps it and as GeoJSON and KML files carry it.
struct NamedArea
{
    enum class Kind { Drawn, Municipality };

    QString name;
    GeoArea area;
    Kind kind = Kind::Drawn;
    QString municipalityCode; // the CBS code ("GM0344") of a municipality area

    static QString kindId(Kind kind)
    {
        return kind == Kind::Municipality ? QStringLiteral("municipality")
                                          : QStringLiteral("drawn");
    }
    static Kind kindFromId(const QString& id)
    {
        return id == QLatin1String("municipality") ? Kind::Municipality : Kind::Drawn;
    }
};

// One area of the area library as stored in the register.
struct SavedArea
{
    qint64 id = 0;
    QString region;
    NamedArea area;
    QString createdBy;
    QDateTime createdAt;
    QDateTime changedAt;
};

} // namespace burgernet
