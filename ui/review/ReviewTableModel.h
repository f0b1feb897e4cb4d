#pragma once

#include "app/services/ReviewTypes.h"

#include <QAbstractTableModel>

namespace burgernet {

// The actions overview: one row per action of the period, read-only. Training rows are purple,
// a closing message later than the limit red.
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Type,
        Start,
        Area,
        Recipients,
        Delivered,
        Tips,
        FirstTip,
        Closing,
        Outcome,
        ColumnCount
    };

    explicit ReviewTableModel(QObject* parent = nullptr);

    void setRows(QList<ReviewRow> rows);
    const ReviewRow* rowAt(const QModelIndex& index) const;
    int rowOf(qint64 actionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString minutesText(qint64 ms);
    static QString areaText(const ReviewRow& row);

private:
    QList<ReviewRow> m_rows;
};

} // namespace burgernet
