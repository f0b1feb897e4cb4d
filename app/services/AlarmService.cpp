#include "app/services/AlarmService.h"

#include "app/core/Clock.h"
#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/AlarmRepository.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/dispatch/Outbox.h"
#include "app/dispatch/TipRepository.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"

#include <algorithm>

namespace burgernet {

namespace {

const QString kAlarm = QStringLiteral("alarm");
constexpr int kHistoryForState = 2000;

bool afterFirstMessage(ActionState s)
{
    return s == ActionState::Sending || s == ActionState::Sent || s == ActionState::Updated;
}

} // namespace

AlarmService::AlarmService(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

void AlarmService::setChannelStatus(const ChannelStatusSource* source,
                                    const ChannelCatalog* catalog)
{
    m_status = source;
    m_catalog = catalog;
}

Result<QList<Alarm>> AlarmService::derive() const
{
    const QDateTime now = m_clock.nowUtc();
    auto actions = ActionRepository(m_db).list(true);
    if (!actions)
        return actions.error();
    const bool approver = m_audit.session().can(Permission::ApproveAction);
    Outbox outbox(m_db);
    QList<Alarm> alarms;
    for (const Action& a : *actions) {
        if (a.state == ActionState::AwaitingApproval && approver &&
            a.author != m_audit.session().user)
            alarms << Alarm{AlarmKind::AwaitingApproval, a.id, {}, 0, a.updatedAt};
        if (a.content.kind == ActionKind::Urgent && afterFirstMessage(a.state) &&
            a.sentAt.isValid() && a.sentAt.addSecs(qint64(m_closingMinutes) * 60) <= now)
            alarms << Alarm{AlarmKind::ClosingDue,
                            a.id,
                            {},
                            0,
                            a.sentAt.addSecs(qint64(m_closingMinutes) * 60)};
        if (a.state == ActionState::Draft)
            continue;
        // Tips from the app that nobody rated yet: each new one raises the alarm again.
        auto tips = TipRepository(m_db).list(a.id);
        if (!tips)
            return tips.error();
        Alarm appTips{AlarmKind::AppTip, a.id, {}, 0, {}};
        for (const Tip& t : *tips)
            if (t.source == TipSource::App && t.rating() == TipRating::Unrated) {
                ++appTips.level;
                if (!appTips.since.isValid() || t.at < appTips.since)
                    appTips.since = t.at;
            }
        if (appTips.level > 0)
            alarms << appTips;
        auto counts = outbox.counts(a.id);
        if (!counts)
            return counts.error();
        for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
            const auto add = [&](AlarmKind kind, OutboxState state) {
                if (const qint64 n = it.value().value(state, 0); n > 0)
                    alarms << Alarm{kind, a.id, it.key().id(), n, {}};
            };
            add(AlarmKind::Uncertain, OutboxState::Uncertain);
            add(AlarmKind::Stale, OutboxState::Stale);
            if (!isTerminal(a.state))
                add(AlarmKind::PartialFailure, OutboxState::Failed);
        }
    }
    if (m_status && m_catalog)
        for (const ChannelInfo& info : m_catalog->channels()) {
            const ChannelStatus status = m_status->status(info.channel);
            if (status.readiness == ChannelReadiness::BreakerOpen)
                alarms << Alarm{AlarmKind::BreakerOpen, 0, info.channel.id(), 0, {}};
            if (status.gatewayHealth == SenderHealth::Status::Down)
                alarms << Alarm{AlarmKind::GatewayDown, 0, info.channel.id(), 0, {}};
        }

    // What people did: the newest acknowledgement and snooze of each key.
    auto responses = AlarmRepository(m_db).history(kHistoryForState);
    if (!responses)
        return responses.error();
    for (Alarm& alarm : alarms) {
        const QString key = alarm.key();
        bool ackSeen = false, snoozeSeen = false;
        for (const AlarmResponse& r : *responses) {
            if (r.key != key)
                continue;
            if (r.response == AlarmResponseKind::Acknowledged && !ackSeen) {
                ackSeen = true;
                if (r.level >= alarm.level) {
                    alarm.acknowledged = true;
                    alarm.acknowledgedAt = r.at;
                    alarm.acknowledgedBy = r.by;
                }
            } else if (r.response == AlarmResponseKind::Snoozed && !snoozeSeen) {
                snoozeSeen = true;
                if (r.level >= alarm.level)
                    alarm.snoozedUntil = r.until;
            }
        }
    }
    std::stable_sort(alarms.begin(), alarms.end(), [&](const Alarm& x, const Alarm& y) {
        if (x.activeAt(now) != y.activeAt(now))
            return x.activeAt(now);
        return x.actionId > y.actionId;
    });
    return alarms;
}

Result<QList<Alarm>> AlarmService::current() const
{
    if (auto s = m_audit.require(Permission::ViewActions, QStringLiteral("alarm.view"), kAlarm, {});
        !s)
        return s.error();
    return derive();
}

Result<QList<Alarm>> AlarmService::active() const
{
    auto all = current();
    if (!all)
        return all;
    const QDateTime now = m_clock.nowUtc();
    QList<Alarm> wanted;
    for (const Alarm& a : *all)
        if (a.activeAt(now))
            wanted << a;
    return wanted;
}

Result<QList<AlarmResponse>> AlarmService::history(int limit) const
{
    if (auto s = m_audit.require(Permission::ViewActions, QStringLiteral("alarm.view"), kAlarm, {});
        !s)
        return s.error();
    return AlarmRepository(m_db).history(limit);
}

Result<Alarm> AlarmService::find(const QString& key) const
{
    auto alarms = derive();
    if (!alarms)
        return alarms.error();
    for (const Alarm& a : *alarms)
        if (a.key() == key)
            return a;
    return Error{tr("There is no alarm \"%1\" now (its cause may have gone).").arg(key)};
}

Status AlarmService::acknowledge(const QString& key)
{
    if (auto s = m_audit.require(Permission::ComposeAction, QStringLiteral("alarm.acknowledge"),
                                 kAlarm, key);
        !s)
        return s;
    auto alarm = find(key);
    if (!alarm)
        return alarm.error();
    return respond(*alarm, AlarmResponseKind::Acknowledged, 0);
}

Status AlarmService::snooze(const QString& key, int minutes)
{
    if (auto s =
            m_audit.require(Permission::ComposeAction, QStringLiteral("alarm.snooze"), kAlarm, key);
        !s)
        return s;
    if (minutes < 1 || minutes > 120)
        return Error{tr("Minutes: snooze for 1 to 120 minutes, not %1.").arg(minutes)};
    auto alarm = find(key);
    if (!alarm)
        return alarm.error();
    return respond(*alarm, AlarmResponseKind::Snoozed, minutes);
}

Status AlarmService::respond(const Alarm& alarm, AlarmResponseKind response, int minutes)
{
    AlarmResponse r;
    r.key = alarm.key();
    r.kind = alarm.kind;
    r.actionId = alarm.actionId;
    r.response = response;
    r.level = alarm.level;
    r.at = m_clock.nowUtc();
    r.by = m_audit.session().user;
    if (response == AlarmResponseKind::Snoozed)
        r.until = r.at.addSecs(qint64(minutes) * 60);
    QJsonObject details{{QStringLiteral("kind"), enumId(alarm.kind)},
                        {QStringLiteral("level"), alarm.level}};
    if (!alarm.channel.isEmpty())
        details.insert(QStringLiteral("channel"), alarm.channel);
    if (alarm.actionId)
        details.insert(QStringLiteral("action"), alarm.actionId);
    if (minutes)
        details.insert(QStringLiteral("minutes"), minutes);
    const DetailKinds kinds{{QStringLiteral("kind"), DetailKind::Id},
                            {QStringLiteral("channel"), DetailKind::Id},
                            {QStringLiteral("action"), DetailKind::Id},
                            {QStringLiteral("level"), DetailKind::Count},
                            {QStringLiteral("minutes"), DetailKind::Count}};
    const QString what = response == AlarmResponseKind::Acknowledged
                             ? QStringLiteral("alarm.acknowledge")
                             : QStringLiteral("alarm.snooze");
    auto done = AuditedChange(m_db, m_audit)
                    .run({what, kAlarm, r.key, details, false, kinds}, [&](QJsonObject&) {
                        auto added = AlarmRepository(m_db).insert(r);
                        return added ? Status() : Status(added.error());
                    });
    return done ? Status() : Status(done.error());
}

} // namespace burgernet
