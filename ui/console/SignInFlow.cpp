#include "ui/console/SignInFlow.h"

#include "app/core/Settings.h"
#include "app/security/DemoAccounts.h"
#include "app/security/SignInService.h"
#include "app/security/UserService.h"
#include "app/services/AuditService.h"
#include "ui/security/FirstAdministratorDialog.h"
#include "ui/security/SignInDialog.h"

#include <QFile>

namespace burgernet {

SignInFlow::SignInFlow(Database& accounts, AuditService& workstationAudit, const Clock& clock,
                       Settings& settings, const ConsoleOptions& options, bool interactive)
    : m_accounts(accounts)
    , m_audit(workstationAudit)
    , m_clock(clock)
    , m_settings(settings)
    , m_options(options)
    , m_interactive(interactive)
    , m_lastUser(options.user)
{}

Status SignInFlow::addDemoAccounts()
{
    UserService users(m_accounts, m_audit, m_clock, PasswordHasher::minimum());
    return DemoAccounts::add(users);
}

Status SignInFlow::ensureAdministrator()
{
    UserService users(m_accounts, m_audit, m_clock);
    auto any = users.hasAccounts();
    if (!any)
        return any.error();
    if (*any)
        return {};
    if (!m_interactive)
        return Error{tr("This register has no accounts. Add the administrator with "
                        "\"burgernetctl user add NAME --role administrator\" or start the console "
                        "once with a screen to create it.")};
    FirstAdministratorDialog dialog(users);
    if (dialog.exec() != QDialog::Accepted)
        return Error{QString()};
    m_lastUser = dialog.userName();
    return {};
}

Result<std::optional<Session>> SignInFlow::scripted(const QString& user,
                                                    const QString& passwordFile)
{
    QString password;
    if (passwordFile.isEmpty()) {
        // A screenshot of the demo register: the demo supervisor, whose password README
        // publishes anyway. Any other register needs --user and --password-file.
        for (const DemoAccount& a : DemoAccounts::all())
            if (a.role == Role::Supervisor)
                password = QString::fromLatin1(a.password);
    } else {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                tr("Cannot read the password file %1: %2").arg(passwordFile, file.errorString())};
        password = QString::fromUtf8(file.readLine()).trimmed();
    }
    SignInService signIn(m_accounts, m_audit, m_clock, SignInPolicy::fromRegister(m_accounts));
    const SignInAttempt attempt =
        signIn.signIn(user, password, m_options.mode, m_audit.session().workstation);
    if (!attempt.ok())
        return Error{passwordFile.isEmpty()
                         ? tr("Sign in with --user and --password-file (this register has no "
                              "demo accounts).")
                         : attempt.message};
    return std::optional<Session>(attempt.session);
}

Result<std::optional<Session>> SignInFlow::run()
{
    if (Status admin = ensureAdministrator(); !admin) {
        if (admin.errorMessage().isEmpty())
            return std::optional<Session>(); // cancelled
        return admin.error();
    }
    if (!m_options.user.isEmpty() && !m_scriptedDone) {
        m_scriptedDone = true;
        return scripted(m_options.user, m_options.passwordFile);
    }
    if (!m_interactive)
        return scripted(QStringLiteral("supervisor"), QString());

    SignInService signIn(m_accounts, m_audit, m_clock, SignInPolicy::fromRegister(m_accounts));
    SignInDialog dialog(signIn, m_audit.session().workstation, m_options.mode);
    dialog.setUserName(m_lastUser);
    if (dialog.exec() != QDialog::Accepted)
        return std::optional<Session>();
    m_lastUser = dialog.session().user;
    return std::optional<Session>(dialog.session());
}

} // namespace burgernet
