#include "app/storage/ParticipantRepository.h"

#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <functional>

namespace burgernet {

namespace {

using SortColumn = ParticipantQuery::SortColumn;

Result<qint64> scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return Error{ParticipantRepository::tr("Cannot count participants: %1")
                         .arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

// SQL text with its positional bind values, built up in pieces.
struct Sql
{
    QString text;
    QVariantList binds;

    Sql& add(const QString& part, const QVariantList& values = {})
    {
        text += part;
        binds += values;
        return *this;
    }
    Sql& add(const Sql& other) { return add(other.text, other.binds); }
};

Result<QSqlQuery> run(const QSqlDatabase& db, const Sql& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL prepares only DML; DDL and ANALYZE go as they are.
    bool ok = false;
    if (sql.binds.isEmpty()) {
        ok = query.exec(sql.text);
    } else if (query.prepare(sql.text)) {
        for (const QVariant& value : sql.binds)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        return Error{ParticipantRepository::tr("Cannot read the participant register: %1")
                         .arg(query.lastError().text())};
    return query;
}

// How a search applies, told apart by the shape of its text.
struct SearchTerm
{
    enum class Kind { None, Text, Postcode, PhonePrefix, PhoneDigits };
    Kind kind = Kind::None;
    QString value;
};

SearchTerm classify(const QString& search)
{
    const QString text = search.simplified();
    if (text.isEmpty())
        return {};
    if (QString postcode = ParticipantRepository::normalisePostcode(text); !postcode.isEmpty())
        return {SearchTerm::Kind::Postcode, postcode};
    if (QString phone = ParticipantRepository::normalisePhone(text); !phone.isEmpty())
        return {SearchTerm::Kind::PhonePrefix, phone};
    static const QRegularExpression digits(QStringLiteral("^[0-9]{5,}$"));
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("[\\s\\-./()]")));
    if (digits.match(compact).hasMatch())
        return {SearchTerm::Kind::PhoneDigits, compact};
    return {SearchTerm::Kind::Text, text.toLower()};
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

// The smallest string above all that start with `prefix` ("1239" -> "1240", "1234 AZ" ->
// "1234 B"). Digits and capitals only, so that it holds in a linguistic collation too; empty
// when there is none.
QString prefixEnd(QString prefix)
{
    while (!prefix.isEmpty()) {
        const QChar last = prefix.back();
        prefix.chop(1);
        if (last == u'9' || last == u'Z')
            continue;
        if (last.isDigit() || (last >= u'A' && last <= u'Z'))
            return prefix + QChar(last.unicode() + 1);
        return {};
    }
    return {};
}

// `column` starts with `prefix`: the range lets an index answer it, the LIKE makes it exact.
Sql prefixCondition(const QString& column, const QString& prefix)
{
    Sql sql;
    sql.add(QStringLiteral("(%1 >= ?").arg(column), {prefix});
    if (const QString end = prefixEnd(prefix); !end.isEmpty())
        sql.add(QStringLiteral(" AND %1 < ?").arg(column), {end});
    return sql.add(QStringLiteral(" AND %1 LIKE ? ESCAPE '\\')").arg(column),
                   {likeEscaped(prefix) + QLatin1Char('%')});
}

const QString kHome =
    QStringLiteral("FROM locations l WHERE l.participant_id = p.id AND l.kind = 'home'");

// The search as a condition on participant `p`. The home address is looked up per row rather
// than joined: PostgreSQL would merge-join the whole locations index into a page of 500.
// `column` contains a lower-case pattern, whatever its case: SQLite's LIKE ignores ASCII case
// by itself, and PostgreSQL's lower() LIKE is faster than its ILIKE.
QString contains(const QString& column, bool pg)
{
    return (pg ? QStringLiteral("lower(%1)").arg(column) : column) +
           QStringLiteral(" LIKE ? ESCAPE '\\'");
}

Sql searchCondition(const SearchTerm& term, bool pg)
{
    const QString pattern = QLatin1Char('%') + likeEscaped(term.value) + QLatin1Char('%');
    switch (term.kind) {
    case SearchTerm::Kind::None:
        break;
    case SearchTerm::Kind::Text:
        return Sql{}.add(QStringLiteral("(%1 OR EXISTS (SELECT 1 %2 AND %3))")
                             .arg(contains(QStringLiteral("p.name"), pg), kHome,
                                  contains(QStringLiteral("l.place"), pg)),
                         {pattern, pattern});
    case SearchTerm::Kind::Postcode:
        return Sql{}
            .add(QStringLiteral("EXISTS (SELECT 1 %1 AND ").arg(kHome))
            .add(prefixCondition(QStringLiteral("l.postcode"), term.value))
            .add(QStringLiteral(")"));
    case SearchTerm::Kind::PhonePrefix:
        return Sql{}
            .add(QStringLiteral("("))
            .add(prefixCondition(QStringLiteral("p.mobile"), term.value))
            .add(QStringLiteral(" OR "))
            .add(prefixCondition(QStringLiteral("p.phone"), term.value))
            .add(QStringLiteral(")"));
    case SearchTerm::Kind::PhoneDigits:
        return Sql{}.add(QStringLiteral("(p.mobile LIKE ? OR p.phone LIKE ?)"), {pattern, pattern});
    }
    return Sql{}.add(QStringLiteral("1 = 1"));
}

const QString kColumns =
    QStringLiteral("p.id, p.pseudonym, p.external_id, p.name, p.status, (SELECT l.postcode %1), "
                   "(SELECT l.place %1), p.mobile, p.phone, p.email")
        .arg(kHome);

// How a sort column is ordered: its value, and whether it belongs to the home address `h`
// (then the walk runs along an index of locations) or may be missing (then those rows come
// last).
struct SortSpec
{
    QString value;
    bool home = false;
    bool nullable = false;
    QString tie() const
    {
        return home ? QStringLiteral("h.participant_id") : QStringLiteral("p.id");
    }
    // The value from participant `p` alone.
    QString ofParticipant() const
    {
        return home ? QStringLiteral("(SELECT %1 %2)")
                          .arg(QString(value).replace(QLatin1String("h."), QLatin1String("l.")),
                               kHome)
                    : value;
    }
};

SortSpec sortSpec(SortColumn column)
{
    switch (column) {
    case SortColumn::Name:
        return {QStringLiteral("p.name")};
    case SortColumn::ExternalId:
        return {QStringLiteral("p.external_id"), false, true};
    case SortColumn::Status:
        return {QStringLiteral("p.status")};
    case SortColumn::Postcode:
        return {QStringLiteral("h.postcode"), true, true};
    case SortColumn::Place:
        return {QStringLiteral("h.place"), true, true};
    case SortColumn::Registered:
        return {QStringLiteral("p.registered_at")};
    case SortColumn::Pseudonym:
        return {QStringLiteral("p.pseudonym")};
    }
    return {QStringLiteral("p.name")};
}

// The list columns, or only what a key needs: the same positions, so that one reader serves
// both (the sort value and the snapshot position follow them).
const QString kKeyColumns =
    QStringLiteral("p.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL");

PageKey readKey(const QSqlQuery& query, bool snapshot)
{
    return {query.value(10), query.value(0).toLongLong(),
            snapshot ? query.value(11).toLongLong() : 0};
}

ParticipantRow readRow(const QSqlQuery& query, bool snapshot)
{
    ParticipantRow r;
    r.id = query.value(0).toLongLong();
    r.pseudonym = query.value(1).toString();
    r.externalId = query.value(2).toString();
    r.name = query.value(3).toString();
    r.status = Participant::statusFromId(query.value(4).toString());
    r.postcode = query.value(5).toString();
    r.place = query.value(6).toString();
    r.mobile = query.value(7).toString();
    r.phone = query.value(8).toString();
    r.email = query.value(9).toString();
    r.key = readKey(query, snapshot);
    return r;
}

// Hands each row of a query to `row`; returns how many there were.
Result<qint64> readEach(Result<QSqlQuery> query, bool snapshot,
                        const std::function<void(const QSqlQuery&, bool)>& row)
{
    if (!query)
        return query.error();
    qint64 n = 0;
    while (query->next()) {
        row(*query, snapshot);
        ++n;
    }
    return n;
}

QDateTime timeOrNull(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::atomic<int> g_serial{0};

} // namespace

// The temporary tables of this repository's filter, on its connection.
struct ParticipantRepository::Snapshot
{
    QString area, ids, view; // table names
    // The area loaded into `area`.
    bool hasArea = false;
    size_t areaHash = 0;
    size_t areaSize = 0;
    // The filter that `ids` holds: a search, restricted to the area when `withArea`.
    bool filterValid = false;
    QString search;
    bool withArea = false;
    qint64 limit = 0;
    bool broad = false; // a search alone matched more than `limit`: applied inline instead
    qint64 matches = 0;
    std::optional<qint64> broadCount;
    // The order in which `view` numbers the ids.
    bool viewValid = false;
    SortColumn viewSort = SortColumn::Name;
    Qt::SortOrder viewOrder = Qt::AscendingOrder;
};

ParticipantRepository::ParticipantRepository(Database& db)
    : m_db(db)
{}

ParticipantRepository::~ParticipantRepository()
{
    if (!m_snapshot)
        return;
    QSqlQuery query(m_db.connection());
    for (const QString& table : {m_snapshot->area, m_snapshot->ids, m_snapshot->view})
        query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
}

Result<qint64> ParticipantRepository::countActive() const
{
    return scalar(m_db,
                  QStringLiteral("SELECT count(*) FROM participants WHERE status = 'active'"));
}

Result<qint64> ParticipantRepository::countAll() const
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM participants"));
}

QString ParticipantRepository::normalisePostcode(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^([1-9][0-9]{3})\\s*([A-Za-z]{0,2})$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QString letters = match.captured(2).toUpper();
    return letters.isEmpty() ? match.captured(1) : match.captured(1) + u' ' + letters;
}

QString ParticipantRepository::normalisePhone(const QString& text)
{
    QString compact = text.trimmed();
    compact.remove(QLatin1String("(0)")); // "+31 (0)6 ..."
    compact.remove(QRegularExpression(QStringLiteral("[\\s\\-./()]")));
    static const QRegularExpression shape(QStringLiteral("^(\\+|00|0)[0-9]{2,}$"));
    if (!shape.match(compact).hasMatch())
        return {};
    if (compact.startsWith(u'+'))
        return compact;
    if (compact.startsWith(QLatin1String("00")))
        return u'+' + compact.mid(2);
    return QLatin1String("+31") + compact.mid(1);
}

void ParticipantRepository::forgetSnapshots()
{
    if (!m_snapshot)
        return;
    m_snapshot->filterValid = false;
    m_snapshot->viewValid = false;
    m_snapshot->hasArea = false;
}

namespace {

Status runAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements)
        if (auto done = run(db, Sql{statement, {}}); !done)
            return done.error();
    return {};
}

} // namespace

