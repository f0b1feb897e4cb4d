#pragma once

#include "ui/map/MapTool.h"

namespace burgernet {

// Only navigates: the canvas pans on drag and zooms on a double-click.
class PanTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QString name() const override { return tr("Pan"); }
    Qt::CursorShape cursorShape() const override { return Qt::OpenHandCursor; }
};

} // namespace burgernet
