#include "ui/map/tools/MeasureTool.h"

#include "ui/map/MapViewport.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace burgernet {

double MeasureTool::totalMetres() const
{
    double metres = 0;
    for (qsizetype i = 1; i < m_points.size(); ++i)
        metres += m_points[i - 1].distanceTo(m_points[i]);
    return metres;
}

QString MeasureTool::distanceText(double metres)
{
    const QLocale locale;
    return metres < 1000 ? tr("%1 m").arg(locale.toString(qRound(metres)))
                         : tr("%1 km").arg(locale.toString(metres / 1000, 'f', 2));
}

bool MeasureTool::mousePress(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton)
        return false;
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points << event.coordinate;
    m_cursor = event.coordinate;
    report();
    return true;
}

bool MeasureTool::mouseMove(const MapMouseEvent& event)
{
    if (m_points.isEmpty() || m_finished)
        return false;
    m_cursor = event.coordinate;
    Q_EMIT changed();
    return false; // dragging still pans
}

bool MeasureTool::mouseDoubleClick(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton || m_points.isEmpty())
        return false;
    m_finished = true;
    Q_EMIT changed();
    return true;
}

bool MeasureTool::keyPress(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_finished = true;
        Q_EMIT changed();
        return !m_points.isEmpty();
    case Qt::Key_Backspace:
        if (m_points.isEmpty())
            return false;
        m_points.removeLast();
        m_finished = false;
        report();
        return true;
    case Qt::Key_Escape:
        if (m_points.isEmpty())
            return false;
        cancel();
        return true;
    default:
        return false;
    }
}

void MeasureTool::cancel()
{
    m_points.clear();
    m_finished = false;
    Q_EMIT changed();
}

void MeasureTool::report()
{
    Q_EMIT measured(totalMetres(), distanceText(totalMetres()));
    Q_EMIT changed();
}

void MeasureTool::paintOverlay(QPainter& painter, const MapViewport& viewport)
{
    if (m_points.isEmpty())
        return;
    QPainterPath path(viewport.toScreen(m_points.front()));
    for (qsizetype i = 1; i < m_points.size(); ++i)
        path.lineTo(viewport.toScreen(m_points[i]));
    double metres = totalMetres();
    if (!m_finished && m_cursor.isValid()) {
        path.lineTo(viewport.toScreen(m_cursor));
        metres += m_points.back().distanceTo(m_cursor);
    }
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5));
    for (const QGeoCoordinate& p : m_points)
        painter.drawEllipse(viewport.toScreen(p), 3.5, 3.5);
    const QString text = distanceText(metres);
    const QPointF at = path.currentPosition() + QPointF(8, -8);
    QRectF box = painter.fontMetrics().boundingRect(text);
    box.moveBottomLeft(at);
    box.adjust(-4, -2, 4, 2);
    painter.fillRect(box, QColor(255, 255, 255, 225));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace burgernet
