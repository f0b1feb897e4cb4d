#include "app/services/ReviewService.h"

#include "app/audit/AuditLog.h"
#include "app/audit/AuditQuery.h"
#include "app/core/Clock.h"
#include "app/core/CsvWriter.h"
#include "app/core/Logging.h"
#include "app/services/AuditService.h"
#include "app/services/ReplayStore.h"
#include "app/services/ReportTimeline.h"
#include "app/services/ReviewFormats.h"

#include <QFileInfo>
#include <QSaveFile>

namespace burgernet {

namespace {

const QString kReport = QStringLiteral("report");

} // namespace

DetailKinds ReviewService::filterKinds()
{
    return {{QStringLiteral("from"), DetailKind::Time},
            {QStringLiteral("to"), DetailKind::Time},
            {QStringLiteral("type"), DetailKind::Code},
            {QStringLiteral("outcome"), DetailKind::Code},
            {QStringLiteral("kind"), DetailKind::Code},
            {QStringLiteral("mode"), DetailKind::Code},
            {QStringLiteral("dispatcher"), DetailKind::Id},
            {QStringLiteral("workstation"), DetailKind::Id},
            {QStringLiteral("rows"), DetailKind::Count},
            {QStringLiteral("actions"), DetailKind::Count},
            {QStringLiteral("file"), DetailKind::Id},
            {QStringLiteral("closing_limit_minutes"), DetailKind::Count}};
}

ReviewService::ReviewService(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_store(db)
{}

Mode ReviewService::modeOf(const ReviewFilter& filter) const
{
    return filter.mode.value_or(m_audit.session().mode);
}

Status ReviewService::allowed(const QString& what, const QString& objectId)
{
    return m_audit.require(Permission::ViewReports, what, kReport, objectId);
}

Status ReviewService::summarise()
{
    // A summary is a cache: another workstation making the same one at the same moment, or a
    // failure here, leaves the figures to the outbox rows, which give the same counts.
    if (auto made = m_store.summariseFinished(m_clock.nowUtc()); !made)
        qCWarning(lcStorage) << made.errorMessage();
    return {};
}

Result<QList<ReviewRow>> ReviewService::overview(const ReviewFilter& filter, int limit)
{
    const QString what = QStringLiteral("report.overview");
    if (auto ok = allowed(what, QStringLiteral("overview")); !ok)
        return ok.error();
    if (auto s = summarise(); !s)
        return s.error();
    auto rows = m_store.overview(filter, modeOf(filter), limit);
    if (!rows)
        return rows.error();
    QJsonObject details = ReviewFormats::filterJson(filter, modeOf(filter));
    details.insert(QStringLiteral("rows"), qint64(rows->size()));
    if (auto seq = m_audit.record(what, kReport, QStringLiteral("overview"), AuditResult::Ok,
                                  details, filterKinds());
        !seq)
        return seq.error();
    return rows;
}

Result<ReviewStats> ReviewService::stats(const ReviewFilter& filter)
{
    const QString what = QStringLiteral("report.stats");
    if (auto ok = allowed(what, QStringLiteral("stats")); !ok)
        return ok.error();
    if (auto s = summarise(); !s)
        return s.error();
    auto stats = m_store.stats(filter, modeOf(filter), m_clock.nowUtc());
    if (!stats)
        return stats.error();
    QJsonObject details = ReviewFormats::filterJson(filter, modeOf(filter));
    details.insert(QStringLiteral("actions"), stats->actions);
    if (auto seq = m_audit.record(what, kReport, QStringLiteral("stats"), AuditResult::Ok, details,
                                  filterKinds());
        !seq)
        return seq.error();
    return stats;
}

Result<ActionReport> ReviewService::action(qint64 id, int closingLimitMinutes)
{
    const QString what = QStringLiteral("report.action");
    if (auto ok = allowed(what, QString::number(id)); !ok)
        return ok.error();
    if (auto s = summarise(); !s)
        return s.error();
    auto report = m_store.action(id, m_audit.session().mode, closingLimitMinutes);
    if (!report)
        return report.error();
    if (auto s = completeTimeline(*report); !s)
        return s.error();
    if (auto seq = m_audit.record(what, QStringLiteral("action"), QString::number(id)); !seq)
        return seq.error();
    return report;
}

Status ReviewService::completeTimeline(ActionReport& report)
{
    auto areas = ReplayStore(m_db).areas(report.row.id);
    if (!areas)
        return areas.error();
    ReportTimeline::addAreas(report, *areas);
    // The action's audit records, read under this service's permission (ViewReports): what was
    // done to an action is part of its report, without the audit review's search and filters.
    auto query = AuditQuery::open(m_audit.log().path());
    if (!query)
        return query.error();
    return ReportTimeline::mergeAudit(report, **query);
}

Result<ReplayData> ReviewService::replay(qint64 id)
{
    const QString what = QStringLiteral("report.replay");
    if (auto ok = allowed(what, QString::number(id)); !ok)
        return ok.error();
    auto data = ReplayStore(m_db).replay(id, m_audit.session().mode);
    if (!data)
        return data.error();
    // Counts only: the cells' places stay in the window.
    if (auto seq =
            m_audit.record(what, QStringLiteral("action"), QString::number(id), AuditResult::Ok,
                           {{QStringLiteral("areas"), qint64(data->areas.size())},
                            {QStringLiteral("tips"), qint64(data->tips.size())},
                            {QStringLiteral("cells"), qint64(data->cells.size())}},
                           {{QStringLiteral("areas"), DetailKind::Count},
                            {QStringLiteral("tips"), DetailKind::Count},
                            {QStringLiteral("cells"), DetailKind::Count}});
        !seq)
        return seq.error();
    return data;
}

Result<qint64> ReviewService::exportOverviewCsv(const ReviewFilter& filter, const QString& path)
{
    const QString what = QStringLiteral("report.export");
    const QString file = QFileInfo(path).fileName();
    if (auto ok = allowed(what, file); !ok)
        return ok.error();
    if (auto s = summarise(); !s)
        return s.error();
    auto rows = m_store.overview(filter, modeOf(filter), 1'000'000);
    if (!rows)
        return rows.error();
    QJsonObject details = ReviewFormats::filterJson(filter, modeOf(filter));
    details.insert(QStringLiteral("rows"), qint64(rows->size()));
    details.insert(QStringLiteral("format"), QStringLiteral("csv"));
    DetailKinds kinds = filterKinds();
    kinds.insert(QStringLiteral("format"), DetailKind::Code);
    // Recorded before the file exists: no export leaves without its record.
    auto seq = m_audit.record(what, kReport, file, AuditResult::Ok, details, kinds);
    if (!seq)
        return seq.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        (void)m_audit.record(what, kReport, file, AuditResult::Failed,
                             {{QStringLiteral("follows"), *seq}},
                             {{QStringLiteral("follows"), DetailKind::Count}});
        return Error{tr("Cannot write %1: %2").arg(path, out.errorString())};
    }
    CsvWriter csv(out);
    bool written = csv.writeRow(ReviewFormats::overviewHeader());
    for (const ReviewRow& r : *rows)
        written = written && csv.writeRow(ReviewFormats::overviewCells(r));
    if (!written || !out.commit()) {
        (void)m_audit.record(what, kReport, file, AuditResult::Failed,
                             {{QStringLiteral("follows"), *seq}},
                             {{QStringLiteral("follows"), DetailKind::Count}});
        return Error{tr("Cannot write %1: %2").arg(path, out.errorString())};
    }
    return qint64(rows->size());
}

} // namespace burgernet
