#include "ui/map/tools/MunicipalityTool.h"

#include "ui/map/AreaController.h"

namespace burgernet {

MunicipalityTool::MunicipalityTool(MapCanvas* canvas, AreaController& controller, Lookup lookup)
    : AreaTool(canvas, controller)
    , m_lookup(std::move(lookup))
{}

bool MunicipalityTool::mousePress(const MapMouseEvent& event)
{
    return event.button == Qt::LeftButton;
}

bool MunicipalityTool::mouseRelease(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton)
        return false;
    const std::optional<MunicipalBoundary> found =
        m_lookup ? m_lookup(event.coordinate) : std::nullopt;
    if (!found) {
        Q_EMIT controller().message(
            tr("No municipality here: the register's boundaries do not cover this point."));
        return true;
    }
    use(controller(), *found);
    return true;
}

bool MunicipalityTool::use(AreaController& controller, const MunicipalBoundary& municipality)
{
    const bool done =
        controller.commit(municipality.area, tr("Municipality %1").arg(municipality.name));
    if (done && municipality.approximate)
        Q_EMIT controller.message(
            tr("%1: an approximate boundary (demo), not the real municipality.")
                .arg(municipality.label()));
    return done;
}

} // namespace burgernet
