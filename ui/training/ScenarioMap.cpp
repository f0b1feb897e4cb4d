#include "ui/training/ScenarioMap.h"

#include "app/core/Logging.h"
#include "app/geo/WebMercator.h"
#include "app/register/PlaceTable.h"
#include "ui/map/AreaPainter.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapLayer.h"
#include "ui/map/MapViewport.h"
#include "ui/map/layers/BasemapLayer.h"
#include "ui/map/layers/PlaceLabelLayer.h"
#include "ui/map/tools/PanTool.h"
#include "ui/map/tools/PointTool.h"

#include <QPainter>
#include <QVBoxLayout>

namespace burgernet {

namespace {
const QColor kPurple(0x6a, 0x1b, 0x9a);
const QColor kTip(0xf0, 0xa8, 0x00);
} // namespace

// What the exercise map draws above the basemap: areas, the path with its minutes, the incident,
// the person now and the tips.
class ScenarioPathLayer : public MapLayer
{
public:
    explicit ScenarioPathLayer(QObject* parent)
        : MapLayer(QStringLiteral("exercise"), ScenarioMap::tr("Exercise"), AreasZ + 20, parent)
    {}

    QList<PathPoint> path;
    QGeoCoordinate incident;
    QGeoCoordinate position;
    QList<GeoArea> areas;
    QList<QGeoCoordinate> tips;

    void paint(QPainter& painter, const MapViewport& viewport) override
    {
        painter.setRenderHint(QPainter::Antialiasing);
        for (const GeoArea& area : std::as_const(areas))
            areapaint::paint(painter, area, viewport, areapaint::Style::Committed);
        QPolygonF line;
        for (const PathPoint& p : std::as_const(path))
            line << viewport.toScreen(p.position);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kPurple, 3, Qt::DashLine));
        painter.drawPolyline(line);
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        const QFontMetrics metrics(font);
        for (qsizetype i = 0; i < path.size(); ++i) {
            const QPointF at = line.at(i);
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(kPurple);
            painter.drawEllipse(at, 5, 5);
            const QString label = QStringLiteral("T+%1").arg(path.at(i).minute);
            const QRectF box(at + QPointF(8, -metrics.height() - 2),
                             QSizeF(metrics.horizontalAdvance(label) + 6, metrics.height() + 2));
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 220));
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(kPurple);
            painter.drawText(box, Qt::AlignCenter, label);
        }
        if (incident.isValid()) {
            const QPointF at = viewport.toScreen(incident);
            painter.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 3));
            painter.drawLine(at + QPointF(-7, -7), at + QPointF(7, 7));
            painter.drawLine(at + QPointF(-7, 7), at + QPointF(7, -7));
        }
        for (const QGeoCoordinate& tip : std::as_const(tips)) {
            const QPointF at = viewport.toScreen(tip);
            painter.setPen(QPen(QColor(0x5a, 0x3a, 0x00), 2));
            painter.setBrush(kTip);
            painter.drawPolygon(QPolygonF{at + QPointF(0, -7), at + QPointF(7, 0),
                                          at + QPointF(0, 7), at + QPointF(-7, 0)});
        }
        if (position.isValid()) {
            painter.setPen(QPen(Qt::white, 2));
            painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
            painter.drawEllipse(viewport.toScreen(position), 8, 8);
        }
    }

    void changedNow() { Q_EMIT changed(); }
};

ScenarioMap::ScenarioMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioMap"));
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("scenarioMapCanvas"));
    auto* basemap = new BasemapLayer(this);
    if (auto loaded = basemap->load(); !loaded)
        qCWarning(lcUi) << loaded.errorMessage();
    m_canvas->addLayer(basemap);
    if (auto places = PlaceTable::load())
        m_canvas->addLayer(new PlaceLabelLayer(places->places(), this));
    m_layer = new ScenarioPathLayer(this);
    m_canvas->addLayer(m_layer);
    m_pan = new PanTool(m_canvas);
    m_point = new PointTool(m_canvas);
    m_canvas->setPanTool(m_pan);
    m_canvas->setTool(m_pan);
    connect(m_point, &PointTool::picked, this, &ScenarioMap::picked);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    m_canvas->zoomToNetherlands();
}

ScenarioMap::~ScenarioMap() = default;

void ScenarioMap::setPath(const QList<PathPoint>& path)
{
    m_layer->path = path;
    m_layer->changedNow();
}

void ScenarioMap::setIncident(const QGeoCoordinate& at)
{
    m_layer->incident = at;
    m_layer->changedNow();
}

void ScenarioMap::setPosition(const QGeoCoordinate& at)
{
    m_layer->position = at;
    m_layer->changedNow();
}

void ScenarioMap::setAreas(const QList<GeoArea>& areas)
{
    m_layer->areas = areas;
    m_layer->changedNow();
}

void ScenarioMap::addTip(const QGeoCoordinate& at)
{
    m_layer->tips << at;
    m_layer->changedNow();
}

int ScenarioMap::tipCount() const
{
    return int(m_layer->tips.size());
}

void ScenarioMap::clear()
{
    m_layer->tips.clear();
    m_layer->areas.clear();
    m_layer->position = {};
    m_layer->changedNow();
}

void ScenarioMap::fitToPath()
{
    QRectF world;
    const auto include = [&world](const QGeoCoordinate& c) {
        if (!c.isValid())
            return;
        const QPointF w = mercator::worldFromLonLat(c.longitude(), c.latitude());
        const QRectF point(w, QSizeF(1e-9, 1e-9));
        world = world.isNull() ? point : world.united(point);
    };
    include(m_layer->incident);
    for (const PathPoint& p : std::as_const(m_layer->path))
        include(p.position);
    if (world.isNull())
        return;
    // At least a few kilometres across, so that a single point shows its streets' names.
    const double minimum = 4e-5;
    world = world.adjusted(-minimum, -minimum, minimum, minimum);
    m_canvas->zoomToWorldRect(world);
}

void ScenarioMap::setPicking(bool picking)
{
    m_canvas->setTool(picking ? static_cast<MapTool*>(m_point) : m_pan);
}

} // namespace burgernet
