#include "app/security/SignInThrottle.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

SignInThrottle::SignInThrottle(Database& db)
    : m_db(db)
{}

Result<ThrottleState> SignInThrottle::find(const QString& workstation, const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT failures, last_failure_at, refused_until FROM "
                             "sign_in_throttle WHERE workstation = ? AND name = ?"));
    q.addBindValue(workstation);
    q.addBindValue(name);
    if (!q.exec())
        return Error{tr("Cannot read the failed sign-ins: %1").arg(q.lastError().text())};
    ThrottleState state;
    if (!q.next())
        return state;
    state.failures = q.value(0).toInt();
    state.lastFailureAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    if (!q.value(2).isNull())
        state.refusedUntil = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    return state;
}

Status SignInThrottle::save(const QString& workstation, const QString& name,
                            const ThrottleState& state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sign_in_throttle (workstation, name, failures, last_failure_at, "
        "refused_until) VALUES (?, ?, ?, ?, ?) ON CONFLICT (workstation, name) DO UPDATE SET "
        "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
        "refused_until = excluded.refused_until"));
    q.addBindValue(workstation);
    q.addBindValue(name);
    q.addBindValue(state.failures);
    q.addBindValue(state.lastFailureAt.toMSecsSinceEpoch());
    q.addBindValue(state.refusedUntil.isValid() ? QVariant(state.refusedUntil.toMSecsSinceEpoch())
                                                : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return Error{tr("Cannot count the failed sign-in: %1").arg(q.lastError().text())};
    return {};
}

Status SignInThrottle::clear(const QString& workstation, const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sign_in_throttle WHERE workstation = ? AND name = ?"));
    q.addBindValue(workstation);
    q.addBindValue(name);
    if (!q.exec())
        return Error{tr("Cannot reset the failed sign-ins: %1").arg(q.lastError().text())};
    return {};
}

Status SignInThrottle::clearEverywhere(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sign_in_throttle WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Error{tr("Cannot reset the failed sign-ins: %1").arg(q.lastError().text())};
    return {};
}

} // namespace burgernet
