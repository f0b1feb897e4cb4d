#include "ui/map/MapTool.h"

#include "ui/map/MapCanvas.h"

namespace burgernet {

MapTool::MapTool(MapCanvas* canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{}

const MapViewport& MapTool::viewport() const
{
    return m_canvas->viewport();
}

} // namespace burgernet