Status ParticipantRepository::loadArea(const std::vector<qint64>& ids)
{
    const size_t hash = qHashRange(ids.begin(), ids.end());
    Snapshot& s = *m_snapshot;
    if (s.hasArea && s.areaHash == hash && s.areaSize == ids.size())
        return {};
    s.hasArea = false;
    s.filterValid = false;
    std::vector<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());

    // One transaction, a thousand literal ids a statement: 100,000 ids in a fraction of a second
    // on both databases (numbers only, so nothing to escape).
    const QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db);
    if (auto cleared = runAll(db, {QStringLiteral("DELETE FROM %1").arg(s.area)}); !cleared)
        return cleared;
    constexpr size_t kChunk = 1000;
    for (size_t first = 0; first < unique.size(); first += kChunk) {
        QString sql = QStringLiteral("INSERT INTO %1 (id) VALUES ").arg(s.area);
        for (size_t i = first; i < std::min(first + kChunk, unique.size()); ++i)
            sql += (i == first ? QStringLiteral("(%1)") : QStringLiteral(",(%1)")).arg(unique[i]);
        if (auto inserted = runAll(db, {sql}); !inserted)
            return inserted;
    }
    if (transaction.isActive())
        if (auto committed = transaction.commit(); !committed)
            return committed;
    if (m_db.kind() == DatabaseKind::PostgreSql)
        (void)runAll(db, {QStringLiteral("ANALYZE %1").arg(s.area)});
    s.hasArea = true;
    s.areaHash = hash;
    s.areaSize = ids.size();
    return {};
}

