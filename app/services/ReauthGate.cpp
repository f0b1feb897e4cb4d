#include "app/services/ReauthGate.h"

#include "app/services/AuditService.h"

#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace burgernet {

ReauthGate::ReauthGate(AuditService& audit, int recipientThreshold, Verifier verifier,
                       ReauthPrompt* prompt)
    : m_audit(audit)
    , m_threshold(recipientThreshold)
    , m_verifier(std::move(verifier))
    , m_prompt(prompt)
{}

bool ReauthGate::requiredFor(Mode mode, qint64 recipients) const
{
    return mode == Mode::Live && recipients > m_threshold;
}

Status ReauthGate::confirmLiveSend(Mode mode, qint64 recipients)
{
    if (!requiredFor(mode, recipients))
        return {};
    return confirm(recipients);
}

Status ReauthGate::confirm(qint64 recipients)
{
    const QJsonObject details{{QStringLiteral("recipients"), recipients},
                              {QStringLiteral("threshold"), m_threshold}};
    auto refuse = [&](const QString& reason, const QString& message) -> Status {
        QJsonObject d = details;
        d.insert(QStringLiteral("reason"), reason);
        (void)m_audit.record(QStringLiteral("send.reauth"), QStringLiteral("user"),
                             m_audit.session().user, AuditResult::Denied, d);
        return Error{message};
    };
    if (!m_prompt || !m_verifier)
        return refuse(QStringLiteral("no-prompt"),
                      tr("A live send to more than %n recipient(s) needs the password again, and "
                         "there is no one to ask.",
                         nullptr, m_threshold));
    const QString reason = tr("You are about to send a LIVE message to %n recipient(s). Type your "
                              "password to confirm.",
                              nullptr, static_cast<int>(std::min<qint64>(recipients, INT_MAX)));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::optional<QString> password = m_prompt->askPassword(reason);
        if (!password)
            return refuse(QStringLiteral("cancelled"), tr("The send was cancelled."));
        QString message;
        const Check check = m_verifier(*password, &message);
        if (check == Check::Right) {
            (void)m_audit.record(QStringLiteral("send.reauth"), QStringLiteral("user"),
                                 m_audit.session().user, AuditResult::Ok, details);
            return {};
        }
        if (check == Check::Locked)
            return refuse(QStringLiteral("locked"), message);
        if (check == Check::Unavailable)
            return refuse(QStringLiteral("check-failed"), message);
    }
    return refuse(QStringLiteral("wrong-password"),
                  tr("The password was wrong three times; nothing was sent."));
}

} // namespace burgernet
