#pragma once

#include "app/core/Result.h"
#include "app/geo/MunicipalBoundary.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QList>

#include <optional>

namespace burgernet {

class AuditService;
class Clock;
class Database;
struct Session;

// The municipal boundaries in the register, for the window, burgernetctl and the other
// services. Importing (replacing) them needs Permission::ManageBoundaries and is recorded
// (boundaries.import) before the register changes; reading them needs no permission: they are
// public data. Municipality areas count and dispatch like any polygon area.
class BoundaryService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::BoundaryService)

public:
    BoundaryService(Database& db, AuditService& audit, const Clock& clock);

    struct ImportSummary
    {
        qint64 imported = 0;
        qint64 replaced = 0; // how many there were before
        QString format;      // "geopackage", "geojson", "demo"
        QString layer;
    };
    // A Kadaster GeoPackage or a PDOK/CBS GeoJSON file (see BoundaryFile): every boundary is
    // replaced by the file's.
    Result<ImportSummary> importFile(const QString& path, const QString& layer = {});
    // The demo register's approximate boundaries, into a register that has none (the demo
    // fill's own permission rule applies: DemoRegister calls this).
    Result<ImportSummary> addDemoBoundaries();

    Result<QList<MunicipalBoundary>> boundaries() const;
    // By code ("GM0344", "0344") or by name (any case).
    Result<MunicipalBoundary> find(const QString& codeOrName) const;
    // The municipality at a point (a click on the map), if any.
    Result<std::optional<MunicipalBoundary>> at(const QGeoCoordinate& point) const;

    // The municipalities `area` reaches into (sharing any ground with it), in code order: the
    // CAP message's geocodes and the public's name for the area. Boxes are compared first, so
    // only the few near the area are tested with GEOS.
    Result<QList<MunicipalBoundary>> covering(const GeoArea& area) const;

    // The municipal editor's scope: whether `area` lies inside municipality `code` (by code or
    // name), allowing kScopeToleranceMetres beyond its boundary for a drawn edge.
    Result<bool> isWithinMunicipality(const GeoArea& area, const QString& codeOrName) const;
    static constexpr double kScopeToleranceMetres = 50;

    // Why `session` may not reach `area` (the message, and the reason recorded), or nothing:
    // a municipal editor reaches only their own municipality; every other role has no scope.
    struct ScopeRefusal
    {
        enum class Reason { OutsideMunicipality, NoBoundary, Unchecked };
        QString message;
        Reason reason = Reason::OutsideMunicipality;
        // The reason as the audit record spells it.
        QString code() const;
    };
    std::optional<ScopeRefusal> scopeRefusal(const Session& session, const GeoArea& area) const;

private:
    Result<ImportSummary> replace(const QList<MunicipalBoundary>& boundaries, const QString& source,
                                  const QString& format, const QString& layer);

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
};

} // namespace burgernet