Status ParticipantRepository::ensureFilter(const ParticipantQuery& query)
{
    const QSqlDatabase db = m_db.connection();
    const bool pg = m_db.kind() == DatabaseKind::PostgreSql;
    if (!m_snapshot) {
        const int serial = ++g_serial;
        auto s = std::make_unique<Snapshot>();
        s->area = QStringLiteral("bn_area_%1").arg(serial);
        s->ids = QStringLiteral("bn_ids_%1").arg(serial);
        s->view = QStringLiteral("bn_view_%1").arg(serial);
        const QString id = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
        if (auto created = runAll(
                db, {QStringLiteral("CREATE TEMP TABLE %1 (id %2 PRIMARY KEY)").arg(s->area, id),
                     QStringLiteral("CREATE TEMP TABLE %1 (id %2 PRIMARY KEY)").arg(s->ids, id),
                     QStringLiteral("CREATE TEMP TABLE %1 (pos %2 PRIMARY KEY, id %2 NOT NULL)")
                         .arg(s->view, id)});
            !created)
            return created;
        m_snapshot = std::move(s);
    }
    Snapshot& s = *m_snapshot;
    if (query.areaIds)
        if (auto loaded = loadArea(*query.areaIds); !loaded)
            return loaded;
    const QString search = query.search.simplified();
    if (s.filterValid && s.search == search && s.withArea == query.areaIds.has_value() &&
        s.limit == m_snapshotLimit)
        return {};

    s.filterValid = false;
    s.viewValid = false;
    s.broad = false;
    s.broadCount.reset();
    if (auto cleared = runAll(db, {QStringLiteral("DELETE FROM %1").arg(s.ids)}); !cleared)
        return cleared;
    const SearchTerm term = classify(search);
    const QString insert = QStringLiteral("INSERT INTO %1 (id) ").arg(s.ids);
    auto insertRows = [&](const Sql& sql) -> Result<qint64> {
        auto done = run(db, Sql{insert}.add(sql));
        if (!done)
            return done.error();
        return static_cast<qint64>(done->numRowsAffected());
    };
    Result<qint64> inserted = qint64(0);
    if (query.areaIds) {
        // Bounded by the area: every match is kept. CROSS JOIN keeps SQLite driving from it.
        Sql sql{QStringLiteral("SELECT a.id FROM %1 a CROSS JOIN participants p WHERE p.id = a.id")
                    .arg(s.area)};
        if (term.kind != SearchTerm::Kind::None)
            sql.add(QStringLiteral(" AND ")).add(searchCondition(term, pg));
        inserted = insertRows(sql);
    } else if (term.kind == SearchTerm::Kind::Text) {
        // Two sequential scans; a join per participant would cost seconds on 1.25 M.
        const QString pattern = QLatin1Char('%') + likeEscaped(term.value) + QLatin1Char('%');
        inserted = insertRows(Sql{QStringLiteral("SELECT p.id FROM participants p WHERE %1 LIMIT ?")
                                      .arg(contains(QStringLiteral("p.name"), pg)),
                                  {pattern, m_snapshotLimit + 1}});
        if (inserted && *inserted <= m_snapshotLimit) {
            auto places = insertRows(Sql{
                QStringLiteral("SELECT l.participant_id FROM locations l WHERE l.kind = 'home' AND "
                               "%1 AND l.participant_id NOT IN (SELECT id FROM %2) LIMIT ?")
                    .arg(contains(QStringLiteral("l.place"), pg), s.ids),
                {pattern, m_snapshotLimit + 1 - *inserted}});
            inserted = places ? Result<qint64>(*inserted + *places) : places;
        }
    } else {
        const bool postcode = term.kind == SearchTerm::Kind::Postcode;
        Sql sql{postcode ? QStringLiteral("SELECT l.participant_id FROM locations l WHERE l.kind = "
                                          "'home' AND ")
                         : QStringLiteral("SELECT p.id FROM participants p WHERE ")};
        sql.add(postcode ? prefixCondition(QStringLiteral("l.postcode"), term.value)
                         : searchCondition(term, pg));
        inserted = insertRows(sql.add(QStringLiteral(" LIMIT ?"), {m_snapshotLimit + 1}));
    }
    if (!inserted)
        return inserted.error();
    if (!query.areaIds && *inserted > m_snapshotLimit) {
        s.broad = true;
        (void)runAll(db, {QStringLiteral("DELETE FROM %1").arg(s.ids)});
    } else if (pg) {
        (void)runAll(db, {QStringLiteral("ANALYZE %1").arg(s.ids)});
    }
    s.matches = *inserted;
    s.search = search;
    s.withArea = query.areaIds.has_value();
    s.limit = m_snapshotLimit;
    s.filterValid = true;
    return {};
}

