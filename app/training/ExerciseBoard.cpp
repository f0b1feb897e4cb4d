#include "app/training/ExerciseBoard.h"

#include "app/core/Clock.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"
#include "app/storage/Database.h"

namespace burgernet {

namespace {

const QString kExercise = QStringLiteral("exercise");

} // namespace

ExerciseBoard::ExerciseBoard(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Status ExerciseBoard::requireTraining() const
{
    if (m_audit.session().mode != Mode::Training)
        return Error{tr("Exercises run in training mode only.")};
    return {};
}

Status ExerciseBoard::requireTrainer(const QString& action, const QString& objectId) const
{
    if (auto training = requireTraining(); !training)
        return training;
    return m_audit.require(Permission::RunExercise, action, kExercise, objectId);
}

Result<qint64> ExerciseBoard::begin(const QString& scenario, const QDateTime& startedAt,
                                    double rate)
{
    if (auto allowed = requireTrainer(QStringLiteral("exercise.start"), scenario); !allowed)
        return allowed.error();
    return ExerciseRepository(m_db).begin(scenario, m_audit.session().user, startedAt,
                                          enumId(ExerciseClockState::Running), rate,
                                          m_clock.nowUtc());
}

Status ExerciseBoard::publishClock(qint64 exercise, ExerciseClockState state, double rate)
{
    if (auto training = requireTraining(); !training)
        return training;
    return ExerciseRepository(m_db).setClock(exercise, enumId(state),
                                             state == ExerciseClockState::Running ? rate : 0.0,
                                             m_clock.nowUtc());
}

Status ExerciseBoard::beat(qint64 exercise)
{
    if (auto training = requireTraining(); !training)
        return training;
    return ExerciseRepository(m_db).beat(exercise);
}

Result<qint64> ExerciseBoard::post(qint64 exercise, double minute, InjectKind kind,
                                   const QString& text)
{
    const QString action = QStringLiteral("exercise.inject");
    if (auto allowed = requireTrainer(action, QString::number(exercise)); !allowed)
        return allowed.error();
    ExerciseMessageRow row;
    row.exercise = exercise;
    row.minute = minute;
    row.virtualAt = m_clock.nowUtc();
    row.kind = enumId(kind);
    row.text = text;
    qint64 id = 0;
    AuditedChange::Record record;
    record.action = action;
    record.objectType = kExercise;
    record.objectId = QString::number(exercise);
    // The scenario's text stays in the register: the record says what kind, when and how long.
    record.details = {{QStringLiteral("kind"), row.kind},
                      {QStringLiteral("minute"), qRound(minute * 10) / 10.0},
                      {QStringLiteral("length"), text.size()}};
    record.kinds = {{QStringLiteral("kind"), DetailKind::Code},
                    {QStringLiteral("minute"), DetailKind::Count},
                    {QStringLiteral("length"), DetailKind::Count},
                    {QStringLiteral("message"), DetailKind::Id}};
    auto recorded = AuditedChange(m_db, m_audit).run(record, [&](QJsonObject& details) -> Status {
        auto added = ExerciseRepository(m_db).addMessage(row);
        if (!added)
            return added.error();
        id = *added;
        details.insert(QStringLiteral("message"), id);
        return {};
    });
    if (!recorded)
        return recorded.error();
    return id;
}

Status ExerciseBoard::setGateway(qint64 exercise, const Channel& channel, bool failing,
                                 double minute)
{
    const QString action = QStringLiteral("exercise.gateway");
    if (auto allowed = requireTrainer(action, QString::number(exercise)); !allowed)
        return allowed;
    AuditedChange::Record record;
    record.action = action;
    record.objectType = kExercise;
    record.objectId = QString::number(exercise);
    record.details = {{QStringLiteral("channel"), channel.id()},
                      {QStringLiteral("gateway"),
                       failing ? QStringLiteral("failing") : QStringLiteral("working")},
                      {QStringLiteral("minute"), qRound(minute * 10) / 10.0}};
    record.kinds = {{QStringLiteral("channel"), DetailKind::Code},
                    {QStringLiteral("gateway"), DetailKind::Code},
                    {QStringLiteral("minute"), DetailKind::Count}};
    auto recorded = AuditedChange(m_db, m_audit).run(record, [&](QJsonObject&) {
        return ExerciseRepository(m_db).setGateway(exercise, channel, failing, m_clock.nowUtc());
    });
    if (!recorded)
        return recorded.error();
    return {};
}

Status ExerciseBoard::clearGateways()
{
    if (auto training = requireTraining(); !training)
        return training;
    return ExerciseRepository(m_db).clearGateways();
}

Result<std::optional<ExerciseRow>> ExerciseBoard::latest() const
{
    if (auto training = requireTraining(); !training)
        return training.error();
    return ExerciseRepository(m_db).latest();
}

Result<QList<ExerciseMessage>> ExerciseBoard::messages(qint64 exercise, qint64 afterId) const
{
    if (auto training = requireTraining(); !training)
        return training.error();
    auto rows = ExerciseRepository(m_db).messages(exercise, afterId);
    if (!rows)
        return rows.error();
    QList<ExerciseMessage> messages;
    for (const ExerciseMessageRow& row : std::as_const(*rows)) {
        const auto kind = enumFromId<InjectKind>(row.kind);
        if (!kind)
            continue; // a kind a newer console wrote
        messages << ExerciseMessage{row.id, row.minute, row.virtualAt, *kind, row.text};
    }
    return messages;
}

} // namespace burgernet
