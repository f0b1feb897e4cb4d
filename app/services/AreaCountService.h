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
// inside their own municipality, the only place they may send to. The map's live count while
// drawing asks SelectionService directly and is not recorded: it runs on every mouse move.
class AreaCountService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaCountService)

public:
    AreaCountService(const SelectionService& selection, AuditService& audit,
                     const BoundaryService& boundaries);

    Result<SelectionCount> count(const GeoArea& area, const QDateTime& at);

private:
    const SelectionService& m_selection;
    AuditService& m_audit;
    const BoundaryService& m_boundaries;
};

} // namespace burgernet
