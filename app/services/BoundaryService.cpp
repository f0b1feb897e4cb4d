#include "app/services/BoundaryService.h"

#include "app/core/Clock.h"
#include "app/core/Session.h"
#include "app/geo/AreaGeometry.h"
#include "app/register/BoundaryFile.h"
#include "app/register/DemoBoundaries.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"
#include "app/storage/BoundaryRepository.h"
#include "app/storage/Database.h"

#include <QFileInfo>

#include <algorithm>

namespace burgernet {

namespace {
const QString kImport = QStringLiteral("boundaries.import");
const QString kType = QStringLiteral("boundaries");
} // namespace

BoundaryService::BoundaryService(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<BoundaryService::ImportSummary> BoundaryService::importFile(const QString& path,
                                                                   const QString& layer)
{
    if (auto ok = m_audit.require(Permission::ManageBoundaries, kImport, kType, {}); !ok)
        return ok.error();
    auto contents = BoundaryFile::read(path, layer);
    if (!contents) {
        (void)m_audit.record(kImport, kType, {}, AuditResult::Failed,
                             {{QStringLiteral("file"), QFileInfo(path).fileName()}},
                             {{QStringLiteral("file"), DetailKind::Id}});
        return contents.error();
    }
    // Repaired as every area is, so that a boundary counts what an area drawn like it counts.
    for (MunicipalBoundary& b : contents->boundaries) {
        auto usable = AreaGeometry::usable(b.area);
        if (!usable)
            return Error{tr("Municipality %1: %2").arg(b.label(), usable.errorMessage())};
        b.area = *usable;
    }
    return replace(contents->boundaries, QFileInfo(path).fileName(),
                   BoundaryFile::formatName(contents->format), contents->layer);
}

Result<BoundaryService::ImportSummary> BoundaryService::addDemoBoundaries()
{
    auto present = BoundaryRepository(m_db).count();
    if (!present)
        return present.error();
    if (*present > 0)
        return ImportSummary{0, *present, QStringLiteral("demo"), {}};
    auto places = PlaceTable::load();
    if (!places)
        return places.error();
    auto made = DemoBoundaries::make(*places);
    if (!made)
        return made.error();
    return replace(*made, QStringLiteral("demo"), QStringLiteral("demo"), {});
}

Result<BoundaryService::ImportSummary>
BoundaryService::replace(const QList<MunicipalBoundary>& boundaries, const QString& source,
                         const QString& format, const QString& layer)
{
    QList<MunicipalBoundary> stamped = boundaries;
    const QDateTime now = m_clock.nowUtc();
    qint64 approximate = 0;
    for (MunicipalBoundary& b : stamped) {
        b.source = source;
        b.importedAt = now;
        approximate += b.approximate ? 1 : 0;
    }
    ImportSummary summary;
    summary.imported = stamped.size();
    summary.format = format;
    summary.layer = layer;
    BoundaryRepository repository(m_db);
    QJsonObject details{{QStringLiteral("file"), source},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("municipalities"), summary.imported},
                        {QStringLiteral("approximate"), approximate}};
    if (!layer.isEmpty())
        details.insert(QStringLiteral("layer"), layer);
    auto done = AuditedChange(m_db, m_audit)
                    .run({kImport,
                          kType,
                          {},
                          details,
                          false,
                          {{QStringLiteral("file"), DetailKind::Id},
                           {QStringLiteral("format"), DetailKind::Code},
                           {QStringLiteral("layer"), DetailKind::Id},
                           {QStringLiteral("municipalities"), DetailKind::Count},
                           {QStringLiteral("approximate"), DetailKind::Count},
                           {QStringLiteral("replaced"), DetailKind::Count}}},
                         [&](QJsonObject& details) -> Status {
                             auto replaced = repository.replaceAll(stamped);
                             if (!replaced)
                                 return replaced.error();
                             summary.replaced = *replaced;
                             details.insert(QStringLiteral("replaced"), *replaced);
                             return {};
                         });
    if (!done)
        return done.error();
    return summary;
}

Result<QList<MunicipalBoundary>> BoundaryService::boundaries() const
{
    return BoundaryRepository(m_db).all();
}

Result<MunicipalBoundary> BoundaryService::find(const QString& codeOrName) const
{
    const QString code = boundary::normalisedCode(codeOrName);
    if (!code.isEmpty()) {
        auto found = BoundaryRepository(m_db).find(code);
        if (!found)
            return found.error();
        if (*found)
            return **found;
    }
    auto all = boundaries();
    if (!all)
        return all.error();
    for (const MunicipalBoundary& b : *all)
        if (b.name.compare(codeOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return b;
    if (all->isEmpty())
        return Error{tr("No municipal boundaries are in the register: import them first "
                        "(burgernetctl boundaries import FILE).")};
    return Error{tr("No municipality \"%1\" in the register's boundaries.").arg(codeOrName)};
}

Result<std::optional<MunicipalBoundary>> BoundaryService::at(const QGeoCoordinate& point) const
{
    auto all = boundaries();
    if (!all)
        return all.error();
    for (const MunicipalBoundary& b : *all)
        if (b.area.contains(point.latitude(), point.longitude()))
            return std::optional<MunicipalBoundary>(b);
    return std::optional<MunicipalBoundary>();
}

Result<QList<MunicipalBoundary>> BoundaryService::covering(const GeoArea& area) const
{
    QList<MunicipalBoundary> found;
    if (area.isEmpty())
        return found;
    auto all = boundaries();
    if (!all)
        return all.error();
    const GeoArea::Box box = area.boundingBox();
    for (MunicipalBoundary& b : *all) {
        const GeoArea::Box other = b.area.boundingBox();
        if (other.north < box.south || other.south > box.north || other.east < box.west ||
            other.west > box.east)
            continue;
        auto shared = AreaGeometry::intersects(area, b.area);
        if (!shared)
            return shared.error();
        if (*shared)
            found << std::move(b);
    }
    std::sort(
        found.begin(), found.end(),
        [](const MunicipalBoundary& a, const MunicipalBoundary& b) { return a.code < b.code; });
    return found;
}

Result<bool> BoundaryService::isWithinMunicipality(const GeoArea& area,
                                                   const QString& codeOrName) const
{
    auto municipality = find(codeOrName);
    if (!municipality)
        return municipality.error();
    return AreaGeometry::within(area, municipality->area, kScopeToleranceMetres);
}

std::optional<BoundaryService::ScopeRefusal>
BoundaryService::scopeRefusal(const Session& session, const GeoArea& area) const
{
    if (session.role != Role::MunicipalEditor)
        return std::nullopt;
    auto municipality = find(session.municipality);
    if (!municipality)
        return ScopeRefusal{tr("Your municipality %1 has no boundary in the register, so the "
                               "area cannot be checked: an administrator imports the boundaries "
                               "(burgernetctl boundaries import).")
                                .arg(session.municipality),
                            ScopeRefusal::Reason::NoBoundary};
    // An outline still being drawn may cross itself; it is refused until it can be checked.
    auto inside = AreaGeometry::within(area, municipality->area, kScopeToleranceMetres);
    if (!inside)
        return ScopeRefusal{tr("The area cannot be checked against the boundary of %1: %2")
                                .arg(session.municipality, inside.errorMessage()),
                            ScopeRefusal::Reason::Unchecked};
    if (!*inside)
        return ScopeRefusal{tr("The area reaches outside %1: a municipal editor sends only "
                               "inside their own municipality.")
                                .arg(session.municipality),
                            ScopeRefusal::Reason::OutsideMunicipality};
    return std::nullopt;
}

QString BoundaryService::ScopeRefusal::code() const
{
    switch (reason) {
    case Reason::OutsideMunicipality:
        return QStringLiteral("outside-municipality");
    case Reason::NoBoundary:
        return QStringLiteral("no-boundary");
    case Reason::Unchecked:
        return QStringLiteral("unchecked");
    }
    return {};
}

} // namespace burgernet
