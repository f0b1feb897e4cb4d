#pragma once

#include <QListWidget>

namespace burgernet {

class ActionWorkflow;
class TipService;

// The action's timeline, oldest first: its steps (created, sent, approved, updated, closed)
// and its call-back tips, each at its own time, so a tip reads against what had been sent.
class ActionTimeline : public QListWidget
{
    Q_OBJECT
public:
    ActionTimeline(const ActionWorkflow& workflow, const TipService& tips,
                   QWidget* parent = nullptr);

    void showAction(qint64 actionId);
    qint64 actionId() const { return m_actionId; }
    QStringList lines() const;

public Q_SLOTS:
    void reload() { showAction(m_actionId); }

private:
    const ActionWorkflow& m_workflow;
    const TipService& m_tips;
    qint64 m_actionId = 0;
};

} // namespace burgernet
