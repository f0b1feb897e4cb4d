#include "ui/map/MapView.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/geo/RdProjection.h"
#include "app/geo/WebMercator.h"
#include "app/geocode/PlaceFinder.h"
#include "app/register/PlaceTable.h"
#include "app/services/BoundaryService.h"
#include "app/services/SelectionService.h"
#include "ui/map/AreaController.h"
#include "ui/map/AreaPainter.h"
#include "ui/map/AreaSizeText.h"
#include "ui/map/LayerListWidget.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/PlaceSearchBox.h"
#include "ui/map/PrepareOfflineMapDialog.h"
#include "ui/map/RepairConfirmDialog.h"
#include "ui/map/layers/AreaLayer.h"
#include "ui/map/layers/BasemapLayer.h"
#include "ui/map/layers/BoundaryLayer.h"
#include "ui/map/layers/MarkerLayer.h"
#include "ui/map/layers/MbtilesLayer.h"
#include "ui/map/layers/OnlineTileLayer.h"
#include "ui/map/layers/ParticipantLayer.h"
#include "ui/map/layers/PlaceLabelLayer.h"
#include "ui/map/layers/TipLayer.h"
#include "ui/map/tiles/NetworkTileProvider.h"
#include "ui/map/tiles/TileLoader.h"
#include "ui/map/tiles/TileSource.h"
#include "ui/map/tools/CircleTool.h"
#include "ui/map/tools/EditTool.h"
#include "ui/map/tools/MeasureTool.h"
#include "ui/map/tools/MunicipalityTool.h"
#include "ui/map/tools/PanTool.h"
#include "ui/map/tools/PathTool.h"
#include "ui/map/tools/PointTool.h"
#include "ui/map/tools/RectangleTool.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace burgernet {

namespace {
// An early pilot used 1 km: the usual first circle when nothing else is known.
constexpr double kDefaultCircleMetres = 1000;
} // namespace

MapView::MapView(const SelectionService& selection, QUndoStack& undoStack, const Clock& clock,
                 Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mapArea"));
    m_canvas = new MapCanvas(this);
    m_offlineNotice = new QLabel(m_canvas);
    m_offlineNotice->setObjectName(QStringLiteral("mapOfflineNotice"));
    m_offlineNotice->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(255, 244, 214, 235); color: #4a3000; "
                       "border: 1px solid #c9a227; border-radius: 3px; padding: 3px 6px; }"));
    m_offlineNotice->move(8, 8);
    m_offlineNotice->hide();
    m_controller = new AreaController(selection, undoStack, clock, this);
    m_controller->setWarningThreshold(settings.value(keys::MapParticipantWarning));
    m_controller->setRepairConfirmer(
        [this](const GeoArea& repaired, const SelectionCount& count, const QString& text) {
            return RepairConfirmDialog::ask(this, repaired, count, text);
        });
    m_toolBar = new QToolBar(tr("Map tools"), this);
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navBar = new QToolBar(tr("Map navigation"), this);
    m_navBar->setObjectName(QStringLiteral("mapNavigationBar"));
    m_navBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_navBar);
    layout->addWidget(m_canvas, 1);

    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setObjectName(QStringLiteral("mapCursorStatus"));
    // Wide enough for the coordinates not to jitter; the RD part may push the label wider where
    // the window has room, but the status bar must still fit an 800-pixel screen.
    m_cursorLabel->setMinimumWidth(
        m_cursorLabel->fontMetrics().horizontalAdvance(QStringLiteral("52.00000° N 5.00000° E")));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("areaCountStatus"));

    createTools();
    createLayers(selection);
    m_layerList = new LayerListWidget(*m_canvas, &m_settings, this);
    createTileControls();
    createCountAt(clock);

    connect(m_canvas, &MapCanvas::cursorMoved, this, &MapView::showCursor);
    connect(m_controller, &AreaController::countChanged, this, &MapView::showCount);
    connect(m_controller, &AreaController::message, this, &MapView::message);
    showCount(m_controller->count(), false);
    m_canvas->zoomToNetherlands();
}

MapView::~MapView() = default;

