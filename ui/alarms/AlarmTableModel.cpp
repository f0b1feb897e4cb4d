#include "ui/alarms/AlarmTableModel.h"

#include "app/core/Channel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace burgernet {

namespace {
QString channelText(const QString& id)
{
    const auto channel = Channel::fromId(id);
    return channel ? channelName(*channel) : id;
}
} // namespace

AlarmTableModel::AlarmTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AlarmTableModel::setAlarms(QList<Alarm> alarms, const QDateTime& now)
{
    beginResetModel();
    m_alarms = std::move(alarms);
    m_now = now;
    endResetModel();
}

const Alarm* AlarmTableModel::alarmAt(int row) const
{
    return row >= 0 && row < m_alarms.size() ? &m_alarms[row] : nullptr;
}

int AlarmTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_alarms.size(); ++i)
        if (m_alarms[i].key() == key)
            return i;
    return -1;
}

int AlarmTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alarms.size());
}

int AlarmTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlarmTableModel::kindText(AlarmKind kind)
{
    switch (kind) {
    case AlarmKind::ClosingDue:
        return tr("Closing message due");
    case AlarmKind::BreakerOpen:
        return tr("Gateway keeps failing");
    case AlarmKind::Uncertain:
        return tr("Uncertain messages wait for a decision");
    case AlarmKind::Stale:
        return tr("Stale messages wait for a decision");
    case AlarmKind::AwaitingApproval:
        return tr("Action waits for approval");
    case AlarmKind::PartialFailure:
        return tr("Messages failed");
    case AlarmKind::GatewayDown:
        return tr("Gateway does not answer");
    case AlarmKind::AppTip:
        return tr("Tip from the app");
    }
    return {};
}

QString AlarmTableModel::describe(const Alarm& a)
{
    switch (a.kind) {
    case AlarmKind::ClosingDue:
        return tr("Action %1: the closing message is due; send it to everyone reached.")
            .arg(a.actionId);
    case AlarmKind::BreakerOpen:
        return tr("The %1 gateway keeps failing; its messages wait until it recovers.")
            .arg(channelText(a.channel));
    case AlarmKind::Uncertain:
        return tr("Action %1: %2 %3 messages may or may not have arrived; decide whether to send "
                  "them again.")
            .arg(a.actionId)
            .arg(a.level)
            .arg(channelText(a.channel));
    case AlarmKind::Stale:
        return tr("Action %1: %2 %3 messages waited too long; send them anyway or drop them.")
            .arg(a.actionId)
            .arg(a.level)
            .arg(channelText(a.channel));
    case AlarmKind::AwaitingApproval:
        return tr("Action %1 waits for your approval.").arg(a.actionId);
    case AlarmKind::PartialFailure:
        return tr("Action %1: %2 %3 messages failed; retry the failed ones only.")
            .arg(a.actionId)
            .arg(a.level)
            .arg(channelText(a.channel));
    case AlarmKind::GatewayDown:
        return tr("The %1 gateway does not answer the periodic check; messages on it may wait.")
            .arg(channelText(a.channel));
    case AlarmKind::AppTip:
        return tr("Action %1: %n tip(s) came in through the app; read and rate them.", nullptr,
                  int(a.level))
            .arg(a.actionId);
    }
    return {};
}

QVariant AlarmTableModel::data(const QModelIndex& index, int role) const
{
    const Alarm* a = alarmAt(index.row());
    if (!a || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool active = a->activeAt(m_now);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case What:
            return kindText(a->kind);
        case Action:
            return a->actionId ? QVariant(a->actionId) : QVariant();
        case Channel:
            return channelText(a->channel);
        case Count:
            return a->level ? QVariant(a->level) : QVariant();
        case State:
            if (a->acknowledged)
                return tr("Acknowledged by %1 at %2")
                    .arg(a->acknowledgedBy,
                         a->acknowledgedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
            if (a->snoozedAt(m_now))
                return tr("Snoozed until %1")
                    .arg(a->snoozedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
            return tr("Needs attention");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole)
        return describe(*a);
    if (role == Qt::FontRole && active) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole)
        return QBrush(active ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x60, 0x60, 0x60));
    if (role == Qt::UserRole)
        return a->key();
    return {};
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case What:
        return tr("Alarm");
    case Action:
        return tr("Action");
    case Channel:
        return tr("Channel");
    case Count:
        return tr("Messages");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace burgernet
