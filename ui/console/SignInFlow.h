#pragma once

#include "app/core/Result.h"
#include "app/core/Session.h"
#include "ui/console/ConsoleOptions.h"

#include <QCoreApplication>

namespace burgernet {

class AuditService;
class Clock;
class Database;
class Settings;

// Who works at the console: the first administrator of a register without accounts, then the
// sign-in (dialog, or --user/--password-file for scripted runs). The accounts are those of
// the live register; the mode chosen decides which register the window then opens.
class SignInFlow
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SignInFlow)

public:
    SignInFlow(Database& accounts, AuditService& workstationAudit, const Clock& clock,
               Settings& settings, const ConsoleOptions& options, bool interactive);

    // The demo register's accounts (README), added with its demo population.
    Status addDemoAccounts();
    // nullopt with an empty error: the person cancelled.
    Result<std::optional<Session>> run();

private:
    Status ensureAdministrator();
    Result<std::optional<Session>> scripted(const QString& user, const QString& passwordFile);

    Database& m_accounts;
    AuditService& m_audit;
    const Clock& m_clock;
    Settings& m_settings;
    const ConsoleOptions& m_options;
    bool m_interactive;
    QString m_lastUser;
    bool m_scriptedDone = false; // --user signs in once; after a sign-out the dialog asks
};

} // namespace burgernet
