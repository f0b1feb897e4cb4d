#pragma once

#include "app/geo/MunicipalBoundary.h"
#include "ui/map/MapToolRegistry.h"

#include <QGeoCoordinate>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSpinBox;
class QToolBar;
class QUndoStack;

namespace burgernet {

class AreaController;
class AreaCountService;
class BasemapLayer;
class BoundaryService;
class Clock;
class CorridorTool;
class LayerListWidget;
class MapCanvas;
class MapTool;
class BoundaryLayer;
class MarkerLayer;
class MbtilesLayer;
class OnlineTileLayer;
class PlaceFinder;
class PrepareOfflineMapDialog;
class PlaceSearchBox;
class PlaceTable;
class SelectionService;
class Settings;
struct SelectionCount;

// The map in the window's centre: the canvas with its layers, the tools' toolbar and the
// alert-area controller. Composition only; the status-bar labels and the layer list are made
// here and placed by the window.
class MapView : public QWidget
{
    Q_OBJECT
public:
    MapView(const SelectionService& selection, QUndoStack& undoStack, const Clock& clock,
            Settings& settings, QWidget* parent = nullptr);
    ~MapView() override;

    MapCanvas* canvas() const { return m_canvas; }
    AreaController* areaController() const { return m_controller; }
    LayerListWidget* layerList() const { return m_layerList; }
    QLabel* cursorLabel() const { return m_cursorLabel; }
    QLabel* countLabel() const { return m_countLabel; }
    QToolBar* toolBar() const { return m_toolBar; }
    // The tools and their actions, by id.
    MapToolRegistry* tools() const { return m_tools; }
    MapTool* tool(MapToolId id) const;
    void activateTool(MapToolId id);

    // The moment the count is for (invalid: now): the "Count at" control beside the count, set
    // by the dispatcher or by a scheduled notice's send time.
    void setCountAt(const QDateTime& at);
    QDateTime countAt() const;

    void zoomToArea();
    void zoomTo(const GeoArea& area);
    // Whether the participant layer has its aggregates (built in a worker thread at start).
    bool participantsReady() const;
    // After the register changed and `selection` has a new index: redraw and recount.
    void participantsChanged(const SelectionService& selection);
    PlaceSearchBox* searchBox() const { return m_searchBox; }
    // Keyboard focus to the search box, its text selected to be typed over.
    void focusSearch();
    // Puts the incident marker where the last search found something (else the map's centre).
    void setIncidentHere();
    // Makes the alert area a circle there (keeping the current circle's radius, else 1 km).
    void circleHere();
    PlaceFinder* placeFinder() const { return m_placeFinder; }
    // The label on the map that says what is offline (hidden when all is online).
    QLabel* offlineNotice() const { return m_offlineNotice; }
    // The online tiles under the map ("none" for only the offline basemap); saved in settings.
    void setTileSource(const QString& id);
    OnlineTileLayer* tileLayer() const { return m_tileLayer; }
    // Shows an MBTiles file as offline tiles (empty: none); saved in settings.
    bool setMbtilesFile(const QString& path);
    MbtilesLayer* mbtilesLayer() const { return m_mbtilesLayer; }
    // Opens "Prepare offline map…" for the visible map (window-modal, deletes itself on close);
    // the file it prepares is then shown.
    PrepareOfflineMapDialog* prepareOfflineMap();
    // The register's municipal boundaries: the "Municipality" tool (click on the map) and the
    // "Municipality…" action (pick from a list) make one the alert area. Kept, not owned.
    void setBoundaries(const BoundaryService* boundaries);
    // The live count follows the user's rules (a municipal editor counts only inside their
    // municipality).
    void setAreaCounts(const AreaCountService* counts);
    // The list the "Municipality…" action picks from (a seam for tests): the chosen one, if any.
    using MunicipalityPicker =
        std::function<std::optional<MunicipalBoundary>(const QList<MunicipalBoundary>&)>;
    void setMunicipalityPicker(MunicipalityPicker picker)
    {
        m_pickMunicipality = std::move(picker);
    }
    void pickMunicipality();
    // Pins at these places labelled `label` (a pseudonym), the map centred on the first.
    void showPlaces(const QList<QGeoCoordinate>& places, const QString& label);
    MarkerLayer* markerLayer() const { return m_markerLayer; }
    BoundaryLayer* boundaryLayer() const { return m_boundaryLayer; }

Q_SIGNALS:
    // Messages for the status bar (repairs, warnings).
    void message(const QString& text);
    // The place tool was clicked: a tip's place.
    void placePicked(const QGeoCoordinate& coordinate);

private:
    void createLayers(const SelectionService& selection);
    void createTools();
    void createTileControls();
    void createCountAt(const Clock& clock);
    void createSearch(PlaceTable places);
    void showCursor(const QGeoCoordinate& coordinate);
    void updateOfflineNotice();
    void showCount(const SelectionCount& count, bool preview);

    Settings& m_settings;
    MapCanvas* m_canvas = nullptr;
    AreaController* m_controller = nullptr;
    LayerListWidget* m_layerList = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QCheckBox* m_countAtChosen = nullptr;
    QDateTimeEdit* m_countAt = nullptr;
    QToolBar* m_toolBar = nullptr; // the drawing tools
    QToolBar* m_navBar = nullptr;  // zoom, search, background
    MapToolRegistry* m_tools = nullptr;
    QSpinBox* m_corridorWidth = nullptr;
    CorridorTool* m_corridorTool = nullptr;
    PlaceSearchBox* m_searchBox = nullptr;
    PlaceFinder* m_placeFinder = nullptr;
    QLabel* m_offlineNotice = nullptr;
    QGeoCoordinate m_lastFound;
    QActionGroup* m_tileChoice = nullptr; // the background menu's choices
    OnlineTileLayer* m_tileLayer = nullptr;
    MbtilesLayer* m_mbtilesLayer = nullptr;
    class ParticipantLayer* m_participantLayer = nullptr;
    MarkerLayer* m_markerLayer = nullptr;
    BoundaryLayer* m_boundaryLayer = nullptr;
    const BoundaryService* m_boundaries = nullptr;
    MunicipalityPicker m_pickMunicipality;
};

} // namespace burgernet
