#include "ui/map/tools/PointTool.h"

#include <QKeyEvent>

namespace burgernet {

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
