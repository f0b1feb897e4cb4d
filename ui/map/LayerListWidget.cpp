#include "ui/map/LayerListWidget.h"

#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapLayer.h"

#include <QMenu>

namespace burgernet {

namespace {
constexpr int kZStep = 10;
} // namespace

LayerListWidget::LayerListWidget(MapCanvas& canvas, Settings* settings, QWidget* parent)
    : QListWidget(parent)
    , m_canvas(canvas)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mapLayerList"));
    setAccessibleName(tr("Map layers"));
    setDragDropMode(QAbstractItemView::InternalMove);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setToolTip(tr("Drag a layer, or use its context menu, to change the order and opacity."));
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        if (MapLayer* layer = m_canvas.layer(item->data(Qt::UserRole).toString()))
            layer->setVisible(item->checkState() == Qt::Checked);
    });
    // A row dragged elsewhere: the layers follow the list's order.
    connect(model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_filling)
            return;
        QStringList order;
        for (int row = 0; row < count(); ++row)
            order << item(row)->data(Qt::UserRole).toString();
        applyOrder(order);
    });
    connect(this, &QWidget::customContextMenuRequested, this, &LayerListWidget::showMenu);
    refresh();
}

void LayerListWidget::refresh()
{
    applySaved();
    m_filling = true;
    clear();
    const auto& layers = m_canvas.layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        MapLayer* layer = *it;
        const int percent = qRound(layer->opacity() * 100);
        auto* item = new QListWidgetItem(
            percent < 100 ? tr("%1 (%2 %)").arg(layer->name()).arg(percent) : layer->name(), this);
        item->setData(Qt::UserRole, layer->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable |
                       Qt::ItemIsDragEnabled);
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

void LayerListWidget::applyOrder(const QStringList& topFirst)
{
    // The top row gets the highest z; the steps leave room for layers added later.
    for (qsizetype i = 0; i < topFirst.size(); ++i)
        if (MapLayer* layer = m_canvas.layer(topFirst[i]))
            layer->setZValue(int(topFirst.size() - i) * kZStep);
    m_canvas.restack();
    save();
    const QString current =
        currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
    refresh();
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(Qt::UserRole).toString() == current)
            setCurrentRow(row);
}

bool LayerListWidget::moveLayer(const QString& id, int steps)
{
    QStringList order;
    for (int row = 0; row < count(); ++row)
        order << item(row)->data(Qt::UserRole).toString();
    const qsizetype from = order.indexOf(id);
    if (from < 0)
        return false;
    const qsizetype to = qBound<qsizetype>(0, from - steps, order.size() - 1);
    if (to == from)
        return false;
    order.move(from, to);
    applyOrder(order);
    return true;
}

bool LayerListWidget::setLayerOpacity(const QString& id, double opacity)
{
    MapLayer* layer = m_canvas.layer(id);
    if (!layer)
        return false;
    layer->setOpacity(opacity);
    save();
    refresh();
    return true;
}

void LayerListWidget::save()
{
    if (!m_settings)
        return;
    QStringList entries;
    for (MapLayer* layer : m_canvas.layers())
        entries << QStringLiteral("%1:%2:%3")
                       .arg(layer->id())
                       .arg(layer->zValue())
                       .arg(layer->opacity(), 0, 'f', 2);
    m_settings->setValue(keys::MapLayerStyle, entries.join(QLatin1Char(';')));
}

void LayerListWidget::applySaved()
{
    if (!m_settings)
        return;
    bool restack = false;
    const QStringList entries =
        m_settings->value(keys::MapLayerStyle).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        bool zOk = false, opacityOk = false;
        const int z = parts.value(1).toInt(&zOk);
        const double opacity = parts.value(2).toDouble(&opacityOk);
        MapLayer* layer = parts.size() == 3 ? m_canvas.layer(parts[0]) : nullptr;
        // Once per layer: afterwards the list itself is the truth.
        if (!layer || !zOk || !opacityOk || m_applied.contains(layer->id()))
            continue;
        m_applied.insert(layer->id());
        layer->setZValue(z);
        layer->setOpacity(opacity);
        restack = true;
    }
    if (restack)
        m_canvas.restack();
}

void LayerListWidget::showMenu(const QPoint& at)
{
    QListWidgetItem* row = itemAt(at);
    if (!row)
        return;
    const QString id = row->data(Qt::UserRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Raise"), this, [this, id] { moveLayer(id, 1); });
    menu.addAction(tr("Lower"), this, [this, id] { moveLayer(id, -1); });
    QMenu* opacity = menu.addMenu(tr("Opacity"));
    for (const int percent : {100, 75, 50, 25})
        opacity->addAction(tr("%1 %").arg(percent), this,
                           [this, id, percent] { setLayerOpacity(id, percent / 100.0); });
    menu.exec(viewport()->mapToGlobal(at));
}

} // namespace burgernet
