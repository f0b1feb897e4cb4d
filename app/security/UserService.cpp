#include "app/security/UserService.h"

#include "app/core/Clock.h"
#include "app/security/DemoAccounts.h"
#include "app/security/SignInThrottle.h"
#include "app/services/AuditService.h"

#include <QJsonObject>

namespace burgernet {

UserService::UserService(Database& accounts, AuditService& audit, const Clock& clock,
                         PasswordHasher hasher)
    : m_db(accounts)
    , m_audit(audit)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_store(accounts)
{}

Status UserService::allowed(const QString& action, const QString& name)
{
    if (m_audit.session().can(Permission::ManageUsers))
        return {};
    (void)m_audit.record(action, QStringLiteral("user"), name, AuditResult::Denied);
    return Error{tr("Your role (%1) may not manage accounts.")
                     .arg(AuditService::roleInWords(m_audit.session().role))};
}

Status UserService::record(const QString& action, const QString& name, const QJsonObject& details)
{
    if (auto seq = m_audit.record(action, QStringLiteral("user"), name, AuditResult::Ok, details);
        !seq)
        return seq.error();
    return {};
}

Result<UserAccount> UserService::existing(const QString& name)
{
    auto found = m_store.find(name);
    if (!found)
        return found.error();
    if (!*found)
        return Error{tr("There is no account \"%1\".").arg(name)};
    return **found;
}

Status UserService::checkRole(Role role, const QString& municipality)
{
    if (role == Role::Workstation)
        return Error{tr("\"workstation\" is not a role for people.")};
    if (role == Role::MunicipalEditor && municipality.trimmed().isEmpty())
        return Error{tr("A municipal editor needs their municipality.")};
    if (role != Role::MunicipalEditor && !municipality.isEmpty())
        return Error{tr("Only municipal editors have a municipality.")};
    return {};
}

Status UserService::keepsAnAdministrator(const UserAccount& account, Role newRole, bool disabled)
{
    if (account.role != Role::Administrator || account.disabled ||
        (newRole == Role::Administrator && !disabled))
        return {};
    auto admins = m_store.countEnabled(Role::Administrator);
    if (!admins)
        return admins.error();
    if (*admins <= 1)
        return Error{tr("%1 is the last enabled administrator.").arg(account.name)};
    return {};
}

Result<std::vector<UserAccount>> UserService::list()
{
    if (!m_audit.session().can(Permission::ManageUsers)) {
        (void)m_audit.record(QStringLiteral("user.list"), QStringLiteral("user"), QString(),
                             AuditResult::Denied);
        return Error{tr("Your role (%1) may not manage accounts.")
                         .arg(AuditService::roleInWords(m_audit.session().role))};
    }
    return m_store.list();
}

Result<bool> UserService::hasAccounts()
{
    auto n = m_store.count();
    if (!n)
        return n.error();
    return *n > 0;
}

Status UserService::add(const QString& name, Role role, const QString& municipality,
                        const QString& password)
{
    const QString action = QStringLiteral("user.add");
    if (!m_audit.session().can(Permission::ManageUsers) && role == Role::Administrator) {
        // Setting up an empty register: its first administrator, whoever holds the register.
        auto any = hasAccounts();
        if (!any)
            return any.error();
        if (!*any)
            return addFirstAdministrator(name, password);
    }
    if (auto ok = allowed(action, name); !ok)
        return ok;
    if (!UserStore::isValidName(name))
        return Error{tr("\"%1\" is not a valid account name: 2 to 64 of a-z, 0-9, dot, dash and "
                        "underscore, starting with a letter or digit.")
                         .arg(name)};
    if (auto ok = checkRole(role, municipality); !ok)
        return ok;
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return Error{weak};
    auto found = m_store.find(name);
    if (!found)
        return found.error();
    if (*found)
        return Error{tr("The account \"%1\" exists already.").arg(name)};
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    QJsonObject details{{QStringLiteral("role"), enumId(role)}};
    if (!municipality.isEmpty())
        details.insert(QStringLiteral("municipality"), municipality);
    if (auto ok = record(action, name, details); !ok)
        return ok;
    UserAccount account;
    account.name = name;
    account.role = role;
    account.municipality = municipality;
    account.passwordHash = *hash;
    if (auto id = m_store.insert(account, m_clock.nowUtc()); !id) {
        (void)m_audit.record(action, QStringLiteral("user"), name, AuditResult::Failed);
        return id.error();
    }
    return {};
}

Status UserService::addFirstAdministrator(const QString& name, const QString& password)
{
    auto any = hasAccounts();
    if (!any)
        return any.error();
    if (*any)
        return Error{tr("This database has accounts already; an administrator adds new ones.")};
    // Nobody can hold ManageUsers before the first account exists: whoever starts the console
    // on an empty database sets it up, as whoever holds the database file could anyway.
    const QString action = QStringLiteral("user.add");
    if (!UserStore::isValidName(name))
        return Error{tr("\"%1\" is not a valid account name: 2 to 64 of a-z, 0-9, dot, dash and "
                        "underscore, starting with a letter or digit.")
                         .arg(name)};
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return Error{weak};
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    if (auto ok = record(action, name,
                         {{QStringLiteral("role"), enumId(Role::Administrator)},
                          {QStringLiteral("first"), true}});
        !ok)
        return ok;
    UserAccount account;
    account.name = name;
    account.role = Role::Administrator;
    account.passwordHash = *hash;
    if (auto id = m_store.insert(account, m_clock.nowUtc()); !id)
        return id.error();
    return {};
}

Status UserService::addDemoAccounts()
{
    auto any = hasAccounts();
    if (!any)
        return any.error();
    if (*any)
        return Error{tr("The demo accounts go into a register without accounts only.")};
    // Like the first administrator: nobody holds ManageUsers yet, and the demo register
    // publishes these passwords anyway (README).
    for (const DemoAccount& a : DemoAccounts::all()) {
        const QString name = QString::fromLatin1(a.name);
        auto hash = m_hasher.hash(QString::fromLatin1(a.password));
        if (!hash)
            return hash.error();
        QJsonObject details{{QStringLiteral("role"), enumId(a.role)},
                            {QStringLiteral("demo"), true}};
        if (*a.municipality)
            details.insert(QStringLiteral("municipality"), QString::fromLatin1(a.municipality));
        if (auto ok = record(QStringLiteral("user.add"), name, details); !ok)
            return ok;
        UserAccount account;
        account.name = name;
        account.role = a.role;
        account.municipality = QString::fromLatin1(a.municipality);
        account.passwordHash = *hash;
        if (auto id = m_store.insert(account, m_clock.nowUtc()); !id) {
            (void)m_audit.record(QStringLiteral("user.add"), QStringLiteral("user"), name,
                                 AuditResult::Failed);
            return id.error();
        }
    }
    return {};
}

Status UserService::setPassword(const QString& name, const QString& password)
{
    const QString action = QStringLiteral("user.passwd");
    if (auto ok = allowed(action, name); !ok)
        return ok;
    auto account = existing(name);
    if (!account)
        return account.error();
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return Error{weak};
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    if (auto ok = record(action, name); !ok)
        return ok;
    return m_store.setPasswordHash(name, *hash, m_clock.nowUtc());
}

Status UserService::setRole(const QString& name, Role role, const QString& municipality)
{
    const QString action = QStringLiteral("user.role");
    if (auto ok = allowed(action, name); !ok)
        return ok;
    if (auto ok = checkRole(role, municipality); !ok)
        return ok;
    auto account = existing(name);
    if (!account)
        return account.error();
    if (auto ok = keepsAnAdministrator(*account, role, account->disabled); !ok)
        return ok;
    QJsonObject details{{QStringLiteral("from"), enumId(account->role)},
                        {QStringLiteral("to"), enumId(role)}};
    if (!municipality.isEmpty())
        details.insert(QStringLiteral("municipality"), municipality);
    if (auto ok = record(action, name, details); !ok)
        return ok;
    return m_store.setRole(name, role, municipality, m_clock.nowUtc());
}

Status UserService::setDisabled(const QString& name, bool disabled)
{
    const QString action =
        disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable");
    if (auto ok = allowed(action, name); !ok)
        return ok;
    auto account = existing(name);
    if (!account)
        return account.error();
    if (disabled && m_audit.session().user == name)
        return Error{tr("You cannot disable your own account.")};
    if (auto ok = keepsAnAdministrator(*account, account->role, disabled); !ok)
        return ok;
    if (auto ok = record(action, name); !ok)
        return ok;
    return m_store.setDisabled(name, disabled, m_clock.nowUtc());
}

Status UserService::unlock(const QString& name)
{
    const QString action = QStringLiteral("user.unlock");
    if (auto ok = allowed(action, name); !ok)
        return ok;
    auto account = existing(name);
    if (!account)
        return account.error();
    if (auto ok = record(action, name, {{QStringLiteral("failures"), account->failedAttempts}});
        !ok)
        return ok;
    if (auto cleared = m_store.setFailures(name, 0, QDateTime(), QDateTime()); !cleared)
        return cleared;
    return SignInThrottle(m_db).clearEverywhere(name);
}

} // namespace burgernet
