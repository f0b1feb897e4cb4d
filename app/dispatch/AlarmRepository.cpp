#include "app/dispatch/AlarmRepository.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

QDateTime time(const QVariant& v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant nullable(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AlarmRepository::AlarmRepository(Database& db)
    : m_db(db)
{}

Result<qint64> AlarmRepository::insert(const AlarmResponse& r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO alarm_responses (alarm_key, kind, action_id, response, "
                             "level, at, by_user, until_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.key);
    q.addBindValue(enumId(r.kind));
    q.addBindValue(r.actionId);
    q.addBindValue(enumId(r.response));
    q.addBindValue(r.level);
    q.addBindValue(r.at.toMSecsSinceEpoch());
    q.addBindValue(r.by);
    q.addBindValue(nullable(r.until));
    if (!q.exec())
        return Error{tr("Cannot store the answer to the alarm: %1").arg(q.lastError().text())};
    return q.lastInsertId().toLongLong();
}

Result<QList<AlarmResponse>> AlarmRepository::history(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, alarm_key, kind, action_id, response, level, at, by_user, "
                             "until_at FROM alarm_responses ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error{tr("Cannot read the alarms' history: %1").arg(q.lastError().text())};
    QList<AlarmResponse> list;
    while (q.next()) {
        AlarmResponse r;
        r.id = q.value(0).toLongLong();
        r.key = q.value(1).toString();
        enumFromId(q.value(2).toString(), &r.kind);
        r.actionId = q.value(3).toLongLong();
        enumFromId(q.value(4).toString(), &r.response);
        r.level = q.value(5).toLongLong();
        r.at = time(q.value(6));
        r.by = q.value(7).toString();
        r.until = time(q.value(8));
        list << r;
    }
    return list;
}

} // namespace burgernet
