#include "ui/audit/AuditTableModel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>

namespace burgernet {

AuditTableModel::AuditTableModel(const AuditQuery* query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_atEnd(query == nullptr)
{}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_records.clear();
    m_records.shrink_to_fit();
    m_atEnd = m_query == nullptr;
    m_error.clear();
    endResetModel();
}

const AuditRecord* AuditTableModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_records[static_cast<size_t>(index.row())];
}

QModelIndex AuditTableModel::indexOfSeq(qint64 seq, int column) const
{
    // Rows are in descending seq order: a binary search.
    auto it = std::lower_bound(m_records.begin(), m_records.end(), seq,
                               [](const AuditRecord& r, qint64 s) { return r.seq > s; });
    if (it == m_records.end() || it->seq != seq)
        return {};
    return index(static_cast<int>(it - m_records.begin()), column);
}

QString AuditTableModel::localTimeText(const AuditRecord& record)
{
    const int offset = record.utcOffset;
    const int minutes = std::abs(offset) / 60;
    return record.localTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" %1%2:%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString AuditTableModel::resultText(const QString& resultId)
{
    switch (auditResultFromId(resultId)) {
    case AuditResult::Ok:
        return tr("ok");
    case AuditResult::Denied:
        return tr("denied");
    case AuditResult::Failed:
        break;
    }
    return tr("failed");
}

QColor AuditTableModel::resultColor(const QString& resultId)
{
    // Dark red reads on light and on the training mode's tinted backgrounds alike.
    return auditResultFromId(resultId) == AuditResult::Ok ? QColor() : QColor(0xb0, 0x00, 0x20);
}

QString AuditTableModel::actionIdOf(const AuditRecord& r)
{
    if (r.objectType == QLatin1String("action"))
        return r.objectId;
    return QJsonDocument::fromJson(r.details.toUtf8())
        .object()
        .value(QLatin1String("action_id"))
        .toString();
}

QString AuditTableModel::describe(const AuditRecord& r)
{
    QStringList lines{tr("No.: %1").arg(r.seq),
                      tr("Time: %1 (UTC %2)").arg(localTimeText(r), r.timeUtc),
                      tr("User: %1").arg(r.actor), tr("Role: %1").arg(r.role)};
    if (!r.onBehalfOf.isEmpty())
        lines << tr("On behalf of: %1").arg(r.onBehalfOf);
    lines << tr("Workstation: %1").arg(r.workstation) << tr("Action: %1").arg(r.action)
          << tr("Object: %1 %2").arg(r.objectType, r.objectId)
          << tr("Result: %1").arg(resultText(r.result))
          << tr("Hash: %1").arg(QString::fromLatin1(r.hash.toHex()))
          << tr("Previous hash: %1").arg(QString::fromLatin1(r.prevHash.toHex())) << tr("Details:")
          << QString::fromUtf8(QJsonDocument::fromJson(r.details.toUtf8()).toJson());
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString AuditTableModel::timelineLine(const AuditRecord& r)
{
    return QStringLiteral("%1  %2  %3 (%4)  %5  %6  %7")
        .arg(localTimeText(r), tr("No. %1").arg(r.seq), r.actor, r.role, r.action,
             r.objectType + QLatin1Char(' ') + r.objectId, resultText(r.result));
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const AuditRecord* r = recordAt(index);
    if (!r)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Seq:
            return r->seq;
        case Time:
            return localTimeText(*r);
        case Actor:
            return r->onBehalfOf.isEmpty() ? r->actor
                                           : tr("%1 (for %2)").arg(r->actor, r->onBehalfOf);
        case Role:
            return r->role;
        case Action:
            return r->action;
        case ObjectType:
            return r->objectType;
        case ObjectId:
            return r->objectId;
        case Result:
            return resultText(r->result);
        case Details:
            return r->details;
        }
        return {};
    case Qt::ToolTipRole:
        return QString::fromUtf8(
            QJsonDocument::fromJson(r->details.toUtf8()).toJson(QJsonDocument::Indented));
    case Qt::ForegroundRole:
        if (column == Result) {
            const QColor color = resultColor(r->result);
            if (color.isValid())
                return color;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Seq)
            return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Actor:
        return tr("User");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case ObjectType:
        return tr("Object type");
    case ObjectId:
        return tr("Object");
    case Result:
        return tr("Result");
    case Details:
        return tr("Details");
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_records.empty() ? 0 : m_records.back().seq;
    auto page = m_query->page(m_filter, before, PageSize);
    if (!page) {
        // Stop asking: a view would otherwise retry on every scroll.
        m_atEnd = true;
        m_error = page.errorMessage();
        emit loadFailed(m_error);
        return;
    }
    std::vector<AuditRecord>& records = *page;
    m_atEnd = records.size() < static_cast<size_t>(PageSize);
    if (records.empty())
        return;
    const int first = static_cast<int>(m_records.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    m_records.insert(m_records.end(), std::make_move_iterator(records.begin()),
                     std::make_move_iterator(records.end()));
    endInsertRows();
}

} // namespace burgernet
