#include "app/storage/PolicyStore.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

PolicyStore::PolicyStore(Database& db)
    : m_db(db)
{}

Result<PolicyValues> PolicyStore::load() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return Error{tr("Cannot read the settings: %1").arg(q.lastError().text())};
    PolicyValues values;
    while (q.next())
        // Keys this program does not know belong to a newer one sharing the register.
        if (const auto key = policy::fromId(q.value(0).toString())) {
            const int value = q.value(1).toInt();
            // A value no service would have stored (SQL by hand) never switches a rail off.
            if (policy::descriptor(*key).range.contains(value))
                values.setStored(*key, value);
        }
    return values;
}

Result<std::optional<PolicyChange>> PolicyStore::find(PolicyKey key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT value, changed_at, changed_by, workstation FROM settings WHERE key = ?"));
    q.addBindValue(policy::id(key));
    if (!q.exec())
        return Error{tr("Cannot read the settings: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<PolicyChange>();
    return std::optional<PolicyChange>(PolicyChange{
        q.value(0).toInt(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
        q.value(2).toString(), q.value(3).toString()});
}

Status PolicyStore::set(PolicyKey key, const PolicyChange& change)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_at, changed_by, workstation) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
        "changed_at = excluded.changed_at, changed_by = excluded.changed_by, "
        "workstation = excluded.workstation"));
    q.addBindValue(policy::id(key));
    q.addBindValue(qint64(change.value));
    q.addBindValue(change.changedAt.toMSecsSinceEpoch());
    q.addBindValue(change.changedBy);
    q.addBindValue(change.workstation);
    if (!q.exec())
        return Error{
            tr("Cannot store the setting %1: %2").arg(policy::id(key), q.lastError().text())};
    return {};
}

} // namespace burgernet
