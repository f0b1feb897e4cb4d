#include "ui/dispatch/GuideMapFeed.h"

#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"
#include "ui/map/layers/GuideLayer.h"

namespace burgernet {

GuideMapFeed::GuideMapFeed(MapView& map, DispatchDock& composer, ActionsDock& actions,
                           const AreaAssistant& assistant, QObject* parent)
    : QObject(parent)
    , m_layer(new GuideLayer(&map))
{
    map.canvas()->addLayer(m_layer);
    composer.setAreaAssistant(assistant);
    connect(&composer, &DispatchDock::suggestedArea, m_layer,
            [this, &map](const GeoArea& ring, const QString& label) {
                m_layer->setSuggestion(ring, label);
                if (!ring.isEmpty())
                    map.zoomTo(ring);
            });
    connect(&actions, &ActionsDock::reviewArea, m_layer,
            [this, &map](qint64 id, const GeoArea& area) {
                m_layer->setReviewed(area, area.isEmpty() ? QString()
                                                          : tr("action %1 under review").arg(id));
                if (!area.isEmpty())
                    map.zoomTo(area);
            });
}

} // namespace burgernet
