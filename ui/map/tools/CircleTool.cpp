#include "ui/map/tools/CircleTool.h"

#include "ui/map/AreaController.h"
#include "ui/map/AreaPainter.h"
#include "ui/map/MapViewport.h"

#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace burgernet {

namespace {
constexpr double kDragPixels = 4; // less than this is a click: the radius is typed
}

bool CircleTool::mousePress(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton)
        return false;
    reset();
    m_state = State::Dragging;
    m_centre = event.coordinate;
    m_centreScreen = event.screen;
    Q_EMIT changed();
    return true;
}

bool CircleTool::mouseMove(const MapMouseEvent& event)
{
    if (m_state != State::Dragging)
        return false;
    previewRadius(m_centre.distanceTo(event.coordinate));
    return true;
}

bool CircleTool::mouseRelease(const MapMouseEvent& event)
{
    if (m_state != State::Dragging || event.button != Qt::LeftButton)
        return false;
    if (pixels(event.screen, m_centreScreen) < kDragPixels) {
        m_state = State::Typing; // the centre is placed; the radius comes from the keyboard
        Q_EMIT changed();
        return true;
    }
    finish(m_centre.distanceTo(event.coordinate));
    return true;
}

bool CircleTool::keyPress(QKeyEvent* event)
{
    if (m_state == State::Typing) {
        const QString text = event->text();
        if (text.size() == 1 && (text.front().isDigit() || text == QLatin1String("."))) {
            m_typed += text;
            previewRadius(m_typed.toDouble());
            return true;
        }
        if (event->key() == Qt::Key_Backspace && !m_typed.isEmpty()) {
            m_typed.chop(1);
            previewRadius(m_typed.toDouble());
            return true;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            m_typed.toDouble() > 0) {
            finish(m_typed.toDouble());
            return true;
        }
    }
    return AreaTool::keyPress(event);
}

void CircleTool::reset()
{
    m_state = State::Idle;
    m_typed.clear();
    m_radius = 0;
}

void CircleTool::previewRadius(double metres)
{
    m_radius = metres;
    if (metres > 0)
        controller().setPreview(GeoArea::circle(m_centre, metres));
    else
        controller().clearPreview();
}

void CircleTool::finish(double metres)
{
    const QGeoCoordinate centre = m_centre;
    reset();
    controller().commit(GeoArea::circle(centre, metres), tr("Draw circle"));
    Q_EMIT changed();
}

void CircleTool::paintExtras(QPainter& painter, const MapViewport& viewport)
{
    if (m_state == State::Idle)
        return;
    const QPointF c = viewport.toScreen(m_centre);
    painter.setPen(QPen(QColor(0xc8, 0x10, 0x2e), 2));
    painter.drawEllipse(c, 4, 4);
    if (m_state == State::Typing) {
        const QString text = m_typed.isEmpty() ? tr("Type the radius in metres, then Enter")
                                               : tr("%1 m").arg(m_typed);
        areapaint::label(painter, c + QPointF(0, 40), text);
    } else if (m_radius > 0) {
        areapaint::label(painter, c + QPointF(0, 40), tr("%1 m").arg(std::lround(m_radius)));
    }
}

} // namespace burgernet