void MapView::createLayers(const SelectionService& selection)
{
    auto* basemap = new BasemapLayer(this);
    if (auto loaded = basemap->load(); !loaded)
        qCWarning(lcUi) << loaded.errorMessage();
    m_canvas->addLayer(basemap);
    PlaceTable places; // none when the table cannot be read: the map works without names
    if (auto loaded = PlaceTable::load()) {
        places = std::move(*loaded);
        m_canvas->addLayer(new PlaceLabelLayer(places.places(), this));
    } else {
        qCWarning(lcUi) << loaded.errorMessage();
    }
    createSearch(std::move(places));
    m_participantLayer = new ParticipantLayer(this);
    m_participantLayer->setIndex(selection.index()); // aggregated in a worker thread
    m_canvas->addLayer(m_participantLayer);
    m_canvas->addLayer(new AreaLayer(*m_controller, this));
    m_canvas->addLayer(new TipLayer(*m_controller, this));
    m_markerLayer = new MarkerLayer(this);
    m_canvas->addLayer(m_markerLayer);
    m_boundaryLayer = new BoundaryLayer(this);
    m_canvas->addLayer(m_boundaryLayer);
}

void MapView::showPlaces(const QList<QGeoCoordinate>& places, const QString& label)
{
    m_markerLayer->setMarkers(places, label);
    if (!places.isEmpty())
        m_canvas->centreOn(places.front(), 16);
}

void MapView::createTools()
{
    m_tools = new MapToolRegistry(*m_canvas, this);
    auto* pan = new PanTool(m_canvas);
    m_tools->setTool(MapToolId::Pan, pan);
    m_tools->setTool(MapToolId::Circle, new CircleTool(m_canvas, *m_controller));
    m_tools->setTool(MapToolId::Polygon, new PolygonTool(m_canvas, *m_controller));
    m_tools->setTool(MapToolId::Rectangle, new RectangleTool(m_canvas, *m_controller));
    m_corridorTool = new CorridorTool(m_canvas, *m_controller);
    m_tools->setTool(MapToolId::Corridor, m_corridorTool);
    m_tools->setTool(MapToolId::Edit, new EditTool(m_canvas, *m_controller));
    auto* point = new PointTool(m_canvas);
    m_tools->setTool(MapToolId::TipPlace, point);
    connect(point, &PointTool::picked, this, [this](const QGeoCoordinate& at) {
        activateTool(MapToolId::Pan);
        Q_EMIT placePicked(at);
    });
    connect(point, &PointTool::cancelled, this, [this] { activateTool(MapToolId::Pan); });
    auto* measure = new MeasureTool(m_canvas);
    m_tools->setTool(MapToolId::Measure, measure);
    connect(measure, &MeasureTool::measured, this,
            [this](double, const QString& text) { Q_EMIT message(tr("Distance: %1").arg(text)); });

    // The municipality tool's action joins the toolbar with the boundaries (setBoundaries).
    for (MapToolId id : MapToolRegistry::kAll) {
        if (id == MapToolId::Municipality)
            continue;
        m_toolBar->addAction(m_tools->action(id));
        if (id == MapToolId::Corridor) {
            m_corridorWidth = new QSpinBox(this);
            m_corridorWidth->setObjectName(QStringLiteral("corridorWidth"));
            m_corridorWidth->setRange(20, 10000);
            m_corridorWidth->setSingleStep(50);
            m_corridorWidth->setValue(static_cast<int>(m_corridorTool->widthMetres()));
            m_corridorWidth->setSuffix(tr(" m"));
            m_corridorWidth->setToolTip(tr("Width of the corridor"));
            connect(m_corridorWidth, &QSpinBox::valueChanged, this,
                    [this](int metres) { m_corridorTool->setWidthMetres(metres); });
            m_toolBar->addWidget(m_corridorWidth);
        }
    }
    m_tools->activate(MapToolId::Pan);

    m_toolBar->addSeparator();
    QAction* clear = m_toolBar->addAction(tr("Remove area"), m_controller, &AreaController::clear);
    clear->setObjectName(QStringLiteral("removeAreaAction"));
    QAction* toArea = m_navBar->addAction(tr("Zoom to area"), this, &MapView::zoomToArea);
    toArea->setObjectName(QStringLiteral("zoomToAreaAction"));
    QAction* toNl =
        m_toolBar->addAction(tr("Zoom to Netherlands"), m_canvas, &MapCanvas::zoomToNetherlands);
    toNl->setObjectName(QStringLiteral("zoomToNetherlandsAction"));
}

