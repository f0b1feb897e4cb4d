#include "app/services/DeliveryFailures.h"

#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/Outbox.h"
#include "app/register/ContactMask.h"
#include "app/services/AuditService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

DeliveryFailures::DeliveryFailures(Database& db, AuditService& audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<ActionFailures> DeliveryFailures::failures(qint64 actionId,
                                                  const std::optional<Channel>& channel) const
{
    const QString what = QStringLiteral("action.failures_view");
    const QString id = QString::number(actionId);
    if (auto s = m_audit.require(Permission::ViewActions, what, QStringLiteral("action"), id); !s)
        return s.error();
    if (auto s = m_audit.require(Permission::ViewParticipants, what, QStringLiteral("action"), id);
        !s)
        return s.error();
    ActionRepository actions(m_db);
    if (auto action = actions.load(actionId); !action)
        return action.error();
    auto rows = Outbox(m_db).failedRows(actionId, channel);
    if (!rows)
        return rows.error();
    ActionFailures result;
    result.actionId = actionId;
    for (const FailedRow& row : *rows) {
        FailedRecipient f;
        f.rowId = row.id;
        f.channel = row.channel;
        f.messageType = row.messageType;
        f.pseudonym = row.pseudonym;
        f.maskedAddress = row.address.contains(QLatin1Char('@')) ? ContactMask::email(row.address)
                                                                 : ContactMask::phone(row.address);
        f.reason = row.reason;
        f.attempts = row.attempts;
        f.at = QDateTime::fromMSecsSinceEpoch(row.updatedAtMs, Qt::UTC);
        result.failed.push_back(std::move(f));
    }
    auto events = actions.events(actionId);
    if (!events)
        return events.error();
    for (const ActionEvent& e : *events) {
        if (e.event != QLatin1String("platform-reach"))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(e.detail.toUtf8()).object();
        const auto c = Channel::fromId(o.value(QStringLiteral("channel")).toString());
        if (!c || (channel && *c != *channel))
            continue;
        result.reach.push_back({*c, qint64(o.value(QStringLiteral("reach")).toDouble()), e.at});
    }
    // The look is recorded: it shows (masked) contact data of named pseudonyms.
    if (auto recorded = m_audit.record(what, QStringLiteral("action"), id, AuditResult::Ok,
                                       {{QStringLiteral("failed"), qint64(result.failed.size())}},
                                       {{QStringLiteral("failed"), DetailKind::Count}});
        !recorded)
        return recorded.error();
    return result;
}

} // namespace burgernet
