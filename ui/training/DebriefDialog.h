#pragma once

#include "app/training/ExerciseDebrief.h"

#include <QDialog>

class QTextBrowser;

namespace burgernet {

// The debrief of one run: the facts measured against the scenario and a score per learning
// goal, to discuss with the trainee; saved as JSON for the trainee's file.
class DebriefDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DebriefDialog(Debrief debrief, QWidget* parent = nullptr);

    const Debrief& debrief() const { return m_debrief; }
    static QString html(const Debrief& debrief);

private:
    void save();

    Debrief m_debrief;
    QTextBrowser* m_text = nullptr;
};

} // namespace burgernet
