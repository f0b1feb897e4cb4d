#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace burgernet {

class ActionWorkflow;

// Before the window closes or its user signs out: actions still sending, or sent and waiting for
// their closing message, are named and the user is asked whether to go anyway. What is queued
// stays in the register and goes out from the next session (or another workstation).
class OpenActionsGuard
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::OpenActionsGuard)

public:
    // The question; tests answer it without a dialog. True: go anyway.
    using Question = std::function<bool(QWidget* parent, const QString& text)>;

    explicit OpenActionsGuard(ActionWorkflow* workflow);

    void setQuestion(Question question) { m_question = std::move(question); }
    // One line per open action ("Action 12, Burglary (woninginbraak): sending").
    QStringList openActions() const;
    // True when nothing is open, or the user chose to go anyway. `signingOut` words it so.
    bool mayLeave(QWidget* parent, bool signingOut) const;

private:
    ActionWorkflow* m_workflow;
    Question m_question;
};

} // namespace burgernet
