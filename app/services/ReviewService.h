#pragma once

#include "app/audit/AuditRecord.h"
#include "app/core/Result.h"
#include "app/services/ReviewStore.h"
#include "app/services/ReviewTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class QIODevice;

namespace burgernet {

class AuditService;
class Clock;
class Database;

// The supervisors' review of actions: the overview, one action's report and the statistics of
// a period, for those with ViewReports. Every read is recorded (the filter, never what it
// showed); refusals too. Finished actions are summarised on the way, so that later reads of
// the same period do not walk their outboxes again.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ReviewService)

public:
    ReviewService(Database& db, AuditService& audit, const Clock& clock);

    Result<QList<ReviewRow>> overview(const ReviewFilter& filter, int limit = 5000);
    Result<ReviewStats> stats(const ReviewFilter& filter);
    // With its timeline merged from the register, the outbox, the tips, its areas and the audit
    // log's records of it.
    Result<ActionReport> action(qint64 id, int closingLimitMinutes = 60);
    // What the replay on the map shows of one action over time (recorded as report.replay).
    Result<ReplayData> replay(qint64 id);
    // The overview as CSV (no names of participants, no tips' words), recorded before writing.
    Result<qint64> exportOverviewCsv(const ReviewFilter& filter, const QString& path);

    // A report written by `write` (the PDF of app/reports) into `path`: the export is recorded
    // before the file is written, and a failure after it too. Returns what was written about.
    using ActionWriter = std::function<Status(const ActionReport&, QIODevice&)>;
    using PeriodWriter = std::function<Status(const ReviewStats&, Mode, QIODevice&)>;
    Result<ActionReport> exportAction(qint64 id, const QString& path, const QString& format,
                                      const ActionWriter& write, int closingLimitMinutes = 60);
    Result<ReviewStats> exportPeriod(const ReviewFilter& filter, const QString& path,
                                     const QString& format, const PeriodWriter& write);

    // The mode a filter reads: its own, else the session's.
    Mode modeOf(const ReviewFilter& filter) const;

private:
    Status allowed(const QString& what, const QString& objectId);
    Status summarise();
    Status completeTimeline(ActionReport& report);
    Status writeRecorded(const QString& file, QJsonObject details, const QString& path,
                         const std::function<Status(QIODevice&)>& write);
    // What the review's records hold: the filter's fields, counts and the file, never a name.
    static DetailKinds filterKinds();

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    ReviewStore m_store;
};

} // namespace burgernet