void MapView::createSearch(PlaceTable places)
{
    m_navBar->addSeparator();
    m_placeFinder = new PlaceFinder(QUrl(m_settings.value(keys::GeocoderUrl)), places, this);
    m_searchBox = new PlaceSearchBox(std::move(places), *m_placeFinder, this);
    m_searchBox->setMinimumWidth(260);
    m_navBar->addWidget(m_searchBox);
    connect(m_placeFinder, &PlaceFinder::offlineChanged, this, &MapView::updateOfflineNotice);
    QAction* incident = m_navBar->addAction(tr("Incident here"), this, &MapView::setIncidentHere);
    incident->setObjectName(QStringLiteral("setIncidentAction"));
    incident->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    incident->setToolTip(tr("Put the incident marker on the place found (or the map's centre)"));
    QAction* circle = m_navBar->addAction(tr("Circle here"), this, &MapView::circleHere);
    circle->setObjectName(QStringLiteral("circleHereAction"));
    circle->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    circle->setToolTip(tr("Make the alert area a circle around the place found (the current "
                          "circle's radius, else 1 km)"));
    connect(m_searchBox, &PlaceSearchBox::found, this,
            [this](const QGeoCoordinate& c, double zoom, const QString& description) {
                m_lastFound = c;
                // A pin where it is: at an address's zoom the offline basemap alone shows no
                // street to recognise it by.
                m_markerLayer->setMarkers({c}, tr("Found"));
                m_canvas->centreOn(c, zoom);
                Q_EMIT message(tr("Found: %1").arg(description));
            });
    connect(m_searchBox, &PlaceSearchBox::notFound, this, &MapView::message);
}

// On the map itself, not in a tooltip or a toolbar that may be folded away: what works without
// the network and what does not.
void MapView::updateOfflineNotice()
{
    QStringList lines;
    if (m_tileLayer && m_tileLayer->isOffline())
        lines << (m_mbtilesLayer && m_mbtilesLayer->isReady()
                      ? tr("Map background offline: %1 cannot be reached, the offline tiles "
                           "and basemap are shown")
                      : tr("Map background offline: %1 cannot be reached, the offline basemap "
                           "is shown"))
                     .arg(m_tileLayer->name());
    if (m_placeFinder && m_placeFinder->isOffline())
        lines << tr("Address search offline: places and postcodes only");
    m_offlineNotice->setText(lines.join(QLatin1Char('\n')));
    m_offlineNotice->adjustSize();
    m_offlineNotice->setVisible(!lines.isEmpty());
    m_offlineNotice->raise();
}

PrepareOfflineMapDialog* MapView::prepareOfflineMap()
{
    // The background shown, when it may be kept offline; else PDOK's standard map.
    TileSource source = m_tileLayer ? m_tileLayer->provider()->source() : TileSource();
    if (!source.isValid() || source.id == QLatin1String("osm"))
        source = TileSource::byId(QStringLiteral("pdok-standaard"));
    const QRectF world = m_canvas->viewport().visibleWorld();
    const QPointF nw = mercator::lonLatFromWorld(world.topLeft());
    const QPointF se = mercator::lonLatFromWorld(world.bottomRight());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    auto* dialog = new PrepareOfflineMapDialog(
        source, QRectF(QPointF(nw.x(), se.y()), QPointF(se.x(), nw.y())),
        static_cast<int>(m_canvas->viewport().zoom()),
        QDir(folder).filePath(QStringLiteral("offline-map.mbtiles")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrepareOfflineMapDialog::prepared, this,
            [this](const QString& path) { setMbtilesFile(path); });
    dialog->open();
    return dialog;
}

void MapView::circleHere()
{
    const QGeoCoordinate centre =
        m_lastFound.isValid() ? m_lastFound
                              : m_canvas->viewport().toCoordinate(
                                    QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0));
    const GeoArea& current = m_controller->area();
    const double radius =
        current.kind() == GeoArea::Kind::Circle ? current.radiusMetres() : kDefaultCircleMetres;
    m_controller->commit(GeoArea::circle(centre, radius), tr("Circle around the place found"));
}

