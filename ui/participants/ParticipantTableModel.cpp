#include "ui/participants/ParticipantTableModel.h"

#include "app/register/ContactMask.h"

#include <algorithm>

namespace burgernet {

namespace {

ParticipantQuery::SortColumn sortColumnFor(int column)
{
    switch (column) {
    case ParticipantTableModel::Pseudonym:
        return ParticipantQuery::SortColumn::Pseudonym;
    case ParticipantTableModel::ExternalId:
        return ParticipantQuery::SortColumn::ExternalId;
    case ParticipantTableModel::Status:
        return ParticipantQuery::SortColumn::Status;
    case ParticipantTableModel::Postcode:
        return ParticipantQuery::SortColumn::Postcode;
    case ParticipantTableModel::Place:
        return ParticipantQuery::SortColumn::Place;
    default:
        return ParticipantQuery::SortColumn::Name;
    }
}

} // namespace

ParticipantTableModel::ParticipantTableModel(Database& db, AuditService& audit, QObject* parent)
    : QAbstractTableModel(parent)
    , m_list(db, audit)
{
    connect(&m_list, &ParticipantListService::counted, this, &ParticipantTableModel::counted);
    connect(&m_list, &ParticipantListService::pageArrived, this,
            &ParticipantTableModel::pageArrived);
    connect(&m_list, &ParticipantListService::failed, this, [this](const QString& message) {
        const bool wasLoading = isLoading();
        m_opening = false;
        m_inFlight = -1;
        m_wanted.clear();
        fail(message);
        notifyLoading(wasLoading);
    });
    reload();
}

ParticipantTableModel::~ParticipantTableModel() = default;

void ParticipantTableModel::setSearch(const QString& text)
{
    m_query.search = text.simplified();
    reload();
}

void ParticipantTableModel::setAreaFilter(std::optional<std::vector<qint64>> ids)
{
    m_query.areaIds = std::move(ids);
    reload();
}

void ParticipantTableModel::refresh()
{
    reload(true);
}

bool ParticipantTableModel::isSortable(int column)
{
    // Phone and e-mail are masked: an order by what cannot be read would leak it.
    return column >= Pseudonym && column <= Place;
}

void ParticipantTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_query.order))
        return;
    m_sortColumn = column;
    m_query.sortColumn = sortColumnFor(column);
    m_query.order = order;
    reload();
}

void ParticipantTableModel::reload(bool forgetSnapshots)
{
    const bool wasLoading = isLoading();
    beginResetModel();
    m_pages.clear();
    m_wanted.clear();
    m_inFlight = -1;
    m_rows = 0;
    m_error.clear();
    endResetModel();
    m_opening = true;
    if (auto opened = m_list.open(m_query, SearchCountLimit, forgetSnapshots); !opened) {
        m_opening = false;
        m_count = 0;
        m_countExact = true;
        fail(opened.errorMessage());
    }
    notifyLoading(wasLoading);
}

void ParticipantTableModel::counted(qint64 count)
{
    const bool wasLoading = isLoading();
    m_opening = false;
    const bool searching = !m_query.search.isEmpty();
    m_count = searching ? std::min(count, SearchCountLimit) : count;
    m_countExact = !searching || count <= SearchCountLimit;
    Q_EMIT countChanged(m_count, m_countExact);
    if (m_count > 0) {
        beginInsertRows({}, 0, static_cast<int>(m_count) - 1);
        m_rows = static_cast<int>(m_count);
        endInsertRows();
    }
    notifyLoading(wasLoading);
}

void ParticipantTableModel::pageArrived(qint64 page, const std::vector<ParticipantRow>& rows)
{
    const bool wasLoading = isLoading();
    if (page == m_inFlight)
        m_inFlight = -1;
    const qint64 first = page * PageSize;
    if (!rows.empty() && first < m_rows) {
        m_pages[page] = Page{rows, ++m_uses};
        // The pages shown longest ago go; the view asks again if it scrolls back to them.
        while (static_cast<int>(m_pages.size()) > MaxPages) {
            auto oldest =
                std::min_element(m_pages.begin(), m_pages.end(), [](const auto& a, const auto& b) {
                    return a.second.used < b.second.used;
                });
            m_pages.erase(oldest);
        }
        const int last = static_cast<int>(std::min<qint64>(first + rows.size(), m_rows)) - 1;
        Q_EMIT dataChanged(index(static_cast<int>(first), 0), index(last, ColumnCount - 1));
    }
    fetchNext();
    notifyLoading(wasLoading);
}

