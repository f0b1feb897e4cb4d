#include "app/reports/PdfCharts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace burgernet::PdfCharts {

namespace {

// A round top for the value axis and its step: 1, 2 or 5 times a power of ten.
std::pair<double, double> niceAxis(double highest)
{
    if (highest <= 0)
        return {1, 0.25};
    const double rough = highest / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * power >= rough) {
            step = f * power;
            break;
        }
    return {step * std::ceil(highest / step), step};
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v)))
                                              : QString::number(v, 'f', 1);
}

struct Frame
{
    QRectF plot;
    double top = 1;
};

// The title, the legend, the value axis with its grid; returns where the data goes.
Frame frame(QPainter& p, const QRectF& rect, const Chart& chart, double highest)
{
    p.save();
    QFont font = p.font();
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt::AlignLeft, chart.title);
    p.setFont(font);

    // The legend under the plot, left to right.
    QList<std::pair<QString, QColor>> legend;
    if (chart.series.size() > 1 || !chart.references.isEmpty())
        for (const Series& s : chart.series)
            legend.append({s.label, s.color});
    for (const Reference& r : chart.references)
        legend.append({r.label, r.color});
    double legendRows = 0;
    {
        double x = 0;
        if (!legend.isEmpty())
            legendRows = 1;
        for (const auto& [label, color] : legend) {
            const double w = line + fm.horizontalAdvance(label) + line;
            if (x + w > rect.width() && x > 0) {
                x = 0;
                ++legendRows;
            }
            x += w;
        }
    }
    const auto [top, step] = niceAxis(chart.maximum > 0 ? chart.maximum : highest);
    double labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(number(v)));
    labelWidth += line / 2;
    const QRectF plot(rect.left() + labelWidth + (chart.axis.isEmpty() ? 0 : line),
                      rect.top() + 1.5 * line,
                      rect.width() - labelWidth - (chart.axis.isEmpty() ? 0 : line),
                      rect.height() - 1.5 * line - 1.6 * line - legendRows * line);
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y - line / 2,
                          labelWidth - line / 4 + (chart.axis.isEmpty() ? 0 : line), line),
                   Qt::AlignRight | Qt::AlignVCenter, number(v));
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    }
    if (!chart.axis.isEmpty()) {
        p.save();
        p.setPen(Qt::black);
        p.translate(rect.left(), plot.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt::AlignCenter, chart.axis);
        p.restore();
    }
    p.setPen(QPen(Qt::black, 0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    double x = rect.left();
    double y = rect.bottom() - legendRows * line;
    for (const auto& [label, color] : legend) {
        const double w = line + fm.horizontalAdvance(label) + line;
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += line;
        }
        p.fillRect(QRectF(x, y + line * 0.25, line * 0.7, line * 0.5), color);
        p.setPen(Qt::black);
        p.drawText(QRectF(x + line, y, w, line), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w;
    }
    p.restore();
    return {plot, top};
}

void references(QPainter& p, const Frame& f, const Chart& chart)
{
    const double slot = f.plot.width() / double(std::max<qsizetype>(1, chart.categories.size()));
    for (const Reference& r : chart.references) {
        QPen pen(r.color, 0);
        pen.setWidthF(std::max(1.0, f.plot.height() / 150));
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        const double y = f.plot.bottom() - r.value / f.top * f.plot.height();
        if (r.category >= 0) {
            pen.setStyle(Qt::SolidLine);
            pen.setWidthF(pen.widthF() * 2);
            p.setPen(pen);
            p.drawLine(QPointF(f.plot.left() + slot * r.category, y),
                       QPointF(f.plot.left() + slot * (r.category + 1), y));
            continue;
        }
        p.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
    }
}

} // namespace

void bars(QPainter& p, const QRectF& rect, const Chart& chart)
{
    const qsizetype n = chart.categories.size();
    double highest = 0;
    for (qsizetype i = 0; i < n; ++i) {
        double sum = 0;
        for (const Series& s : chart.series) {
            const double v = s.values.value(i);
            sum = chart.stacked ? sum + v : std::max(sum, v);
        }
        highest = std::max(highest, sum);
    }
    for (const Reference& r : chart.references)
        highest = std::max(highest, r.value);
    const Frame f = frame(p, rect, chart, highest);
    if (n == 0)
        return;
    p.save();
    const QFontMetricsF fm(p.font(), p.device());
    const double slot = f.plot.width() / double(n);
    const qsizetype groups = chart.stacked ? 1 : std::max<qsizetype>(1, chart.series.size());
    const double barWidth = slot * 0.8 / double(groups);
    for (qsizetype i = 0; i < n; ++i) {
        double base = 0;
        for (qsizetype k = 0; k < chart.series.size(); ++k) {
            const Series& s = chart.series[k];
            const double v = s.values.value(i);
            const double x = f.plot.left() + slot * double(i) + slot * 0.1 +
                             (chart.stacked ? 0 : barWidth * double(k));
            const double h = v / f.top * f.plot.height();
            const double bottom = f.plot.bottom() - base / f.top * f.plot.height();
            p.fillRect(QRectF(x, bottom - h, barWidth, h), s.color);
            if (chart.stacked)
                base += v;
        }
    }
    references(p, f, chart);
    // Category labels; every k-th when they would overlap.
    double widest = 0;
    for (const QString& c : chart.categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const qsizetype every = std::max<qsizetype>(
        1, qsizetype(std::ceil((widest + fm.height() / 2) / std::max(1.0, slot))));
    p.setPen(Qt::black);
    for (qsizetype i = 0; i < n; i += every)
        p.drawText(QRectF(f.plot.left() + slot * double(i) - slot * double(every) / 2 + slot / 2,
                          f.plot.bottom() + fm.height() * 0.2, slot * double(every), fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, chart.categories[i]);
    p.restore();
}

void curves(QPainter& p, const QRectF& rect, const Chart& chart, const QString& xAxis)
{
    double highest = 0, right = 1;
    for (const Series& s : chart.series) {
        for (double v : s.values)
            highest = std::max(highest, v);
        for (double x : s.xs)
            right = std::max(right, x);
    }
    const Frame f = frame(p, rect, chart, highest);
    p.save();
    const QFontMetricsF fm(p.font(), p.device());
    for (const Series& s : chart.series) {
        QPen pen(s.color, 0);
        pen.setWidthF(std::max(1.0, f.plot.height() / 120));
        p.setPen(pen);
        QPolygonF line;
        for (qsizetype i = 0; i < s.values.size() && i < s.xs.size(); ++i)
            line << QPointF(f.plot.left() + s.xs[i] / right * f.plot.width(),
                            f.plot.bottom() - s.values[i] / f.top * f.plot.height());
        p.drawPolyline(line);
    }
    references(p, f, chart);
    p.setPen(Qt::black);
    p.drawText(
        QRectF(f.plot.left(), f.plot.bottom() + fm.height() * 0.2, f.plot.width(), fm.height()),
        Qt::AlignLeft, QStringLiteral("0"));
    p.drawText(
        QRectF(f.plot.left(), f.plot.bottom() + fm.height() * 0.2, f.plot.width(), fm.height()),
        Qt::AlignHCenter, xAxis);
    p.drawText(
        QRectF(f.plot.left(), f.plot.bottom() + fm.height() * 0.2, f.plot.width(), fm.height()),
        Qt::AlignRight, number(right));
    p.restore();
}

} // namespace burgernet::PdfCharts
