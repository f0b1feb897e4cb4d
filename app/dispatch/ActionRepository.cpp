#include "app/dispatch/ActionRepository.h"

#include "app/dispatch/TipRepository.h"
#include "app/storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant nullable(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant geoJson(const GeoArea& area)
{
    if (area.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(area.toGeoJson()).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

Error failed(const QSqlQuery& query, const QString& what)
{
    return Error{QCoreApplication::translate("burgernet::ActionRepository", "%1: %2")
                     .arg(what, query.lastError().text())};
}

constexpr const char* kActionColumns =
    "id, kind, incident_type, mode, language, state, outcome, author, approver, content, "
    "area_geojson, area_description, created_at, updated_at, sent_at, closed_at, "
    "rejection_reason, rejected_by, rejected_at, workstation";

Action actionFrom(const QSqlQuery& q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.content = ActionContent::fromJson(object(q.value(9)));
    enumFromId(q.value(1).toString(), &a.content.kind);
    enumFromId(q.value(2).toString(), &a.content.incident);
    enumFromId(q.value(3).toString(), &a.mode);
    a.content.language = q.value(4).toString();
    enumFromId(q.value(5).toString(), &a.state);
    enumFromId(q.value(6).toString(), &a.outcome);
    a.author = q.value(7).toString();
    a.approver = q.value(8).toString();
    // The register is the only place that speaks GeoJSON for an action's area.
    if (!q.value(10).isNull() && !q.value(10).toString().isEmpty())
        if (auto area = GeoArea::fromGeoJson(q.value(10).toString().toUtf8()))
            a.area = std::move(area).value();
    a.areaDescription = q.value(11).toString();
    a.createdAt = ActionRepository::time(q.value(12));
    a.updatedAt = ActionRepository::time(q.value(13));
    a.sentAt = ActionRepository::time(q.value(14));
    a.closedAt = ActionRepository::time(q.value(15));
    a.rejectionReason = q.value(16).toString();
    a.rejectedBy = q.value(17).toString();
    a.rejectedAt = ActionRepository::time(q.value(18));
    a.workstation = q.value(19).toString();
    return a;
}

} // namespace

QDateTime ActionRepository::time(const QVariant& v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

ActionRepository::ActionRepository(Database& db)
    : m_db(db)
{}

Result<qint64> ActionRepository::insert(const Action& a)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO actions (kind, incident_type, mode, language, state, outcome, author, "
        "approver, content, area_geojson, area_description, created_at, updated_at, sent_at, "
        "closed_at, incident_number, workstation) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(enumId(a.content.kind));
    q.addBindValue(enumId(a.content.incident));
    q.addBindValue(enumId(a.mode));
    q.addBindValue(a.content.language);
    q.addBindValue(enumId(a.state));
    q.addBindValue(enumId(a.outcome));
    q.addBindValue(a.author);
    q.addBindValue(nullable(a.approver));
    q.addBindValue(json(a.content.toJson()));
    q.addBindValue(geoJson(a.area));
    q.addBindValue(nullable(a.areaDescription));
    q.addBindValue(ms(a.createdAt));
    q.addBindValue(ms(a.updatedAt));
    q.addBindValue(nullable(a.sentAt));
    q.addBindValue(nullable(a.closedAt));
    q.addBindValue(nullable(a.content.incidentNumber.trimmed()));
    q.addBindValue(nullable(a.workstation));
    if (!q.exec())
        return failed(q, tr("Cannot store the action"));
    return q.lastInsertId().toLongLong();
}

Status ActionRepository::update(const Action& a)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE actions SET kind = ?, incident_type = ?, language = ?, state = ?, outcome = ?, "
        "approver = ?, content = ?, area_geojson = ?, area_description = ?, updated_at = ?, "
        "sent_at = ?, closed_at = ?, incident_number = ?, rejection_reason = ?, rejected_by = ?, "
        "rejected_at = ? WHERE id = ?"));
    q.addBindValue(enumId(a.content.kind));
    q.addBindValue(enumId(a.content.incident));
    q.addBindValue(a.content.language);
    q.addBindValue(enumId(a.state));
    q.addBindValue(enumId(a.outcome));
    q.addBindValue(nullable(a.approver));
    q.addBindValue(json(a.content.toJson()));
    q.addBindValue(geoJson(a.area));
    q.addBindValue(nullable(a.areaDescription));
    q.addBindValue(ms(a.updatedAt));
    q.addBindValue(nullable(a.sentAt));
    q.addBindValue(nullable(a.closedAt));
    q.addBindValue(nullable(a.content.incidentNumber.trimmed()));
    q.addBindValue(nullable(a.rejectionReason));
    q.addBindValue(nullable(a.rejectedBy));
    q.addBindValue(nullable(a.rejectedAt));
    q.addBindValue(a.id);
    if (!q.exec())
        return failed(q, tr("Cannot update action %1").arg(a.id));
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no action %1.").arg(a.id)};
    return {};
}

Result<Action> ActionRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(QLatin1String(kActionColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, tr("Cannot read action %1").arg(id));
    if (!q.next())
        return Error{tr("There is no action %1.").arg(id)};
    return actionFrom(q);
}

Result<QList<Action>> ActionRepository::list(bool openOnly, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actions %2 ORDER BY id DESC LIMIT %3")
                  .arg(QLatin1String(kActionColumns),
                       openOnly ? QStringLiteral("WHERE state NOT IN ('closed', 'cancelled')")
                                : QString())
                  .arg(limit));
    if (!q.exec())
        return failed(q, tr("Cannot list the actions"));
    QList<Action> actions;
    while (q.next())
        actions << actionFrom(q);
    return actions;
}

