#include "app/dispatch/RecipientResolver.h"

#include "app/core/Participant.h"
#include "app/dispatch/MessageComposer.h"
#include "app/geo/ParticipantIndex.h"
#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace burgernet {

Result<RecipientPlan> RecipientResolver::resolve(Database& db,
                                                 const std::vector<qint64>& participantIds,
                                                 const QList<Channel>& wanted,
                                                 const QString& language, int dailyLimit,
                                                 qint64 dayStartMs)
{
    RecipientPlan plan;
    std::vector<qint64> ids = participantIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    plan.selected = qint64(ids.size());

    QHash<qint64, int> earlier;
    if (dailyLimit > 0 && !ids.empty()) {
        auto counted = Outbox(db).alertsSince(ids, dayStartMs);
        if (!counted)
            return counted.error();
        earlier = std::move(counted).value();
    }

    const bool sms = wanted.contains(Channel::sms());
    const bool voice = wanted.contains(Channel::voice());
    const bool email = wanted.contains(Channel::email());
    if (sms || voice || email) {
        QSqlQuery q(db.connection());
        constexpr size_t kChunk = 900;
        for (size_t start = 0; start < ids.size(); start += kChunk) {
            const size_t end = std::min(ids.size(), start + kChunk);
            QString list;
            for (size_t i = start; i < end; ++i)
                list += (i > start ? QStringLiteral(",") : QString()) + QString::number(ids[i]);
            if (!q.exec(QStringLiteral("SELECT id, language, channel_prefs, mobile IS NOT NULL, "
                                       "phone IS NOT NULL, email IS NOT NULL FROM participants "
                                       "WHERE status = 'active' AND id IN (%1) ORDER BY id")
                            .arg(list)))
                return Error{tr("Cannot read the recipients: %1").arg(q.lastError().text())};
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (dailyLimit > 0 && earlier.value(id) >= dailyLimit) {
                    ++plan.overDailyLimit;
                    continue;
                }
                const QString lang = q.value(1).toString();
                const quint8 reach =
                    Participant::reachableChannels(q.value(2).toInt(), q.value(3).toBool(),
                                                   q.value(4).toBool(), q.value(5).toBool());
                bool any = false;
                const auto add = [&](bool chosen, BuiltinChannel channel) {
                    if (chosen && (reach & channelBit(channel))) {
                        plan.entries.push_back({id, channel, lang});
                        ++plan.perChannel[channel];
                        any = true;
                    }
                };
                add(voice, BuiltinChannel::Voice);
                add(sms, BuiltinChannel::Sms);
                add(email, BuiltinChannel::Email);
                if (!any)
                    ++plan.unreachable;
            }
        }
    }
    for (const Channel& channel : wanted) {
        if (!channel.isAddressed()) {
            plan.entries.push_back({0, channel, language});
            plan.perChannel[channel] = 1;
        }
    }
    return plan;
}

} // namespace burgernet
