#pragma once

#include "app/geo/MunicipalBoundary.h"
#include "ui/map/tools/AreaTool.h"

#include <functional>
#include <optional>

namespace burgernet {

// Click on the map: the municipality there becomes the alert area (counted and dispatched like
// any polygon). An approximate (demo) boundary says so.
class MunicipalityTool : public AreaTool
{
    Q_OBJECT
public:
    using Lookup = std::function<std::optional<MunicipalBoundary>(const QGeoCoordinate&)>;
    MunicipalityTool(MapCanvas* canvas, AreaController& controller, Lookup lookup);
    QString name() const override { return tr("Municipality"); }

    bool mousePress(const MapMouseEvent& event) override;
    bool mouseRelease(const MapMouseEvent& event) override;

    // Makes `municipality` the alert area (also for the pick-from-a-list action).
    static bool use(AreaController& controller, const MunicipalBoundary& municipality);

protected:
    void reset() override {}

private:
    Lookup m_lookup;
};

} // namespace burgernet
