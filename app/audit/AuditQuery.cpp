#include "app/audit/AuditQuery.h"

#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace burgernet {

namespace {

constexpr const char* kColumns =
    "seq, time_utc, utc_offset, actor, role, on_behalf_of, workstation, action, object_type, "
    "object_id, result, details, prev_hash, hash, mode";

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// The WHERE clause and its values, in order.
struct Where
{
    QString sql;
    QStringList values;
};

// `withUntil` false: the caller bounds seq itself (SQLite takes one of two upper bounds on the
// rowid for its seek and filters by the other, which can mean walking the whole log).
Where whereFor(const AuditFilter& f, bool withUntil = true)
{
    QStringList parts;
    Where where;
    auto add = [&](const QString& clause, const QString& value) {
        parts << clause;
        where.values << value;
    };
    if (f.fromUtc.isValid())
        add(QStringLiteral("time_utc >= ?"), isoUtc(f.fromUtc));
    if (f.toUtc.isValid())
        add(QStringLiteral("time_utc <= ?"), isoUtc(f.toUtc));
    // A number in the text, not a bound string: the rowid range is then an index seek.
    if (withUntil && f.untilSeq > 0)
        parts << QStringLiteral("seq <= %1").arg(f.untilSeq);
    if (!f.actor.isEmpty())
        add(QStringLiteral("actor = ?"), f.actor);
    if (f.mode)
        add(QStringLiteral("mode = ?"), enumId(*f.mode));
    if (!f.withCheckpoints)
        parts << QStringLiteral("action <> 'audit.checkpoint'");
    if (f.action.endsWith(QLatin1Char('.'))) {
        // A prefix as a range: "action." up to "action/", the next character after '.'.
        QString upper = f.action;
        upper.back() = QLatin1Char('/');
        add(QStringLiteral("action >= ?"), f.action);
        add(QStringLiteral("action < ?"), upper);
    } else if (!f.action.isEmpty()) {
        add(QStringLiteral("action = ?"), f.action);
    }
    if (!f.objectType.isEmpty())
        add(QStringLiteral("object_type = ?"), f.objectType);
    if (!f.objectId.isEmpty())
        add(QStringLiteral("object_id = ?"), f.objectId);
    if (!f.actionId.isEmpty()) {
        parts << QStringLiteral("((object_type = 'action' AND object_id = ?) OR "
                                "json_extract(details, '$.action_id') = ?)");
        where.values << f.actionId << f.actionId;
    }
    where.sql = parts.join(QLatin1String(" AND "));
    return where;
}

// The one upper bound (exclusive) of a page: before `beforeSeq`, within the filter's snapshot.
qint64 upperBound(const AuditFilter& f, qint64 beforeSeq)
{
    qint64 bound = beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max();
    if (f.untilSeq > 0)
        bound = std::min(bound, f.untilSeq + 1);
    return bound;
}

AuditRecord readRecord(const SqliteStatement& s)
{
    AuditRecord r;
    r.seq = s.int64(0);
    r.timeUtc = s.text(1);
    r.utcOffset = static_cast<int>(s.int64(2));
    r.actor = s.text(3);
    r.role = s.text(4);
    r.onBehalfOf = s.text(5);
    r.workstation = s.text(6);
    r.action = s.text(7);
    r.objectType = s.text(8);
    r.objectId = s.text(9);
    r.result = s.text(10);
    r.details = s.text(11);
    r.prevHash = s.blob(12);
    r.hash = s.blob(13);
    r.mode = enumFromId<Mode>(s.text(14));
    return r;
}

} // namespace

void AuditFilter::pinActionMode(Mode sessionMode)
{
    if (!actionId.isEmpty() && !mode)
        mode = sessionMode;
}

bool AuditFilter::isEmpty() const
{
    return !fromUtc.isValid() && !toUtc.isValid() && actor.isEmpty() && action.isEmpty() &&
           objectType.isEmpty() && objectId.isEmpty() && actionId.isEmpty() && !mode;
}

Status AuditQuery::checkFilter(const AuditFilter& filter)
{
    // Live and training number their actions each from 1: an action id alone names two
    // incidents, and a timeline of both would mix them.
    if (!filter.actionId.isEmpty() && !filter.mode)
        return Error{tr("Action %1 exists in live and in training: choose the mode to search.")
                         .arg(filter.actionId)};
    return {};
}

AuditQuery::AuditQuery(SqliteHandle db)
    : m_db(std::move(db))
{}

Result<std::unique_ptr<AuditQuery>> AuditQuery::open(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{tr("The audit log %1 does not exist.").arg(path)};
    auto db = SqliteHandle::open(path, true);
    if (!db)
        return Error{tr("Cannot open the audit log %1: %2").arg(path, db.errorMessage())};
    return std::unique_ptr<AuditQuery>(new AuditQuery(std::move(db).value()));
}

