#include "ui/audit/AuditPdfReport.h"

#include "app/audit/AuditLog.h"
#include "app/services/AuditService.h"
#include "ui/audit/AuditTableModel.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <array>
#include <cmath>

namespace burgernet {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// "recipients: 7, note: batch 1" reads better than JSON and, unlike JSON, wraps in a cell.
QString detailsText(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json;
    QStringList parts;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isObject())
            text =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            text = value.toVariant().toString();
        parts << it.key() + QStringLiteral(": ") + text;
    }
    return parts.join(QStringLiteral(", "));
}

QString localText(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString verificationBox(const AuditVerification& v)
{
    const bool intact = v.intact();
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                          "style=\"border-color: %1;\" bgcolor=\"%2\"><tr><td><b><font "
                          "color=\"%1\">%3</font></b><br/><font color=\"%1\">%4</font></td></tr>"
                          "</table>")
        .arg(intact ? QStringLiteral("#1b5e20") : QStringLiteral("#b00020"),
             intact ? QStringLiteral("#e3f4e6") : QStringLiteral("#fde8ea"),
             esc(intact ? AuditPdfReport::tr("Verification: the audit log is intact")
                        : AuditPdfReport::tr("Verification: THE AUDIT LOG IS DAMAGED")),
             esc(v.summary()));
}

// The records, painted row by row. QTextDocument needs about 3 ms a row to print a table (a
// minute for 20,000 rows, on the GUI thread); painting the cells takes a tenth of that.
class RecordTable
{
public:
    RecordTable(QPdfWriter& writer, QPainter& painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {
        m_font.setPointSizeF(7);
        m_bold = m_font;
        m_bold.setBold(true);
        m_small.setPointSizeF(6);
        const int dpi = writer.resolution();
        m_pad = dpi / 40;
        m_lineHeight = QFontMetrics(m_font, &writer).height();
        const int footerHeight = QFontMetrics(m_small, &writer).height() + 2 * m_pad;
        m_bottom = writer.height() - footerHeight;
        int x = 0;
        for (size_t i = 0; i < kColumns.size(); ++i) {
            m_left[i] = x;
            x += static_cast<int>(kColumns[i] * writer.width());
        }
        m_left[kColumns.size()] = writer.width();
    }

    // Begins the table below `top` on the current page.
    void start(int top)
    {
        m_y = top;
        header();
    }

    void add(const AuditRecord& r)
    {
        const QString actor = r.onBehalfOf.isEmpty()
                                  ? r.actor
                                  : AuditPdfReport::tr("%1 (for %2)").arg(r.actor, r.onBehalfOf);
        const QStringList cells{QString::number(r.seq),
                                AuditTableModel::localTimeText(r),
                                actor,
                                r.role,
                                r.action,
                                r.objectType + QLatin1Char(' ') + r.objectId,
                                AuditTableModel::resultText(r.result),
                                detailsText(r.details)};
        m_painter.setFont(m_font);
        int height = m_lineHeight;
        for (qsizetype i = 0; i < cells.size(); ++i)
            height = std::max(
                height,
                static_cast<int>(std::ceil(
                    m_painter.boundingRect(cellRect(i, 0, 1 << 24), cells[i], wrap(i)).height())));
        height = std::min(height + 2 * m_pad, m_bottom / 2); // a pathological cell is cut
        if (m_y + height > m_bottom) {
            footer();
            m_writer.newPage();
            ++m_page;
            start(0);
        }
        const QColor resultColor = AuditTableModel::resultColor(r.result);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool alarm = i == kResultColumn && resultColor.isValid();
            m_painter.setFont(alarm ? m_bold : m_font);
            m_painter.setPen(alarm ? resultColor : QColor(Qt::black));
            m_painter.drawText(cellRect(i, m_y, height - 2 * m_pad), cells[i], wrap(i));
        }
        m_y += height;
        m_painter.setPen(QColor(0xbb, 0xbb, 0xbb));
        m_painter.drawLine(0, m_y, m_writer.width(), m_y);
    }

    // Closes the table with how many records it lists, so that a reader knows nothing is missing.
    void finish(qint64 listed)
    {
        m_painter.setFont(m_font);
        m_painter.setPen(Qt::black);
        if (m_y + 2 * m_lineHeight > m_bottom) {
            footer();
            m_writer.newPage();
            ++m_page;
            m_y = 0;
        }
        m_painter.drawText(QRect(0, m_y + m_lineHeight / 2, m_writer.width(), m_lineHeight),
                           Qt::AlignLeft,
                           AuditPdfReport::tr("End of report: %1 records listed.").arg(listed));
        footer();
    }

private:
    static constexpr qsizetype kResultColumn = 6;
    // Fractions of the width: No., time, user, role, action, object, result, details.
    static constexpr std::array<double, 8> kColumns{0.05, 0.15, 0.11, 0.08, 0.12, 0.13, 0.06, 0.30};

    QRectF cellRect(qsizetype column, int y, int height) const
    {
        return QRectF(m_left[column] + m_pad, y + m_pad,
                      m_left[column + 1] - m_left[column] - 2 * m_pad, height);
    }

    static QTextOption wrap(qsizetype column)
    {
        QTextOption option(column == 0 ? Qt::AlignRight : Qt::AlignLeft);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }

