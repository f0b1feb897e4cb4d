#pragma once

#include "app/core/Result.h"
#include "app/training/ExerciseDebrief.h"

#include <QCoreApplication>

namespace burgernet {

class AuditService;
class Database;

// The exercises a trainee ran, in the training register: each debrief is stored per trainee and
// run, so that the next debrief of the same scenario compares with the earlier ones; the trainer
// adds observations and corrective actions to a stored run. Each step checks the permission to
// run exercises and is recorded before it takes effect.
class ExerciseRuns
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ExerciseRuns)

public:
    ExerciseRuns(Database& db, AuditService& audit);

    // Proposes the corrective actions, compares with the trainee's earlier runs of the scenario,
    // records `exercise.debrief` and stores the run. Returns the debrief with its run id.
    Result<Debrief> store(Debrief debrief, const QString& trainee);
    // The trainee's runs of `scenario` before run `beforeId` (0: all), the latest first.
    Result<QList<EarlierRun>> earlier(const QString& trainee, const QString& scenario,
                                      qint64 beforeId = 0, int limit = 10);
    // The trainer's observations and corrective actions for a stored run (`exercise.observe`).
    Status observe(qint64 runId, const QString& observations,
                   const QList<CorrectiveAction>& corrective);
    // Reads a stored run's debrief back, with the observations added since.
    Result<Debrief> load(qint64 runId);
    // Records that a run's debrief leaves as a file (`exercise.debrief_export`), before it does.
    Status recordExport(const Debrief& debrief, const QString& format, const QString& fileName);

private:
    Database& m_db;
    AuditService& m_audit;
};

} // namespace burgernet
