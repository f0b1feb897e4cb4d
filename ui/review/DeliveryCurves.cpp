#include "ui/review/DeliveryCurves.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace burgernet {

DeliveryCurves::DeliveryCurves(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deliveryCurves"));
}

QColor DeliveryCurves::channelColour(int index)
{
    static const QList<QColor> colours{QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                       QColor(0xc6, 0x28, 0x28), QColor(0x6a, 0x1b, 0x9a),
                                       QColor(0xef, 0x6c, 0x00), QColor(0x00, 0x83, 0x8f)};
    return colours[index % colours.size()];
}

void DeliveryCurves::setReport(const ActionReport& report)
{
    m_curves.clear();
    m_lastMinute = 1;
    for (const ReviewChannel& c : report.row.channels) {
        const QList<DeliveryPoint> points = report.curves.value(c.channel);
        if (c.recipients <= 0 || points.isEmpty())
            continue;
        m_curves.append({c.channel, c.recipients, points});
        m_lastMinute = std::max(m_lastMinute, points.last().minute);
    }
    update();
}

void DeliveryCurves::setCursorMinutes(double minutes)
{
    m_cursor = minutes;
    update();
}

void DeliveryCurves::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const QRectF plot = QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("100 %")) + 10,
                                                fm.height(), -12, -2.5 * fm.height());
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const auto x = [&](double minute) {
        return plot.left() + plot.width() * minute / double(m_lastMinute);
    };
    const auto y = [&](double share) { return plot.bottom() - plot.height() * share; };

    p.setPen(QPen(palette().mid().color(), 1));
    for (int percent = 0; percent <= 100; percent += 25) {
        p.drawLine(QPointF(plot.left(), y(percent / 100.0)),
                   QPointF(plot.right(), y(percent / 100.0)));
        p.setPen(palette().text().color());
        p.drawText(QRectF(0, y(percent / 100.0) - fm.height() / 2.0, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(percent));
        p.setPen(QPen(palette().mid().color(), 1));
    }
    p.setPen(palette().text().color());
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft,
               QStringLiteral("0"));
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight,
               tr("%1 min after the alert").arg(m_lastMinute));
    if (m_curves.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("Nothing delivered"));
        return;
    }

    double legendX = plot.left();
    for (qsizetype i = 0; i < m_curves.size(); ++i) {
        const Curve& c = m_curves[i];
        QPainterPath path(QPointF(x(0), y(0)));
        for (const DeliveryPoint& point : c.points)
            path.lineTo(x(double(point.minute)),
                        y(std::min(1.0, double(point.reached) / double(c.recipients))));
        path.lineTo(x(double(m_lastMinute)), path.currentPosition().y());
        const QColor colour = channelColour(int(i));
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        const QRectF legend(legendX, plot.bottom() + 1.2 * fm.height(),
                            fm.horizontalAdvance(c.channel) + 24, fm.height());
        p.fillRect(QRectF(legend.left(), legend.center().y() - 2, 12, 4), colour);
        p.setPen(palette().text().color());
        p.drawText(legend.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, c.channel);
        legendX = legend.right() + 8;
    }
    if (m_cursor >= 0) {
        p.setPen(QPen(QColor(0xc8, 0x10, 0x2e), 1.5, Qt::DashLine));
        const double cx = x(std::min(m_cursor, double(m_lastMinute)));
        p.drawLine(QPointF(cx, plot.top()), QPointF(cx, plot.bottom()));
    }
}

} // namespace burgernet
