#include "ui/dispatch/ActionTableModel.h"

#include "app/dispatch/ActionWords.h"

#include <QBrush>
#include <QColor>

namespace burgernet {

ActionTableModel::ActionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ActionTableModel::setActions(QList<Action> actions)
{
    // Same rows in the same order (the usual refresh): update in place, keep the selection.
    bool sameRows = actions.size() == m_actions.size();
    for (int i = 0; sameRows && i < actions.size(); ++i)
        sameRows = actions[i].id == m_actions[i].id;
    if (sameRows) {
        m_actions = std::move(actions);
        if (!m_actions.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

const Action* ActionTableModel::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? &m_actions[row] : nullptr;
}

int ActionTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_actions.size(); ++i)
        if (m_actions[i].id == id)
            return i;
    return -1;
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    const Action* a = actionAt(index.row());
    if (!a || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Id:
            return a->id;
        case State:
            return a->outcome == Outcome::None
                       ? ActionWords::state(a->state)
                       : QStringLiteral("%1 — %2").arg(ActionWords::state(a->state),
                                                       ActionWords::outcome(a->outcome));
        case Kind:
            return a->content.kind == ActionKind::Urgent ? tr("urgent") : tr("notice");
        case Incident:
            return ActionWords::incident(a->content.incident);
        case Location:
            return a->content.locationText;
        case Created:
            return a->createdAt.toLocalTime().toString(QStringLiteral("dd-MM HH:mm"));
        case Author:
            return a->author;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (a->state == ActionState::AwaitingApproval)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (a->state == ActionState::Sending)
            return QBrush(QColor(0x15, 0x65, 0xc0));
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("No.");
    case State:
        return tr("State");
    case Kind:
        return tr("Kind");
    case Incident:
        return tr("Incident");
    case Location:
        return tr("Location");
    case Created:
        return tr("Created");
    case Author:
        return tr("Author");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace burgernet
