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

void MapLayer::setZValue(int zValue)
{
    if (zValue == m_zValue)
        return;
    m_zValue = zValue;
    Q_EMIT changed();
}

void MapLayer::setOpacity(double opacity)
{
    opacity = qBound(0.0, opacity, 1.0);
    if (qFuzzyCompare(opacity, m_opacity))
        return;
    m_opacity = opacity;
    Q_EMIT changed();
}

} // namespace burgernet