Status ParticipantRepository::ensureView(const ParticipantQuery& query)
{
    Snapshot& s = *m_snapshot;
    if (s.viewValid && s.viewSort == query.sortColumn && s.viewOrder == query.order)
        return {};
    const SortSpec spec = sortSpec(query.sortColumn);
    const QString dir = query.order == Qt::AscendingOrder ? QString() : QStringLiteral(" DESC");
    const QString order = (spec.nullable ? QStringLiteral("(v IS NULL), ") : QString()) +
                          QStringLiteral("v%1, id%1").arg(dir);
    if (auto numbered = runAll(
            m_db.connection(),
            {QStringLiteral("DELETE FROM %1").arg(s.view),
             QStringLiteral("INSERT INTO %1 (pos, id) SELECT row_number() OVER (ORDER BY %2), id "
                            "FROM (SELECT p.id, %3 AS v FROM %4 s CROSS JOIN participants p WHERE "
                            "p.id = s.id) x")
                 .arg(s.view, order, spec.ofParticipant(), s.ids)});
        !numbered)
        return numbered;
    if (m_db.kind() == DatabaseKind::PostgreSql)
        (void)runAll(m_db.connection(), {QStringLiteral("ANALYZE %1").arg(s.view)});
    s.viewValid = true;
    s.viewSort = query.sortColumn;
    s.viewOrder = query.order;
    return {};
}

