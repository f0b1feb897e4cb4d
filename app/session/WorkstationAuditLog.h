#pragma once

#include "app/audit/AuditLog.h"
#include "app/core/Result.h"

#include <memory>

namespace burgernet {

class Clock;

// Opens this workstation's audit log as the console and burgernetctl do: signed with the key
// from the workstation's key store (moving a key file left beside the log into it, which the log
// then records), never with a key file next to the log.
struct WorkstationAuditLog
{
    static Result<std::unique_ptr<AuditLog>> open(const QString& path, const QString& workstation,
                                                  const Clock& clock);
};

} // namespace burgernet
