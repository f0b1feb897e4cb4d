#pragma once

#include "app/core/Mode.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace burgernet {

enum class AuditResult { Ok, Denied, Failed };
QString auditResultId(AuditResult result);
AuditResult auditResultFromId(const QString& id);

// What a detail's value is, as the service that records it declares. The personal-data guard
// checks a declared value by its kind's rule (a count is a number, a fingerprint hex digits, a
// pseudonym "P-…") instead of guessing from how it looks: a key fingerprint whose digits happen
// to be decimal is not a phone number. Undeclared string values are checked as free text.
enum class DetailKind {
    Text,        // free text: no e-mail address, phone number or postcode in it
    Count,       // a number (or a list of numbers)
    Counts,      // an object of code -> number, e.g. recipients per channel
    Id,          // an id of ours: action, setting, file name, register or log id
    Pseudonym,   // a participant's pseudonym
    Fingerprint, // hex digits of a key's hash
    Code,        // an enum id or a channel name (or a list of them)
    Time,        // ISO 8601
};
using DetailKinds = QHash<QString, DetailKind>;

// What a service reports: who did what to which object, with what result. Details carry
// pseudonymous ids and counts only, never names, phone numbers, e-mail or street addresses.
struct AuditEvent
{
    QString actor;      // user name, or "system" for decisions the program takes itself
    QString role;       // the actor's role at the time
    QString onBehalfOf; // the user the actor acts for: the author of an action another approves
    QString action;     // dotted verb, e.g. "action.send", "settings.change"
    QString objectType; // e.g. "action", "participant", "setting"
    QString objectId;   // pseudonymous id
    AuditResult result = AuditResult::Ok;
    QJsonObject details;
    DetailKinds kinds;      // declared kinds of details' keys; the rest is checked as free text
    Mode mode = Mode::Live; // the session's own mode, never guessed from the register
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
    QString details;          // compact JSON
    std::optional<Mode> mode; // none for the log's own records (checkpoints) and format 1
    QByteArray prevHash;
    QByteArray hash;

    QDateTime localTime() const;
};

} // namespace burgernet