void ParticipantTableModel::want(qint64 page) const
{
    if (page == m_inFlight)
        return;
    std::erase(m_wanted, page);
    m_wanted.push_back(page);
    // Scrolling fast past a thousand pages: only the last few shown are still worth reading.
    constexpr size_t kKeep = 4;
    if (m_wanted.size() > kKeep)
        m_wanted.erase(m_wanted.begin(), m_wanted.end() - kKeep);
    fetchNext();
}

void ParticipantTableModel::fetchNext() const
{
    if (m_inFlight >= 0 || m_opening)
        return;
    while (!m_wanted.empty()) {
        const qint64 page = m_wanted.back();
        m_wanted.pop_back();
        if (m_pages.count(page) || page * PageSize >= m_rows)
            continue;
        m_inFlight = page;
        // Non-const only in its effect on the worker; the model changes when the page arrives.
        const_cast<ParticipantListService&>(m_list).fetch(page);
        return;
    }
}

void ParticipantTableModel::prefetch(int firstRow, int lastRow)
{
    const bool wasLoading = isLoading();
    for (qint64 page = std::max(firstRow, 0) / PageSize;
         page <= std::min(lastRow, m_rows - 1) / PageSize; ++page) {
        if (auto it = m_pages.find(page); it != m_pages.end())
            it->second.used = ++m_uses;
        else
            want(page);
    }
    notifyLoading(wasLoading);
}

void ParticipantTableModel::notifyLoading(bool wasLoading)
{
    if (isLoading() != wasLoading)
        Q_EMIT loadingChanged(isLoading());
}

void ParticipantTableModel::fail(const QString& message)
{
    m_error = message;
    Q_EMIT loadFailed(message);
}

const ParticipantRow* ParticipantTableModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const qint64 page = index.row() / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        want(page);
        return nullptr;
    }
    it->second.used = ++m_uses;
    const size_t offset = static_cast<size_t>(index.row() % PageSize);
    return offset < it->second.rows.size() ? &it->second.rows[offset] : nullptr;
}

QModelIndex ParticipantTableModel::indexOfId(qint64 id, int column) const
{
    for (const auto& [page, loaded] : m_pages) {
        const auto it = std::find_if(loaded.rows.begin(), loaded.rows.end(),
                                     [id](const ParticipantRow& r) { return r.id == id; });
        if (it != loaded.rows.end())
            return index(static_cast<int>(page * PageSize + (it - loaded.rows.begin())), column);
    }
    return {};
}

QString ParticipantTableModel::statusText(Participant::Status status)
{
    switch (status) {
    case Participant::Status::Active:
        return tr("Active");
    case Participant::Status::Paused:
        return tr("Paused");
    case Participant::Status::Unsubscribed:
        return tr("Unsubscribed");
    }
    return {};
}

int ParticipantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ParticipantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const ParticipantRow* r = rowAt(index);
    if (!r)
        return index.column() == Name ? QStringLiteral("\u2026") : QVariant();
    switch (index.column()) {
    case Pseudonym:
        return r->pseudonym;
    case ExternalId:
        return r->externalId;
    case Name:
        return r->name;
    case Status:
        return statusText(r->status);
    case Postcode:
        return r->postcode;
    case Place:
        return r->place;
    case Mobile:
        return ContactMask::phone(r->mobile.isEmpty() ? r->phone : r->mobile);
    case Email:
        return ContactMask::email(r->email);
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pseudonym:
        return tr("Pseudonym");
    case ExternalId:
        return tr("Registration no.");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Postcode:
        return tr("Postcode");
    case Place:
        return tr("Place");
    case Mobile:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    }
    return {};
}

} // namespace burgernet
