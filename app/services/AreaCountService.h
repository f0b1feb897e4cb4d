#pragma once

#include "app/core/Result.h"
#include "app/geo/GeoArea.h"
#include "app/geo/ParticipantIndex.h"

#include <QCoreApplication>
#include <QDateTime>

namespace burgernet {

class AuditService;
class SelectionService;

// A count of who is inside an area as a person asks for it (`burgernetctl area count`): it needs
// Permission::ViewParticipants and is recorded with the area and the counts. The map's live count
// while drawing asks SelectionService directly and is not recorded: it runs on every mouse move.
class AreaCountService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaCountService)

public:
    AreaCountService(const SelectionService& selection, AuditService& audit);

    Result<SelectionCount> count(const GeoArea& area, const QDateTime& at);

private:
    const SelectionService& m_selection;
    AuditService& m_audit;
};

} // namespace burgernet
