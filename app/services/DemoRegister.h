#pragma once

#include "app/core/Result.h"
#include "app/register/DemoPopulation.h"

#include <QCoreApplication>

namespace burgernet {

class AuditService;
class Clock;
class Database;

// Filling a register with the made-up demo population: `burgernetctl demo` and the console's
// first start. Only an empty register is filled, so it can never mix with real participants.
// Setting up an empty register is allowed to whoever holds it, signed in or not; anyone else
// needs Permission::ImportParticipants. Approximate municipal boundaries come with it when the
// register has none (recorded as boundaries.import, format "demo").
class DemoRegister
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DemoRegister)

public:
    DemoRegister(Database& db, AuditService& audit);
    DemoRegister(Database& db, AuditService& audit, const Clock& clock);

    // Records register.demo before writing, and a failed record when the generation fails.
    Status fill(qint64 participants, quint64 seed, const DemoPopulation::Progress& progress = {});

private:
    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
};

} // namespace burgernet
