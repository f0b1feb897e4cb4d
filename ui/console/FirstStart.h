#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>

namespace burgernet {

class AuditService;
class Database;

// A new embedded register (the default one, live or training) starts with the demo
// population, so that a fresh console has something to work with. Shows progress in a
// dialog, or on stderr when there is no one to see it.
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::FirstStart)

public:
    static Status fillDemoRegister(Database& db, AuditService& audit, qint64 participants,
                                   bool interactive);
};

} // namespace burgernet
