#pragma once

#include "app/core/Mode.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDriver>
#include <QString>

class QTimer;

namespace burgernet {

class ActionNotifier;
class Database;

// How the session's connection to the register is doing, for the status bar.
enum class RegisterHealth {
    Local,       // a SQLite file on this workstation
    Connected,   // a shared PostgreSQL register, answering
    Interrupted, // the connection is gone; reconnecting by itself
};

// This session's presence on a shared register, and what it hears from the others there.
// Writes a heartbeat row every few seconds (others count the workstations connected from those
// rows), listens on the register's change channel (LISTEN/NOTIFY, delivered within a second) and
// passes what changed on: actions, their outbox, tips and alarms through the ActionNotifier,
// register and settings changes through its own signals. A lost connection is noticed by the
// heartbeat, shown as interrupted, and opened again with backoff; after it comes back (and on
// SQLite, where nothing is announced) the fallback poll makes listeners look for themselves.
class RegisterPresence : public QObject
{
    Q_OBJECT
public:
    RegisterPresence(Database& db, ActionNotifier& notifier, QString workstation, Mode mode,
                     bool dispatching, QObject* parent = nullptr);
    ~RegisterPresence() override;

    void start();
    void stop();

    RegisterHealth health() const { return m_health; }
    // When the current interruption began (invalid while connected).
    QDateTime interruptedSince() const { return m_interruptedSince; }
    // Sessions whose heartbeat the register saw lately, this one included (1 on SQLite).
    int workstationsConnected() const { return m_connected; }
    const QString& instance() const { return m_instance; }

    static constexpr int kHeartbeatMs = 2000;
    // The fallback: SQLite, or a connection that was lost (notifications missed meanwhile).
    static constexpr int kFallbackPollMs = 10'000;

Q_SIGNALS:
    void healthChanged();
    // Participants were imported, changed or erased (here or elsewhere).
    void registerChanged();
    // A policy setting or a sender configuration changed at another workstation.
    void settingsChanged();
    // Look for changes: on SQLite every kFallbackPollMs, on PostgreSQL once after a reconnect.
    void pollDue();

private:
    void beat();
    bool writeHeartbeat();
    void countWorkstations();
    void subscribe();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    void setHealth(RegisterHealth health);

    Database& m_db;
    ActionNotifier& m_notifier;
    QString m_workstation;
    QString m_instance;
    Mode m_mode;
    bool m_dispatching;
    bool m_shared;
    RegisterHealth m_health;
    QDateTime m_interruptedSince;
    int m_connected = 1;
    int m_failures = 0;
    qint64 m_nextTryMs = 0;
    QTimer* m_heartbeat = nullptr;
    QTimer* m_fallback = nullptr;
    bool m_started = false;
};

} // namespace burgernet