void MapView::createTileControls()
{
    m_navBar->addSeparator();
    // A menu, not a list box: on a narrow map it folds into the toolbar's overflow menu and can
    // still be chosen there.
    auto* menu = new QMenu(tr("Background"), this);
    menu->setObjectName(QStringLiteral("tileSourceMenu"));
    m_tileChoice = new QActionGroup(this);
    const auto choice = [this, menu](const QString& name, const QString& id) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setData(id);
        m_tileChoice->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { setTileSource(id); });
    };
    choice(tr("Offline basemap"), QStringLiteral("none"));
    for (const TileSource& source : TileSource::presets())
        choice(source.name, source.id);
    if (!m_settings.value(keys::MapTileTemplate).isEmpty())
        choice(tr("Custom tiles"), QStringLiteral("custom"));
    QAction* background = menu->menuAction();
    background->setObjectName(QStringLiteral("tileSourceAction"));
    background->setToolTip(tr("The map's background: the offline basemap, or online tiles"));
    m_navBar->addAction(background);
    if (auto* button = qobject_cast<QToolButton*>(m_navBar->widgetForAction(background)))
        button->setPopupMode(QToolButton::InstantPopup);
    QAction* mbtiles = m_navBar->addAction(tr("MBTiles…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Offline tiles"), QString(), tr("MBTiles files (*.mbtiles);;All files (*)"));
        if (!path.isEmpty())
            setMbtilesFile(path);
    });
    mbtiles->setObjectName(QStringLiteral("openMbtilesAction"));
    mbtiles->setToolTip(tr("Show tiles from an MBTiles file, without network"));
    QAction* prepare =
        m_navBar->addAction(tr("Prepare offline map…"), this, &MapView::prepareOfflineMap);
    prepare->setObjectName(QStringLiteral("prepareOfflineMapAction"));
    prepare->setToolTip(tr("Download the map's background for this area into an MBTiles file"));

    const QString saved = m_settings.value(keys::MapTileSource);
    QString chosen = m_tileChoice->actions().constFirst()->data().toString();
    for (QAction* action : m_tileChoice->actions())
        if (action->data().toString() == saved)
            chosen = saved;
    setTileSource(chosen);
    if (const QString file = m_settings.value(keys::MapMbtilesFile); !file.isEmpty())
        setMbtilesFile(file);
}

void MapView::createCountAt(const Clock& clock)
{
    // A row of its own under the map rather than on a toolbar: in a toolbar's overflow menu at
    // 1280x720 a check box and a time field could not be used.
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("countAtRow"));
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(4, 0, 4, 0);
    m_countAtChosen = new QCheckBox(tr("Count at"), this);
    m_countAtChosen->setObjectName(QStringLiteral("countAtChosen"));
    m_countAtChosen->setToolTip(
        tr("Count those whose registered hours include this moment (unticked: now)"));
    m_countAt = new QDateTimeEdit(clock.nowLocal(), this);
    m_countAt->setObjectName(QStringLiteral("countAt"));
    m_countAt->setCalendarPopup(true);
    m_countAt->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_countAt->setEnabled(false);
    rowLayout->addWidget(m_countAtChosen);
    rowLayout->addWidget(m_countAt);
    rowLayout->addStretch();
    static_cast<QVBoxLayout*>(layout())->addWidget(row);
    const auto apply = [this] {
        m_countAt->setEnabled(m_countAtChosen->isChecked());
        m_controller->setCountAt(countAt());
    };
    connect(m_countAtChosen, &QCheckBox::toggled, this, apply);
    connect(m_countAt, &QDateTimeEdit::dateTimeChanged, this, apply);
}

void MapView::setCountAt(const QDateTime& at)
{
    if (at.isValid())
        m_countAt->setDateTime(at.toLocalTime());
    m_countAtChosen->setChecked(at.isValid());
    m_countAt->setEnabled(at.isValid());
    m_controller->setCountAt(countAt());
}

