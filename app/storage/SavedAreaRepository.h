#pragma once

#include "app/core/Result.h"
#include "app/geo/NamedArea.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace burgernet {

class Database;

// The area library in the register (the only place that speaks its GeoJSON to SQL). Names are
// unique within a region.
class SavedAreaRepository
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SavedAreaRepository)

public:
    explicit SavedAreaRepository(Database& db);

    // Sorted by name.
    Result<QList<SavedArea>> all(const QString& region) const;
    // By name (any case) or id.
    Result<SavedArea> find(const QString& region, const QString& nameOrId) const;
    // Inserts, or replaces the area of that name when `replace`; returns the id.
    Result<qint64> save(const QString& region, const NamedArea& area, const QString& user,
                        const QDateTime& now, bool replace);
    Status rename(qint64 id, const QString& name, const QDateTime& now);
    Status remove(qint64 id);

private:
    Database& m_db;
};

} // namespace burgernet
