#include "ui/participants/ParticipantTableModel.h"

#include "app/storage/Database.h"
#include "ui/participants/ParticipantListLoader.h"

#include <algorithm>

namespace burgernet {

namespace {

const QString kDots = QStringLiteral("\u2022\u2022\u2022\u2022");

// E.164 country codes have one to three digits; these are the one- and two-digit ones.
int countryCodeLength(const QString& digits)
{
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        return 1;
    static const QStringList twoDigits =
        QStringLiteral(
            "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 "
            "62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98")
            .split(u' ');
    return twoDigits.contains(digits.left(2)) ? 2 : 3;
}

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

ParticipantTableModel::ParticipantTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(db)
{
    qRegisterMetaType<ParticipantListRequest>();
    qRegisterMetaType<ParticipantListAnswer>();
    m_thread.setObjectName(QStringLiteral("participant-list"));
    m_loader = new ParticipantListLoader(db.spec());
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &ParticipantListLoader::answered, this, &ParticipantTableModel::answered);
    m_thread.start();
    reload();
}

ParticipantTableModel::~ParticipantTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

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
    reload(true, true);
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
    // The same participants: no need to count 1.25 M again (0.15 s on PostgreSQL).
    reload(!m_error.isEmpty() || m_pending);
}

void ParticipantTableModel::reload(bool recount, bool forgetSnapshots)
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_error.clear();
    m_atEnd = true;
    endResetModel();
    // Without a recount the count is known: ask for no more rows than there are.
    const int limit =
        recount ? PageSize
                : static_cast<int>(std::min<qint64>(PageSize, m_countExact ? m_count : PageSize));
    if (!recount && m_count == 0) {
        ++m_generation; // nothing to show; drop whatever is still on its way
        setPending(false);
        return;
    }
    send(recount, forgetSnapshots, limit);
}

void ParticipantTableModel::send(bool recount, bool forgetSnapshots, int limit)
{
    ParticipantListRequest request;
    request.generation = ++m_generation;
    request.query = m_query;
    request.recount = recount;
    request.forgetSnapshots = forgetSnapshots;
    if (!recount && !m_rows.empty())
        request.after = m_rows.back().key;
    request.limit = limit;
    request.countLimit = SearchCountLimit;
    m_requestedLimit = limit;
    setPending(true);
    QMetaObject::invokeMethod(m_loader, "handle", Qt::QueuedConnection,
                              Q_ARG(burgernet::ParticipantListRequest, request));
}

void ParticipantTableModel::answered(const ParticipantListAnswer& answer)
{
    if (answer.generation != m_generation)
        return; // superseded by a newer search, order or filter
    // Still pending while the rows go in: a view or tester asking for more from inside
    // rowsAboutToBeInserted would otherwise ask for this page again.
    if (answer.count) {
        const bool searching = !m_query.search.isEmpty();
        m_count = searching ? std::min(*answer.count, SearchCountLimit) : *answer.count;
        m_countExact = !searching || *answer.count <= SearchCountLimit;
        Q_EMIT countChanged(m_count, m_countExact);
    }
    if (!answer.error.isEmpty()) {
        if (answer.count.has_value() || m_rows.empty()) {
            m_count = 0;
            m_countExact = true;
        }
        setPending(false);
        fail(answer.error);
        return;
    }
    const qint64 loaded = static_cast<qint64>(m_rows.size());
    const qint64 received = static_cast<qint64>(answer.rows.size());
    m_atEnd = !answer.requestedRows || received < m_requestedLimit ||
              (m_countExact && loaded + received >= m_count);
    if (!answer.rows.empty()) {
        beginInsertRows({}, static_cast<int>(loaded), static_cast<int>(loaded + received) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(answer.rows.begin()),
                      std::make_move_iterator(answer.rows.end()));
        endInsertRows();
    }
    setPending(false);
}

void ParticipantTableModel::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT loadingChanged(pending);
}

void ParticipantTableModel::fail(const QString& message)
{
    // Stop asking: a view would otherwise retry on every scroll.
    m_atEnd = true;
    m_error = message;
    Q_EMIT loadFailed(message);
}

const ParticipantRow* ParticipantTableModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_rows[static_cast<size_t>(index.row())];
}

QModelIndex ParticipantTableModel::indexOfId(qint64 id, int column) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [id](const ParticipantRow& r) { return r.id == id; });
    return it == m_rows.end() ? QModelIndex()
                              : index(static_cast<int>(it - m_rows.begin()), column);
}

QString ParticipantTableModel::maskedPhone(const QString& number)
{
    QString digits;
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return {};
    const int cc = number.trimmed().startsWith(u'+') ? countryCodeLength(digits) : 0;
    const QString country = cc ? u'+' + digits.left(cc) + u' ' : QString();
    const QString national = digits.mid(cc);
    // Short numbers show less, so that at least half of every number stays hidden.
    if (national.size() < 9)
        return country + kDots + u' ' + national.right(national.size() / 4);
    return country + national.left(1) + u' ' + kDots + u' ' + national.right(4);
}

QString ParticipantTableModel::maskedEmail(const QString& email)
{
    if (email.isEmpty())
        return {};
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0)
        return kDots;
    return email.left(1) + kDots.left(3) + email.mid(at);
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
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const
{
    const ParticipantRow* r = rowAt(index);
    if (!r || role != Qt::DisplayRole)
        return {};
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
        return maskedPhone(r->mobile.isEmpty() ? r->phone : r->mobile);
    case Email:
        return maskedEmail(r->email);
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

bool ParticipantTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_pending;
}

void ParticipantTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 loaded = static_cast<qint64>(m_rows.size());
    // With an exact count the last page asks for just the rest: a walk along the sort index
    // would otherwise go on to its end looking for rows that are not there.
    const int limit =
        m_countExact ? static_cast<int>(std::min<qint64>(PageSize, m_count - loaded)) : PageSize;
    send(false, false, limit);
}

} // namespace burgernet
