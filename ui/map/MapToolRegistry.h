#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>

class QAction;
class QActionGroup;

namespace burgernet {

class MapCanvas;
class MapTool;

// Every tool the map has. The order is the toolbar's and the shortcuts' (Ctrl+1 .. Ctrl+9).
enum class MapToolId {
    Pan,
    Circle,
    Polygon,
    Rectangle,
    Corridor,
    Edit,
    TipPlace,
    Measure,
    Municipality,
};

// The map's tools by their id, as QGIS keeps its QgsAppMapTools: one checkable action per id in
// one exclusive group, made here with its text, shortcut, tooltip and object name, so that the
// window, its menus and tests name a tool by its id and never by a string. A tool is given to
// its id when it can work (the municipality tool once the register's boundaries are known); until
// then its action is disabled.
class MapToolRegistry : public QObject
{
    Q_OBJECT
public:
    static constexpr std::array kAll{
        MapToolId::Pan,       MapToolId::Circle,   MapToolId::Polygon,
        MapToolId::Rectangle, MapToolId::Corridor, MapToolId::Edit,
        MapToolId::TipPlace,  MapToolId::Measure,  MapToolId::Municipality};

    explicit MapToolRegistry(MapCanvas& canvas, QObject* parent = nullptr);
    ~MapToolRegistry() override;

    // Gives `tool` to `id` (the registry does not own it) and enables its action; the pan tool
    // is also the canvas's fallback. A tool already given to that id is replaced.
    void setTool(MapToolId id, MapTool* tool);
    MapTool* tool(MapToolId id) const;
    QAction* action(MapToolId id) const;
    QActionGroup* group() const { return m_group; }
    // The actions in the order of kAll.
    QList<QAction*> actions() const;

    // Makes the tool active on the canvas and checks its action; false when the id has no tool.
    // Triggering the action does the same and gives the canvas the keyboard.
    bool activate(MapToolId id);
    // The id of the canvas's tool, if it is one of these.
    std::optional<MapToolId> active() const;

    // "pan", "circle", ...: the stem of the object names ("panTool", "panToolAction").
    static QString key(MapToolId id);

private:
    struct Entry
    {
        QAction* action = nullptr;
        QPointer<MapTool> tool;
    };
    static std::size_t indexOf(MapToolId id) { return static_cast<std::size_t>(id); }

    MapCanvas& m_canvas;
    QActionGroup* m_group;
    std::array<Entry, kAll.size()> m_entries;
};

} // namespace burgernet
