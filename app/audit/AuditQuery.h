#pragma once

#include "app/audit/AuditRecord.h"
#include "app/audit/SqliteHandle.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace burgernet {

// What a supervisor looks for in the audit log. Empty fields do not filter.
struct AuditFilter
{
    QDateTime fromUtc;
    QDateTime toUtc;
    QString actor;  // exact user name
    QString action; // exact action, or a prefix ending in '.' ("action." for all of them)
    QString objectType;
    QString objectId;
    QString actionId;         // one Burgernet action: its own records and those that refer to it
    std::optional<Mode> mode; // the records of live or of training sessions only
    // The log's own checkpoint records: for the checker, not for a review of what people did.
    bool withCheckpoints = false;
    // Records up to this number only (0: all): a list that pages through the log holds on to
    // the records there were when it began, so new ones do not shift its pages.
    qint64 untilSeq = 0;

    bool isEmpty() const;
    // An action id without a mode means the session's own: the other mode's action of the same
    // number is another incident.
    void pinActionMode(Mode sessionMode);
};

// Reads the audit log for review, read-only, on its own connection: newest first in pages for
// the dock, oldest first for a timeline or an export.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditQuery)

public:
    static Result<std::unique_ptr<AuditQuery>> open(const QString& path);

    // Up to `limit` records older than `beforeSeq` (0: from the newest), newest first.
    Result<std::vector<AuditRecord>> page(const AuditFilter& filter, qint64 beforeSeq,
                                          int limit) const;
    Result<qint64> count(const AuditFilter& filter) const;
    // Walks up to `rows` matching records older than `beforeSeq`, newest first, and returns the
    // number of every `every`-th one: where the pages of a long list begin (a page of `every`
    // records older than each). Memory: one number per page, whatever the log's size.
    Result<std::vector<qint64>> pageMarks(const AuditFilter& filter, qint64 beforeSeq, int every,
                                          qint64 rows) const;
    // The newest record's number, checkpoints included (0: an empty log).
    Result<qint64> newestSeq() const;
    // Every matching record, oldest first; `visit` returns false to stop.
    Status forEach(const AuditFilter& filter,
                   const std::function<bool(const AuditRecord&)>& visit) const;
    QStringList distinctActors() const;
    QStringList distinctActions() const;

    // Refuses a filter that could mix a live and a training action of the same number.
    static Status checkFilter(const AuditFilter& filter);

private:
    explicit AuditQuery(SqliteHandle db);

    SqliteHandle m_db;
};

} // namespace burgernet
