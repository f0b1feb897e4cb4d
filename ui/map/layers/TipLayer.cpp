#include "ui/map/layers/TipLayer.h"

#include "ui/map/AreaController.h"
#include "ui/map/MapViewport.h"

#include <QPainter>

namespace burgernet {

const QColor TipLayer::kColour(0xf0, 0xa8, 0x00);

namespace {
// Above the area, so that a tip inside it stays visible.
constexpr int kTipsZ = MapLayer::AreasZ + 10;
} // namespace

TipLayer::TipLayer(AreaController& controller, QObject* parent)
    : MapLayer(QStringLiteral("tips"), tr("Call-back tips"), kTipsZ, parent)
    , m_controller(controller)
{
    connect(&controller, &AreaController::tipsChanged, this, &MapLayer::changed);
}

void TipLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    for (const AreaController::Tip& tip : m_controller.tips()) {
        const QPointF at = viewport.toScreen(tip.at);
        const QPolygonF diamond{at + QPointF(0, -7), at + QPointF(7, 0), at + QPointF(0, 7),
                                at + QPointF(-7, 0)};
        painter.setPen(QPen(QColor(0x5a, 0x3a, 0x00), tip.useful ? 2.5 : 1.2));
        painter.setBrush(kColour);
        painter.drawPolygon(diamond);
        if (!tip.time.isValid())
            continue;
        // The time on a light box: readable on any basemap.
        const QString label = tip.time.toLocalTime().toString(QStringLiteral("HH:mm"));
        QRectF box(at + QPointF(10, -metrics.height() / 2.0 - 1),
                   QSizeF(metrics.horizontalAdvance(label) + 6, metrics.height() + 2));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(0x5a, 0x3a, 0x00));
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace burgernet