Result<QList<Action>> ActionRepository::openWithIncidentNumber(const QString& number,
                                                               qint64 exceptId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE incident_number = ? AND id <> ? AND "
                             "state NOT IN ('closed', 'cancelled') ORDER BY id")
                  .arg(QLatin1String(kActionColumns)));
    q.addBindValue(number.trimmed());
    q.addBindValue(exceptId);
    if (!q.exec())
        return failed(q, tr("Cannot look up the incident number"));
    QList<Action> actions;
    while (q.next())
        actions << actionFrom(q);
    return actions;
}

Result<QList<Action>> ActionRepository::sentSince(const QDateTime& since, Mode mode,
                                                  qint64 exceptId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE sent_at >= ? AND mode = ? AND id <> ? "
                             "AND area_geojson IS NOT NULL ORDER BY sent_at DESC")
                  .arg(QLatin1String(kActionColumns)));
    q.addBindValue(ms(since));
    q.addBindValue(enumId(mode));
    q.addBindValue(exceptId);
    if (!q.exec())
        return failed(q, tr("Cannot read the recent actions"));
    QList<Action> actions;
    while (q.next())
        actions << actionFrom(q);
    return actions;
}

Status ActionRepository::addEvent(const ActionEvent& e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO action_events (action_id, at, actor, event, "
                             "from_state, to_state, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.actionId);
    q.addBindValue(ms(e.at));
    q.addBindValue(e.actor);
    q.addBindValue(e.event);
    q.addBindValue(nullable(e.fromState));
    q.addBindValue(nullable(e.toState));
    q.addBindValue(nullable(e.detail));
    if (!q.exec())
        return failed(q, tr("Cannot record the action's step"));
    return {};
}

Result<QList<ActionEvent>> ActionRepository::events(qint64 actionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, action_id, at, actor, event, from_state, to_state, "
                             "detail FROM action_events WHERE action_id = ? ORDER BY id"));
    q.addBindValue(actionId);
    if (!q.exec())
        return failed(q, tr("Cannot read the action's steps"));
    QList<ActionEvent> events;
    while (q.next())
        events << ActionEvent{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              time(q.value(2)),        q.value(3).toString(),
                              q.value(4).toString(),   q.value(5).toString(),
                              q.value(6).toString(),   q.value(7).toString()};
    return events;
}

Result<qint64> ActionRepository::insertMessage(qint64 actionId, const ComposedMessage& message,
                                               const QDateTime& at, const QString& by)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO action_messages (action_id, message_type, texts, "
                             "created_at, created_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(actionId);
    q.addBindValue(enumId(message.type));
    q.addBindValue(json(message.toJson()));
    q.addBindValue(ms(at));
    q.addBindValue(by);
    if (!q.exec())
        return failed(q, tr("Cannot store the message texts"));
    return q.lastInsertId().toLongLong();
}

Result<ComposedMessage> ActionRepository::loadMessage(qint64 messageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT texts FROM action_messages WHERE id = ?"));
    q.addBindValue(messageId);
    if (!q.exec())
        return failed(q, tr("Cannot read message %1").arg(messageId));
    if (!q.next())
        return Error{tr("There is no message %1.").arg(messageId)};
    return ComposedMessage::fromJson(object(q.value(0)));
}

Result<QList<ActionMessage>> ActionRepository::messages(qint64 actionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, message_type, created_at, texts FROM action_messages "
                             "WHERE action_id = ? ORDER BY id"));
    q.addBindValue(actionId);
    if (!q.exec())
        return failed(q, tr("Cannot read the messages of action %1").arg(actionId));
    QList<ActionMessage> messages;
    while (q.next()) {
        ActionMessage m;
        m.id = q.value(0).toLongLong();
        if (!enumFromId(q.value(1).toString(), &m.type))
            return Error{
                tr("Message %1 has an unknown type \"%2\".").arg(m.id).arg(q.value(1).toString())};
        m.createdAt = time(q.value(2));
        m.message = ComposedMessage::fromJson(object(q.value(3)));
        messages << m;
    }
    return messages;
}

Result<qint64> ActionRepository::addTip(const Tip& t)
{
    return TipRepository(m_db).insert(t);
}

Result<QList<Tip>> ActionRepository::tips(qint64 actionId) const
{
    return TipRepository(m_db).list(actionId);
}

Result<QList<TemplateOverride>> ActionRepository::templateOverrides() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT language, name, body, updated_at, updated_by FROM "
                               "message_templates ORDER BY language, name")))
        return failed(q, tr("Cannot read the message templates"));
    QList<TemplateOverride> list;
    while (q.next())
        list << TemplateOverride{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), time(q.value(3)), q.value(4).toString()};
    return list;
}

Status ActionRepository::setTemplateOverride(const TemplateOverride& t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM message_templates WHERE language = ? AND name = ?"));
    q.addBindValue(t.language);
    q.addBindValue(t.name);
    if (!q.exec())
        return failed(q, tr("Cannot store the message template"));
    q.prepare(QStringLiteral("INSERT INTO message_templates (language, name, body, updated_at, "
                             "updated_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(t.language);
    q.addBindValue(t.name);
    q.addBindValue(t.body);
    q.addBindValue(ms(t.updatedAt));
    q.addBindValue(t.updatedBy);
    if (!q.exec())
        return failed(q, tr("Cannot store the message template"));
    return {};
}

} // namespace burgernet
