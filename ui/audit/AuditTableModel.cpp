#include "ui/audit/AuditTableModel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace burgernet {

namespace {
// Marks found per walk when a page far below is asked for: a second's walk at most.
constexpr qint64 kWalkRows = 400'000;
} // namespace

AuditTableModel::AuditTableModel(const AuditQuery* query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
{}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows = 0;
    m_marks.clear();
    m_pages.clear();
    m_error.clear();
    if (m_query) {
        auto newest = m_query->newestSeq();
        m_snapshot = m_filter;
        if (newest)
            m_snapshot.untilSeq = *newest;
        auto count =
            newest ? m_query->count(m_snapshot) : burgernet::Result<qint64>(newest.error());
        if (count) {
            m_rows = static_cast<int>(std::min<qint64>(*count, std::numeric_limits<int>::max()));
            m_marks.push_back(m_snapshot.untilSeq + 1);
        } else {
            m_error = count.errorMessage();
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

void AuditTableModel::fail(const QString& message) const
{
    if (message == m_error)
        return;
    m_error = message;
    // Not from inside data(): the view may be painting.
    auto* self = const_cast<AuditTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
}

const AuditTableModel::Page* AuditTableModel::page(qint64 number) const
{
    if (auto it = m_pages.find(number); it != m_pages.end()) {
        it->second.used = ++m_uses;
        return &it->second;
    }
    if (!m_query || m_marks.empty())
        return nullptr;
    // Walk to the page's mark first: one number per page, from the last one known.
    while (static_cast<qint64>(m_marks.size()) <= number) {
        const qint64 missing = (number + 1 - static_cast<qint64>(m_marks.size())) * PageSize;
        auto marks = m_query->pageMarks(m_snapshot, m_marks.back(), PageSize,
                                        std::max(missing, std::min(kWalkRows, missing * 2)));
        if (!marks) {
            fail(marks.errorMessage());
            return nullptr;
        }
        if (marks->empty())
            return nullptr; // fewer records than counted (cannot happen below the snapshot)
        m_marks.insert(m_marks.end(), marks->begin(), marks->end());
    }
    auto records = m_query->page(m_snapshot, m_marks[static_cast<size_t>(number)], PageSize);
    if (!records) {
        fail(records.errorMessage());
        return nullptr;
    }
    if (records->size() == static_cast<size_t>(PageSize) &&
        static_cast<qint64>(m_marks.size()) == number + 1)
        m_marks.push_back(records->back().seq);
    Page& added = m_pages[number];
    added.records = std::move(records).value();
    added.used = ++m_uses;
    // The pages shown longest ago go; the view asks again if it scrolls back to them.
    while (static_cast<int>(m_pages.size()) > MaxPages) {
        auto oldest =
            std::min_element(m_pages.begin(), m_pages.end(), [](const auto& a, const auto& b) {
                return a.second.used < b.second.used;
            });
        m_pages.erase(oldest);
    }
    return &m_pages.at(number);
}

const AuditRecord* AuditTableModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const Page* p = page(index.row() / PageSize);
    const auto offset = static_cast<size_t>(index.row() % PageSize);
    if (!p || offset >= p->records.size())
        return nullptr;
    return &p->records[offset];
}

QModelIndex AuditTableModel::indexOfSeq(qint64 seq, int column) const
{
    for (const auto& [number, loaded] : m_pages) {
        // Records are in descending seq order: a binary search.
        auto it = std::lower_bound(loaded.records.begin(), loaded.records.end(), seq,
                                   [](const AuditRecord& r, qint64 s) { return r.seq > s; });
        if (it != loaded.records.end() && it->seq == seq)
            return index(static_cast<int>(number * PageSize + (it - loaded.records.begin())),
                         column);
    }
    return {};
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
    return parent.isValid() ? 0 : m_rows;
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

} // namespace burgernet
