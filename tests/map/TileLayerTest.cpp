// Tiles against a real HTTP server on loopback (a small one made here from QTcpServer, which
// answers every GET with a coloured PNG and counts the requests) and a generated MBTiles file.
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/services/SelectionService.h"
#include "tests/support/FakeClock.h"
#include "tests/support/Wait.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"
#include "ui/map/PrepareOfflineMapDialog.h"
#include "ui/map/layers/BasemapLayer.h"
#include "ui/map/layers/MbtilesLayer.h"
#include "ui/map/layers/OnlineTileLayer.h"
#include "ui/map/tiles/MbtilesTileProvider.h"
#include "ui/map/tiles/NetworkTileProvider.h"
#include "ui/map/tiles/TileLoader.h"
#include "ui/map/tiles/TileSeeder.h"

#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

QByteArray png(const QColor& colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

class TileServer : public QTcpServer
{
public:
    TileServer()
    {
        REQUIRE(listen(QHostAddress::LocalHost, 0));
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    const QByteArray request = m_buffer.take(socket);
                    ++requests;
                    const int ua = request.indexOf("User-Agent: ");
                    userAgent = request.mid(ua + 12, request.indexOf("\r\n", ua) - ua - 12);
                    path = request.split(' ').value(1);
                    const QByteArray body = png(Qt::red);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                                  "Cache-Control: max-age=86400\r\nContent-Length: " +
                                  QByteArray::number(body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(serverPort());
    }
    int requests = 0;
    QByteArray userAgent;
    QByteArray path;

private:
    QHash<QTcpSocket*, QByteArray> m_buffer;
};

// Renders an 256 x 256 view whose top-left tile is 12/x/y (by default 12/2104/1346) exactly.
QImage renderTile(MapCanvas& canvas, int x = 2104, int y = 1346)
{
    MapViewport viewport;
    viewport.setSize({256, 256});
    viewport.setZoom(12);
    viewport.setCentre(QPointF((x + 0.5) / 4096.0, (y + 0.5) / 4096.0));
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    canvas.render(painter, viewport);
    return image;
}

} // namespace

TEST_CASE("Online tiles: loaded over HTTP with a User-Agent, then from the disk cache, "
          "offline falls back to the basemap",
          "[map][tiles]")
{
    QTemporaryDir cache;
    auto server = std::make_unique<TileServer>();
    TileSource source{QStringLiteral("test"),
                      QStringLiteral("Test tiles"),
                      server->urlTemplate(),
                      QStringLiteral("© Test tiles"),
                      0,
                      19};

    {
        MapCanvas canvas;
        OnlineTileLayer layer(source, cache.path());
        canvas.addLayer(&layer);
        QSignalSpy loaded(layer.provider(), &TileProvider::loaded);
        renderTile(canvas); // asks for the tile
        REQUIRE(loaded.wait(5000));
        CHECK(server->requests == 1);
        CHECK(server->path == "/tiles/12/2104/1346.png");
        CHECK(server->userAgent.startsWith("BurgernetConsole/"));
        CHECK(renderTile(canvas).pixelColor(128, 128) == QColor(Qt::red));
        // Fetched, read from the cache and decoded on the provider's thread.
        CHECK(layer.provider()->workerThread() != QThread::currentThread());
        CHECK(layer.provider()->workerThread()->isRunning());
        CHECK(layer.attribution() == QStringLiteral("© Test tiles"));
        CHECK(canvas.attributionText().contains(QStringLiteral("© Test tiles")));
        layer.setVisible(false); // a hidden layer's credit is not shown
        CHECK_FALSE(canvas.attributionText().contains(QStringLiteral("© Test tiles")));
        layer.setVisible(true);
        CHECK(layer.provider()->networkLoads() == 1);
    }
    {
        // A new layer (empty memory) gets the tile from the disk cache: no second request.
        MapCanvas canvas;
        OnlineTileLayer layer(source, cache.path());
        canvas.addLayer(&layer);
        QSignalSpy loaded(layer.provider(), &TileProvider::loaded);
        renderTile(canvas);
        REQUIRE(loaded.wait(5000));
        CHECK(server->requests == 1);
        CHECK(layer.provider()->cacheLoads() == 1);
        CHECK(renderTile(canvas).pixelColor(128, 128) == QColor(Qt::red));
    }
    const quint16 port = server->serverPort();
    server.reset(); // the network is gone
    {
        MapCanvas canvas;
        BasemapLayer basemap;
        REQUIRE(basemap.load());
        canvas.addLayer(&basemap);
        TileSource other = source;
        other.urlTemplate = QStringLiteral("http://127.0.0.1:%1/other/{z}/{x}/{y}.png").arg(port);
        OnlineTileLayer layer(other, cache.path());
        canvas.addLayer(&layer);
        QSignalSpy failed(layer.provider(), &TileProvider::failed);
        QSignalSpy offline(&layer, &OnlineTileLayer::offlineChanged);
        renderTile(canvas);
        REQUIRE(failed.wait(5000));
        CHECK(layer.isOffline());
        REQUIRE(offline.size() == 1);
        CHECK(offline.at(0).at(0).toBool());
        CHECK(layer.attribution().contains(QStringLiteral("offline")));
        CHECK(canvas.attributionText().contains(QStringLiteral("Natural Earth")));
        // The basemap shows through: Utrecht is Dutch land.
        CHECK(renderTile(canvas).pixelColor(128, 128) == QColor(0xfa, 0xf8, 0xf2));
        // And the failed tile is not asked for again on every frame.
        renderTile(canvas);
        CHECK_FALSE(failed.wait(300));
    }
}

TEST_CASE("Tile sources: PDOK and OpenStreetMap presets, TMS rows", "[map][tiles]")
{
    const TileSource pdok = TileSource::byId(QStringLiteral("pdok-grijs"));
    CHECK(pdok.url({12, 2104, 1346}).toString() ==
          QStringLiteral("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/"
                         "EPSG:3857/12/2104/1346.png"));
    CHECK(pdok.attribution.contains(QStringLiteral("Kadaster")));
    CHECK(TileSource::byId(QStringLiteral("osm"))
              .attribution.contains(QStringLiteral("OpenStreetMap")));
    const TileSource tms =
        TileSource::byId(QStringLiteral("custom"), QStringLiteral("http://h/{z}/{x}/{-y}.png"));
    CHECK(tms.url({3, 1, 1}).toString() == QStringLiteral("http://h/3/1/6.png"));
    CHECK_FALSE(TileSource::byId(QStringLiteral("nothing")).isValid());
}

TEST_CASE("MBTiles 1.3: metadata, TMS row flip, read off the GUI thread", "[map][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utrecht.mbtiles"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column "
                                      "INTEGER, tile_row INTEGER, tile_data BLOB)")));
        for (auto [k, v] : {std::pair{"name", "Utrecht test"},
                            {"format", "png"},
                            {"minzoom", "10"},
                            {"maxzoom", "12"},
                            {"attribution", "© Test MBTiles"}}) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(QString::fromLatin1(k));
            q.addBindValue(QString::fromUtf8(v));
            REQUIRE(q.exec());
        }
        // 12/2104/1346 in XYZ is row 4095 - 1346 = 2749 in TMS; blue. The XYZ row itself
        // (the flip forgotten) holds green, which must not be drawn.
        for (auto [row, colour] : {std::pair{2749, QColor(Qt::blue)}, {1346, QColor(Qt::green)}}) {
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (12, 2104, ?, ?)"));
            q.addBindValue(row);
            q.addBindValue(png(colour));
            REQUIRE(q.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gen"));

    auto opened = MbtilesLayer::open(path);
    REQUIRE(opened);
    std::unique_ptr<MbtilesLayer> layer(*opened);
    // Opened on the provider's thread: the metadata follows.
    QSignalSpy ready(layer.get(), &MbtilesLayer::ready);
    REQUIRE((layer->isReady() || ready.wait(5000)));
    CHECK(layer->name().contains(QStringLiteral("Utrecht test")));
    CHECK(layer->attribution() == QStringLiteral("© Test MBTiles"));
    CHECK(layer->minZoom() == 10);
    CHECK(layer->maxZoom() == 12);
    MapCanvas canvas;
    canvas.addLayer(layer.get());
    QSignalSpy changed(layer.get(), &MapLayer::changed);
    renderTile(canvas);
    REQUIRE(test::waitUntil([&] { return layer->hasTile({12, 2104, 1346}); }, 5000));
    CHECK(renderTile(canvas).pixelColor(128, 128) == QColor(Qt::blue));
    CHECK(layer->provider()->workerThread() != QThread::currentThread());

    CHECK_FALSE(MbtilesLayer::open(dir.filePath(QStringLiteral("missing.mbtiles"))));
    QFile junk(dir.filePath(QStringLiteral("junk.mbtiles")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not sqlite at all");
    junk.close();
    auto junkLayer = MbtilesLayer::open(junk.fileName());
    REQUIRE(junkLayer);
    std::unique_ptr<MbtilesLayer> notMbtiles(*junkLayer);
    QSignalSpy failed(notMbtiles.get(), &MbtilesLayer::openFailed);
    REQUIRE(failed.wait(5000));
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("not a usable MBTiles file")));
    CHECK_FALSE(notMbtiles->isReady());
}

TEST_CASE("PDOK BRT-Achtergrondkaart is the map's background unless chosen otherwise",
          "[map][tiles]")
{
    SelectionService selection;
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    MapView view(selection, undo, clock, *settings);
    REQUIRE(view.tileLayer());
    CHECK(view.tileLayer()->name() == QStringLiteral("PDOK BRT-Achtergrondkaart (standaard)"));
    CHECK(view.tileLayer()->provider()->source().urlTemplate ==
          QStringLiteral("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/"
                         "EPSG:3857/{z}/{x}/{y}.png"));
    CHECK(view.tileLayer()->attribution().startsWith(QStringLiteral("Kaartgegevens © Kadaster")));
    view.setTileSource(QStringLiteral("none"));
    CHECK_FALSE(view.tileLayer());
    CHECK(settings->value(keys::MapTileSource) == QStringLiteral("none"));
}

TEST_CASE("The map shows its online background when it answers, and says so on the map when "
          "it does not",
          "[map][tiles]")
{
    SelectionService selection;
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    TileServer server;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    settings->setValue(keys::MapTileSource, QStringLiteral("custom"));
    settings->setValue(keys::MapTileTemplate, server.urlTemplate());

    MapView view(selection, undo, clock, *settings);
    view.resize(800, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.tileLayer());
    REQUIRE(test::waitUntil([&] { return view.tileLayer()->lastDrawn() > 0; }, 10'000));
    CHECK(server.requests > 0);
    CHECK_FALSE(view.offlineNotice()->isVisible());
    CHECK_FALSE(view.tileLayer()->isOffline());

    // The service gone: a source at a port where nothing listens.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    settings->setValue(keys::MapTileTemplate,
                       QStringLiteral("http://127.0.0.1:%1/gone/{z}/{x}/{y}.png").arg(port));
    view.setTileSource(QStringLiteral("none"));
    view.setTileSource(QStringLiteral("custom"));
    view.canvas()->update();
    REQUIRE(test::waitUntil([&] { return view.offlineNotice()->isVisible(); }, 10'000));
    CHECK(view.offlineNotice()->text() ==
          QStringLiteral("Map background offline: Custom tiles cannot be reached, the offline "
                         "basemap is shown"));
    CHECK(view.tileLayer()->attribution().contains(QStringLiteral("offline")));
}

namespace {

// Utrecht's centre, zoom 10 to 12.
SeedPlan utrechtPlan(const QString& urlTemplate, const QString& path)
{
    SeedPlan plan;
    plan.source = {QStringLiteral("custom"),
                   QStringLiteral("Test tiles"),
                   urlTemplate,
                   QStringLiteral("© Test tiles"),
                   0,
                   19};
    plan.west = 5.08;
    plan.south = 52.07;
    plan.east = 5.14;
    plan.north = 52.11;
    plan.minZoom = 10;
    plan.maxZoom = 12;
    plan.path = path;
    return plan;
}

} // namespace

TEST_CASE("Prepare offline map: the tiles of a box and zoom range into an MBTiles file",
          "[map][seed]")
{
    QTemporaryDir dir;
    TileServer server;
    const QString path = dir.filePath(QStringLiteral("utrecht.mbtiles"));
    SeedPlan plan = utrechtPlan(server.urlTemplate(), path);
    // Tiles at 10: x 526, y 337; at 11: x 1052-1053, y 675; at 12: x 2105-2106, y 1350-1351.
    CHECK(plan.tileCount() == 1 + 2 + 4);
    CHECK(plan.estimatedBytes() == 7 * SeedPlan::kTypicalTileBytes);
    CHECK(plan.sourceAllowsSeeding());
    SeedPlan osm = plan;
    osm.source = TileSource::byId(QStringLiteral("osm"));
    CHECK_FALSE(osm.sourceAllowsSeeding());
    SeedPlan netherlands = plan;
    netherlands.west = 3.3;
    netherlands.south = 50.7;
    netherlands.east = 7.3;
    netherlands.north = 53.6;
    netherlands.minZoom = 6;
    netherlands.maxZoom = 14;
    CHECK(netherlands.tileCount() == 53'079);

    TileSeeder seeder(plan);
    QSignalSpy progress(&seeder, &TileSeeder::progress);
    QSignalSpy finished(&seeder, &TileSeeder::finished);
    seeder.start();
    REQUIRE(finished.wait(10'000));
    CHECK(finished.at(0).at(0).value<TileSeeder::Outcome>() == TileSeeder::Outcome::Done);
    CHECK(server.requests == 7);
    CHECK(server.userAgent.startsWith("BurgernetConsole/"));
    REQUIRE(progress.size() == 7);
    CHECK(progress.last().at(0).toLongLong() == 7);
    CHECK(progress.last().at(1).toLongLong() == 7);
    CHECK(progress.last().at(2).toLongLong() == 7 * png(Qt::red).size());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    // The file is one the map reads: its metadata and the Utrecht tile (rows flipped).
    auto opened = MbtilesLayer::open(path);
    REQUIRE(opened);
    std::unique_ptr<MbtilesLayer> layer(*opened);
    QSignalSpy ready(layer.get(), &MbtilesLayer::ready);
    REQUIRE((layer->isReady() || ready.wait(5000)));
    CHECK(layer->minZoom() == 10);
    CHECK(layer->maxZoom() == 12);
    CHECK(layer->attribution() == QStringLiteral("© Test tiles"));
    MapCanvas canvas;
    canvas.addLayer(layer.get());
    renderTile(canvas, 2105, 1350);
    REQUIRE(test::waitUntil([&] { return layer->hasTile({12, 2105, 1350}); }, 5000));
    CHECK(renderTile(canvas, 2105, 1350).pixelColor(128, 128) == QColor(Qt::red));
}

TEST_CASE("Prepare offline map: cancel removes the unfinished file, no network is an error",
          "[map][seed]")
{
    QTemporaryDir dir;
    {
        TileServer server;
        const QString path = dir.filePath(QStringLiteral("cancelled.mbtiles"));
        SeedPlan plan = utrechtPlan(server.urlTemplate(), path);
        plan.maxZoom = 14; // 7 + 9 + 25 tiles
        TileSeeder seeder(plan);
        QSignalSpy finished(&seeder, &TileSeeder::finished);
        QObject::connect(&seeder, &TileSeeder::progress, &seeder, &TileSeeder::cancel);
        seeder.start();
        REQUIRE(finished.wait(10'000));
        CHECK(finished.at(0).at(0).value<TileSeeder::Outcome>() == TileSeeder::Outcome::Cancelled);
        CHECK(server.requests < plan.tileCount());
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    }
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString path = dir.filePath(QStringLiteral("offline.mbtiles"));
    TileSeeder seeder(
        utrechtPlan(QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(port), path));
    QSignalSpy finished(&seeder, &TileSeeder::finished);
    seeder.start();
    REQUIRE(finished.wait(10'000));
    CHECK(finished.at(0).at(0).value<TileSeeder::Outcome>() == TileSeeder::Outcome::Failed);
    CHECK(finished.at(0).at(1).toString().contains(QStringLiteral("could not be downloaded")));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_CASE("Prepare offline map… from the map: estimate, download, then shown on the map",
          "[map][seed]")
{
    SelectionService selection;
    QUndoStack undo;
    test::FakeClock clock;
    QTemporaryDir dir;
    TileServer server;
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    settings->setValue(keys::MapTileSource, QStringLiteral("custom"));
    settings->setValue(keys::MapTileTemplate, server.urlTemplate());
    MapView view(selection, undo, clock, *settings);
    view.resize(600, 500);
    view.canvas()->centreOn(QGeoCoordinate(52.09, 5.12), 12);

    PrepareOfflineMapDialog* dialog = view.prepareOfflineMap();
    REQUIRE(dialog);
    const QString path = dir.filePath(QStringLiteral("utrecht.mbtiles"));
    dialog->pathEdit()->setText(path);
    dialog->minZoomBox()->setValue(10);
    dialog->maxZoomBox()->setValue(11);
    const qint64 tiles = dialog->plan().tileCount();
    CHECK(dialog->plan().source.urlTemplate == server.urlTemplate());
    CHECK(tiles >= 2);
    CHECK(dialog->estimateLabel()->text().startsWith(
        QStringLiteral("%1 tiles, about ").arg(QLocale().toString(tiles))));
    // The whole country at street level is more than a fair share of the service.
    dialog->extentChoice()->setCurrentIndex(1);
    dialog->maxZoomBox()->setValue(16);
    CHECK_FALSE(dialog->startButton()->isEnabled());
    dialog->extentChoice()->setCurrentIndex(0);
    dialog->maxZoomBox()->setValue(11);
    REQUIRE(dialog->startButton()->isEnabled());

    const int before = server.requests;
    dialog->startButton()->click();
    REQUIRE(test::waitUntil([&] { return view.mbtilesLayer() && view.mbtilesLayer()->isReady(); },
                            10'000));
    CHECK(view.mbtilesLayer()->path() == path);
    CHECK(settings->value(keys::MapMbtilesFile) == path);
    CHECK(server.requests - before == tiles);
    CHECK(dialog->progressBar()->value() == tiles);
    dialog->close();

    // OpenStreetMap's tiles are not downloaded in bulk.
    PrepareOfflineMapDialog osm(TileSource::byId(QStringLiteral("osm")), QRectF(5, 52, 0.1, 0.1),
                                12, path);
    CHECK_FALSE(osm.startButton()->isEnabled());
    CHECK(osm.estimateLabel()->text().contains(QStringLiteral("online only")));
}
