#include "app/ctl/ActionFailures.h"

#include "app/ctl/CtlCommand.h"
#include "app/ctl/CtlContext.h"
#include "app/services/DeliveryFailures.h"
#include "app/session/SessionServices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

int ActionFailuresCtl::run(CtlContext& context, SessionServices& session, qint64 actionId,
                           const std::optional<Channel>& channel, bool json)
{
    auto found = session.failures().failures(actionId, channel);
    if (!found) {
        context.err() << found.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray failed;
        for (const FailedRecipient& f : found->failed)
            failed.append(QJsonObject{{QStringLiteral("channel"), f.channel.id()},
                                      {QStringLiteral("message"), enumId(f.messageType)},
                                      {QStringLiteral("pseudonym"), f.pseudonym},
                                      {QStringLiteral("address"), f.maskedAddress},
                                      {QStringLiteral("reason"), f.reason},
                                      {QStringLiteral("attempts"), f.attempts},
                                      {QStringLiteral("at"), f.at.toString(Qt::ISODate)}});
        QJsonArray reach;
        for (const PlatformReach& r : found->reach)
            reach.append(QJsonObject{{QStringLiteral("channel"), r.channel.id()},
                                     {QStringLiteral("reach"), r.reach},
                                     {QStringLiteral("at"), r.at.toString(Qt::ISODate)}});
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("action"), actionId},
                                                   {QStringLiteral("failed"), failed},
                                                   {QStringLiteral("reach"), reach}})
                             .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (found->failed.empty())
        context.out() << tr("Action %1: no failed recipients.").arg(actionId) << Qt::endl;
    else
        context.out() << tr("Action %1: %n failed recipient(s).", nullptr,
                            int(found->failed.size()))
                             .arg(actionId)
                      << Qt::endl;
    for (const FailedRecipient& f : found->failed)
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(f.channel.id(),
                                  f.pseudonym.isEmpty() ? tr("(erased)") : f.pseudonym,
                                  f.maskedAddress, f.reason,
                                  f.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      << Qt::endl;
    for (const PlatformReach& r : found->reach)
        context.out() << tr("%1: the platform reports %2 reached (%3).")
                             .arg(r.channel.id())
                             .arg(r.reach)
                             .arg(r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
