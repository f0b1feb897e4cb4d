#pragma once

#include "app/core/Mode.h"
#include "app/core/Session.h"
#include "app/security/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace burgernet {

class AuditService;
class Clock;
class Database;
class Settings;

// How hard guessing is made: a wait after each failure that doubles (1 s, 2 s, 4 s, ... up to a
// ceiling), and a lock after maxFailures failures in a row that an administrator lifts, or time.
struct SignInPolicy
{
    int maxFailures = 5;
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 60'000;
    qint64 lockMs = 15 * 60'000;

    static SignInPolicy fromSettings(const Settings& settings);
    // The wait before the next attempt after `failures` failures in a row (0 for none).
    qint64 delayAfter(int failures) const;
};

enum class SignInOutcome {
    SignedIn,
    WrongPassword, // or an unknown name: the two look the same from outside
    TooSoon,       // within the wait after a failure; not counted as another failure
    Locked,
    Disabled,
    Failed, // the account database could not be read or written
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
// (the account name and the outcome, never the password); the audit service given is the one
// of whoever sits at the workstation (the operating-system user before sign-in, the signed-in
// user for re-authentication).
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
                          const QJsonObject& context);

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    SignInPolicy m_policy;
    PasswordHasher m_hasher;
};

} // namespace burgernet