Result<qint64> ParticipantRepository::walk(const ParticipantQuery& query,
                                           const std::optional<PageKey>& after, qint64 limit,
                                           bool keysOnly, const RowSink& row)
{
    const QString& columns = keysOnly ? kKeyColumns : kColumns;
    const SearchTerm term = classify(query.search);
    const bool filtered = query.areaIds || term.kind != SearchTerm::Kind::None;
    // On the walk along the sort index: a condition on the row whose id is given.
    std::function<Sql(const QString&)> filterFor;
    if (filtered) {
        if (auto ready = ensureFilter(query); !ready)
            return ready.error();
        const Snapshot& s = *m_snapshot;
        if (!s.broad && s.matches <= m_snapshotLimit) {
            if (auto ready = ensureView(query); !ready)
                return ready.error();
            return readEach(
                run(m_db.connection(),
                    Sql{QStringLiteral("SELECT %1, NULL, w.pos FROM %2 w CROSS JOIN participants p "
                                       "WHERE p.id = w.id AND w.pos > ? ORDER BY w.pos LIMIT ?")
                            .arg(columns, s.view),
                        {after ? after->position : 0, limit}}),
                true, row);
        }
        if (s.broad) { // dense matches: inline, the walk finds a page in a few thousand rows
            const Sql search = searchCondition(term, m_db.kind() == DatabaseKind::PostgreSql);
            filterFor = [search](const QString&) {
                return Sql{QStringLiteral(" AND ")}.add(search);
            };
        } else { // a large area: looked up per row
            filterFor = [ids = s.ids](const QString& id) {
                return Sql{QStringLiteral(" AND EXISTS (SELECT 1 FROM %1 s WHERE s.id = %2)")
                               .arg(ids, id)};
            };
        }
    }

    const SortSpec spec = sortSpec(query.sortColumn);
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString dir = ascending ? QString() : QStringLiteral(" DESC");
    const bool inNullTail = after && after->value.isNull() && spec.nullable;
    qint64 walked = 0;
    if (!inNullTail) {
        const QString byValue = QStringLiteral("%1%2, %3%2").arg(spec.value, dir, spec.tie());
        auto part = [&](const QString& condition, const QVariantList& values,
                        const QString& order) {
            Sql sql{QStringLiteral("SELECT %1, %2 AS sort_value FROM ").arg(columns, spec.value)};
            sql.add(spec.home
                        ? QStringLiteral("locations h JOIN participants p ON p.id = "
                                         "h.participant_id WHERE h.kind = 'home'")
                        : QStringLiteral("participants p WHERE %1 IS NOT NULL").arg(spec.value));
            sql.add(condition, values);
            if (filtered)
                sql.add(filterFor(spec.tie()));
            return sql.add(QStringLiteral(" ORDER BY %1 LIMIT ?").arg(order), {limit});
        };
        Sql sql;
        if (!after) {
            sql = part({}, {}, byValue);
        } else {
            // (value, id) > (v, i) as the rest of v's ties, then the values after v: each part
            // one index seek. "value >= v AND (value > v OR id > i)" would step through all of
            // v's ties first (a million for status "active").
            const QString gt = ascending ? QStringLiteral(">") : QStringLiteral("<");
            sql.add(QStringLiteral("SELECT * FROM (SELECT * FROM ("))
                .add(part(QStringLiteral(" AND %1 = ? AND %2 %3 ?").arg(spec.value, spec.tie(), gt),
                          {after->value, after->id}, spec.tie() + dir))
                .add(QStringLiteral(") a UNION ALL SELECT * FROM ("))
                .add(part(QStringLiteral(" AND %1 %2 ?").arg(spec.value, gt), {after->value},
                          byValue))
                .add(QStringLiteral(") b) k ORDER BY sort_value%1, id%1 LIMIT ?").arg(dir),
                     {limit});
        }
        auto read = readEach(run(m_db.connection(), sql), false, row);
        if (!read || !spec.nullable || *read >= limit)
            return read;
        walked = *read;
    }
    // The rows without a value, last in either direction, in id order.
    Sql sql{QStringLiteral("SELECT %1, NULL FROM participants p WHERE %2")
                .arg(columns, spec.home ? QStringLiteral("NOT EXISTS (SELECT 1 %1)").arg(kHome)
                                        : spec.value + QStringLiteral(" IS NULL"))};
    if (inNullTail)
        sql.add(ascending ? QStringLiteral(" AND p.id > ?") : QStringLiteral(" AND p.id < ?"),
                {after->id});
    if (filtered)
        sql.add(filterFor(QStringLiteral("p.id")));
    sql.add(QStringLiteral(" ORDER BY p.id%1 LIMIT ?").arg(dir), {limit - walked});
    auto tail = readEach(run(m_db.connection(), sql), false, row);
    if (!tail)
        return tail;
    return walked + *tail;
}

