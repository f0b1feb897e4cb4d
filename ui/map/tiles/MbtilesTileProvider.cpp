#include "ui/map/tiles/MbtilesTileProvider.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace burgernet {

namespace {

// Lives in the provider's thread and owns the connection there.
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

    void open()
    {
        QString error;
        MbtilesInfo info;
        if (!QFileInfo(m_path).isFile()) {
            Q_EMIT openFailed(tr("The MBTiles file %1 does not exist.").arg(m_path));
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
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
                    info.name = value;
                else if (key == QLatin1String("attribution"))
                    info.attribution = value;
                else if (key == QLatin1String("minzoom"))
                    info.minZoom = std::clamp(value.toInt(), 0, 19);
                else if (key == QLatin1String("maxzoom"))
                    info.maxZoom = std::clamp(value.toInt(), 0, 19);
                else if (key == QLatin1String("format") && value != QLatin1String("png") &&
                         value != QLatin1String("jpg") && value != QLatin1String("webp"))
                    error = tr("tiles in %1, not raster images").arg(value);
            }
            if (error.isEmpty() && !q.exec(QStringLiteral("SELECT 1 FROM tiles LIMIT 1")))
                error = tr("no tiles table");
        }
        if (!error.isEmpty()) {
            Q_EMIT openFailed(tr("%1 is not a usable MBTiles file: %2").arg(m_path, error));
            return;
        }
        if (info.name.isEmpty())
            info.name = QFileInfo(m_path).completeBaseName();
        m_open = true;
        Q_EMIT opened(info);
    }

    void read(const TileKey& key)
    {
        QImage image;
        if (m_open) {
            QSqlQuery q(QSqlDatabase::database(m_connection));
            q.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND "
                                     "tile_column = ? AND tile_row = ?"));
            q.addBindValue(key.z);
            q.addBindValue(key.x);
            q.addBindValue((1 << key.z) - 1 - key.y); // TMS rows count from the south
            if (q.exec() && q.next() && image.loadFromData(q.value(0).toByteArray()))
                image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        }
        Q_EMIT done(key, image);
    }

Q_SIGNALS:
    void opened(const burgernet::MbtilesInfo& info);
    void openFailed(const QString& message);
    void done(const burgernet::TileKey& key, const QImage& image);

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace

MbtilesTileProvider::MbtilesTileProvider(const QString& path, QObject* parent)
    : TileProvider(parent)
    , m_path(path)
{
    auto* reader = new MbtilesReader(path);
    reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, reader, &QObject::deleteLater);
    connect(this, &MbtilesTileProvider::openRequested, reader, &MbtilesReader::open);
    connect(this, &TileProvider::requested, reader, &MbtilesReader::read);
    connect(reader, &MbtilesReader::opened, this, [this](const MbtilesInfo& info) {
        m_open = true;
        Q_EMIT opened(info);
    });
    connect(reader, &MbtilesReader::openFailed, this, &MbtilesTileProvider::openFailed);
    connect(reader, &MbtilesReader::done, this, [this](const TileKey& key, const QImage& image) {
        if (image.isNull())
            fail(key, tr("not in the file"));
        else
            deliver(key, image);
    });
    m_thread.setObjectName(QStringLiteral("mbtiles"));
    m_thread.start();
    Q_EMIT openRequested();
}

MbtilesTileProvider::~MbtilesTileProvider()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace burgernet

#include "MbtilesTileProvider.moc"
