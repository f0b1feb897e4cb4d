#include "ui/review/ReplayLayer.h"

#include "app/dispatch/ActionWords.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/map/AreaPainter.h"
#include "ui/map/MapViewport.h"

#include <QPainter>

#include <cmath>

namespace burgernet {

const QColor ReplayLayer::kDensityColour(0x15, 0x65, 0xc0);

namespace {
constexpr int kReplayZ = MapLayer::AreasZ + 20;
const QColor kTipColour(0xf0, 0xa8, 0x00);
const QColor kTipOutline(0x5a, 0x3a, 0x00);
} // namespace

ReplayLayer::ReplayLayer(QObject* parent)
    : MapLayer(QStringLiteral("replay"), tr("Replay"), kReplayZ, parent)
{}

void ReplayLayer::setData(const ReplayData* data)
{
    m_data = data;
    m_maxCell = 1;
    if (data)
        for (const ReplayCell& c : data->cells)
            m_maxCell = std::max(m_maxCell, c.recipients);
    emit changed();
}

void ReplayLayer::setTime(const QDateTime& time)
{
    m_time = time;
    emit changed();
}

void ReplayLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    if (!m_data)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintCells(painter, viewport);
    const int current = m_data->areaIndexAt(m_time);
    for (int i = 0; i < current; ++i) {
        // The areas before the one in force: dashed, so that the growth shows.
        painter.setPen(QPen(QColor(0xc8, 0x10, 0x2e), 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(areapaint::path(m_data->areas[i].area, viewport));
    }
    if (current >= 0)
        areapaint::paint(painter, m_data->areas[current].area, viewport,
                         areapaint::Style::Committed);
    if (m_data->incident.isValid()) {
        const QPointF at = viewport.toScreen(m_data->incident);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(QColor(0xd0, 0x10, 0x30));
        painter.drawEllipse(at, 6, 6);
    }
    paintTips(painter, viewport);
    if (m_data->closedAt(m_time)) {
        const QString text =
            m_data->state == ActionState::Cancelled
                ? tr("Cancelled")
                : tr("Closing message sent: %1").arg(ActionWords::outcome(m_data->outcome));
        areapaint::label(painter, QPointF(viewport.size().width() / 2.0, 34), text);
    }
    painter.restore();
}

void ReplayLayer::paintCells(QPainter& painter, const MapViewport& viewport) const
{
    const qint64 now = m_time.toMSecsSinceEpoch();
    const QTransform toScreen = viewport.worldToScreen();
    painter.setPen(Qt::NoPen);
    for (const ReplayCell& cell : m_data->cells) {
        const qint64 reached = cell.reachedBy(now);
        if (reached == 0)
            continue;
        // Square root: a few busy cells should not wash out the rest.
        const double share = std::sqrt(double(reached) / double(m_maxCell));
        QColor colour = kDensityColour;
        colour.setAlpha(int(40 + 170 * share));
        painter.setBrush(colour);
        painter.drawRect(toScreen.mapRect(m_data->cellWorld(cell)));
    }
}

void ReplayLayer::paintTips(QPainter& painter, const MapViewport& viewport) const
{
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    for (const ReplayTip& tip : m_data->tips) {
        if (tip.at > m_time || !tip.place.isValid())
            continue;
        const QPointF at = viewport.toScreen(tip.place);
        const QPolygonF diamond{at + QPointF(0, -7), at + QPointF(7, 0), at + QPointF(0, 7),
                                at + QPointF(-7, 0)};
        painter.setPen(QPen(kTipOutline, tip.useful ? 2.5 : 1.2));
        painter.setBrush(kTipColour);
        painter.drawPolygon(diamond);
        const QString label = tip.at.toLocalTime().toString(QStringLiteral("HH:mm"));
        const QRectF box(at + QPointF(10, -metrics.height() / 2.0 - 1),
                         QSizeF(metrics.horizontalAdvance(label) + 6, metrics.height() + 2));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(kTipOutline);
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace burgernet
