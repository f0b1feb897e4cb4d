#pragma once

#include "app/core/Result.h"
#include "app/dispatch/Alarm.h"

#include <QCoreApplication>
#include <QList>

namespace burgernet {

class AuditService;
class ChannelCatalog;
class ChannelStatusSource;
class Clock;
class Database;

// One alarm model for the window and burgernetctl, without Widgets. The alarms are derived on
// every call from the open actions and their outbox rows (and the running dispatcher's
// breakers), so a restart shows them again; what is stored is only what people did about them:
// an acknowledgement (who, when, at which level: more failures raise the alarm again) or a
// snooze. Reading needs Permission::ViewActions, answering Permission::ComposeAction; the
// approval alarm is only for those who may approve. Answers are recorded before they are stored.
class AlarmService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AlarmService)

public:
    AlarmService(Database& db, AuditService& audit, const Clock& clock);

    // The minutes after the first message at which the closing message is due.
    void setClosingMinutes(int minutes) { m_closingMinutes = minutes; }
    // The running dispatcher's channels, for the breaker; without one there is no breaker alarm.
    void setChannelStatus(const ChannelStatusSource* source, const ChannelCatalog* catalog);

    // Every alarm whose cause is there now, with what was done about it; those that want
    // attention first, then by action.
    Result<QList<Alarm>> current() const;
    // Only those that want attention now (neither acknowledged nor snoozed).
    Result<QList<Alarm>> active() const;
    Status acknowledge(const QString& key);
    Status snooze(const QString& key, int minutes);
    // The answers given, newest first.
    Result<QList<AlarmResponse>> history(int limit = 200) const;

private:
    Result<QList<Alarm>> derive() const;
    Result<Alarm> find(const QString& key) const;
    Status respond(const Alarm& alarm, AlarmResponseKind response, int minutes);

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    int m_closingMinutes = 30;
    const ChannelStatusSource* m_status = nullptr;
    const ChannelCatalog* m_catalog = nullptr;
};

} // namespace burgernet
