#pragma once

#include "app/dispatch/Action.h"

#include <QCoreApplication>

namespace burgernet {

// An incident type as dispatchers read it: the translated name with the Dutch police term.
class IncidentText
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::IncidentText)

public:
    static QString name(IncidentType type);
};

} // namespace burgernet
