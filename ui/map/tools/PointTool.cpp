#include "ui/map/tools/PointTool.h"

#include <QKeyEvent>

namespace burgernet {

bool PointTool::mousePress(const MapMouseEvent& event)
{
    // Taken, so that the canvas does not start panning: the release picks.
    return event.button == Qt::LeftButton;
}

bool PointTool::mouseRelease(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton || !event.coordinate.isValid())
        return false;
    Q_EMIT picked(event.coordinate);
    return true;
}

bool PointTool::keyPress(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape)
        return false;
    Q_EMIT cancelled();
    return true;
}

} // namespace burgernet
