#include "app/training/ExerciseRuns.h"

#include "app/core/Clock.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

namespace {

const QString kExercise = QStringLiteral("exercise");

Error sqlError(const QSqlQuery& q, const QString& what)
{
    return Error{ExerciseRuns::tr("Exercise runs (%1): %2").arg(what, q.lastError().text())};
}

QHash<QString, double> goalScores(const QJsonObject& debrief)
{
    QHash<QString, double> scores;
    for (const QJsonValue& g : debrief.value(QStringLiteral("goals")).toArray())
        scores.insert(g.toObject().value(QStringLiteral("id")).toString(),
                      g.toObject().value(QStringLiteral("score")).toDouble());
    return scores;
}

} // namespace

ExerciseRuns::ExerciseRuns(Database& db, AuditService& audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<Debrief> ExerciseRuns::store(Debrief debrief, const QString& trainee)
{
    const QString action = QStringLiteral("exercise.debrief");
    if (auto allowed =
            m_audit.require(Permission::RunExercise, action, kExercise, debrief.scenario);
        !allowed)
        return allowed.error();
    const QString who = trainee.trimmed();
    // A user name, as the audit log takes it: a person's full name stays out of the records.
    static const QRegularExpression userName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!userName.match(who).hasMatch())
        return Error{tr("trainee: the trainee's user name is needed to keep the run (letters, "
                        "digits, '.', '_' or '-').")};
    debrief.trainee = who;
    const QDateTime now = m_db.clock().nowUtc();
    if (debrief.corrective.isEmpty())
        debrief.proposeCorrectiveActions(now.date());
    auto runs = earlier(who, debrief.scenario);
    if (!runs)
        return runs.error();
    debrief.compareWith(*runs);
    if (auto recorded = m_audit.record(action, kExercise, debrief.scenario, AuditResult::Ok,
                                       {{QStringLiteral("trainee"), who},
                                        {QStringLiteral("average"), qRound(debrief.average())},
                                        {QStringLiteral("earlier_runs"), runs->size()}},
                                       {{QStringLiteral("trainee"), DetailKind::Id},
                                        {QStringLiteral("average"), DetailKind::Count},
                                        {QStringLiteral("earlier_runs"), DetailKind::Count}});
        !recorded)
        return recorded.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO exercise_runs (trainee, scenario, title, trainer, started_at, recorded_at, "
        "average, debrief, corrective) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(who);
    q.addBindValue(debrief.scenario);
    q.addBindValue(debrief.title);
    q.addBindValue(m_audit.session().user);
    q.addBindValue(debrief.startedAt.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(debrief.average());
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(debrief.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(Debrief::correctiveJson(debrief.corrective)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q, QStringLiteral("store"));
    debrief.runId = q.lastInsertId().toLongLong();
    return debrief;
}

Result<QList<EarlierRun>> ExerciseRuns::earlier(const QString& trainee, const QString& scenario,
                                                qint64 beforeId, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, started_at, average, debrief FROM exercise_runs "
                             "WHERE trainee = ? AND scenario = ? AND (? = 0 OR id < ?) "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(trainee.trimmed());
    q.addBindValue(scenario);
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("earlier"));
    QList<EarlierRun> runs;
    while (q.next()) {
        EarlierRun run;
        run.id = q.value(0).toLongLong();
        run.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        run.average = q.value(2).toDouble();
        run.goals = goalScores(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        runs << run;
    }
    return runs;
}

Status ExerciseRuns::observe(qint64 runId, const QString& observations,
                             const QList<CorrectiveAction>& corrective)
{
    const QString action = QStringLiteral("exercise.observe");
    const QString id = QString::number(runId);
    if (auto allowed = m_audit.require(Permission::RunExercise, action, kExercise, id); !allowed)
        return allowed;
    for (qsizetype i = 0; i < corrective.size(); ++i) {
        const CorrectiveAction& c = corrective.at(i);
        if (c.what.trimmed().isEmpty() || c.owner.trimmed().isEmpty() || !c.due.isValid())
            return Error{tr("corrective[%1]: an action needs what, an owner and a date.").arg(i)};
    }
    // The observations are the trainer's free text: the record says how much, not what.
    if (auto recorded = m_audit.record(action, kExercise, id, AuditResult::Ok,
                                       {{QStringLiteral("observation_chars"), observations.size()},
                                        {QStringLiteral("corrective_actions"), corrective.size()}},
                                       {{QStringLiteral("observation_chars"), DetailKind::Count},
                                        {QStringLiteral("corrective_actions"), DetailKind::Count}});
        !recorded)
        return recorded.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE exercise_runs SET observations = ?, corrective = ?, "
                             "observed_by = ?, observed_at = ? WHERE id = ?"));
    q.addBindValue(observations);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(Debrief::correctiveJson(corrective)).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_audit.session().user);
    q.addBindValue(m_db.clock().nowUtc().toMSecsSinceEpoch());
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("observe"));
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no exercise run %1.").arg(runId)};
    return {};
}

Result<Debrief> ExerciseRuns::load(qint64 runId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT trainee, scenario, title, started_at, debrief, observations, "
                             "corrective FROM exercise_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("load"));
    if (!q.next())
        return Error{tr("There is no exercise run %1.").arg(runId)};
    Debrief d;
    d.runId = runId;
    d.trainee = q.value(0).toString();
    d.scenario = q.value(1).toString();
    d.title = q.value(2).toString();
    d.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    const QJsonObject json = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    for (const QJsonValue& v : json.value(QStringLiteral("goals")).toArray()) {
        const QJsonObject g = v.toObject();
        GoalScore score{g.value(QStringLiteral("id")).toString(),
                        g.value(QStringLiteral("title")).toString(),
                        g.value(QStringLiteral("score")).toDouble(),
                        {},
                        std::nullopt};
        for (const QJsonValue& f : g.value(QStringLiteral("findings")).toArray())
            score.findings << f.toString();
        d.goals << score;
    }
    d.observations = q.value(5).toString();
    d.corrective = Debrief::correctiveFromJson(
        QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array());
    return d;
}

Status ExerciseRuns::recordExport(const Debrief& debrief, const QString& format,
                                  const QString& fileName)
{
    const QString action = QStringLiteral("exercise.debrief_export");
    const QString id = debrief.runId ? QString::number(debrief.runId) : debrief.scenario;
    if (auto allowed = m_audit.require(Permission::RunExercise, action, kExercise, id); !allowed)
        return allowed;
    if (auto recorded = m_audit.record(action, kExercise, id, AuditResult::Ok,
                                       {{QStringLiteral("format"), format},
                                        {QStringLiteral("file"), QFileInfo(fileName).fileName()}},
                                       {{QStringLiteral("format"), DetailKind::Code},
                                        {QStringLiteral("file"), DetailKind::Id}});
        !recorded)
        return recorded.error();
    return {};
}

} // namespace burgernet
