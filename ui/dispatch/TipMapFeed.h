#pragma once

#include <QObject>

class QTimer;

namespace burgernet {

class ActionNotifier;
class ActionWorkflow;
class AreaController;
class TipService;

// Keeps the map's tips those of the open actions, read from the register: at start (so they
// are back after a restart) and whenever a tip or an action changes. Changes that come in a
// burst are read once.
class TipMapFeed : public QObject
{
    Q_OBJECT
public:
    TipMapFeed(const ActionWorkflow& workflow, const TipService& tips, AreaController& map,
               ActionNotifier& notifier, QObject* parent = nullptr);

public Q_SLOTS:
    void reload();

private:
    const ActionWorkflow& m_workflow;
    const TipService& m_tips;
    AreaController& m_map;
    QTimer* m_pending;
};

} // namespace burgernet
