#include "ui/map/tiles/TileSeeder.h"

#include "app/geo/WebMercator.h"
#include "ui/map/tiles/TileLoader.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace burgernet {

std::vector<SeedPlan::Range> SeedPlan::ranges() const
{
    std::vector<Range> out;
    const QPointF nw = mercator::worldFromLonLat(west, north);
    const QPointF se = mercator::worldFromLonLat(east, south);
    for (int z = minZoom; z <= maxZoom; ++z) {
        const int n = 1 << z;
        auto cell = [n](double v) {
            return std::clamp(static_cast<int>(std::floor(v * n)), 0, n - 1);
        };
        out.push_back({z, cell(nw.x()), cell(se.x()), cell(nw.y()), cell(se.y())});
    }
    return out;
}

qint64 SeedPlan::tileCount() const
{
    qint64 count = 0;
    for (const Range& r : ranges())
        count += qint64(r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1);
    return count;
}

qint64 SeedPlan::estimatedBytes() const
{
    return tileCount() * kTypicalTileBytes;
}

bool SeedPlan::sourceAllowsSeeding() const
{
    return source.isValid() && source.id != QLatin1String("osm");
}

namespace {

constexpr int kParallel = 4; // polite to a public service
constexpr int kCommitEvery = 200;

// Lives on the seeder's thread: the network, the file and the loop over the tiles.
class SeedWorker : public QObject
{
    Q_OBJECT
public:
    SeedWorker(SeedPlan plan, std::shared_ptr<std::atomic_bool> cancel)
        : m_plan(std::move(plan))
        , m_cancel(std::move(cancel))
        , m_connection(QStringLiteral("seed-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_partPath(m_plan.path + QStringLiteral(".part"))
    {}
    ~SeedWorker() override { closeDatabase(); }

    void run()
    {
        m_total = m_plan.tileCount();
        for (const SeedPlan::Range& r : m_plan.ranges())
            for (int x = r.x0; x <= r.x1; ++x)
                for (int y = r.y0; y <= r.y1; ++y)
                    m_queue.push_back({r.z, x, y});
        if (QString error = createFile(); !error.isEmpty())
            return finish(TileSeeder::Outcome::Failed, error);
        m_network = new QNetworkAccessManager(this);
        connect(m_network, &QNetworkAccessManager::finished, this, &SeedWorker::arrived);
        for (int i = 0; i < kParallel; ++i)
            next();
        if (m_inFlight == 0)
            complete();
    }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, qint64 bytes);
    void finished(burgernet::TileSeeder::Outcome outcome, const QString& message);

private:
    QString createFile()
    {
        QFile::remove(m_partPath);
        QDir().mkpath(QFileInfo(m_plan.path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_partPath);
        if (!db.open())
            return tr("Cannot create %1: %2").arg(m_partPath, db.lastError().text());
        QSqlQuery q(db);
        const QStringList schema{
            QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"),
            QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                           "tile_row INTEGER, tile_data BLOB)"),
            QStringLiteral("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, "
                           "tile_row)")};
        for (const QString& sql : schema)
            if (!q.exec(sql))
                return tr("Cannot create %1: %2").arg(m_partPath, q.lastError().text());
        const QList<std::pair<QString, QString>> metadata{
            {QStringLiteral("name"), m_plan.source.name},
            {QStringLiteral("format"), QStringLiteral("png")},
            {QStringLiteral("type"), QStringLiteral("baselayer")},
            {QStringLiteral("version"), QStringLiteral("1")},
            {QStringLiteral("minzoom"), QString::number(m_plan.minZoom)},
            {QStringLiteral("maxzoom"), QString::number(m_plan.maxZoom)},
            {QStringLiteral("bounds"), QStringLiteral("%1,%2,%3,%4")
                                           .arg(m_plan.west)
                                           .arg(m_plan.south)
                                           .arg(m_plan.east)
                                           .arg(m_plan.north)},
            {QStringLiteral("attribution"), m_plan.source.attribution}};
        for (const auto& [key, value] : metadata) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return tr("Cannot write %1: %2").arg(m_partPath, q.lastError().text());
        }
        db.transaction();
        return {};
    }

