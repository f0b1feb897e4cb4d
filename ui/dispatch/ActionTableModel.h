#pragma once

#include "app/dispatch/Action.h"

#include <QAbstractTableModel>
#include <QList>

namespace burgernet {

// The actions list: newest first, one row per action.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, State, Kind, Incident, Location, Created, Author, ColumnCount };

    explicit ActionTableModel(QObject* parent = nullptr);

    void setActions(QList<Action> actions);
    const Action* actionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Action> m_actions;
};

} // namespace burgernet
