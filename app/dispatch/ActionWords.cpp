#include "app/dispatch/ActionWords.h"

namespace burgernet {

QString ActionWords::state(ActionState state)
{
    switch (state) {
    case ActionState::Draft:
        return tr("draft");
    case ActionState::AwaitingApproval:
        return tr("awaiting approval");
    case ActionState::Sending:
        return tr("sending");
    case ActionState::Sent:
        return tr("sent");
    case ActionState::Updated:
        return tr("updated");
    case ActionState::Closed:
        return tr("closed");
    case ActionState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString ActionWords::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Arrested:
        return tr("arrest (aanhouding)");
    case Outcome::PersonFound:
        return tr("missing person found");
    case Outcome::UsefulInformation:
        return tr("useful information");
    case Outcome::NoResult:
        return tr("no result");
    case Outcome::Other:
        return tr("other");
    }
    return {};
}

QString ActionWords::incident(IncidentType type)
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
