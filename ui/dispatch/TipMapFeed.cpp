#include "ui/dispatch/TipMapFeed.h"

#include "app/services/ActionNotifier.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/TipService.h"
#include "ui/map/AreaController.h"

#include <QTimer>

namespace burgernet {

TipMapFeed::TipMapFeed(const ActionWorkflow& workflow, const TipService& tips, AreaController& map,
                       ActionNotifier& notifier, QObject* parent)
    : QObject(parent)
    , m_workflow(workflow)
    , m_tips(tips)
    , m_map(map)
    , m_pending(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &TipMapFeed::reload);
    connect(&notifier, &ActionNotifier::tipLogged, m_pending, qOverload<>(&QTimer::start));
    connect(&notifier, &ActionNotifier::actionChanged, m_pending, qOverload<>(&QTimer::start));
    reload();
}

void TipMapFeed::reload()
{
    auto actions = m_workflow.actions(true);
    if (!actions)
        return;
    QList<AreaController::Tip> shown;
    for (const Action& a : *actions) {
        auto tips = m_tips.tips(a.id);
        if (!tips)
            continue;
        for (const Tip& t : *tips)
            if (t.located())
                shown << AreaController::Tip{a.id, QGeoCoordinate(t.lat, t.lon), t.at,
                                             t.rating() == TipRating::Useful};
    }
    m_map.setTips(shown);
}

} // namespace burgernet
