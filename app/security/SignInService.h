#pragma once

#include "app/core/Mode.h"
#include "app/core/PolicyKey.h"
#include "app/core/Session.h"
#include "app/security/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace burgernet {

class AuditService;
class Clock;
class Database;

// How hard guessing is made: a wait after each failure at a workstation that doubles (1 s, 2 s,
// 4 s, ... up to a ceiling); after maxFailures failures in a row there, that workstation refuses
// the name for lockMs. Only accountLockFailures failures in a row, at all workstations together,
// lock the account everywhere (until an administrator lifts it, or time): someone typing a name
// at one workstation cannot lock its owner out of the others.
struct SignInPolicy
{
    int maxFailures = 5;
    int accountLockFailures = 15;
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 60'000;
    qint64 lockMs = 15 * 60'000;

    static SignInPolicy fromValues(const PolicyValues& values);
    // The register's policy; its defaults when the register cannot be read (the sign-in then
    // fails on that same register and says why).
    static SignInPolicy fromRegister(Database& accounts);
    // The wait before the next attempt after `failures` failures in a row (0 for none).
    qint64 delayAfter(int failures) const;
};

enum class SignInOutcome {
    SignedIn,
    WrongPassword, // or an unknown name: the two look the same from outside
    TooSoon,       // within the wait after a failure; not counted as another failure
    Refused,       // too many failures for this name at this workstation, for a while
    Locked,        // the account, at every workstation
    Disabled,
    Failed, // the account database or the audit log could not be read or written
};

struct SignInAttempt
{
    SignInOutcome outcome = SignInOutcome::Failed;
    Session session;   // SignedIn: who is now working, in which mode
    int failures = 0;  // failures in a row so far
    qint64 waitMs = 0; // before the next attempt is accepted
    QDateTime lockedUntil;
    QString message; // for the person at the keyboard

    bool ok() const { return outcome == SignInOutcome::SignedIn; }
};

// Signs people in against the accounts in the (live) register, counting failures in the
// database so that a restart does not reset them. Every attempt is recorded in the audit log
// (the account name and the outcome, never the password); a sign-in whose record cannot be
// written does not succeed. The audit service given is the one of whoever sits at the
// workstation (the operating-system user before sign-in, the signed-in user for
// re-authentication).
class SignInService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SignInService)

public:
    SignInService(Database& accounts, AuditService& audit, const Clock& clock,
                  SignInPolicy policy = {}, PasswordHasher hasher = {});

    SignInAttempt signIn(const QString& name, const QString& password, Mode mode,
                         const QString& workstation);
    // The password of someone already signed in again (the idle lock, a large live send). A
    // wrong password counts towards the lock like a failed sign-in.
    SignInAttempt reauthenticate(const Session& session, const QString& password,
                                 const QString& purpose);

    const SignInPolicy& policy() const { return m_policy; }

private:
    SignInAttempt attempt(const QString& name, const QString& password, const QString& action,
                          const QString& workstation, Mode mode, const QJsonObject& context);

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    SignInPolicy m_policy;
    PasswordHasher m_hasher;
};

} // namespace burgernet
