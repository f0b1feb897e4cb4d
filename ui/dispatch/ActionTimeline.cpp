#include "ui/dispatch/ActionTimeline.h"

#include "app/dispatch/ActionWords.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/TipService.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/dispatch/TipTableModel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace burgernet {

ActionTimeline::ActionTimeline(const ActionWorkflow& workflow, const TipService& tips,
                               QWidget* parent)
    : QListWidget(parent)
    , m_workflow(workflow)
    , m_tips(tips)
{
    setObjectName(QStringLiteral("actionTimeline"));
    setAccessibleName(tr("Timeline of the action"));
    setWordWrap(true);
}

QStringList ActionTimeline::lines() const
{
    QStringList all;
    for (int i = 0; i < count(); ++i)
        all << item(i)->text();
    return all;
}

void ActionTimeline::showAction(qint64 actionId)
{
    m_actionId = actionId;
    clear();
    if (!actionId)
        return;
    struct Entry
    {
        QDateTime at;
        QString text;
        bool tip;
    };
    std::vector<Entry> entries;
    if (auto events = m_workflow.events(actionId)) {
        for (const ActionEvent& e : *events) {
            ActionState to;
            QString what = e.event == QLatin1String("area") ? tr("Area of the messages")
                           : enumFromId(e.toState, &to)     ? ActionWords::state(to)
                                                            : e.event;
            if (e.event == QLatin1String("platform-reach")) {
                // {"channel":"app","reach":1234}: what the app platform said it reached.
                const QJsonObject o = QJsonDocument::fromJson(e.detail.toUtf8()).object();
                what = tr("the platform reports %1 reached on %2")
                           .arg(qint64(o.value(QStringLiteral("reach")).toDouble()))
                           .arg(o.value(QStringLiteral("channel")).toString());
            }
            entries.push_back({e.at, tr("%1 — %2").arg(what, e.actor), false});
        }
    }
    if (auto tips = m_tips.tips(actionId)) {
        for (const Tip& t : *tips)
            entries.push_back({t.at,
                               tr("Tip (%1, %2) at %3: %4")
                                   .arg(TipTableModel::sourceText(t.source),
                                        TipTableModel::ratingText(t.rating()),
                                        TipTableModel::placeText(t), t.text),
                               true});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.at < b.at; });
    for (const Entry& e : entries) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                         e.text),
            this);
        if (e.tip)
            item->setForeground(QColor(0x8a, 0x4b, 0x00));
    }
}

} // namespace burgernet
