#include "ui/map/LayerListWidget.h"

#include "ui/map/MapCanvas.h"
#include "ui/map/MapLayer.h"

namespace burgernet {

LayerListWidget::LayerListWidget(MapCanvas& canvas, QWidget* parent)
    : QListWidget(parent)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("mapLayerList"));
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        if (MapLayer* layer = m_canvas.layer(item->data(Qt::UserRole).toString()))
            layer->setVisible(item->checkState() == Qt::Checked);
    });
    refresh();
}

void LayerListWidget::refresh()
{
    m_filling = true;
    clear();
    const auto& layers = m_canvas.layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        MapLayer* layer = *it;
        auto* item = new QListWidgetItem(layer->name(), this);
        item->setData(Qt::UserRole, layer->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(layer->isVisible() ? Qt::Checked : Qt::Unchecked);
        if (m_watched.contains(layer->id()))
            continue;
        m_watched.insert(layer->id());
        connect(layer, &MapLayer::visibilityChanged, this, [this, id = layer->id()](bool visible) {
            m_filling = true;
            for (int row = 0; row < count(); ++row)
                if (this->item(row)->data(Qt::UserRole).toString() == id)
                    this->item(row)->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
            m_filling = false;
        });
    }
    m_filling = false;
}

} // namespace burgernet
