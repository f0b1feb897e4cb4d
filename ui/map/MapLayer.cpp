#include "ui/map/MapLayer.h"

namespace burgernet {

MapLayer::MapLayer(QString id, QString name, int zValue, QObject* parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_name(std::move(name))
    , m_zValue(zValue)
{}

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    Q_EMIT visibilityChanged(visible);
    Q_EMIT changed();
}

} // namespace burgernet
