#include "ui/dispatch/TipTableModel.h"

#include <QBrush>
#include <QColor>

namespace burgernet {

TipTableModel::TipTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TipTableModel::setTips(QList<Tip> tips)
{
    beginResetModel();
    m_tips = std::move(tips);
    endResetModel();
}

const Tip* TipTableModel::tipAt(int row) const
{
    return row >= 0 && row < m_tips.size() ? &m_tips[row] : nullptr;
}

int TipTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_tips.size(); ++i)
        if (m_tips[i].id == id)
            return i;
    return -1;
}

int TipTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tips.size());
}

int TipTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TipTableModel::sourceText(TipSource source)
{
    switch (source) {
    case TipSource::FreeNumber:
        return tr("0800 line");
    case TipSource::App:
        return tr("App");
    case TipSource::Emergency:
        return tr("112");
    case TipSource::Other:
        return tr("Other");
    }
    return {};
}

QString TipTableModel::ratingText(TipRating rating)
{
    switch (rating) {
    case TipRating::Unrated:
        return tr("Not rated");
    case TipRating::Useful:
        return tr("Useful");
    case TipRating::NotUseful:
        return tr("Not useful");
    }
    return {};
}

QString TipTableModel::placeText(const Tip& tip)
{
    return tip.located() ? QStringLiteral("%1, %2").arg(tip.lat, 0, 'f', 5).arg(tip.lon, 0, 'f', 5)
                         : tr("Unknown");
}

QVariant TipTableModel::data(const QModelIndex& index, int role) const
{
    const Tip* tip = tipAt(index.row());
    if (!tip || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Time:
            return tip->at.toLocalTime().toString(QStringLiteral("HH:mm"));
        case Source:
            return sourceText(tip->source);
        case Place:
            return placeText(*tip);
        case Rating:
            return ratingText(tip->rating());
        case Text:
            return tip->text;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Rating &&
        tip->rating() == TipRating::Unrated)
        return QBrush(QColor(0xb7, 0x1c, 0x1c)); // still to be rated: stands out
    if (role == Qt::UserRole)
        return tip->id;
    return {};
}

QVariant TipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Source:
        return tr("Source");
    case Place:
        return tr("Place");
    case Rating:
        return tr("Rating");
    case Text:
        return tr("What the caller reported");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace burgernet
