#pragma once

#include "app/core/Participant.h"
#include "app/services/ParticipantListService.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <vector>

namespace burgernet {

class AuditService;
class Database;

// The participant register as a list, sorted and searched by the database. Its rows are all
// there from the count on, so the scroll bar spans the whole register; a row's page is read
// when the view first shows it, and only the pages shown last are kept (memory stays bounded
// at 1.25 M rows). Read-only. Phone numbers and e-mail addresses are shown masked: the list is
// for finding someone, the details dialog (audited) for reading their contact data. Counting
// and paging run in ParticipantListService, on a worker thread with its own connection.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Pseudonym,
        ExternalId,
        Name,
        Status,
        Postcode,
        Place,
        Mobile,
        Email,
        ColumnCount
    };
    static constexpr int PageSize = ParticipantListService::PageSize;
    // Pages kept in memory: a few screens around the view, whatever the register's size.
    static constexpr int MaxPages = 12;
    // A search matching more than this shows "more than N" instead of a count that takes seconds.
    static constexpr qint64 SearchCountLimit = 50'000;

    ParticipantTableModel(Database& db, AuditService& audit, QObject* parent = nullptr);
    ~ParticipantTableModel() override;

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    // nullopt: the whole register; otherwise only these register ids (the drawn area).
    void setAreaFilter(std::optional<std::vector<qint64>> ids);
    bool hasAreaFilter() const { return m_query.areaIds.has_value(); }
    // Reads again from the start (after the register changed).
    void refresh();

    const ParticipantQuery& query() const { return m_query; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }
    static bool isSortable(int column);

    // How many participants match; with countIsExact() false, more than this many.
    qint64 matchCount() const { return m_count; }
    bool countIsExact() const { return m_countExact; }
    QString lastError() const { return m_error; }
    // A count or page is on its way from the worker.
    bool isLoading() const { return m_opening || m_inFlight >= 0; }

    // Null while the row's page has not arrived (asking starts reading it).
    const ParticipantRow* rowAt(const QModelIndex& index) const;
    QModelIndex indexOfId(qint64 id, int column = Pseudonym) const; // among the pages in memory
    // Reads the pages of these rows, as showing them would.
    void prefetch(int firstRow, int lastRow);
    int pagesInMemory() const { return static_cast<int>(m_pages.size()); }

    static QString statusText(Participant::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 count, bool exact);
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);

private:
    struct Page
    {
        std::vector<ParticipantRow> rows;
        quint64 used = 0; // when it was last shown
    };

    void reload(bool forgetSnapshots = false);
    void counted(qint64 count);
    void pageArrived(qint64 page, const std::vector<ParticipantRow>& rows);
    void want(qint64 page) const;
    void fetchNext() const;
    void notifyLoading(bool wasLoading);
    void fail(const QString& message);

    ParticipantListService m_list;
    ParticipantQuery m_query;
    int m_sortColumn = Name;
    int m_rows = 0; // rows in the list (a broad search: the first SearchCountLimit)
    qint64 m_count = 0;
    bool m_countExact = true;
    QString m_error;
    bool m_opening = false;
    // Reading happens on demand from data(), which is const.
    mutable std::map<qint64, Page> m_pages;
    mutable std::vector<qint64> m_wanted; // pages shown but missing, the newest last
    mutable qint64 m_inFlight = -1;       // the page asked of the worker (one at a time)
    mutable quint64 m_uses = 0;
};

} // namespace burgernet
