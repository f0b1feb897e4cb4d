#include "app/dispatch/TipRepository.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

constexpr const char* kColumns =
    "id, action_id, at, lat, lon, text, useful, author, source, rated, edited_at, edited_by";

Error failed(const QSqlQuery& query, const QString& what)
{
    return Error{TipRepository::tr("%1: %2").arg(what, query.lastError().text())};
}

qint64 ms(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime time(const QVariant& v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant coordinate(double value)
{
    return qIsNaN(value) ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}

Tip tipFrom(const QSqlQuery& q)
{
    Tip t;
    t.id = q.value(0).toLongLong();
    t.actionId = q.value(1).toLongLong();
    t.at = time(q.value(2));
    t.lat = q.value(3).isNull() ? qQNaN() : q.value(3).toDouble();
    t.lon = q.value(4).isNull() ? qQNaN() : q.value(4).toDouble();
    t.text = q.value(5).toString();
    t.useful = q.value(6).toInt() != 0;
    t.author = q.value(7).toString();
    enumFromId(q.value(8).toString(), &t.source);
    t.rated = q.value(9).toInt() != 0;
    t.editedAt = time(q.value(10));
    t.editedBy = q.value(11).toString();
    return t;
}

} // namespace

TipRepository::TipRepository(Database& db)
    : m_db(db)
{}

Result<qint64> TipRepository::insert(const Tip& t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO action_tips (action_id, at, lat, lon, text, useful, "
                             "author, source, rated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.actionId);
    q.addBindValue(ms(t.at));
    q.addBindValue(coordinate(t.lat));
    q.addBindValue(coordinate(t.lon));
    q.addBindValue(t.text);
    q.addBindValue(t.useful ? 1 : 0);
    q.addBindValue(t.author);
    q.addBindValue(enumId(t.source));
    q.addBindValue(t.rated ? 1 : 0);
    if (!q.exec())
        return failed(q, tr("Cannot store the tip"));
    return q.lastInsertId().toLongLong();
}

Status TipRepository::update(const Tip& t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE action_tips SET at = ?, lat = ?, lon = ?, text = ?, "
                             "useful = ?, source = ?, rated = ?, edited_at = ?, edited_by = ? "
                             "WHERE id = ?"));
    q.addBindValue(ms(t.at));
    q.addBindValue(coordinate(t.lat));
    q.addBindValue(coordinate(t.lon));
    q.addBindValue(t.text);
    q.addBindValue(t.useful ? 1 : 0);
    q.addBindValue(enumId(t.source));
    q.addBindValue(t.rated ? 1 : 0);
    q.addBindValue(ms(t.editedAt));
    q.addBindValue(t.editedBy);
    q.addBindValue(t.id);
    if (!q.exec())
        return failed(q, tr("Cannot change tip %1").arg(t.id));
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no tip %1.").arg(t.id)};
    return {};
}

Result<Tip> TipRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM action_tips WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, tr("Cannot read tip %1").arg(id));
    if (!q.next())
        return Error{tr("There is no tip %1.").arg(id)};
    return tipFrom(q);
}

Result<QList<Tip>> TipRepository::list(qint64 actionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM action_tips WHERE action_id = ? ORDER BY at, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(actionId);
    if (!q.exec())
        return failed(q, tr("Cannot read the tips"));
    QList<Tip> tips;
    while (q.next())
        tips << tipFrom(q);
    return tips;
}

Result<TipSummary> TipRepository::summary(qint64 actionId, const QDateTime& firstMessageAt) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN rated <> 0 AND useful <> 0 "
                             "THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN rated = 0 THEN 1 "
                             "ELSE 0 END), 0), MIN(at) FROM action_tips WHERE action_id = ?"));
    q.addBindValue(actionId);
    if (!q.exec() || !q.next())
        return failed(q, tr("Cannot count the tips of action %1").arg(actionId));
    TipSummary s;
    s.actionId = actionId;
    s.total = q.value(0).toInt();
    s.useful = q.value(1).toInt();
    s.unrated = q.value(2).toInt();
    s.firstTipAt = time(q.value(3));
    if (s.firstTipAt.isValid() && firstMessageAt.isValid())
        s.secondsToFirstTip = qMax<qint64>(0, firstMessageAt.secsTo(s.firstTipAt));
    return s;
}

} // namespace burgernet
