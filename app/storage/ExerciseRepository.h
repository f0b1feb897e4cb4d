#pragma once

#include "app/core/Channel.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace burgernet {

class Database;

// An exercise as the training register shares it between the trainer's and the trainee's
// workstations: its clock, what it told the trainee, and which simulated gateways it made fail.
struct ExerciseRow
{
    qint64 id = 0;
    QString scenario;
    QString trainer;
    QDateTime startedAt; // the report, in the exercise's time
    QString state;       // running, paused or stopped
    double rate = 0;
    // The exercise's time now, from the row's anchor and the database's clock.
    QDateTime virtualNow;
    // Since the trainer's console last showed itself (the database's clock).
    qint64 silentMs = 0;
};

struct ExerciseMessageRow
{
    qint64 id = 0;
    qint64 exercise = 0;
    double minute = 0;
    QDateTime virtualAt;
    QString kind; // an inject kind's id
    QString text;
};

// The only place that speaks the exercise tables (migration 18) to SQL.
class ExerciseRepository
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ExerciseRepository)

public:
    explicit ExerciseRepository(Database& db);

    // A new exercise, its clock anchored at the database's time now; every gateway works again.
    Result<qint64> begin(const QString& scenario, const QString& trainer,
                         const QDateTime& startedAt, const QString& state, double rate,
                         const QDateTime& virtualNow);
    // The exercise's clock: at the database's time now it reads `virtualNow` and runs at `rate`.
    Status setClock(qint64 exercise, const QString& state, double rate,
                    const QDateTime& virtualNow);
    // The latest exercise started on this register, if any.
    // The trainer's console is still there (it says so every few seconds while it runs one).
    Status beat(qint64 exercise);
    Result<std::optional<ExerciseRow>> latest() const;

    Result<qint64> addMessage(const ExerciseMessageRow& message);
    // The exercise's messages after `afterId`, oldest first.
    Result<QList<ExerciseMessageRow>> messages(qint64 exercise, qint64 afterId = 0) const;

    // In the caller's transaction (the change it records).
    Status setGateway(qint64 exercise, const Channel& channel, bool failing,
                      const QDateTime& virtualNow);
    Status clearGateways();
    Result<QSet<Channel>> failingGateways() const;

private:
    Database& m_db;
};

} // namespace burgernet