QDateTime MapView::countAt() const
{
    return m_countAtChosen->isChecked() ? m_countAt->dateTime().toUTC() : QDateTime();
}

void MapView::setTileSource(const QString& id)
{
    delete m_tileLayer;
    m_tileLayer = nullptr;
    const TileSource source = TileSource::byId(id, m_settings.value(keys::MapTileTemplate));
    if (source.isValid()) {
        const QString cache = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                  .filePath(QStringLiteral("tiles/") + source.id);
        m_tileLayer = new OnlineTileLayer(source, cache, this);
        m_canvas->addLayer(m_tileLayer);
        connect(m_tileLayer, &OnlineTileLayer::offlineChanged, this, &MapView::updateOfflineNotice);
    }
    updateOfflineNotice();
    if (m_settings.value(keys::MapTileSource) != (source.isValid() ? id : QStringLiteral("none")))
        m_settings.setValue(keys::MapTileSource, source.isValid() ? id : QStringLiteral("none"));
    for (QAction* action : m_tileChoice->actions())
        action->setChecked(action->data().toString() ==
                           (source.isValid() ? id : QStringLiteral("none")));
    m_layerList->refresh();
}

bool MapView::setMbtilesFile(const QString& path)
{
    delete m_mbtilesLayer;
    m_mbtilesLayer = nullptr;
    bool shown = true;
    if (!path.isEmpty()) {
        auto opened = MbtilesLayer::open(path, this);
        if (opened) {
            m_mbtilesLayer = *opened;
            m_canvas->addLayer(m_mbtilesLayer);
            connect(m_mbtilesLayer, &MbtilesLayer::ready, this, [this] {
                m_layerList->refresh();
                updateOfflineNotice();
            });
            // Opened on its own thread: a file that is not MBTiles is said so afterwards.
            connect(m_mbtilesLayer, &MbtilesLayer::openFailed, this, [this](const QString& error) {
                Q_EMIT message(error);
                m_mbtilesLayer->deleteLater();
                m_mbtilesLayer = nullptr;
                m_settings.setValue(keys::MapMbtilesFile, QString());
                m_layerList->refresh();
            });
        } else {
            Q_EMIT message(opened.errorMessage());
            shown = false;
        }
    }
    m_settings.setValue(keys::MapMbtilesFile, shown ? path : QString());
    m_layerList->refresh();
    return shown;
}

void MapView::setIncidentHere()
{
    m_controller->setIncident(m_lastFound.isValid()
                                  ? m_lastFound
                                  : m_canvas->viewport().toCoordinate(QPointF(
                                        m_canvas->width() / 2.0, m_canvas->height() / 2.0)));
}