    void header()
    {
        const int height = m_lineHeight + 2 * m_pad;
        m_painter.fillRect(QRect(0, m_y, m_writer.width(), height), QColor(0xe8, 0xe8, 0xe8));
        m_painter.setFont(m_bold);
        m_painter.setPen(Qt::black);
        const QStringList titles{AuditPdfReport::tr("No."),    AuditPdfReport::tr("Time"),
                                 AuditPdfReport::tr("User"),   AuditPdfReport::tr("Role"),
                                 AuditPdfReport::tr("Action"), AuditPdfReport::tr("Object"),
                                 AuditPdfReport::tr("Result"), AuditPdfReport::tr("Details")};
        for (qsizetype i = 0; i < titles.size(); ++i)
            m_painter.drawText(cellRect(i, m_y, m_lineHeight), titles[i], wrap(i));
        m_y += height;
    }

    void footer()
    {
        m_painter.setFont(m_small);
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRect area(0, m_bottom + m_pad, m_writer.width(),
                         m_writer.height() - m_bottom - m_pad);
        m_painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, m_footer);
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignBottom,
                           AuditPdfReport::tr("Page %1").arg(m_page));
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    int m_pad = 0;
    int m_lineHeight = 0;
    int m_bottom = 0;
    int m_y = 0;
    int m_page = 1;
    std::array<int, kColumns.size() + 1> m_left{};
};

} // namespace

QString AuditPdfReport::describeFilter(const AuditFilter& f)
{
    QStringList parts;
    auto put = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            parts << label + QStringLiteral(": ") + value;
    };
    if (f.fromUtc.isValid())
        put(tr("From"), localText(f.fromUtc));
    if (f.toUtc.isValid())
        put(tr("To"), localText(f.toUtc));
    put(tr("User"), f.actor);
    put(tr("Action"), f.action.endsWith(QLatin1Char('.')) ? f.action + QLatin1Char('*') : f.action);
    put(tr("Object type"), f.objectType);
    put(tr("Object"), f.objectId);
    put(tr("Burgernet action"), f.actionId);
    if (f.mode)
        put(tr("Mode"), f.mode == Mode::Training ? tr("training") : tr("live"));
    return parts.isEmpty() ? tr("none (all records)") : parts.join(QStringLiteral("; "));
}

Result<qint64> AuditPdfReport::write(AuditService& service, const AuditFilter& filter,
                                     const QString& path, qint64 maxRows)
{
    auto verification = service.verify();
    if (!verification)
        return verification.error();
    auto opened = service.openQuery();
    if (!opened)
        return opened.error();
    const AuditQuery& query = **opened;
    auto matched = query.count(filter);
    if (!matched)
        return matched.error();
    const qint64 rows = std::min(*matched, maxRows);

    // Recorded before the file exists: no export leaves without its record.
    auto exportSeq = service.recordExport(QStringLiteral("pdf"), path, rows, *verification);
    if (!exportSeq)
        return exportSeq.error();
    auto failed = [&](const QString& why) -> Result<qint64> {
        (void)service.record(QStringLiteral("audit.export"), QStringLiteral("audit-log"),
                             service.log().logId(), AuditResult::Failed,
                             {{QStringLiteral("follows"), *exportSeq}});
        return Error{tr("Cannot write %1: %2").arg(path, why)};
    };
    // The time of export is the export record's own, so the report and the log agree.
    QString exportedAt;
    if (auto own = query.page({}, *exportSeq + 1, 1); own && !own->empty())
        exportedAt = AuditTableModel::localTimeText(own->front());

    const Session& session = service.session();
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(esc(tr("Burgernet Console: audit log report")));
    html += QStringLiteral("<p>%1<br/>%2<br/>%3<br/>%4<br/>%5</p>")
                .arg(esc(tr("Workstation: %1").arg(service.log().workstation())),
                     esc(tr("Audit log: %1").arg(service.log().logId())),
                     esc(tr("Exported by %1 (%2) at %3, audit record no. %4")
                             .arg(session.user, enumId(session.role), exportedAt)
                             .arg(*exportSeq)),
                     esc(tr("Filter: %1").arg(describeFilter(filter))),
                     esc(tr("Matching records: %1").arg(*matched)));
    html += verificationBox(*verification);
    if (*matched > rows)
        html += QStringLiteral("<p><b><font color=\"#b00020\">%1</font></b></p>")
                    .arg(esc(tr("%1 records matched; this report lists only the first (oldest) %2. "
                                "Narrow the filter, or export CSV for all of them.")
                                 .arg(*matched)
                                 .arg(rows)));
    if (rows == 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No records match the filter.")));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    qint64 listed = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Audit log report"));
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return failed(tr("the PDF cannot be started"));

        // The heading, laid out for the writer's resolution so that point sizes are right.
        QTextDocument heading;
        heading.documentLayout()->setPaintDevice(&writer);
        QFont font;
        font.setPointSizeF(9);
        heading.setDefaultFont(font);
        heading.setHtml(html);
        heading.setTextWidth(writer.width());
        heading.drawContents(&painter);

        RecordTable table(writer, painter,
                          tr("Audit log report, workstation %1, audit record no. %2")
                              .arg(service.log().workstation())
                              .arg(*exportSeq));
        table.start(static_cast<int>(heading.size().height()) + writer.resolution() / 10);
        const Status walked = query.forEach(filter, [&](const AuditRecord& r) {
            if (listed >= rows)
                return false;
            table.add(r);
            return ++listed < rows;
        });
        table.finish(listed);
        painter.end(); // completes the PDF
        if (!walked)
            return failed(walked.errorMessage());
    }
    if (!file.commit())
        return failed(file.errorString());
    return listed;
}

} // namespace burgernet
