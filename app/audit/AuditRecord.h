#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace burgernet {

enum class AuditResult { Ok, Denied, Failed };
QString auditResultId(AuditResult result);
AuditResult auditResultFromId(const QString& id);

// What a service reports: who did what to which object, with what result. Details carry
// pseudonymous ids and counts only, never names, phone numbers, e-mail or street addresses.
struct AuditEvent
{
    QString actor;      // user name, or "system" for decisions the program takes itself
    QString role;       // the actor's role at the time
    QString onBehalfOf; // e.g. the supervisor who approved, when relevant
    QString action;     // dotted verb, e.g. "action.send", "settings.change"
    QString objectType; // e.g. "action", "participant", "setting"
    QString objectId;   // pseudonymous id
    AuditResult result = AuditResult::Ok;
    QJsonObject details;
};

// A stored record: the event with its place in the chain.
struct AuditRecord
{
    qint64 seq = 0;
    QString timeUtc;   // ISO 8601 UTC with milliseconds, e.g. 2026-11-27T14:00:00.000Z
    int utcOffset = 0; // the workstation's local offset in seconds at that moment
    QString actor;
    QString role;
    QString onBehalfOf;
    QString workstation;
    QString action;
    QString objectType;
    QString objectId;
    QString result;
    QString details; // compact JSON
    QByteArray prevHash;
    QByteArray hash;

    QDateTime localTime() const;
};

} // namespace burgernet
