#pragma once

#include "app/core/Result.h"
#include "app/geo/GeoArea.h"
#include "app/geo/ParticipantIndex.h"

#include <QCoreApplication>
#include <QDateTime>

namespace burgernet {

class AuditService;
class BoundaryService;
class SelectionService;

// A count of who is inside an area as a person asks for it (`burgernetctl area count`), recorded
// with the area and the counts. It needs Permission::ViewParticipants, or ComposeAction: counting
// is how an action's area is drawn, and it shows numbers only. A municipal editor counts only
// inside their own municipality, the only place they may send to.
class AreaCountService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaCountService)

public:
    AreaCountService(const SelectionService& selection, AuditService& audit,
                     const BoundaryService& boundaries);

    Result<SelectionCount> count(const GeoArea& area, const QDateTime& at);
    // The map's count while an area is drawn, by the same permission and scope rules, without a
    // record: it runs on every mouse move. The area is recorded with the action that uses it, and
    // a send refused for its scope is recorded there. The outline is counted as drawn (a repair
    // comes when it is committed), so a half-drawn polygon costs no GEOS work for most roles.
    Result<SelectionCount> liveCount(const GeoArea& area, const QDateTime& at) const;

private:
    const SelectionService& m_selection;
    AuditService& m_audit;
    const BoundaryService& m_boundaries;
};

} // namespace burgernet