Result<std::vector<AuditRecord>> AuditQuery::page(const AuditFilter& filter, qint64 beforeSeq,
                                                  int limit) const
{
    if (auto ok = checkFilter(filter); !ok)
        return ok.error();
    Where where = whereFor(filter, false);
    QString sql =
        QStringLiteral("SELECT %1 FROM audit_records WHERE %2seq < ? ORDER BY seq DESC LIMIT %3")
            .arg(QLatin1String(kColumns),
                 where.sql.isEmpty() ? QString() : where.sql + QLatin1String(" AND "))
            .arg(limit);
    SqliteStatement query = m_db.prepare(sql.toUtf8().constData());
    if (!query.isValid())
        return Error{m_db.lastError()};
    for (qsizetype i = 0; i < where.values.size(); ++i)
        query.bind(static_cast<int>(i + 1), where.values[i]);
    query.bind(static_cast<int>(where.values.size() + 1), upperBound(filter, beforeSeq));
    std::vector<AuditRecord> records;
    while (query.step())
        records.push_back(readRecord(query));
    if (query.hasError())
        return Error{m_db.lastError()};
    return records;
}

Result<qint64> AuditQuery::count(const AuditFilter& filter) const
{
    if (auto ok = checkFilter(filter); !ok)
        return ok.error();
    Where where = whereFor(filter);
    const QString sql =
        QStringLiteral("SELECT count(*) FROM audit_records%1")
            .arg(where.sql.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.sql);
    SqliteStatement query = m_db.prepare(sql.toUtf8().constData());
    if (!query.isValid())
        return Error{m_db.lastError()};
    for (qsizetype i = 0; i < where.values.size(); ++i)
        query.bind(static_cast<int>(i + 1), where.values[i]);
    if (!query.step())
        return Error{m_db.lastError()};
    return query.int64(0);
}

Result<std::vector<qint64>> AuditQuery::pageMarks(const AuditFilter& filter, qint64 beforeSeq,
                                                  int every, qint64 rows) const
{
    if (auto ok = checkFilter(filter); !ok)
        return ok.error();
    Where where = whereFor(filter, false);
    const QString sql =
        QStringLiteral("SELECT seq FROM audit_records WHERE %1seq < ? ORDER BY seq DESC LIMIT ?")
            .arg(where.sql.isEmpty() ? QString() : where.sql + QLatin1String(" AND "));
    SqliteStatement query = m_db.prepare(sql.toUtf8().constData());
    if (!query.isValid())
        return Error{m_db.lastError()};
    for (qsizetype i = 0; i < where.values.size(); ++i)
        query.bind(static_cast<int>(i + 1), where.values[i]);
    query.bind(static_cast<int>(where.values.size() + 1), upperBound(filter, beforeSeq));
    query.bind(static_cast<int>(where.values.size() + 2), rows);
    std::vector<qint64> marks;
    qint64 n = 0;
    while (query.step())
        if (++n % every == 0)
            marks.push_back(query.int64(0));
    if (query.hasError())
        return Error{m_db.lastError()};
    return marks;
}

Result<qint64> AuditQuery::newestSeq() const
{
    SqliteStatement query = m_db.prepare("SELECT COALESCE(MAX(seq), 0) FROM audit_records");
    if (!query.isValid() || !query.step())
        return Error{m_db.lastError()};
    return query.int64(0);
}

Status AuditQuery::forEach(const AuditFilter& filter,
                           const std::function<bool(const AuditRecord&)>& visit) const
{
    if (auto ok = checkFilter(filter); !ok)
        return ok.error();
    Where where = whereFor(filter);
    const QString sql =
        QStringLiteral("SELECT %1 FROM audit_records%2 ORDER BY seq")
            .arg(QLatin1String(kColumns),
                 where.sql.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.sql);
    SqliteStatement query = m_db.prepare(sql.toUtf8().constData());
    if (!query.isValid())
        return Error{m_db.lastError()};
    for (qsizetype i = 0; i < where.values.size(); ++i)
        query.bind(static_cast<int>(i + 1), where.values[i]);
    while (query.step())
        if (!visit(readRecord(query)))
            return {};
    if (query.hasError())
        return Error{m_db.lastError()};
    return {};
}

namespace {
QStringList distinct(const SqliteHandle& db, const char* sql)
{
    SqliteStatement query = db.prepare(sql);
    QStringList values;
    while (query.step())
        values << query.text(0);
    return values;
}
} // namespace

QStringList AuditQuery::distinctActors() const
{
    return distinct(m_db, "SELECT DISTINCT actor FROM audit_records ORDER BY actor");
}

QStringList AuditQuery::distinctActions() const
{
    return distinct(m_db, "SELECT DISTINCT action FROM audit_records ORDER BY action");
}

} // namespace burgernet
