#pragma once

#include "app/core/Result.h"
#include "app/training/ExerciseDebrief.h"

#include <QCoreApplication>

namespace burgernet {

// The debrief as people read it, in the structure of an after-action report and improvement
// plan: the run, the objectives, the facts measured, the score per learning goal against the
// trainee's earlier runs, strengths, areas for improvement, corrective actions (what, owner,
// date) and the trainer's observations. The window shows the HTML; the PDF is the same text.
class DebriefReport
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DebriefReport)

public:
    static QString html(const Debrief& debrief);
};

// Writes the debrief as a PDF (QTextDocument and QPdfWriter: QtGui, a QGuiApplication is
// needed). The caller records the export first (ExerciseRuns::recordExport).
class DebriefPdf
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DebriefPdf)

public:
    static Status write(const Debrief& debrief, const QString& path);
};

} // namespace burgernet
