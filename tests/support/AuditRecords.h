#pragma once

#include "app/audit/AuditQuery.h"

#include <catch2/catch.hpp>
#include <vector>

namespace burgernet::test {

// The records of one action in the audit log at `logPath`, read as an independent checker
// would (the file itself, not a session that may lack the permission to review it).
inline std::vector<AuditRecord> auditRecords(const QString& logPath, const QString& action,
                                             int limit = 1000)
{
    auto query = AuditQuery::open(logPath);
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = action;
    auto page = (*query)->page(filter, 0, limit);
    REQUIRE(page.ok());
    return *page;
}

} // namespace burgernet::test
