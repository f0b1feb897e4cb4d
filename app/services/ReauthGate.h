#pragma once

#include "app/core/Mode.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace burgernet {

class AuditService;

// Asks the person at the keyboard for their password (the UI shows a dialog; tests answer
// directly). nullopt: they cancelled.
class ReauthPrompt
{
public:
    virtual ~ReauthPrompt() = default;
    virtual std::optional<QString> askPassword(const QString& reason) = 0;
};

// The second look before a large live send: above a recipient count (setting
// security/reauthRecipients) the dispatcher types their password again, so that a send to a
// whole city is never one stray click. The dispatch service calls confirmLiveSend() before it
// queues anything; training sends never ask.
class ReauthGate
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ReauthGate)

public:
    // Unavailable: the password could not be checked at all (no memory for it): not asked again.
    enum class Check { Right, Wrong, Locked, Unavailable };
    // Checks a password for the signed-in user (SignInService::reauthenticate, which counts a
    // wrong one towards the lock), setting `message` when it is not right.
    using Verifier = std::function<Check(const QString& password, QString* message)>;

    ReauthGate(AuditService& audit, int recipientThreshold, Verifier verifier,
               ReauthPrompt* prompt = nullptr);

    void setPrompt(ReauthPrompt* prompt) { m_prompt = prompt; }
    int threshold() const { return m_threshold; }
    bool requiredFor(Mode mode, qint64 recipients) const;

    // Ok when no password is needed or the right one was given (up to three tries); an error
    // saying why otherwise (cancelled, wrong, no prompt). Every outcome that asked is recorded.
    Status confirmLiveSend(Mode mode, qint64 recipients);
    // The same without the threshold: the dispatch plan already decided that it is needed.
    Status confirm(qint64 recipients);

private:
    AuditService& m_audit;
    int m_threshold;
    Verifier m_verifier;
    ReauthPrompt* m_prompt;
};

} // namespace burgernet
