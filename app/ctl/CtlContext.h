#pragma once

#include "app/core/Result.h"
#include "app/core/Session.h"
#include "app/storage/DatabaseSpec.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace burgernet {

class AuditLog;
class AuditService;
class Clock;
class Database;
class Settings;

// What every subcommand gets: where to write, which register to use, the clock and settings.
class CtlContext
{
public:
    CtlContext(QTextStream& out, QTextStream& err, const Clock& clock, Settings& settings);
    ~CtlContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    Settings& settings() { return m_settings; }

    void setDatabaseSpec(const DatabaseSpec& spec) { m_spec = spec; }
    const DatabaseSpec& databaseSpec() const { return m_spec; }
    // Opens (and migrates) the register on first use.
    Result<Database*> database();

    void setAuditLogPath(const QString& path) { m_auditLogPath = path; }
    QString auditLogPath() const { return m_auditLogPath; }
    // Acts as this account instead of the operating-system user (role "workstation"): the
    // first audit() signs in with the password from the file, and the services then check
    // that account's role.
    void setSignIn(const QString& user, const QString& passwordFile)
    {
        m_signInUser = user;
        m_signInPasswordFile = passwordFile;
    }

    // Opens this workstation's audit log on first use: every command that acts records itself.
    Result<AuditService*> audit();

    // The same for subcommands: nullptr after the reason has been written to err().
    Database* databaseOrReport();
    AuditService* auditOrReport();

private:
    Result<Session> signIn(const QString& workstation);

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    Settings& m_settings;
    DatabaseSpec m_spec;
    std::unique_ptr<Database> m_db;
    QString m_auditLogPath;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<AuditService> m_audit;
    QString m_signInUser;
    QString m_signInPasswordFile;
};

// Exit codes of burgernetctl.
// Exit codes of burgernetctl. ExitDamaged: `audit verify` found tampering.
enum CtlExit : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitDamaged = 3 };

} // namespace burgernet
