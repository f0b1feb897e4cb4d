#include "app/storage/ExerciseRepository.h"

#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

Error sqlError(const QSqlQuery& q, const char* what)
{
    return Error{
        ExerciseRepository::tr("Exercise (%1): %2").arg(QLatin1String(what), q.lastError().text())};
}

} // namespace

ExerciseRepository::ExerciseRepository(Database& db)
    : m_db(db)
{}

Result<qint64> ExerciseRepository::begin(const QString& scenario, const QString& trainer,
                                         const QDateTime& startedAt, const QString& state,
                                         double rate, const QDateTime& virtualNow)
{
    SqlTransaction transaction(m_db.connection(), SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{transaction.errorMessage()};
    // A gateway an earlier exercise left failing (its trainer's console stopped) works again.
    if (auto cleared = clearGateways(); !cleared)
        return cleared.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO exercises (scenario, trainer, started_at, state, rate, "
                       "anchor_virtual, anchor_real, alive_real) VALUES (?, ?, ?, ?, ?, ?, %1, %1)")
            .arg(m_db.nowMsSql()));
    q.addBindValue(scenario);
    q.addBindValue(trainer);
    q.addBindValue(startedAt.toMSecsSinceEpoch());
    q.addBindValue(state);
    q.addBindValue(rate);
    q.addBindValue(virtualNow.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, "begin");
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ExerciseRepository::setClock(qint64 exercise, const QString& state, double rate,
                                    const QDateTime& virtualNow)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE exercises SET state = ?, rate = ?, anchor_virtual = ?, "
                             "anchor_real = %1, alive_real = %1 WHERE id = ?")
                  .arg(m_db.nowMsSql()));
    q.addBindValue(state);
    q.addBindValue(rate);
    q.addBindValue(virtualNow.toMSecsSinceEpoch());
    q.addBindValue(exercise);
    if (!q.exec())
        return sqlError(q, "clock");
    return {};
}

Status ExerciseRepository::beat(qint64 exercise)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE exercises SET alive_real = %1 WHERE id = ?").arg(m_db.nowMsSql()));
    q.addBindValue(exercise);
    if (!q.exec())
        return sqlError(q, "beat");
    return {};
}

Result<std::optional<ExerciseRow>> ExerciseRepository::latest() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, scenario, trainer, started_at, state, rate, "
                               "anchor_virtual, anchor_real, %1, alive_real FROM exercises "
                               "ORDER BY id DESC LIMIT 1")
                    .arg(m_db.nowMsSql())))
        return sqlError(q, "latest");
    if (!q.next())
        return std::optional<ExerciseRow>();
    ExerciseRow row;
    row.id = q.value(0).toLongLong();
    row.scenario = q.value(1).toString();
    row.trainer = q.value(2).toString();
    row.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    row.state = q.value(4).toString();
    row.rate = q.value(5).toDouble();
    const qint64 anchorVirtual = q.value(6).toLongLong();
    const qint64 elapsedReal =
        std::max<qint64>(0, q.value(8).toLongLong() - q.value(7).toLongLong());
    row.virtualNow = QDateTime::fromMSecsSinceEpoch(
        anchorVirtual + qint64(double(elapsedReal) * row.rate), Qt::UTC);
    row.silentMs = std::max<qint64>(0, q.value(8).toLongLong() - q.value(9).toLongLong());
    return std::optional(row);
}

Result<qint64> ExerciseRepository::addMessage(const ExerciseMessageRow& message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO exercise_messages (exercise, minute, virtual_at, kind, "
                             "text) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(message.exercise);
    q.addBindValue(message.minute);
    q.addBindValue(message.virtualAt.toMSecsSinceEpoch());
    q.addBindValue(message.kind);
    q.addBindValue(message.text);
    if (!q.exec())
        return sqlError(q, "message");
    return q.lastInsertId().toLongLong();
}

Result<QList<ExerciseMessageRow>> ExerciseRepository::messages(qint64 exercise,
                                                               qint64 afterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, minute, virtual_at, kind, text FROM exercise_messages "
                             "WHERE exercise = ? AND id > ? ORDER BY id"));
    q.addBindValue(exercise);
    q.addBindValue(afterId);
    if (!q.exec())
        return sqlError(q, "messages");
    QList<ExerciseMessageRow> rows;
    while (q.next()) {
        ExerciseMessageRow row;
        row.id = q.value(0).toLongLong();
        row.exercise = exercise;
        row.minute = q.value(1).toDouble();
        row.virtualAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        row.kind = q.value(3).toString();
        row.text = q.value(4).toString();
        rows << row;
    }
    return rows;
}

Status ExerciseRepository::setGateway(qint64 exercise, const Channel& channel, bool failing,
                                      const QDateTime& virtualNow)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM exercise_gateways WHERE channel = ?"));
    q.addBindValue(channel.id());
    if (!q.exec())
        return sqlError(q, "gateway");
    if (failing) {
        q.prepare(QStringLiteral(
            "INSERT INTO exercise_gateways (channel, exercise, failed_at) VALUES (?, ?, ?)"));
        q.addBindValue(channel.id());
        q.addBindValue(exercise);
        q.addBindValue(virtualNow.toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(q, "gateway");
    }
    return {};
}

Status ExerciseRepository::clearGateways()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM exercise_gateways")))
        return sqlError(q, "gateways");
    return {};
}

Result<QSet<Channel>> ExerciseRepository::failingGateways() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT channel FROM exercise_gateways")))
        return sqlError(q, "gateways");
    QSet<Channel> failing;
    while (q.next())
        if (auto channel = Channel::fromId(q.value(0).toString()))
            failing.insert(*channel);
    return failing;
}

} // namespace burgernet
