#include "app/services/RegisterPresence.h"

#include "app/core/EnumIds.h"
#include "app/core/Logging.h"
#include "app/services/ActionNotifier.h"
#include "app/storage/Database.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cmath>

namespace burgernet {

namespace {
// A session whose heartbeat is older than this is no longer counted as connected.
constexpr int kSeenWithinMs = 3 * RegisterPresence::kHeartbeatMs + 1000;
constexpr qint64 kForgetAfterMs = 24 * 3600 * 1000;
} // namespace

RegisterPresence::RegisterPresence(Database& db, ActionNotifier& notifier, QString workstation,
                                   Mode mode, bool dispatching, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_workstation(std::move(workstation))
    , m_mode(mode)
    , m_dispatching(dispatching)
    , m_shared(db.kind() == DatabaseKind::PostgreSql)
    , m_health(m_shared ? RegisterHealth::Connected : RegisterHealth::Local)
{
    static QAtomicInteger<int> sessions;
    m_instance = QStringLiteral("%1#s%2")
                     .arg(Database::processInstance())
                     .arg(sessions.fetchAndAddRelaxed(1));
}

RegisterPresence::~RegisterPresence()
{
    stop();
}

void RegisterPresence::start()
{
    if (m_started)
        return;
    m_started = true;
    m_fallback = new QTimer(this);
    m_fallback->setInterval(kFallbackPollMs);
    connect(m_fallback, &QTimer::timeout, this, [this] {
        // With notifications working the poll is not needed; it stays as the fallback.
        if (m_health != RegisterHealth::Connected)
            Q_EMIT pollDue();
    });
    m_fallback->start();
    if (!m_shared)
        return;
    subscribe();
    (void)writeHeartbeat();
    countWorkstations();
    m_heartbeat = new QTimer(this);
    m_heartbeat->setSingleShot(true);
    connect(m_heartbeat, &QTimer::timeout, this, &RegisterPresence::beat);
    m_heartbeat->start(kHeartbeatMs);
}

void RegisterPresence::stop()
{
    if (!m_started)
        return;
    m_started = false;
    delete m_heartbeat;
    m_heartbeat = nullptr;
    delete m_fallback;
    m_fallback = nullptr;
    if (!m_shared || m_health != RegisterHealth::Connected)
        return;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM workstation_heartbeats WHERE instance = ?"));
    q.addBindValue(m_instance);
    q.exec();
    if (QSqlDriver* driver = m_db.connection().driver();
        driver &&
        driver->subscribedToNotifications().contains(QLatin1String(Database::kChangeChannel)))
        driver->unsubscribeFromNotification(QLatin1String(Database::kChangeChannel));
}

void RegisterPresence::subscribe()
{
    QSqlDriver* driver = m_db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    // A reconnect gives a new driver connection: subscribe again, once.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    if (driver->subscribedToNotifications().contains(QLatin1String(Database::kChangeChannel)))
        driver->unsubscribeFromNotification(QLatin1String(Database::kChangeChannel));
    if (!driver->subscribeToNotification(QLatin1String(Database::kChangeChannel)))
        qCWarning(lcStorage) << "cannot listen for changes of other workstations:"
                             << driver->lastError().text();
    connect(driver, &QSqlDriver::notification, this, &RegisterPresence::onNotification);
}

bool RegisterPresence::writeHeartbeat()
{
    QSqlQuery q(m_db.connection());
    const QString now = m_db.nowMsSql();
    q.prepare(QStringLiteral("INSERT INTO workstation_heartbeats (instance, workstation, mode, "
                             "dispatching, started_at, seen_at) VALUES (?, ?, ?, ?, %1, %1) ON "
                             "CONFLICT (instance) DO UPDATE SET seen_at = excluded.seen_at")
                  .arg(now));
    q.addBindValue(m_instance);
    q.addBindValue(m_workstation);
    q.addBindValue(enumId(m_mode));
    q.addBindValue(m_dispatching ? 1 : 0);
    if (q.exec())
        return true;
    qCWarning(lcStorage) << "heartbeat not written:" << q.lastError().text();
    return false;
}

void RegisterPresence::countWorkstations()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT COUNT(*) FROM workstation_heartbeats WHERE seen_at > %1 - %2")
                .arg(m_db.nowMsSql())
                .arg(kSeenWithinMs)) ||
        !q.next())
        return;
    const int connected = std::max(1, q.value(0).toInt());
    q.finish();
    // Sessions that ended without saying so (killed) are forgotten after a day.
    q.exec(QStringLiteral("DELETE FROM workstation_heartbeats WHERE seen_at < %1 - %2")
               .arg(m_db.nowMsSql())
               .arg(kForgetAfterMs));
    if (connected != m_connected) {
        m_connected = connected;
        Q_EMIT healthChanged();
    }
}