Result<std::vector<ParticipantRow>> ParticipantRepository::page(const ParticipantQuery& query,
                                                                const std::optional<PageKey>& after,
                                                                int limit)
{
    std::vector<ParticipantRow> rows;
    rows.reserve(static_cast<size_t>(std::max(limit, 0)));
    auto walked = walk(query, after, limit, false, [&](const QSqlQuery& q, bool snapshot) {
        rows.push_back(readRow(q, snapshot));
    });
    if (!walked)
        return walked.error();
    return rows;
}

Result<KeyWalk> ParticipantRepository::keys(const ParticipantQuery& query,
                                            const std::optional<PageKey>& after, qint64 limit,
                                            qint64 every)
{
    KeyWalk result;
    qint64 n = 0;
    auto walked = walk(query, after, limit, true, [&](const QSqlQuery& q, bool snapshot) {
        if (++n % every == 0)
            result.keys.push_back(readKey(q, snapshot));
    });
    if (!walked)
        return walked.error();
    result.rows = *walked;
    return result;
}

Result<qint64> ParticipantRepository::count(const ParticipantQuery& query)
{
    return countAtMost(query, std::numeric_limits<qint64>::max() - 1);
}

Result<qint64> ParticipantRepository::countAtMost(const ParticipantQuery& query, qint64 atMost)
{
    const SearchTerm term = classify(query.search);
    Result<qint64> exact = qint64(0);
    if (!query.areaIds && term.kind == SearchTerm::Kind::None) {
        exact = countAll();
    } else if (auto ready = ensureFilter(query); !ready) {
        return ready.error();
    } else if (!m_snapshot->broad) {
        exact = m_snapshot->matches;
    } else if (atMost <= m_snapshotLimit) {
        return atMost + 1; // more than the snapshot limit matched
    } else if (m_snapshot->broadCount) {
        exact = *m_snapshot->broadCount;
    } else {
        const bool pg = m_db.kind() == DatabaseKind::PostgreSql;
        const QString pattern = QLatin1Char('%') + likeEscaped(term.value) + QLatin1Char('%');
        // A union of two scans: per participant a look-up of the address would take seconds.
        Sql sql = term.kind == SearchTerm::Kind::Text
                      ? Sql{QStringLiteral("SELECT count(*) FROM (SELECT p.id FROM participants p "
                                           "WHERE %1 UNION SELECT l.participant_id FROM locations "
                                           "l WHERE l.kind = 'home' AND %2) m")
                                .arg(contains(QStringLiteral("p.name"), pg),
                                     contains(QStringLiteral("l.place"), pg)),
                            {pattern, pattern}}
                      : Sql{QStringLiteral("SELECT count(*) FROM participants p WHERE ")}.add(
                            searchCondition(term, pg));
        auto counted = run(m_db.connection(), sql);
        if (!counted)
            return counted.error();
        counted->next();
        m_snapshot->broadCount = counted->value(0).toLongLong();
        exact = *m_snapshot->broadCount;
    }
    if (!exact)
        return exact;
    return std::min(*exact, atMost + 1);
}

