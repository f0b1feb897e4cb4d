#include "app/ctl/CtlContext.h"

#include "app/audit/AuditLog.h"
#include "app/core/Logging.h"
#include "app/core/Paths.h"
#include "app/core/PrivateFiles.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/ctl/PasswordInput.h"
#include "app/security/SignInService.h"
#include "app/services/AuditAnchors.h"
#include "app/services/AuditService.h"
#include "app/services/ReauthGate.h"
#include "app/services/SettingsService.h"
#include "app/session/SessionServices.h"
#include "app/session/WorkstationAuditLog.h"
#include "app/storage/Database.h"
#include "app/storage/PolicyStore.h"

#include <QFileInfo>

namespace burgernet {

namespace {

// The re-authentication of burgernetctl: the password from --password-file, or nobody to ask.
class FilePasswordPrompt final : public ReauthPrompt
{
public:
    explicit FilePasswordPrompt(std::optional<QString> password)
        : m_password(std::move(password))
    {}
    std::optional<QString> askPassword(const QString&) override
    {
        // One answer only: a wrong password is not tried three times against the lock.
        return std::exchange(m_password, std::nullopt);
    }

private:
    std::optional<QString> m_password;
};

} // namespace

CtlContext::CtlContext(QTextStream& out, QTextStream& err, const Clock& clock, Settings& settings)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_settings(settings)
{}

CtlContext::~CtlContext()
{
    m_session.reset();
    m_settingsService.reset();
    m_anchoring.reset(); // signs and anchors the last records while the register is open
    m_audit.reset();
    m_auditLog.reset();
}

Database* CtlContext::databaseOrReport()
{
    auto db = database();
    if (!db) {
        m_err << db.errorMessage() << Qt::endl;
        return nullptr;
    }
    return *db;
}

AuditService* CtlContext::auditOrReport()
{
    auto service = audit();
    if (!service) {
        m_err << service.errorMessage() << Qt::endl;
        return nullptr;
    }
    return *service;
}

SessionServices* CtlContext::sessionServicesOrReport(bool dispatch, bool loadIndex)
{
    auto services = sessionServices(dispatch, loadIndex);
    if (!services) {
        m_err << services.errorMessage() << Qt::endl;
        return nullptr;
    }
    return *services;
}

Result<AuditService*> CtlContext::audit()
{
    if (!m_audit) {
        const QString path =
            m_auditLogPath.isEmpty() ? paths::defaultAuditLogPath() : m_auditLogPath;
        if (auto folder = PrivateFiles::makeFolder(QFileInfo(path).absolutePath()); !folder)
            return folder.error();
        const Session session = Session::forOperatingSystemUser(m_mode);
        auto log = WorkstationAuditLog::open(path, session.workstation, m_clock);
        if (!log)
            return log.error();
        m_auditLog = std::move(log).value();
        // The live register anchors the log, whichever mode acts; without it verifications say
        // that they were not compared with it.
        if (auto live = accounts(); live)
            m_anchoring = std::make_unique<AuditAnchoring>(*m_auditLog, **live);
        else
            m_err << live.errorMessage() << Qt::endl;
        const auto serviceFor = [this](const Session& as) {
            m_audit = std::make_unique<AuditService>(*m_auditLog, as);
            if (m_anchoring)
                m_audit->setAnchors(&m_anchoring->anchors());
        };
        serviceFor(session);
        // Reading and verifying the log must not depend on the register being reachable.
        if (auto adopted = adoptFileValues(); !adopted)
            qCWarning(lcCtl) << "settings from the file not adopted:" << adopted.errorMessage();
        if (!m_signInUser.isEmpty()) {
            auto signedIn = signIn(session.workstation);
            if (!signedIn) {
                m_audit.reset();
                return signedIn.error();
            }
            serviceFor(*signedIn);
        }
    }
    return m_audit.get();
}

Result<Session> CtlContext::signIn(const QString& workstation)
{
    QString error;
    const auto password = m_signInPasswordFile.isEmpty()
                              ? PasswordInput::fromStdin(QStringLiteral("Password"), &error)
                              : PasswordInput::fromFile(m_signInPasswordFile, &error);
    if (!password)
        return Error{error};
    auto db = accounts();
    if (!db)
        return db.error();
    auto policy = signInPolicy();
    if (!policy)
        return policy.error();
    // The attempt is recorded by the operating-system user, as at the console's sign-in.
    SignInService service(**db, *m_audit, m_clock, *policy);
    const SignInAttempt attempt = service.signIn(m_signInUser, *password, m_mode, workstation);
    if (!attempt.ok())
        return Error{attempt.message};
    if (!m_signInPasswordFile.isEmpty())
        m_password = *password;
    return attempt.session;
}

Status CtlContext::adoptFileValues()
{
    bool any = false;
    for (const PolicyDescriptor& d : policy::descriptors())
        any = any || m_settings.contains(d.id);
    if (!any)
        return {};
    auto db = accounts();
    if (!db)
        return db.error();
    // The live register's ranges apply, whichever mode this command runs in.
    AuditService liveWorkstation(*m_auditLog, Session::forOperatingSystemUser(Mode::Live));
    return SettingsService(m_settings, liveWorkstation, *db).adoptFileValues();
}

Result<SignInPolicy> CtlContext::signInPolicy()
{
    auto db = accounts();
    if (!db)
        return db.error();
    auto values = PolicyStore(**db).load();
    if (!values)
        return values.error();
    return SignInPolicy::fromValues(*values);
}

Result<SettingsService*> CtlContext::settingsService()
{
    if (!m_settingsService) {
        auto service = audit();
        if (!service)
            return service.error();
        auto db = database();
        if (!db)
            return db.error();
        m_settingsService = std::make_unique<SettingsService>(m_settings, **service, *db);
    }
    return m_settingsService.get();
}

Result<Database*> CtlContext::accounts()
{
    if (!m_accounts) {
        auto opened = Database::open(m_spec);
        if (!opened)
            return opened.error();
        m_accounts = std::move(opened).value();
        m_accounts->setClock(m_clock);
    }
    return m_accounts.get();
}

Result<Database*> CtlContext::database()
{
    if (m_mode == Mode::Live)
        return accounts();
    if (!m_trainingDb) {
        auto opened = Database::open(m_trainingSpec);
        if (!opened)
            return opened.error();
        m_trainingDb = std::move(opened).value();
        m_trainingDb->setClock(m_clock);
    }
    return m_trainingDb.get();
}

Result<SessionServices*> CtlContext::sessionServices(bool dispatch, bool loadIndex)
{
    if (m_session)
        return m_session.get();
    auto service = audit();
    if (!service)
        return service.error();
    auto db = database();
    if (!db)
        return db.error();
    auto accountsDb = accounts();
    if (!accountsDb)
        return accountsDb.error();
    SessionConfig config;
    config.session = (*service)->session();
    config.dataDir = paths::dataDir();
    config.dispatch = dispatch;
    config.listen = dispatch;
    config.loadIndex = loadIndex;
    config.callbackPort = static_cast<quint16>(m_settings.value(keys::CallbackPort));
    config.callbackAddress = m_settings.value(keys::CallbackAddress);
    config.auditAnchors = m_anchoring ? &m_anchoring->anchors() : nullptr;
    // Only someone who signed in has a password to give again; the workstation account does not,
    // and a send that needs it is refused.
    if (m_password) {
        m_reauthPrompt = std::make_unique<FilePasswordPrompt>(m_password);
        Database* accountsRegister = *accountsDb;
        const Session session = config.session;
        config.reauthPrompt = m_reauthPrompt.get();
        config.reauthVerifier = [this, accountsRegister, session](const QString& password,
                                                                  QString* message) {
            auto policy = signInPolicy();
            if (!policy) {
                *message = policy.errorMessage();
                return ReauthGate::Check::Wrong;
            }
            SignInService verifier(*accountsRegister, *m_audit, m_clock, *policy);
            const SignInAttempt a =
                verifier.reauthenticate(session, password, QStringLiteral("live-send"));
            *message = a.message;
            return a.ok() ? ReauthGate::Check::Right
                   : a.outcome == SignInOutcome::Locked || a.outcome == SignInOutcome::Refused
                       ? ReauthGate::Check::Locked
                   : a.outcome == SignInOutcome::Failed ? ReauthGate::Check::Unavailable
                                                        : ReauthGate::Check::Wrong;
        };
    }
    m_session = std::make_unique<SessionServices>(std::move(config), **db, *m_auditLog, m_settings,
                                                  m_sessionClock ? *m_sessionClock : m_clock);
    if (auto started = m_session->start(); !started) {
        m_session.reset();
        return started.error();
    }
    return m_session.get();
}

} // namespace burgernet
