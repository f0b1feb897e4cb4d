#include "app/security/SignInService.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/security/UserStore.h"
#include "app/services/AuditService.h"

#include <QJsonObject>

#include <algorithm>

namespace burgernet {

SignInPolicy SignInPolicy::fromSettings(const Settings& settings)
{
    SignInPolicy p;
    p.maxFailures = std::max(1, settings.value(keys::SignInMaxFailures));
    p.firstDelayMs = std::max(0, settings.value(keys::SignInDelaySeconds)) * qint64(1000);
    p.lockMs = std::max(1, settings.value(keys::SignInLockMinutes)) * qint64(60'000);
    return p;
}

qint64 SignInPolicy::delayAfter(int failures) const
{
    if (failures <= 0 || firstDelayMs <= 0)
        return 0;
    qint64 delay = firstDelayMs;
    for (int i = 1; i < failures && delay < maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, std::max(maxDelayMs, firstDelayMs));
}

SignInService::SignInService(Database& accounts, AuditService& audit, const Clock& clock,
                             SignInPolicy policy, PasswordHasher hasher)
    : m_db(accounts)
    , m_audit(audit)
    , m_clock(clock)
    , m_policy(policy)
    , m_hasher(hasher)
{}

SignInAttempt SignInService::signIn(const QString& name, const QString& password, Mode mode,
                                    const QString& workstation)
{
    SignInAttempt result =
        attempt(name.trimmed().toLower(), password, QStringLiteral("user.signin"),
                {{QStringLiteral("mode"), enumId(mode)}});
    if (result.ok()) {
        result.session.workstation = workstation;
        result.session.mode = mode;
    }
    return result;
}

SignInAttempt SignInService::reauthenticate(const Session& session, const QString& password,
                                            const QString& purpose)
{
    SignInAttempt result = attempt(
        session.user, password, QStringLiteral("user.reauth"),
        {{QStringLiteral("purpose"), purpose}, {QStringLiteral("mode"), enumId(session.mode)}});
    if (result.ok())
        result.session = session;
    return result;
}

SignInAttempt SignInService::attempt(const QString& name, const QString& password,
                                     const QString& action, const QJsonObject& context)
{
    const QString type = QStringLiteral("user");
    const QDateTime now = m_clock.nowUtc();
    SignInAttempt result;
    // The details never hold the password, nor what was typed as a name for no account (it may
    // be a password typed into the wrong field).
    auto record = [&](const QString& objectId, AuditResult outcome, QJsonObject details) {
        for (auto it = context.begin(); it != context.end(); ++it)
            details.insert(it.key(), it.value());
        if (auto seq = m_audit.record(action, type, objectId, outcome, details); !seq)
            qCWarning(lcSecurity) << "sign-in not recorded:" << seq.errorMessage();
    };
    UserStore store(m_db);
    auto found = store.find(name);
    if (!found) {
        result.message = found.errorMessage();
        return result;
    }
    if (!*found) {
        // The same work as for a real account, so that timing does not tell names apart.
        static const QString dummy = m_hasher.hash(QStringLiteral("not-a-real-password")).value();
        (void)m_hasher.verify(password, dummy);
        record(QStringLiteral("unknown"), AuditResult::Failed,
               {{QStringLiteral("reason"), QStringLiteral("unknown-user")}});
        result.outcome = SignInOutcome::WrongPassword;
        result.waitMs = m_policy.delayAfter(1);
        result.message = tr("Wrong user name or password.");
        return result;
    }
    UserAccount account = **found;
    if (account.disabled) {
        record(account.name, AuditResult::Denied,
               {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        result.outcome = SignInOutcome::Disabled;
        result.message = tr("This account is disabled. Ask an administrator.");
        return result;
    }
    if (account.lockedAt(now)) {
        record(account.name, AuditResult::Denied,
               {{QStringLiteral("reason"), QStringLiteral("locked")}});
        result.outcome = SignInOutcome::Locked;
        result.lockedUntil = account.lockedUntil;
        result.failures = account.failedAttempts;
        result.waitMs = now.msecsTo(account.lockedUntil);
        result.message = tr("This account is locked after too many failed attempts until %1. An "
                            "administrator can unlock it sooner.")
                             .arg(QLocale().toString(account.lockedUntil.toLocalTime().time(),
                                                     QLocale::ShortFormat));
        return result;
    }
    if (account.lockedUntil.isValid()) // the lock has run out: a fresh start
        account.failedAttempts = 0;
    if (account.failedAttempts > 0 && account.lastFailureAt.isValid()) {
        const qint64 wait =
            m_policy.delayAfter(account.failedAttempts) - account.lastFailureAt.msecsTo(now);
        if (wait > 0) {
            record(account.name, AuditResult::Denied,
                   {{QStringLiteral("reason"), QStringLiteral("too-soon")},
                    {QStringLiteral("wait_ms"), wait}});
            result.outcome = SignInOutcome::TooSoon;
            result.failures = account.failedAttempts;
            result.waitMs = wait;
            result.message = tr("Wait %n second(s) before trying again.", nullptr,
                                static_cast<int>((wait + 999) / 1000));
            return result;
        }
    }

    if (!m_hasher.verify(password, account.passwordHash)) {
        const int failures = account.failedAttempts + 1;
        const bool lock = failures >= m_policy.maxFailures;
        const QDateTime until = lock ? now.addMSecs(m_policy.lockMs) : QDateTime();
        if (auto saved = store.setFailures(account.name, failures, now, until); !saved) {
            result.message = saved.errorMessage();
            return result;
        }
        record(account.name, AuditResult::Failed,
               {{QStringLiteral("reason"), QStringLiteral("password")},
                {QStringLiteral("failures"), failures}});
        result.failures = failures;
        if (lock) {
            (void)m_audit.recordSystem(
                QStringLiteral("user.lock"), type, account.name, AuditResult::Ok,
                {{QStringLiteral("failures"), failures},
                 {QStringLiteral("lock_minutes"), m_policy.lockMs / 60'000}});
            result.outcome = SignInOutcome::Locked;
            result.lockedUntil = until;
            result.waitMs = m_policy.lockMs;
            result.message = tr("Wrong password. The account is now locked for %n minute(s).",
                                nullptr, static_cast<int>(m_policy.lockMs / 60'000));
            return result;
        }
        result.outcome = SignInOutcome::WrongPassword;
        result.waitMs = m_policy.delayAfter(failures);
        result.message = tr("Wrong user name or password.");
        return result;
    }

    if (account.failedAttempts > 0 || account.lockedUntil.isValid())
        (void)store.setFailures(account.name, 0, QDateTime(), QDateTime());
    // Parameters raised since this password was set: store it again with the new ones.
    if (m_hasher.needsRehash(account.passwordHash))
        if (auto rehashed = m_hasher.hash(password); rehashed)
            (void)store.setPasswordHash(account.name, *rehashed, now);
    record(account.name, AuditResult::Ok, {{QStringLiteral("role"), enumId(account.role)}});
    result.outcome = SignInOutcome::SignedIn;
    result.session.user = account.name;
    result.session.role = account.role;
    result.session.municipality = account.municipality;
    return result;
}

} // namespace burgernet