Result<Participant> ParticipantRepository::load(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    auto read = run(db, Sql{QStringLiteral("SELECT pseudonym, external_id, name, language, status, "
                                           "unsubscribed_at, mobile, phone, email, channel_prefs, "
                                           "registered_at, consent_at FROM participants WHERE id "
                                           "= ?"),
                            {id}});
    if (!read)
        return read.error();
    if (!read->next())
        return Error{tr("Participant %1 is not in the register.").arg(id)};
    Participant p;
    p.id = id;
    p.pseudonym = read->value(0).toString();
    p.externalId = read->value(1).toString();
    p.name = read->value(2).toString();
    p.language = read->value(3).toString();
    p.status = Participant::statusFromId(read->value(4).toString());
    p.unsubscribedAt = timeOrNull(read->value(5));
    p.mobile = read->value(6).toString();
    p.phone = read->value(7).toString();
    p.email = read->value(8).toString();
    p.channelPrefs = read->value(9).toInt();
    p.registeredAt = timeOrNull(read->value(10));
    p.consentAt = timeOrNull(read->value(11));

    auto locations = run(db, Sql{QStringLiteral("SELECT kind, street, house_number, postcode, "
                                                "place, municipality, lat, lon, weekdays, "
                                                "start_minute, end_minute FROM locations WHERE "
                                                "participant_id = ? ORDER BY kind"),
                                 {id}});
    if (!locations)
        return locations.error();
    while (locations->next()) {
        ParticipantLocation l;
        l.kind = locations->value(0).toString() == QLatin1String("work")
                     ? ParticipantLocation::Kind::Work
                     : ParticipantLocation::Kind::Home;
        l.street = locations->value(1).toString();
        l.houseNumber = locations->value(2).toString();
        l.postcode = locations->value(3).toString();
        l.place = locations->value(4).toString();
        l.municipality = locations->value(5).toString();
        l.lat = locations->value(6).toDouble();
        l.lon = locations->value(7).toDouble();
        l.weekdays = locations->value(8).toInt();
        l.startMinute = locations->value(9).toInt();
        l.endMinute = locations->value(10).toInt();
        p.locations << l;
    }
    return p;
}

} // namespace burgernet
