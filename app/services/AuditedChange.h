#pragma once

#include "app/audit/AuditRecord.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace burgernet {

class AuditService;
class Database;

// One recorded change of the register: the change runs in a register transaction, its audit
// record is written before that transaction commits (so nothing takes effect unrecorded), and a
// change that fails, before or at the commit, gets a record with result "failed" as well.
class AuditedChange
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditedChange)

public:
    struct Record
    {
        QString action; // "action.send", "outbox.retry_failed", ...
        QString objectType;
        QString objectId;
        QJsonObject details; // counts and ids only; the change may add to them
        bool bySystem = false;
        DetailKinds kinds;  // what the details' values are, for the personal-data guard
        QString onBehalfOf; // the user the session's user acts for (not for the system)
        // For a change that makes its object: the detail the change sets to the new object's
        // id, which then becomes the record's object id, so that the object's timeline starts
        // with its creation.
        QString newIdDetail;
    };
    // The change may add details (ids it made, rows it moved) before the record is written.
    using Change = std::function<Status(QJsonObject& details)>;

    AuditedChange(Database& db, AuditService& audit);

    // The audit record's sequence number.
    Result<qint64> run(Record record, const Change& change);

private:
    Database& m_db;
    AuditService& m_audit;
};

} // namespace burgernet
