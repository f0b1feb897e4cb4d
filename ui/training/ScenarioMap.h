#pragma once

#include "app/geo/GeoArea.h"
#include "app/training/Scenario.h"

#include <QGeoCoordinate>
#include <QList>
#include <QWidget>

namespace burgernet {

class MapCanvas;
class PanTool;
class PointTool;
class ScenarioPathLayer;

// A map of an exercise on the console's own canvas (the offline basemap and the place names):
// the true path with each point's minute, the incident, where the person is now, the trainee's
// areas and the tips. The scenario editor picks points on it; the trainer's live view watches it.
class ScenarioMap : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioMap(QWidget* parent = nullptr);
    ~ScenarioMap() override;

    MapCanvas* canvas() const { return m_canvas; }

    void setPath(const QList<PathPoint>& path);
    void setIncident(const QGeoCoordinate& at);
    // The person's place now (invalid: not shown).
    void setPosition(const QGeoCoordinate& at);
    void setAreas(const QList<GeoArea>& areas);
    void addTip(const QGeoCoordinate& at);
    void clear();
    int tipCount() const;
    // Zooms to the path and the incident.
    void fitToPath();

    // While picking, a left click on the map is a place (picked); otherwise it pans.
    void setPicking(bool picking);

    QSize sizeHint() const override { return {480, 400}; }

Q_SIGNALS:
    void picked(const QGeoCoordinate& at);

private:
    MapCanvas* m_canvas = nullptr;
    ScenarioPathLayer* m_layer = nullptr;
    PanTool* m_pan = nullptr;
    PointTool* m_point = nullptr;
};

} // namespace burgernet
