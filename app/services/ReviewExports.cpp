// ReviewService's reports written to a file by a writer of the caller's (the PDF of
// app/reports): read, recorded, then written, so that no report leaves without its record.
#include "app/core/Clock.h"
#include "app/services/AuditService.h"
#include "app/services/ReviewFormats.h"
#include "app/services/ReviewService.h"

#include <QFileInfo>
#include <QSaveFile>

namespace burgernet {

namespace {

const QString kExport = QStringLiteral("report.export");
const QString kReport = QStringLiteral("report");

} // namespace

Status ReviewService::writeRecorded(const QString& file, QJsonObject details, const QString& path,
                                    const std::function<Status(QIODevice&)>& write)
{
    DetailKinds exportKinds = filterKinds();
    exportKinds.insert(QStringLiteral("action"), DetailKind::Id);
    exportKinds.insert(QStringLiteral("format"), DetailKind::Code);
    exportKinds.insert(QStringLiteral("report"), DetailKind::Code);
    auto seq = m_audit.record(kExport, kReport, file, AuditResult::Ok, details, exportKinds);
    if (!seq)
        return seq.error();
    const auto failed = [&](const QString& why) -> Status {
        (void)m_audit.record(kExport, kReport, file, AuditResult::Failed,
                             {{QStringLiteral("follows"), *seq}},
                             {{QStringLiteral("follows"), DetailKind::Count}});
        return Error{tr("Cannot write %1: %2").arg(path, why)};
    };
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed(out.errorString());
    if (auto written = write(out); !written) {
        out.cancelWriting();
        return failed(written.errorMessage());
    }
    if (!out.commit())
        return failed(out.errorString());
    return {};
}

Result<ActionReport> ReviewService::exportAction(qint64 id, const QString& path,
                                                 const QString& format, const ActionWriter& write,
                                                 int closingLimitMinutes)
{
    const QString file = QFileInfo(path).fileName();
    if (auto ok = m_audit.require(Permission::ViewReports, kExport, kReport, file); !ok)
        return ok.error();
    if (auto s = summarise(); !s)
        return s.error();
    auto report = m_store.action(id, m_audit.session().mode, closingLimitMinutes);
    if (!report)
        return report.error();
    const QJsonObject details{{QStringLiteral("report"), QStringLiteral("action")},
                              {QStringLiteral("action"), QString::number(id)},
                              {QStringLiteral("mode"), enumId(m_audit.session().mode)},
                              {QStringLiteral("format"), format}};
    if (auto written =
            writeRecorded(file, details, path,
                          [&](QIODevice& device) -> Status { return write(*report, device); });
        !written)
        return written.error();
    return report;
}

Result<ReviewStats> ReviewService::exportPeriod(const ReviewFilter& filter, const QString& path,
                                                const QString& format, const PeriodWriter& write)
{
    const QString file = QFileInfo(path).fileName();
    if (auto ok = m_audit.require(Permission::ViewReports, kExport, kReport, file); !ok)
        return ok.error();
    if (auto s = summarise(); !s)
        return s.error();
    const Mode mode = modeOf(filter);
    auto stats = m_store.stats(filter, mode, m_clock.nowUtc());
    if (!stats)
        return stats.error();
    QJsonObject details = ReviewFormats::filterJson(filter, mode);
    details.insert(QStringLiteral("report"), QStringLiteral("period"));
    details.insert(QStringLiteral("actions"), stats->actions);
    details.insert(QStringLiteral("format"), format);
    if (auto written =
            writeRecorded(file, details, path,
                          [&](QIODevice& device) -> Status { return write(*stats, mode, device); });
        !written)
        return written.error();
    return stats;
}

} // namespace burgernet
