#include "ui/map/layers/GuideLayer.h"

#include "ui/map/AreaPainter.h"
#include "ui/map/MapViewport.h"

#include <QPainter>

namespace burgernet {

namespace {
// Above the alert area: a suggestion is compared with it.
constexpr int kGuidesZ = MapLayer::AreasZ + 5;

void dashed(QPainter& painter, const GeoArea& area, const MapViewport& viewport,
            const QColor& colour, const QString& label)
{
    if (area.isEmpty())
        return;
    const QPainterPath path = areapaint::path(area, viewport);
    QPen pen(colour, 3, Qt::DashLine);
    pen.setCosmetic(true);
    painter.setPen(pen);
    QColor fill = colour;
    fill.setAlpha(25);
    painter.setBrush(fill);
    painter.drawPath(path);
    if (!label.isEmpty()) {
        const QRectF box = path.boundingRect();
        areapaint::label(painter, QPointF(box.center().x(), box.bottom() + 22), label);
    }
}
} // namespace

GuideLayer::GuideLayer(QObject* parent)
    : MapLayer(QStringLiteral("guides"), tr("Area assistant and review"), kGuidesZ, parent)
{}

void GuideLayer::setSuggestion(const GeoArea& area, const QString& label)
{
    m_suggestion = area;
    m_suggestionLabel = label;
    Q_EMIT changed();
}

void GuideLayer::setReviewed(const GeoArea& area, const QString& label)
{
    m_reviewed = area;
    m_reviewedLabel = label;
    Q_EMIT changed();
}

void GuideLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    painter.setRenderHint(QPainter::Antialiasing);
    dashed(painter, m_reviewed, viewport, QColor(0xe0, 0x6c, 0x00), m_reviewedLabel);
    dashed(painter, m_suggestion, viewport, QColor(0x15, 0x65, 0xc0), m_suggestionLabel);
}

} // namespace burgernet