void MapView::focusSearch()
{
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

MapTool* MapView::tool(MapToolId id) const
{
    return m_tools->tool(id);
}

void MapView::activateTool(MapToolId id)
{
    m_tools->action(id)->trigger();
}

bool MapView::participantsReady() const
{
    return m_participantLayer && m_participantLayer->isReady() && m_controller->countKnown();
}

void MapView::participantsChanged(const SelectionService& selection)
{
    m_participantLayer->setIndex(selection.index());
    m_controller->refreshCount();
}

void MapView::zoomToArea()
{
    zoomTo(m_controller->area());
}

void MapView::zoomTo(const GeoArea& area)
{
    if (area.isEmpty())
        return;
    const GeoArea::Box box = area.boundingBox();
    m_canvas->zoomToWorldRect(QRectF(mercator::worldFromLonLat(box.west, box.north),
                                     mercator::worldFromLonLat(box.east, box.south)));
}

void MapView::showCursor(const QGeoCoordinate& c)
{
    if (!c.isValid()) {
        m_cursorLabel->clear();
        return;
    }
    const QString wgs =
        tr("%1° N %2° E").arg(c.latitude(), 0, 'f', 5).arg(c.longitude(), 0, 'f', 5);
    const auto rd = RdProjection::fromWgs84(c.latitude(), c.longitude());
    m_cursorLabel->setText(
        rd && RdProjection::isPlausibleRd(rd->x(), rd->y())
            ? tr("%1 · RD %2 %3").arg(wgs).arg(rd->x(), 0, 'f', 0).arg(rd->y(), 0, 'f', 0)
            : wgs);
}

void MapView::showCount(const SelectionCount& count, bool preview)
{
    const GeoArea& counted = preview ? m_controller->preview() : m_controller->area();
    if (counted.isEmpty()) {
        m_countLabel->setText(tr("No alert area"));
        m_countLabel->setStyleSheet({});
        return;
    }
    if (!m_controller->countKnown()) {
        m_countLabel->setText(tr("In the area: counting once the participants have loaded…"));
        m_countLabel->setStyleSheet({});
        return;
    }
    if (!m_controller->countRefusal().isEmpty()) {
        m_countLabel->setText(m_controller->countRefusal());
        m_countLabel->setStyleSheet(QStringLiteral("color: #a00010; font-weight: bold;"));
        return;
    }
    const QLocale locale;
    const QString size = AreaSizeText::of(counted);
    const QString text = tr("In the area: %1 participants (SMS %2, voice %3, e-mail %4)")
                             .arg(locale.toString(count.participants),
                                  locale.toString(count.on(BuiltinChannel::Sms)),
                                  locale.toString(count.on(BuiltinChannel::Voice)),
                                  locale.toString(count.on(BuiltinChannel::Email)));
    const QString withSize = size.isEmpty() ? text : tr("%1 · %2").arg(text, size);
    const QDateTime at = m_controller->countAt();
    m_countLabel->setText(
        at.isValid()
            ? tr("At %1: %2")
                  .arg(at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")), withSize)
            : withSize);
    m_countLabel->setStyleSheet(m_controller->exceedsThreshold()
                                    ? QStringLiteral("color: #a00010; font-weight: bold;")
                                    : QString());
}

void MapView::setAreaCounts(const AreaCountService* counts)
{
    m_controller->setCounter(counts);
}

void MapView::setBoundaries(const BoundaryService* boundaries)
{
    if (m_boundaries || !boundaries)
        return;
    m_boundaries = boundaries;
    // The outlines, read once here (a few hundred polygons); painting never reads the register.
    if (auto all = boundaries->boundaries(); all && !all->isEmpty()) {
        m_boundaryLayer->setBoundaries(*all);
        m_layerList->refresh();
    }
    m_tools->setTool(
        MapToolId::Municipality,
        new MunicipalityTool(
            m_canvas, *m_controller,
            [boundaries](const QGeoCoordinate& at) -> std::optional<MunicipalBoundary> {
                auto found = boundaries->at(at);
                return found ? *found : std::nullopt;
            }));
    m_toolBar->addAction(m_tools->action(MapToolId::Municipality));
    QAction* pick = m_toolBar->addAction(tr("Municipality…"), this, &MapView::pickMunicipality);
    pick->setObjectName(QStringLiteral("pickMunicipalityAction"));
    pick->setToolTip(tr("Choose a municipality from the list as the area"));
    if (!m_pickMunicipality)
        m_pickMunicipality =
            [this](const QList<MunicipalBoundary>& all) -> std::optional<MunicipalBoundary> {
            QStringList labels;
            for (const MunicipalBoundary& b : all)
                labels << b.label();
            bool ok = false;
            const QString chosen =
                QInputDialog::getItem(this, tr("Municipality"), tr("The municipality as the area:"),
                                      labels, 0, true, &ok);
            const qsizetype i = labels.indexOf(chosen);
            return ok && i >= 0 ? std::optional(all[i]) : std::nullopt;
        };
}

void MapView::pickMunicipality()
{
    if (!m_boundaries)
        return;
    auto all = m_boundaries->boundaries();
    if (!all) {
        Q_EMIT message(all.errorMessage());
        return;
    }
    if (all->isEmpty()) {
        Q_EMIT message(tr("No municipal boundaries are in the register: an administrator imports "
                          "them (burgernetctl boundaries import FILE)."));
        return;
    }
    if (const auto chosen = m_pickMunicipality(*all)) {
        if (MunicipalityTool::use(*m_controller, *chosen))
            zoomToArea();
    }
}

} // namespace burgernet
