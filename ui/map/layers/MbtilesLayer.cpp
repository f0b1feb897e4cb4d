#include "ui/map/layers/MbtilesLayer.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace burgernet {

namespace {

// Lives in the worker thread and owns the connection there.
class MbtilesReader : public QObject
{
    Q_OBJECT
public:
    explicit MbtilesReader(QString path)
        : m_path(std::move(path))
        , m_connection(QStringLiteral("mbtiles-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~MbtilesReader() override
    {
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    void read(const TileKey& key)
    {
        if (!QSqlDatabase::contains(m_connection)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            db.open();
        }
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND "
                                 "tile_column = ? AND tile_row = ?"));
        q.addBindValue(key.z);
        q.addBindValue(key.x);
        q.addBindValue((1 << key.z) - 1 - key.y); // TMS rows count from the south
        QImage image;
        if (q.exec() && q.next())
            image.loadFromData(q.value(0).toByteArray());
        Q_EMIT done(key, image);
    }

Q_SIGNALS:
    void done(const burgernet::TileKey& key, const QImage& image);

private:
    QString m_path;
    QString m_connection;
};

} // namespace

Result<MbtilesLayer*> MbtilesLayer::open(const QString& path, QObject* parent)
{
    if (!QFileInfo(path).isFile())
        return Error(tr("The MBTiles file %1 does not exist.").arg(path));
    const QString connection = QStringLiteral("mbtiles-meta-") + QUuid::createUuid().toString();
    QString name, attribution;
    int minZoom = 0, maxZoom = 19;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT name, value FROM metadata")))
                error = tr("no metadata table (%1)").arg(q.lastError().text());
            while (q.next()) {
                const QString key = q.value(0).toString(), value = q.value(1).toString();
                if (key == QLatin1String("name"))
                    name = value;
                else if (key == QLatin1String("attribution"))
                    attribution = value;
                else if (key == QLatin1String("minzoom"))
                    minZoom = value.toInt();
                else if (key == QLatin1String("maxzoom"))
                    maxZoom = value.toInt();
                else if (key == QLatin1String("format") && value != QLatin1String("png") &&
                         value != QLatin1String("jpg") && value != QLatin1String("webp"))
                    error = tr("tiles in %1, not raster images").arg(value);
            }
            if (error.isEmpty() && !q.exec(QStringLiteral("SELECT 1 FROM tiles LIMIT 1")))
                error = tr("no tiles table");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return Error(tr("%1 is not a usable MBTiles file: %2").arg(path, error));
    auto* layer =
        new MbtilesLayer(path, name.isEmpty() ? QFileInfo(path).completeBaseName() : name, parent);
    layer->m_attribution = attribution;
    layer->setZoomRange(std::clamp(minZoom, 0, 19), std::clamp(maxZoom, 0, 19));
    return layer;
}

MbtilesLayer::MbtilesLayer(const QString& path, const QString& name, QObject* parent)
    : TiledLayer(QStringLiteral("mbtiles"), tr("Offline tiles: %1").arg(name), OfflineTilesZ,
                 parent)
    , m_path(path)
{
    auto* reader = new MbtilesReader(path);
    reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, reader, &QObject::deleteLater);
    connect(this, &MbtilesLayer::requestTile, reader, &MbtilesReader::read);
    connect(reader, &MbtilesReader::done, this, [this](const TileKey& key, const QImage& image) {
        m_asked.remove(key);
        if (image.isNull())
            markMissing(key);
        else
            insert(key, image);
    });
    m_thread.setObjectName(QStringLiteral("mbtiles"));
    m_thread.start();
}

MbtilesLayer::~MbtilesLayer()
{
    m_thread.quit();
    m_thread.wait();
}

void MbtilesLayer::fetch(const TileKey& key)
{
    if (m_asked.contains(key))
        return;
    m_asked.insert(key);
    Q_EMIT requestTile(key);
}

} // namespace burgernet

#include "MbtilesLayer.moc"
