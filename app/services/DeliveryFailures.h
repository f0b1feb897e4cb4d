#pragma once

#include "app/core/Channel.h"
#include "app/core/MessageType.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace burgernet {

class AuditService;
class Database;

// One recipient whose message failed for good, as those who may see participants get it: the
// pseudonym and the masked address only, with the gateway's reason.
struct FailedRecipient
{
    qint64 rowId = 0;
    Channel channel;
    MessageType messageType = MessageType::Alert;
    QString pseudonym;     // empty: erased since
    QString maskedAddress; // "+31 6 •••• 5678", "j•••@example.org"
    QString reason;        // the gateway's words (no personal data)
    int attempts = 0;
    QDateTime at;
};

// What an area platform (the app) said it reached with one message.
struct PlatformReach
{
    Channel channel;
    qint64 reach = 0;
    QDateTime at;
};

struct ActionFailures
{
    qint64 actionId = 0;
    std::vector<FailedRecipient> failed;
    std::vector<PlatformReach> reach;
};

// The failed recipients of an action per channel and the reach area platforms reported, for the
// window's Failures tab and `burgernetctl action failures ID`. Needs Permission::ViewParticipants
// (masked contact data) and ViewActions; each look is recorded with the counts only.
class DeliveryFailures
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DeliveryFailures)

public:
    DeliveryFailures(Database& db, AuditService& audit);

    Result<ActionFailures> failures(qint64 actionId,
                                    const std::optional<Channel>& channel = {}) const;

private:
    Database& m_db;
    AuditService& m_audit;
};

} // namespace burgernet
