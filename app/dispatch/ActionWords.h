#pragma once

#include "app/dispatch/Action.h"

#include <QCoreApplication>

namespace burgernet {

// An action's state, outcome and incident type as people read them, in one place for the
// services' messages, the reports and the window: never the ids the command line and the
// register use.
class ActionWords
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionWords)

public:
    static QString state(ActionState state);
    // Empty for an action without an outcome yet.
    static QString outcome(Outcome outcome);
    // The translated name with the Dutch police term.
    static QString incident(IncidentType type);
};

} // namespace burgernet
