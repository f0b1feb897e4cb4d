#pragma once

#include "app/audit/AuditRecord.h"
#include "app/core/Result.h"
#include "app/services/ReviewTypes.h"

#include <vector>

namespace burgernet {

class AuditQuery;

// One action's timeline as the review shows it: the register's steps, its outbox and tips
// (ReviewStore), the areas its messages went to, and the audit log's records of it merged in.
// A step that has its audit record is marked as such; a record the register has no step for
// (a refusal, a failure, a decision on held-back messages, a re-authentication) is added; the
// dispatch path's batch records are summed up per channel; the review's own reads are left out.
namespace ReportTimeline {

// The areas' steps with their size, growth from the previous one.
void addAreas(ActionReport& report, const QList<ReplayArea>& areas);
// `records`: the action's audit records, oldest first.
void mergeAudit(ActionReport& report, const std::vector<AuditRecord>& records);
// Reads the action's records (in its own mode) and merges them.
Status mergeAudit(ActionReport& report, const AuditQuery& query);
// "circle 800 m, 2.01 km2": codes and numbers, the same in every language.
QString areaText(const ReplayArea& area);

} // namespace ReportTimeline

} // namespace burgernet
