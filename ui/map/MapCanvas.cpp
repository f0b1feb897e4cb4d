#include "ui/map/MapCanvas.h"

#include "ui/map/MapLayer.h"
#include "ui/map/MapTool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace burgernet {

namespace {
const QColor kSea(0xaa, 0xd3, 0xdf);
constexpr double kKeyPanPixels = 100;
} // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_viewport.setSize(size());
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setViewport(const MapViewport& viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(size());
    viewportWasChanged();
}

void MapCanvas::addLayer(MapLayer* layer)
{
    m_layers.push_back(layer);
    std::stable_sort(m_layers.begin(), m_layers.end(),
                     [](MapLayer* a, MapLayer* b) { return a->zValue() < b->zValue(); });
    connect(layer, &MapLayer::changed, this, qOverload<>(&QWidget::update));
    connect(layer, &QObject::destroyed, this, [this, layer] {
        m_layers.erase(std::remove(m_layers.begin(), m_layers.end(), layer), m_layers.end());
    });
    update();
}

void MapCanvas::restack()
{
    std::stable_sort(m_layers.begin(), m_layers.end(),
                     [](MapLayer* a, MapLayer* b) { return a->zValue() < b->zValue(); });
    update();
}

MapLayer* MapCanvas::layer(const QString& id) const
{
    for (MapLayer* l : m_layers)
        if (l->id() == id)
            return l;
    return nullptr;
}

void MapCanvas::setTool(MapTool* tool)
{
    if (tool == m_tool)
        return;
    if (m_tool) {
        m_tool->deactivate();
        disconnect(m_tool, &MapTool::changed, this, nullptr);
    }
    m_tool = tool;
    m_panning = false;
    if (m_tool) {
        connect(m_tool, &MapTool::changed, this, qOverload<>(&QWidget::update));
        setCursor(m_tool->cursorShape());
        m_tool->activate();
    }
    update();
}

void MapCanvas::zoomToNetherlands()
{
    zoomToWorldRect(MapViewport::netherlandsWorld());
}

void MapCanvas::zoomToWorldRect(const QRectF& world)
{
    m_viewport.setSize(size());
    m_viewport.fit(world);
    m_fitted = world;
    viewportWasChanged();
}

void MapCanvas::centreOn(const QGeoCoordinate& coordinate, double zoom)
{
    m_fitted = QRectF();
    m_viewport.setCentre(coordinate);
    if (zoom > 0)
        m_viewport.setZoom(zoom);
    viewportWasChanged();
}

void MapCanvas::viewportWasChanged()
{
    update();
    Q_EMIT viewportChanged();
}

void MapCanvas::render(QPainter& painter, const MapViewport& viewport)
{
    painter.fillRect(QRect(QPoint(0, 0), viewport.size()), kSea);
    for (MapLayer* layer : m_layers) {
        if (!layer->isVisible())
            continue;
        painter.save();
        painter.setOpacity(layer->opacity());
        layer->paint(painter, viewport);
        painter.restore();
    }
    if (m_tool) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        m_tool->paintOverlay(painter, viewport);
        painter.restore();
    }
    paintScaleBar(painter, viewport);
    paintAttribution(painter, viewport);
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, m_viewport);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    m_viewport.setSize(size());
    if (!m_fitted.isNull())
        m_viewport.fit(m_fitted);
    viewportWasChanged();
}

// A bar of a round length (1, 2 or 5 times a power of ten) of at most 120 pixels.
void MapCanvas::paintScaleBar(QPainter& painter, const MapViewport& viewport) const
{
    const double mpp = viewport.metresPerPixel();
    const double maxMetres = 120 * mpp;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = power;
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= maxMetres) {
            metres = step * power;
            break;
        }
    const double pixels = metres / mpp;
    const QString text = metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
    const QPointF origin(12, viewport.size().height() - 14);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin.x() - 4, origin.y() - 20, pixels + 8, 26),
                     QColor(255, 255, 255, 190));
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(origin, origin + QPointF(pixels, 0));
    painter.drawLine(origin, origin + QPointF(0, -6));
    painter.drawLine(origin + QPointF(pixels, 0), origin + QPointF(pixels, -6));
    painter.drawText(QRectF(origin.x(), origin.y() - 20, pixels, 14), Qt::AlignCenter, text);
    painter.restore();
}

QString MapCanvas::attributionText() const
{
    QStringList parts;
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it)
        if ((*it)->isVisible() && !(*it)->attribution().isEmpty())
            parts << (*it)->attribution();
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" | "));
}

void MapCanvas::paintAttribution(QPainter& painter, const MapViewport& viewport) const
{
    const QString text = attributionText();
    if (text.isEmpty())
        return;
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 10;
    const QRect box(viewport.size().width() - width,
                    viewport.size().height() - metrics.height() - 4, width, metrics.height() + 4);
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

MapMouseEvent MapCanvas::toMapEvent(QMouseEvent* event) const
{
    return MapMouseEvent{event->position(), m_viewport.toCoordinate(event->position()),
                         event->button(), event->buttons(), event->modifiers()};
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const bool navigationButton = event->button() != Qt::LeftButton || isPanTool();
    if (!navigationButton && m_tool && m_tool->mousePress(toMapEvent(event)))
        return;
    m_panning = true;
    m_lastPan = event->position();
    setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    Q_EMIT cursorMoved(m_viewport.toCoordinate(event->position()));
    if (m_panning) {
        m_fitted = QRectF();
        m_viewport.panByPixels(event->position() - m_lastPan);
        m_lastPan = event->position();
        viewportWasChanged();
        return;
    }
    if (m_tool)
        m_tool->mouseMove(toMapEvent(event));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        setCursor(m_tool ? m_tool->cursorShape() : Qt::ArrowCursor);
        return;
    }
    if (m_tool)
        m_tool->mouseRelease(toMapEvent(event));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_tool && m_tool->mouseDoubleClick(toMapEvent(event)))
        return;
    if (isPanTool() && event->button() == Qt::LeftButton) {
        m_viewport.zoomAround(event->position(), std::floor(m_viewport.zoom()) + 1);
        viewportWasChanged();
    }
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    // Half a zoom level per notch; touchpads send smaller steps, which zoom smoothly.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_fitted = QRectF();
    m_viewport.zoomAround(event->position(), m_viewport.zoom() + steps * 0.5);
    viewportWasChanged();
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (m_tool && m_tool->keyPress(event))
        return;
    const QPointF centre(width() / 2.0, height() / 2.0);
    m_fitted = QRectF();
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport.panByPixels({kKeyPanPixels, 0});
        break;
    case Qt::Key_Right:
        m_viewport.panByPixels({-kKeyPanPixels, 0});
        break;
    case Qt::Key_Up:
        m_viewport.panByPixels({0, kKeyPanPixels});
        break;
    case Qt::Key_Down:
        m_viewport.panByPixels({0, -kKeyPanPixels});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_viewport.zoomAround(centre, m_viewport.zoom() + 1);
        break;
    case Qt::Key_Minus:
        m_viewport.zoomAround(centre, m_viewport.zoom() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    viewportWasChanged();
}

void MapCanvas::leaveEvent(QEvent*)
{
    Q_EMIT cursorMoved(QGeoCoordinate());
}

} // namespace burgernet
