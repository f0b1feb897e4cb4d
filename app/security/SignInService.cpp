#include "app/security/SignInService.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/security/SignInThrottle.h"
#include "app/security/UserStore.h"
#include "app/services/AuditService.h"
#include "app/storage/PolicyStore.h"

#include <QJsonObject>

#include <algorithm>

namespace burgernet {

SignInPolicy SignInPolicy::fromValues(const PolicyValues& values)
{
    SignInPolicy p;
    p.maxFailures = std::max(1, values.value(PolicyKey::SignInMaxFailures));
    p.accountLockFailures = std::max(p.maxFailures, values.value(PolicyKey::AccountLockFailures));
    p.firstDelayMs = std::max(0, values.value(PolicyKey::SignInDelaySeconds)) * qint64(1000);
    p.lockMs = std::max(1, values.value(PolicyKey::SignInLockMinutes)) * qint64(60'000);
    return p;
}

SignInPolicy SignInPolicy::fromRegister(Database& accounts)
{
    const auto values = PolicyStore(accounts).load();
    return fromValues(values ? *values : PolicyValues());
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
        attempt(name.trimmed().toLower(), password, QStringLiteral("user.signin"), workstation,
                mode, {{QStringLiteral("mode"), enumId(mode)}});
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
        session.user, password, QStringLiteral("user.reauth"), session.workstation, session.mode,
        {{QStringLiteral("purpose"), purpose}, {QStringLiteral("mode"), enumId(session.mode)}});
    if (result.ok())
        result.session = session;
    return result;
}

SignInAttempt SignInService::attempt(const QString& name, const QString& password,
                                     const QString& action, const QString& workstation, Mode mode,
                                     const QJsonObject& context)
{
    // Recorded in the mode being signed into, whatever mode the workstation preselected.
    Session recorder = m_audit.session();
    recorder.mode = mode;
    AuditService audit(m_audit.log(), recorder);
    const QString type = QStringLiteral("user");
    const QDateTime now = m_clock.nowUtc();
    SignInAttempt result;
    // The details never hold the password, nor what was typed as a name for no account (it may
    // be a password typed into the wrong field).
    auto record = [&](const QString& objectId, AuditResult outcome, QJsonObject details) {
        for (auto it = context.begin(); it != context.end(); ++it)
            details.insert(it.key(), it.value());
        auto seq = audit.record(action, type, objectId, outcome, details);
        if (!seq)
            qCWarning(lcSecurity) << "sign-in not recorded:" << seq.errorMessage();
        return seq;
    };
    UserStore store(m_db);
    auto found = store.find(name);
    if (!found) {
        result.message = found.errorMessage();
        return result;
    }
    // Failures are counted per workstation and name; names of no account share one count.
    const QString throttleName = *found ? (*found)->name : SignInThrottle::kNoAccount;
    SignInThrottle throttle(m_db);
    auto counted = throttle.find(workstation, throttleName);
    if (!counted) {
        result.message = counted.errorMessage();
        return result;
    }
    UserAccount account = *found ? **found : UserAccount{};
    if (*found) {
        if (account.disabled) {
            (void)record(account.name, AuditResult::Denied,
                         {{QStringLiteral("reason"), QStringLiteral("disabled")}});
            result.outcome = SignInOutcome::Disabled;
            result.message = tr("This account is disabled. Ask an administrator.");
            return result;
        }
        if (account.lockedAt(now)) {
            (void)record(account.name, AuditResult::Denied,
                         {{QStringLiteral("reason"), QStringLiteral("locked")}});
            result.outcome = SignInOutcome::Locked;
            result.lockedUntil = account.lockedUntil;
            result.failures = account.failedAttempts;
            result.waitMs = now.msecsTo(account.lockedUntil);
            result.message =
                tr("This account is locked after too many failed attempts until %1. An "
                   "administrator can unlock it sooner.")
                    .arg(QLocale().toString(account.lockedUntil.toLocalTime().time(),
                                            QLocale::ShortFormat));
            return result;
        }
    }
    ThrottleState here = *counted;
    const QString objectId = *found ? throttleName : QStringLiteral("unknown");
    if (here.refusedAt(now)) {
        (void)record(objectId, AuditResult::Denied,
                     {{QStringLiteral("reason"), QStringLiteral("refused-here")}});
        result.outcome = SignInOutcome::Refused;
        result.failures = here.failures;
        result.waitMs = now.msecsTo(here.refusedUntil);
        result.message = tr("Too many failed attempts at this workstation. Try again after %1.")
                             .arg(QLocale().toString(here.refusedUntil.toLocalTime().time(),
                                                     QLocale::ShortFormat));
        return result;
    }
    if (here.refusedUntil.isValid()) // the refusal has run out: a fresh start
        here = ThrottleState{};
    if (here.failures > 0 && here.lastFailureAt.isValid()) {
        const qint64 wait = m_policy.delayAfter(here.failures) - here.lastFailureAt.msecsTo(now);
        if (wait > 0) {
            (void)record(objectId, AuditResult::Denied,
                         {{QStringLiteral("reason"), QStringLiteral("too-soon")},
                          {QStringLiteral("wait_ms"), wait}});
            result.outcome = SignInOutcome::TooSoon;
            result.failures = here.failures;
            result.waitMs = wait;
            result.message = tr("Wait %n second(s) before trying again.", nullptr,
                                static_cast<int>((wait + 999) / 1000));
            return result;
        }
    }
    // A failure at this workstation: counted, and the name refused here after maxFailures.
    const auto countFailureHere = [&]() -> Status {
        here.failures += 1;
        here.lastFailureAt = now;
        if (here.failures >= m_policy.maxFailures)
            here.refusedUntil = now.addMSecs(m_policy.lockMs);
        return throttle.save(workstation, throttleName, here);
    };
    const auto refusedHere = [&] {
        result.outcome = SignInOutcome::Refused;
        result.waitMs = m_policy.lockMs;
        result.message =
            tr("Wrong user name or password. This workstation refuses the name for %n minute(s).",
               nullptr, static_cast<int>(m_policy.lockMs / 60'000));
    };

    if (!*found) {
        // The same work as for a real account, so that timing does not tell names apart.
        static const Result<QString> dummy = m_hasher.hash(QStringLiteral("not-a-real-password"));
        if (dummy.ok())
            (void)m_hasher.verify(password, *dummy);
        if (auto saved = countFailureHere(); !saved) {
            result.message = saved.errorMessage();
            return result;
        }
        (void)record(objectId, AuditResult::Failed,
                     {{QStringLiteral("reason"), QStringLiteral("unknown-user")},
                      {QStringLiteral("failures_here"), here.failures}});
        result.failures = here.failures;
        if (here.refusedUntil.isValid()) {
            refusedHere();
            return result;
        }
        result.outcome = SignInOutcome::WrongPassword;
        result.waitMs = m_policy.delayAfter(here.failures);
        result.message = tr("Wrong user name or password.");
        return result;
    }
    if (account.lockedUntil.isValid()) // the lock has run out: a fresh start
        account.failedAttempts = 0;

    const std::optional<bool> matches = m_hasher.check(password, account.passwordHash);
    if (!matches) {
        // Not the person's mistake: nothing is counted against the name or the account.
        result.message = tr("Not enough memory to check the password. Nothing was counted "
                            "against the account; try again when more memory is free.");
        return result;
    }
    if (!*matches) {
        const int failures = account.failedAttempts + 1;
        const bool lock = failures >= m_policy.accountLockFailures;
        const QDateTime until = lock ? now.addMSecs(m_policy.lockMs) : QDateTime();
        if (auto saved = store.setFailures(account.name, failures, now, until); !saved) {
            result.message = saved.errorMessage();
            return result;
        }
        if (auto saved = countFailureHere(); !saved) {
            result.message = saved.errorMessage();
            return result;
        }
        (void)record(account.name, AuditResult::Failed,
                     {{QStringLiteral("reason"), QStringLiteral("password")},
                      {QStringLiteral("failures"), failures},
                      {QStringLiteral("failures_here"), here.failures}});
        result.failures = here.failures;
        if (lock) {
            (void)audit.recordSystem(QStringLiteral("user.lock"), type, account.name,
                                     AuditResult::Ok,
                                     {{QStringLiteral("failures"), failures},
                                      {QStringLiteral("lock_minutes"), m_policy.lockMs / 60'000}});
            result.outcome = SignInOutcome::Locked;
            result.lockedUntil = until;
            result.waitMs = m_policy.lockMs;
            result.message = tr("Wrong password. The account is now locked for %n minute(s).",
                                nullptr, static_cast<int>(m_policy.lockMs / 60'000));
            return result;
        }
        if (here.refusedUntil.isValid()) {
            refusedHere();
            return result;
        }
        result.outcome = SignInOutcome::WrongPassword;
        result.waitMs = m_policy.delayAfter(here.failures);
        result.message = tr("Wrong user name or password.");
        return result;
    }

    // No sign-in without its record: when the log cannot take it, nobody gets in.
    if (auto recorded =
            record(account.name, AuditResult::Ok, {{QStringLiteral("role"), enumId(account.role)}});
        !recorded) {
        result.message = tr("The sign-in cannot be recorded in the audit log, so it is refused: %1")
                             .arg(recorded.errorMessage());
        return result;
    }
    if (account.failedAttempts > 0 || account.lockedUntil.isValid())
        (void)store.setFailures(account.name, 0, QDateTime(), QDateTime());
    if (here.failures > 0)
        (void)throttle.clear(workstation, throttleName);
    // Parameters raised since this password was set: store it again with the new ones.
    if (m_hasher.needsRehash(account.passwordHash))
        if (auto rehashed = m_hasher.hash(password); rehashed)
            (void)store.setPasswordHash(account.name, *rehashed, now);
    result.outcome = SignInOutcome::SignedIn;
    result.session.user = account.name;
    result.session.role = account.role;
    result.session.municipality = account.municipality;
    return result;
}

} // namespace burgernet