    void next()
    {
        if (m_failed || m_cancel->load() || m_queue.empty())
            return;
        const TileKey key = m_queue.back();
        m_queue.pop_back();
        QNetworkRequest request(m_plan.source.url(key));
        request.setHeader(QNetworkRequest::UserAgentHeader, TileLoader::userAgent());
        request.setTransferTimeout(20000);
        QNetworkReply* reply = m_network->get(request);
        reply->setProperty("z", key.z);
        reply->setProperty("x", key.x);
        reply->setProperty("y", key.y);
        ++m_inFlight;
    }

    void arrived(QNetworkReply* reply)
    {
        reply->deleteLater();
        --m_inFlight;
        const TileKey key{reply->property("z").toInt(), reply->property("x").toInt(),
                          reply->property("y").toInt()};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!m_failed && !m_cancel->load()) {
            if (reply->error() == QNetworkReply::NoError) {
                store(key, reply->readAll());
            } else if (status != 404) { // outside the service's coverage: nothing to keep
                m_failed = true;
                m_error = tr("Tile %1/%2/%3 could not be downloaded: %4")
                              .arg(key.z)
                              .arg(key.x)
                              .arg(key.y)
                              .arg(reply->errorString());
            }
            ++m_done;
            Q_EMIT progress(m_done, m_total, m_bytes);
        }
        next();
        if (m_inFlight == 0)
            complete();
    }

    void store(const TileKey& key, const QByteArray& data)
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)"));
        q.addBindValue(key.z);
        q.addBindValue(key.x);
        q.addBindValue((1 << key.z) - 1 - key.y); // MBTiles rows count from the south
        q.addBindValue(data);
        if (!q.exec()) {
            m_failed = true;
            m_error = tr("Cannot write %1: %2").arg(m_partPath, q.lastError().text());
            return;
        }
        m_bytes += data.size();
        if (++m_sinceCommit >= kCommitEvery) {
            QSqlDatabase db = QSqlDatabase::database(m_connection);
            db.commit();
            db.transaction();
            m_sinceCommit = 0;
        }
    }

    void complete()
    {
        if (m_cancel->load())
            return finish(TileSeeder::Outcome::Cancelled, {});
        if (m_failed)
            return finish(TileSeeder::Outcome::Failed, m_error);
        QSqlDatabase::database(m_connection).commit();
        closeDatabase();
        QFile::remove(m_plan.path);
        if (!QFile::rename(m_partPath, m_plan.path))
            return finish(TileSeeder::Outcome::Failed,
                          tr("Cannot move the finished file to %1.").arg(m_plan.path));
        finish(TileSeeder::Outcome::Done, {});
    }

    void finish(TileSeeder::Outcome outcome, const QString& message)
    {
        if (m_finished)
            return;
        m_finished = true;
        closeDatabase();
        if (outcome != TileSeeder::Outcome::Done)
            QFile::remove(m_partPath);
        Q_EMIT finished(outcome, message);
    }

    void closeDatabase()
    {
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    SeedPlan m_plan;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_connection;
    QString m_partPath;
    QNetworkAccessManager* m_network = nullptr;
    std::vector<TileKey> m_queue;
    qint64 m_total = 0, m_done = 0, m_bytes = 0;
    int m_inFlight = 0;
    int m_sinceCommit = 0;
    bool m_failed = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace

TileSeeder::TileSeeder(SeedPlan plan, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
{}

TileSeeder::~TileSeeder()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void TileSeeder::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel->store(false);
    auto* worker = new SeedWorker(m_plan, m_cancel);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SeedWorker::progress, this, &TileSeeder::progress);
    connect(worker, &SeedWorker::finished, this, [this](Outcome outcome, const QString& message) {
        m_running = false;
        m_thread.quit();
        Q_EMIT finished(outcome, message);
    });
    m_thread.setObjectName(QStringLiteral("tile-seeder"));
    m_thread.start();
    QMetaObject::invokeMethod(worker, &SeedWorker::run, Qt::QueuedConnection);
}

void TileSeeder::cancel()
{
    m_cancel->store(true);
}

} // namespace burgernet

#include "TileSeeder.moc"
