#pragma once

#include "app/core/Result.h"
#include "app/geo/MunicipalBoundary.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace burgernet {

class Database;

// The municipal boundaries in the register (the only place that speaks their GeoJSON to SQL).
class BoundaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::BoundaryRepository)

public:
    explicit BoundaryRepository(Database& db);

    // Replaces every boundary with `boundaries`, in the caller's transaction. Returns how many
    // there were before.
    Result<qint64> replaceAll(const QList<MunicipalBoundary>& boundaries);
    // Sorted by name.
    Result<QList<MunicipalBoundary>> all() const;
    Result<std::optional<MunicipalBoundary>> find(const QString& code) const;
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace burgernet
