#include "ui/review/ReviewTableModel.h"

#include "app/dispatch/ActionWords.h"
#include "ui/ModeIndicator.h"
#include "ui/dispatch/ActionTableModel.h"

#include <QBrush>
#include <QLocale>

namespace burgernet {

ReviewTableModel::ReviewTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReviewTableModel::setRows(QList<ReviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ReviewRow* ReviewTableModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

int ReviewTableModel::rowOf(qint64 actionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == actionId)
            return int(i);
    return -1;
}

int ReviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewTableModel::minutesText(qint64 ms)
{
    if (ms < 0)
        return QString();
    return tr("%1 min").arg(QLocale().toString(double(ms) / 60000.0, 'f', 0));
}

QString ReviewTableModel::areaText(const ReviewRow& r)
{
    switch (r.areaKind) {
    case GeoArea::Kind::Empty:
        return QString();
    case GeoArea::Kind::Circle:
        return tr("circle %1 m").arg(QLocale().toString(r.radiusMetres, 'f', 0));
    case GeoArea::Kind::Polygon:
        break;
    }
    return tr("polygon %1 km²").arg(QLocale().toString(r.areaKm2, 'f', 1));
}

QVariant ReviewTableModel::data(const QModelIndex& index, int role) const
{
    const ReviewRow* r = rowAt(index);
    if (!r)
        return {};
    if (role == Qt::BackgroundRole && r->mode == Mode::Training)
        return QBrush(ModeIndicator::modeColor(Mode::Training).lighter(185));
    if (role == Qt::ForegroundRole && index.column() == Closing && r->closingLate)
        return QBrush(Qt::red);
    if (role == Qt::TextAlignmentRole && index.column() != Type && index.column() != Area &&
        index.column() != Outcome && index.column() != Recipients)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return r->mode == Mode::Training ? tr("%1 (training)").arg(r->id) : QString::number(r->id);
    case Type:
        return r->kind == ActionKind::Notice ? tr("notice") : ActionWords::incident(r->incident);
    case Start:
        return QLocale().toString(r->createdAt.toLocalTime(), QLocale::ShortFormat);
    case Area:
        return areaText(*r);
    case Recipients: {
        QStringList parts;
        for (const ReviewChannel& c : r->channels)
            parts << QStringLiteral("%1 %2").arg(c.channel, QLocale().toString(c.recipients));
        return parts.join(QStringLiteral(", "));
    }
    case Delivered:
        return r->deliveredPercent() < 0
                   ? QString()
                   : QStringLiteral("%1 %").arg(QLocale().toString(r->deliveredPercent(), 'f', 1));
    case Tips:
        return tr("%1 (%2 useful)").arg(r->tips).arg(r->usefulTips);
    case FirstTip:
        return minutesText(r->firstTipMs);
    case Closing:
        return minutesText(r->closingMs);
    case Outcome:
        return r->outcome == burgernet::Outcome::None ? QString()
                                                      : ActionWords::outcome(r->outcome);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Type:
        return tr("Type");
    case Start:
        return tr("Start");
    case Area:
        return tr("Area");
    case Recipients:
        return tr("Recipients per channel");
    case Delivered:
        return tr("Delivered");
    case Tips:
        return tr("Tips");
    case FirstTip:
        return tr("First tip after");
    case Closing:
        return tr("Closing after");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace burgernet
