#include "app/ctl/CtlContext.h"

#include "app/audit/AuditLog.h"
#include "app/core/Paths.h"
#include "app/core/Session.h"
#include "app/ctl/PasswordInput.h"
#include "app/security/SignInService.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"

namespace burgernet {

CtlContext::CtlContext(QTextStream& out, QTextStream& err, const Clock& clock, Settings& settings)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_settings(settings)
{}

CtlContext::~CtlContext()
{
    m_audit.reset();
    m_auditLog.reset(); // signs the final checkpoint
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

Result<AuditService*> CtlContext::audit()
{
    if (!m_audit) {
        AuditLog::Options options;
        options.path = m_auditLogPath.isEmpty() ? paths::defaultAuditLogPath() : m_auditLogPath;
        options.keyPath = paths::signingKeyPathFor(options.path);
        const Session session = Session::forOperatingSystemUser(Mode::Live);
        options.workstation = session.workstation;
        auto log = AuditLog::open(options, m_clock);
        if (!log)
            return log.error();
        m_auditLog = std::move(log).value();
        m_audit = std::make_unique<AuditService>(*m_auditLog, session);
        if (!m_signInUser.isEmpty()) {
            auto signedIn = signIn(session.workstation);
            if (!signedIn) {
                m_audit.reset();
                return signedIn.error();
            }
            m_audit = std::make_unique<AuditService>(*m_auditLog, *signedIn);
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
    auto db = database();
    if (!db)
        return db.error();
    // The attempt is recorded by the operating-system user, as at the console's sign-in.
    SignInService service(**db, *m_audit, m_clock, SignInPolicy::fromSettings(m_settings));
    const SignInAttempt attempt = service.signIn(m_signInUser, *password, Mode::Live, workstation);
    if (!attempt.ok())
        return Error{attempt.message};
    return attempt.session;
}

Result<Database*> CtlContext::database()
{
    if (!m_db) {
        auto opened = Database::open(m_spec);
        if (!opened)
            return opened.error();
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

} // namespace burgernet
