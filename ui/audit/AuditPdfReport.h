#pragma once

#include "app/audit/AuditQuery.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

class AuditService;

// A supervisor's PDF of the filtered audit records, for a file or a complaint procedure: what
// was filtered, whether the log verified, then the records oldest first. Written with
// QPdfWriter and QTextDocument (QtGui only, no print support needed).
class AuditPdfReport
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditPdfReport)

public:
    // A table of more rows is slow to lay out and no reader goes through it; CSV has them all.
    static constexpr qint64 MaxRows = 20'000;

    // Verifies the log, records the export (no export leaves without its record), then writes
    // `path`. Returns the number of records listed (at most `maxRows`).
    static Result<qint64> write(AuditService& service, const AuditFilter& filter,
                                const QString& path, qint64 maxRows = MaxRows);

    // The filter in words, in local time, e.g. "User: centralist.west; Action: action.*".
    static QString describeFilter(const AuditFilter& filter);
};

} // namespace burgernet
