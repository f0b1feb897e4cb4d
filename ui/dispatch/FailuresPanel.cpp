#include "ui/dispatch/FailuresPanel.h"

#include "app/dispatch/ChannelCatalog.h"
#include "app/services/DeliveryFailures.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace burgernet {

FailuresPanel::FailuresPanel(DeliveryFailures& failures, QWidget* parent)
    : QWidget(parent)
    , m_failures(failures)
    , m_summary(new QLabel(this))
    , m_reach(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("failuresPanel"));
    m_summary->setObjectName(QStringLiteral("failuresSummary"));
    m_summary->setWordWrap(true);
    m_reach->setObjectName(QStringLiteral("platformReach"));
    m_reach->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("failuresTable"));
    m_table->setAccessibleName(tr("Failed recipients"));
    m_table->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Participant"), tr("Address"), tr("Gateway's reason"), tr("When")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setObjectName(QStringLiteral("refreshFailures"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    layout->addWidget(m_reach);
    layout->addWidget(m_table, 1);
    connect(m_refresh, &QPushButton::clicked, this, &FailuresPanel::reload);
}

QString FailuresPanel::reachText() const
{
    return m_reach->text();
}

void FailuresPanel::setAction(qint64 actionId)
{
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    m_table->setRowCount(0);
    m_reach->clear();
    m_summary->setText(actionId ? tr("Action %1: open this tab or press Refresh to read who "
                                     "was not reached.")
                                      .arg(actionId)
                                : tr("Select an action."));
    if (actionId && isVisible())
        reload();
}

void FailuresPanel::reload()
{
    m_table->setRowCount(0);
    m_reach->clear();
    if (!m_actionId)
        return;
    auto found = m_failures.failures(m_actionId);
    if (!found) {
        m_summary->setText(found.errorMessage());
        return;
    }
    const ChannelCatalog catalog = ChannelCatalog::builtIn();
    const auto channelName = [&](const Channel& c) {
        const ChannelInfo* info = catalog.find(c);
        return info ? info->name : c.id();
    };
    m_summary->setText(
        found->failed.empty()
            ? tr("Action %1: every message went out or is still under way.").arg(m_actionId)
            : tr("Action %1: %n recipient(s) not reached.", nullptr, int(found->failed.size()))
                  .arg(m_actionId));
    m_table->setRowCount(int(found->failed.size()));
    int row = 0;
    for (const FailedRecipient& f : found->failed) {
        const QStringList cells{
            channelName(f.channel), f.pseudonym.isEmpty() ? tr("(erased)") : f.pseudonym,
            f.maskedAddress, f.reason, f.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.value(c)));
        ++row;
    }
    QStringList reach;
    for (const PlatformReach& r : found->reach)
        reach << tr("%1: the platform reports %2 app users reached (%3).")
                     .arg(channelName(r.channel))
                     .arg(r.reach)
                     .arg(r.at.toLocalTime().toString(QStringLiteral("HH:mm")));
    m_reach->setText(reach.join(QLatin1Char('\n')));
}

} // namespace burgernet
