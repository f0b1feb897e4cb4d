#include "app/security/UserStore.h"

#include "app/storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString kColumns =
    QStringLiteral("id, name, role, municipality, password_hash, failed_attempts, last_failure_at, "
                   "locked_until, disabled, created_at");

UserAccount fromRow(const QSqlQuery& q)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    enumFromId(q.value(2).toString(), &a.role);
    a.municipality = q.value(3).toString();
    a.passwordHash = q.value(4).toString();
    a.failedAttempts = q.value(5).toInt();
    a.lastFailureAt = fromMs(q.value(6));
    a.lockedUntil = fromMs(q.value(7));
    a.disabled = q.value(8).toInt() != 0;
    a.createdAt = fromMs(q.value(9));
    return a;
}

} // namespace

UserStore::UserStore(Database& db)
    : m_db(db)
{}

bool UserStore::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return pattern.match(name).hasMatch();
}

Result<std::optional<UserAccount>> UserStore::find(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec())
        return Error{tr("Cannot read the accounts: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(fromRow(q));
}

Result<std::vector<UserAccount>> UserStore::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kColumns)))
        return Error{tr("Cannot read the accounts: %1").arg(q.lastError().text())};
    std::vector<UserAccount> accounts;
    while (q.next())
        accounts.push_back(fromRow(q));
    return accounts;
}

Result<qint64> UserStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !q.next())
        return Error{tr("Cannot read the accounts: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong();
}

Result<qint64> UserStore::countEnabled(Role role) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND disabled = 0"));
    q.addBindValue(enumId(role));
    if (!q.exec() || !q.next())
        return Error{tr("Cannot read the accounts: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong();
}

Result<qint64> UserStore::insert(const UserAccount& a, const QDateTime& now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO users (name, role, municipality, password_hash, disabled, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.name);
    q.addBindValue(enumId(a.role));
    q.addBindValue(a.municipality.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(a.municipality));
    q.addBindValue(a.passwordHash);
    q.addBindValue(a.disabled ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return Error{tr("Cannot add the account %1: %2").arg(a.name, q.lastError().text())};
    auto found = find(a.name);
    if (!found || !*found)
        return Error{tr("Cannot add the account %1.").arg(a.name)};
    return (*found)->id;
}

Status UserStore::exec(const QString& sql, const QVariantList& binds, bool mustChangeOne) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("Cannot change the account: %1").arg(q.lastError().text())};
    if (mustChangeOne && q.numRowsAffected() != 1)
        return Error{tr("No such account.")};
    return {};
}

Status UserStore::setPasswordHash(const QString& name, const QString& hash, const QDateTime& now)
{
    return exec(QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE name = ?"),
                {hash, now.toMSecsSinceEpoch(), name}, true);
}

Status UserStore::setRole(const QString& name, Role role, const QString& municipality,
                          const QDateTime& now)
{
    return exec(
        QStringLiteral(
            "UPDATE users SET role = ?, municipality = ?, updated_at = ? WHERE name = ?"),
        {enumId(role),
         municipality.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(municipality),
         now.toMSecsSinceEpoch(), name},
        true);
}

Status UserStore::setDisabled(const QString& name, bool disabled, const QDateTime& now)
{
    return exec(QStringLiteral("UPDATE users SET disabled = ?, updated_at = ? WHERE name = ?"),
                {disabled ? 1 : 0, now.toMSecsSinceEpoch(), name}, true);
}

Status UserStore::setFailures(const QString& name, int failures, const QDateTime& lastFailure,
                              const QDateTime& lockedUntil)
{
    return exec(QStringLiteral("UPDATE users SET failed_attempts = ?, last_failure_at = ?, "
                               "locked_until = ? WHERE name = ?"),
                {failures, ms(lastFailure), ms(lockedUntil), name}, true);
}

} // namespace burgernet
