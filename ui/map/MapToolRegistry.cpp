#include "ui/map/MapToolRegistry.h"

#include "ui/map/MapCanvas.h"
#include "ui/map/MapTool.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>

namespace burgernet {

namespace {

struct Description
{
    QString text;
    QString tip;
};

Description describe(MapToolId id)
{
    switch (id) {
    case MapToolId::Pan:
        return {MapToolRegistry::tr("Pan"),
                MapToolRegistry::tr("Move the map: drag, wheel to zoom, arrow keys")};
    case MapToolId::Circle:
        return {MapToolRegistry::tr("Circle"),
                MapToolRegistry::tr("Click the centre and drag, or click and type the radius in "
                                    "metres, then Enter")};
    case MapToolId::Polygon:
        return {MapToolRegistry::tr("Polygon"),
                MapToolRegistry::tr("Click the corners; double-click or Enter closes, Backspace "
                                    "removes the last")};
    case MapToolId::Rectangle:
        return {MapToolRegistry::tr("Rectangle"),
                MapToolRegistry::tr("Drag from one corner to the other")};
    case MapToolId::Corridor:
        return {
            MapToolRegistry::tr("Corridor"),
            MapToolRegistry::tr("Click along the escape route; double-click or Enter finishes")};
    case MapToolId::Edit:
        return {MapToolRegistry::tr("Edit"),
                MapToolRegistry::tr("Drag a corner, the circle's edge, or the whole area")};
    case MapToolId::TipPlace:
        return {MapToolRegistry::tr("Tip place"),
                MapToolRegistry::tr("Click where the caller saw something: the place of the tip "
                                    "being logged")};
    case MapToolId::Measure:
        return {MapToolRegistry::tr("Measure"),
                MapToolRegistry::tr("Click along a route to measure it; double-click or Enter "
                                    "finishes, Esc clears")};
    case MapToolId::Municipality:
        return {MapToolRegistry::tr("Municipality"),
                MapToolRegistry::tr("Click on the map: the municipality there becomes the area")};
    }
    return {};
}

} // namespace

QString MapToolRegistry::key(MapToolId id)
{
    switch (id) {
    case MapToolId::Pan:
        return QStringLiteral("pan");
    case MapToolId::Circle:
        return QStringLiteral("circle");
    case MapToolId::Polygon:
        return QStringLiteral("polygon");
    case MapToolId::Rectangle:
        return QStringLiteral("rectangle");
    case MapToolId::Corridor:
        return QStringLiteral("corridor");
    case MapToolId::Edit:
        return QStringLiteral("edit");
    case MapToolId::TipPlace:
        return QStringLiteral("point");
    case MapToolId::Measure:
        return QStringLiteral("measure");
    case MapToolId::Municipality:
        return QStringLiteral("municipality");
    }
    return {};
}

MapToolRegistry::MapToolRegistry(MapCanvas& canvas, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    for (std::size_t i = 0; i < kAll.size(); ++i) {
        const MapToolId id = kAll[i];
        const Description d = describe(id);
        auto* action = new QAction(d.text, this);
        action->setObjectName(key(id) + QStringLiteral("ToolAction"));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        action->setToolTip(d.tip);
        action->setEnabled(false); // until the id has its tool
        m_group->addAction(action);
        // Chosen by the user (click or shortcut): the canvas takes the keyboard for the tool.
        connect(action, &QAction::triggered, this, [this, id] {
            if (activate(id))
                m_canvas.setFocus();
        });
        m_entries[i].action = action;
    }
}

MapToolRegistry::~MapToolRegistry() = default;

void MapToolRegistry::setTool(MapToolId id, MapTool* tool)
{
    Entry& entry = m_entries[indexOf(id)];
    const bool wasActive = entry.tool && m_canvas.tool() == entry.tool;
    entry.tool = tool;
    entry.action->setEnabled(tool != nullptr);
    if (tool)
        tool->setObjectName(key(id) + QStringLiteral("Tool"));
    if (id == MapToolId::Pan)
        m_canvas.setPanTool(tool);
    if (wasActive)
        activate(tool ? id : MapToolId::Pan);
}

MapTool* MapToolRegistry::tool(MapToolId id) const
{
    return m_entries[indexOf(id)].tool;
}

QAction* MapToolRegistry::action(MapToolId id) const
{
    return m_entries[indexOf(id)].action;
}

QList<QAction*> MapToolRegistry::actions() const
{
    QList<QAction*> all;
    for (const Entry& entry : m_entries)
        all << entry.action;
    return all;
}

bool MapToolRegistry::activate(MapToolId id)
{
    const Entry& entry = m_entries[indexOf(id)];
    if (!entry.tool)
        return false;
    entry.action->setChecked(true);
    m_canvas.setTool(entry.tool);
    return true;
}

std::optional<MapToolId> MapToolRegistry::active() const
{
    for (MapToolId id : kAll)
        if (MapTool* t = tool(id); t && m_canvas.tool() == t)
            return id;
    return std::nullopt;
}

} // namespace burgernet
