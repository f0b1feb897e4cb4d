#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/core/Mode.h"
#include "app/core/Result.h"
#include "app/core/Session.h"

#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace burgernet {

class AuditAnchoring;
class AuditLog;
class AuditService;
class Clock;
class Database;
class ReauthPrompt;
class SessionServices;
class Settings;
class SettingsService;
struct SignInPolicy;

// What every subcommand gets: where to write, which register to use, the clock and settings,
// who acts, and (for the commands that act on actions) the same session services the window
// uses.
class CtlContext
{
public:
    CtlContext(QTextStream& out, QTextStream& err, const Clock& clock, Settings& settings);
    ~CtlContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    Settings& settings() { return m_settings; }

    // The live register: it holds the accounts, and is the one to work on in live mode.
    void setDatabaseSpec(const DatabaseSpec& spec) { m_spec = spec; }
    const DatabaseSpec& databaseSpec() const { return m_spec; }
    // Training works on a register of its own, never the live one.
    void setTraining(const DatabaseSpec& trainingSpec)
    {
        m_mode = Mode::Training;
        m_trainingSpec = trainingSpec;
    }
    Mode mode() const { return m_mode; }
    // The register the commands work on (the training one in training), opened and migrated on
    // first use.
    Result<Database*> database();
    // The live register with the accounts.
    Result<Database*> accounts();

    void setAuditLogPath(const QString& path) { m_auditLogPath = path; }
    QString auditLogPath() const { return m_auditLogPath; }
    // Acts as this account instead of the operating-system user (role "workstation"): the
    // first audit() signs in with the password from the file (or standard input), and the
    // services then check that account's role.
    void setSignIn(const QString& user, const QString& passwordFile)
    {
        m_signInUser = user;
        m_signInPasswordFile = passwordFile;
    }

    // Opens this workstation's audit log on first use: every command that acts records itself.
    Result<AuditService*> audit();
    // Settings for the session's user: the policy is the register's of the mode (the training
    // register's own in training).
    Result<SettingsService*> settingsService();
    // The session's services, as the window has them; `dispatch` runs a worker per channel in
    // this process (action ... --wait), `loadIndex` reads the participant index (selections).
    Result<SessionServices*> sessionServices(bool dispatch, bool loadIndex = true);

    // The clock the session's services run on instead of the command's (an exercise's virtual
    // clock); before the first sessionServices().
    void setSessionClock(const Clock& clock) { m_sessionClock = &clock; }

    // The same for subcommands: nullptr after the reason has been written to err().
    Database* databaseOrReport();
    AuditService* auditOrReport();
    SessionServices* sessionServicesOrReport(bool dispatch, bool loadIndex = true);

private:
    Result<Session> signIn(const QString& workstation);
    // Values this user's settings file held before the policy moved to the register go into the
    // live register once, recorded by the workstation.
    Status adoptFileValues();
    Result<SignInPolicy> signInPolicy();

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    const Clock* m_sessionClock = nullptr;
    Settings& m_settings;
    DatabaseSpec m_spec;
    Mode m_mode = Mode::Live;
    DatabaseSpec m_trainingSpec;
    std::unique_ptr<Database> m_accounts;
    std::unique_ptr<Database> m_trainingDb;
    QString m_auditLogPath;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<AuditAnchoring> m_anchoring;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<SettingsService> m_settingsService;
    QString m_signInUser;
    QString m_signInPasswordFile;
    // The password given for --user from a file: the re-authentication before a large live send
    // asks it again, as the window asks the person at the keyboard.
    std::optional<QString> m_password;
    std::unique_ptr<ReauthPrompt> m_reauthPrompt;
    std::unique_ptr<SessionServices> m_session;
};

// Exit codes of burgernetctl. ExitDamaged: `audit verify` found tampering.
enum CtlExit : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitDamaged = 3 };

} // namespace burgernet
