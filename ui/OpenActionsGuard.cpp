#include "ui/OpenActionsGuard.h"

#include "app/dispatch/ActionWords.h"
#include "app/services/ActionWorkflow.h"

#include <QMessageBox>
#include <QPushButton>

namespace burgernet {

OpenActionsGuard::OpenActionsGuard(ActionWorkflow* workflow)
    : m_workflow(workflow)
{
    m_question = [](QWidget* parent, const QString& text) {
        QMessageBox box(QMessageBox::Warning, tr("Actions are still open"), text,
                        QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("openActionsQuestion"));
        QPushButton* stay = box.addButton(tr("&Stay"), QMessageBox::RejectRole);
        box.addButton(tr("&Leave anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(stay);
        box.exec();
        return box.clickedButton() != stay;
    };
}

QStringList OpenActionsGuard::openActions() const
{
    QStringList lines;
    if (!m_workflow)
        return lines;
    auto actions = m_workflow->actions(true);
    if (!actions)
        return lines;
    for (const Action& a : *actions) {
        QString state;
        if (a.state == ActionState::Sending)
            state = tr("sending");
        else if ((a.state == ActionState::Sent || a.state == ActionState::Updated) &&
                 a.content.kind == ActionKind::Urgent)
            state = tr("waiting for its closing message");
        else
            continue;
        lines << tr("Action %1, %2: %3")
                     .arg(a.id)
                     .arg(ActionWords::incident(a.content.incident), state);
    }
    return lines;
}

bool OpenActionsGuard::mayLeave(QWidget* parent, bool signingOut) const
{
    const QStringList open = openActions();
    if (open.isEmpty())
        return true;
    const QString question = signingOut ? tr("Sign out with these actions still open?")
                                        : tr("Quit the console with these actions still open?");
    const QString text = question + QStringLiteral("\n\n• ") + open.join(QStringLiteral("\n• ")) +
                         QStringLiteral("\n\n") +
                         tr("Their messages stay queued in the register; the closing messages "
                            "still need to be sent by someone.");
    return m_question(parent, text);
}

} // namespace burgernet
