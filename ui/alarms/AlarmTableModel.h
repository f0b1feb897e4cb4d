#pragma once

#include "app/dispatch/Alarm.h"

#include <QAbstractTableModel>
#include <QList>

namespace burgernet {

// The current alarms, those that want attention first.
class AlarmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, Action, Channel, Count, State, ColumnCount };

    explicit AlarmTableModel(QObject* parent = nullptr);

    void setAlarms(QList<Alarm> alarms, const QDateTime& now);
    const Alarm* alarmAt(int row) const;
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // In plain words, for the list and the reminder.
    static QString kindText(AlarmKind kind);
    static QString describe(const Alarm& alarm);

private:
    QList<Alarm> m_alarms;
    QDateTime m_now;
};

} // namespace burgernet
