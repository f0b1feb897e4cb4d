#pragma once

#include "app/dispatch/Tip.h"

#include <QAbstractTableModel>
#include <QList>

namespace burgernet {

// The tips of one action, oldest first, one row each.
class TipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Source, Place, Rating, Text, ColumnCount };

    explicit TipTableModel(QObject* parent = nullptr);

    void setTips(QList<Tip> tips);
    const Tip* tipAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString sourceText(TipSource source);
    static QString ratingText(TipRating rating);
    static QString placeText(const Tip& tip);

private:
    QList<Tip> m_tips;
};

} // namespace burgernet