void RegisterPresence::beat()
{
    if (!m_heartbeat)
        return;
    int nextMs = kHeartbeatMs;
    if (m_health == RegisterHealth::Connected) {
        if (writeHeartbeat()) {
            countWorkstations();
        } else if (!m_db.isReachable()) {
            m_interruptedSince = QDateTime::currentDateTimeUtc();
            m_failures = 0;
            setHealth(RegisterHealth::Interrupted);
            nextMs = 250;
        }
    }
    if (m_health == RegisterHealth::Interrupted) {
        if (auto again = m_db.reconnect(); again && writeHeartbeat()) {
            qCInfo(lcStorage) << "register connection back after"
                              << m_interruptedSince.msecsTo(QDateTime::currentDateTimeUtc())
                              << "ms";
            subscribe();
            m_interruptedSince = {};
            m_failures = 0;
            setHealth(RegisterHealth::Connected);
            countWorkstations();
            // Changes announced while we were away were missed: everyone looks once.
            Q_EMIT pollDue();
            Q_EMIT m_notifier.outboxQueued();
        } else {
            ++m_failures;
            // 250 ms, doubling, at most the heartbeat's interval.
            nextMs = std::min(kHeartbeatMs, 250 << std::min(m_failures, 4));
        }
    }
    if (m_heartbeat)
        m_heartbeat->start(nextMs);
}

void RegisterPresence::setHealth(RegisterHealth health)
{
    if (health == m_health)
        return;
    m_health = health;
    if (health == RegisterHealth::Interrupted)
        qCWarning(lcStorage) << "the register does not answer; reconnecting";
    Q_EMIT healthChanged();
}

void RegisterPresence::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                      const QVariant& payload)
{
    if (name != QLatin1String(Database::kChangeChannel) || source == QSqlDriver::SelfSource)
        return;
    // "type|id|what": ids only, never contents (see AuditedChange).
    const QStringList parts = payload.toString().split(QLatin1Char('|'));
    if (parts.size() < 3)
        return;
    const QString& type = parts[0];
    const QString& what = parts[2];
    if (type == QLatin1String("action")) {
        const qint64 id = parts[1].toLongLong();
        Q_EMIT m_notifier.outboxChanged(id);
        Q_EMIT m_notifier.actionChanged(id);
        if (what.startsWith(QLatin1String("action.tip")))
            Q_EMIT m_notifier.tipLogged(id, std::nan(""), std::nan(""));
        // Rows may have been queued there: a dispatcher here helps send them.
        Q_EMIT m_notifier.outboxQueued();
    } else if (type == QLatin1String("alarm") || type == QLatin1String("outbox")) {
        Q_EMIT m_notifier.outboxChanged(0);
        Q_EMIT m_notifier.outboxQueued();
    } else if (type == QLatin1String("register")) {
        Q_EMIT registerChanged();
    } else if (type == QLatin1String("setting") || type == QLatin1String("sender") ||
               type == QLatin1String("template")) {
        Q_EMIT settingsChanged();
    }
}

} // namespace burgernet
