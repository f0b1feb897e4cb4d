#include "ui/dispatch/IncidentText.h"

namespace burgernet {

QString IncidentText::name(IncidentType type)
{
    switch (type) {
    case IncidentType::Burglary:
        return tr("Residential burglary (woninginbraak)");
    case IncidentType::Missing:
        return tr("Missing person (vermissing)");
    case IncidentType::StreetRobbery:
        return tr("Street robbery (straatroof)");
    case IncidentType::Shoplifting:
        return tr("Shoplifting (winkeldiefstal)");
    case IncidentType::Robbery:
        return tr("Robbery of a business (overval)");
    case IncidentType::Pickpocketing:
        return tr("Pickpocketing (zakkenrollerij)");
    case IncidentType::HitAndRun:
        return tr("Hit-and-run (doorrijden na ongeval)");
    case IncidentType::Other:
        return tr("Other (overig)");
    }
    return {};
}

} // namespace burgernet
