#pragma once

#include "app/core/Participant.h"
#include "app/storage/ParticipantRepository.h"

#include <QAbstractTableModel>
#include <QThread>

#include <optional>
#include <vector>

namespace burgernet {

class Database;
class ParticipantListLoader;
struct ParticipantListAnswer;

// The participant register as a list, read lazily in pages as the view scrolls (canFetchMore/
// fetchMore), sorted and searched by the database. Read-only. Phone numbers and e-mail
// addresses are shown masked: the list is for finding someone, the details dialog (audited)
// for reading their contact data. Counting and paging run on a worker thread with its own
// connection (a search scans the table); answers to a superseded request are dropped.
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
    static constexpr int PageSize = 500;
    // A search matching more than this shows "more than N" instead of a count that takes seconds.
    static constexpr qint64 SearchCountLimit = 50'000;

    explicit ParticipantTableModel(Database& db, QObject* parent = nullptr);
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
    bool isLoading() const { return m_pending; }

    const ParticipantRow* rowAt(const QModelIndex& index) const;
    QModelIndex indexOfId(qint64 id, int column = Pseudonym) const; // among the rows loaded so far
    ParticipantRepository& repository() { return m_repository; }

    // "+31 6 •••• 5678": country code, first digit and last four; never the whole number.
    static QString maskedPhone(const QString& e164);
    // "j•••@example.org"
    static QString maskedEmail(const QString& email);
    static QString statusText(Participant::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 count, bool exact);
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);

private:
    void reload(bool recount = true, bool forgetSnapshots = false);
    void send(bool recount, bool forgetSnapshots, int limit);
    void answered(const ParticipantListAnswer& answer);
    void setPending(bool pending);
    void fail(const QString& message);

    ParticipantRepository m_repository;
    ParticipantQuery m_query;
    int m_sortColumn = Name;
    std::vector<ParticipantRow> m_rows;
    qint64 m_count = 0;
    bool m_countExact = true;
    bool m_atEnd = true;
    QString m_error;
    QThread m_thread;
    ParticipantListLoader* m_loader = nullptr; // lives on m_thread
    quint64 m_generation = 0;
    int m_requestedLimit = 0;
    bool m_pending = false;
};

} // namespace burgernet
