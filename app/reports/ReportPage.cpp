#include "app/reports/ReportPage.h"

#include <QFontMetricsF>
#include <QPageLayout>

#include <cmath>

namespace burgernet {

ReportPage::ReportPage(QIODevice& device, const QString& title, const QString& footer,
                       const QColor& accent)
    : m_writer(&device)
    , m_footer(footer)
    , m_accent(accent)
{
    m_writer.setPageSize(QPageSize(QPageSize::A4));
    m_writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    m_writer.setResolution(200);
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("Burgernet Console"));
    if (!m_painter.begin(&m_writer))
        return;
    m_body.setFamily(QStringLiteral("DejaVu Sans"));
    m_body.setPointSizeF(9);
    m_painter.setFont(m_body);
    m_width = m_writer.width();
    m_bottom = m_writer.height() - 2 * line();
    // A coloured rule on top of every page: purple for training.
    m_painter.fillRect(QRectF(0, 0, m_width, line() / 3), m_accent);
    m_y = line();
}

ReportPage::~ReportPage()
{
    if (m_painter.isActive()) {
        footer();
        m_painter.end();
    }
}

double ReportPage::line() const
{
    return QFontMetricsF(m_body, &m_writer).height();
}

void ReportPage::footer()
{
    m_painter.save();
    QFont small = m_body;
    small.setPointSizeF(7);
    m_painter.setFont(small);
    m_painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF rect(0, m_bottom + line() * 0.8, m_width, line() * 1.2);
    m_painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(m_page));
    m_painter.restore();
}

void ReportPage::newPage()
{
    footer();
    m_writer.newPage();
    ++m_page;
    m_painter.fillRect(QRectF(0, 0, m_width, line() / 3), m_accent);
    m_y = line();
}

void ReportPage::ensure(double height)
{
    if (m_y + height > m_bottom && m_y > line() * 1.5)
        newPage();
}

void ReportPage::space(double lines)
{
    m_y += line() * lines;
}

void ReportPage::heading(const QString& text, const QColor& color, double points)
{
    QFont font = m_body;
    font.setPointSizeF(points);
    font.setBold(true);
    const QFontMetricsF fm(font, &m_writer);
    const QRectF bounds = fm.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
    ensure(bounds.height() + line() * 3);
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, text);
    m_painter.restore();
    m_y += bounds.height() + line() * 0.3;
}

void ReportPage::paragraph(const QString& text, const QColor& color)
{
    const QRectF bounds = QFontMetricsF(m_body, &m_writer)
                              .boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
    ensure(bounds.height());
    m_painter.setPen(color);
    m_painter.drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, text);
    m_y += bounds.height() + line() * 0.3;
}

void ReportPage::table(const QList<QStringList>& rows, const QList<double>& columns, bool header)
{
    const QFontMetricsF fm(m_body, &m_writer);
    const double pad = line() * 0.15;
    QFont bold = m_body;
    bold.setBold(true);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool isHeader = header && r == 0;
        double height = line();
        QList<double> widths;
        for (qsizetype c = 0; c < columns.size(); ++c)
            widths << columns[c] * m_width;
        for (qsizetype c = 0; c < rows[r].size() && c < widths.size(); ++c)
            height = std::max(height, fm.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e6),
                                                      Qt::TextWordWrap, rows[r][c])
                                          .height());
        ensure(height + 2 * pad);
        if (isHeader)
            m_painter.fillRect(QRectF(0, m_y, m_width, height + 2 * pad), QColor(0xe8, 0xec, 0xf2));
        double x = 0;
        m_painter.setFont(isHeader ? bold : m_body);
        m_painter.setPen(Qt::black);
        for (qsizetype c = 0; c < rows[r].size() && c < widths.size(); ++c) {
            m_painter.drawText(QRectF(x + pad, m_y + pad, widths[c] - 2 * pad, height),
                               Qt::TextWordWrap, rows[r][c]);
            x += widths[c];
        }
        m_painter.setFont(m_body);
        m_y += height + 2 * pad;
        m_painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    }
    m_y += line() * 0.4;
}

void ReportPage::image(const QImage& picture, double height)
{
    ensure(height);
    const double width = std::min(m_width, height * picture.width() / picture.height());
    m_painter.drawImage(QRectF(0, m_y, width, height), picture);
    m_y += height + line() * 0.4;
}

void ReportPage::block(double height, const std::function<void(QPainter&, const QRectF&)>& paint)
{
    row(height, {paint});
}

void ReportPage::row(double height,
                     const QList<std::function<void(QPainter&, const QRectF&)>>& cells)
{
    ensure(height);
    const double gap = line();
    const double w = (m_width - gap * double(cells.size() - 1)) / double(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        m_painter.save();
        m_painter.setFont(m_body);
        cells[i](m_painter, QRectF(double(i) * (w + gap), m_y, w, height));
        m_painter.restore();
    }
    m_y += height + line() * 0.6;
}

} // namespace burgernet
