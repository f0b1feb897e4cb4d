#pragma once

#include <QObject>

namespace burgernet {

class ActionsDock;
class AreaAssistant;
class DispatchDock;
class GuideLayer;
class MapView;

// Puts the composer's area assistant and the approval view on the map: the suggested circle as
// a dashed ring (accepted in the composer, it becomes the alert area), and the area of the action
// under review, zoomed to, while the approver looks at it.
class GuideMapFeed : public QObject
{
    Q_OBJECT
public:
    GuideMapFeed(MapView& map, DispatchDock& composer, ActionsDock& actions,
                 const AreaAssistant& assistant, QObject* parent = nullptr);

    GuideLayer* layer() const { return m_layer; }

private:
    GuideLayer* m_layer;
};

} // namespace burgernet
