#pragma once

#include "app/core/Result.h"
#include "app/training/ExerciseDebrief.h"

#include <QDialog>

class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;

namespace burgernet {

class ExerciseRuns;

// The debrief of one run, to discuss with the trainee: the facts measured against the scenario,
// a score per learning goal beside the trainee's last run, and the after-action structure. The
// trainer adds observations and changes the corrective actions (what, owner, date); saving them
// goes to the stored run (recorded). Exported as PDF or JSON for the trainee's file.
class DebriefDialog : public QDialog
{
    Q_OBJECT

public:
    // `runs`: where the run is stored; null when it is not (observations are then not saved).
    DebriefDialog(Debrief debrief, ExerciseRuns* runs, QWidget* parent = nullptr);

    const Debrief& debrief() const { return m_debrief; }
    // The observations and corrective actions as typed, saved to the run (and shown).
    Status saveObservations();
    Status exportPdf(const QString& path);
    Status exportJson(const QString& path);

private:
    void takeEdits();
    void refresh();
    void addCorrectiveRow(const CorrectiveAction& action);

    Debrief m_debrief;
    ExerciseRuns* m_runs = nullptr;
    QTextBrowser* m_text = nullptr;
    QPlainTextEdit* m_observations = nullptr;
    QTableWidget* m_corrective = nullptr;
};

} // namespace burgernet
