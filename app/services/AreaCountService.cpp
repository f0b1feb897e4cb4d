#include "app/services/AreaCountService.h"

#include "app/core/Session.h"
#include "app/geo/AreaGeometry.h"
#include "app/services/AuditService.h"
#include "app/services/BoundaryService.h"
#include "app/services/SelectionService.h"

#include <QJsonArray>

namespace burgernet {

AreaCountService::AreaCountService(const SelectionService& selection, AuditService& audit,
                                   const BoundaryService& boundaries)
    : m_selection(selection)
    , m_audit(audit)
    , m_boundaries(boundaries)
{}

Result<SelectionCount> AreaCountService::liveCount(const GeoArea& area, const QDateTime& at) const
{
    const Session& session = m_audit.session();
    if (!session.can(Permission::ViewParticipants) && !session.can(Permission::ComposeAction))
        return Error{tr("Your role may not count participants.")};
    if (auto refused = m_boundaries.scopeRefusal(session, area))
        return Error{refused->message};
    return m_selection.count(area, at);
}

Result<SelectionCount> AreaCountService::count(const GeoArea& asGiven, const QDateTime& at)
{
    const QString action = QStringLiteral("area.count");
    const QString type = QStringLiteral("area");
    const Session& session = m_audit.session();
    const Permission needed = session.can(Permission::ViewParticipants)
                                  ? Permission::ViewParticipants
                                  : Permission::ComposeAction;
    if (auto ok = m_audit.require(needed, action, type, QString()); !ok)
        return ok.error();
    // The same check and repair as the map and the dispatch path.
    auto usable = AreaGeometry::usable(asGiven);
    if (!usable)
        return usable.error();
    const GeoArea& area = *usable;
    if (auto refused = m_boundaries.scopeRefusal(session, area)) {
        (void)m_audit.record(action, type, QString(), AuditResult::Denied,
                             {{QStringLiteral("reason"), refused->code()}},
                             {{QStringLiteral("reason"), DetailKind::Code}});
        return Error{refused->message};
    }
    const SelectionCount counted = m_selection.count(area, at);
    // The area by its shape and size, never an address; the counts per channel by channel name.
    QJsonObject details = SelectionService::toJson(counted);
    DetailKinds kinds{{QStringLiteral("participants"), DetailKind::Count},
                      {QStringLiteral("locations"), DetailKind::Count},
                      {QStringLiteral("by_channel"), DetailKind::Counts},
                      {QStringLiteral("area"), DetailKind::Code},
                      {QStringLiteral("at"), DetailKind::Time}};
    details.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs));
    if (area.kind() == GeoArea::Kind::Circle) {
        details.insert(QStringLiteral("area"), QStringLiteral("circle"));
        details.insert(QStringLiteral("centre"),
                       QJsonArray{area.centre().latitude(), area.centre().longitude()});
        details.insert(QStringLiteral("radius_m"), area.radiusMetres());
        kinds.insert(QStringLiteral("centre"), DetailKind::Count);
        kinds.insert(QStringLiteral("radius_m"), DetailKind::Count);
    } else {
        details.insert(QStringLiteral("area"), QStringLiteral("polygon"));
        details.insert(QStringLiteral("vertices"), area.vertexCount());
        details.insert(QStringLiteral("parts"), area.parts().size());
        kinds.insert(QStringLiteral("vertices"), DetailKind::Count);
        kinds.insert(QStringLiteral("parts"), DetailKind::Count);
    }
    // The answer is given only once it is recorded.
    if (auto seq = m_audit.record(action, type, QString(), AuditResult::Ok, details, kinds); !seq)
        return seq.error();
    return counted;
}

} // namespace burgernet
