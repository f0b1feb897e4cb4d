#pragma once

#include "app/audit/AuditQuery.h"
#include "app/audit/AuditRecord.h"

#include <QAbstractTableModel>
#include <QColor>

#include <map>
#include <vector>

namespace burgernet {

// The audit log for review, newest first, read in pages on demand: a log of a million records
// opens at once and the scroll bar spans all of it from the count on; a row's page is read when
// the view first shows it, and only the pages shown last are kept, so that scrolling to the end
// keeps memory bounded (a few pages and one number per page). The list holds on to the records
// there were when its filter was set. Read-only: the log is append-only and nothing here may
// change it.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Seq,
        Time,
        Actor,
        Role,
        Action,
        ObjectType,
        ObjectId,
        Result,
        Details,
        ColumnCount
    };
    static constexpr int PageSize = 500;
    // Pages kept in memory: a few screens around the view, whatever the log's size.
    static constexpr int MaxPages = 12;

    // `query` may be null (the log could not be opened): the model is then empty.
    explicit AuditTableModel(const AuditQuery* query, QObject* parent = nullptr);

    // Starts again from the newest record that matches, and counts them.
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void refresh() { setFilter(m_filter); }

    const AuditRecord* recordAt(const QModelIndex& index) const;
    QModelIndex indexOfSeq(qint64 seq, int column = Seq) const; // among the pages in memory
    QString lastError() const { return m_error; }
    int pagesInMemory() const { return static_cast<int>(m_pages.size()); }
    qint64 pageMarksKnown() const { return static_cast<qint64>(m_marks.size()); }

    // "2026-11-27 15:00:01 +01:00": the workstation's local time at that moment, with its offset,
    // so that records from both sides of a daylight-saving change read unambiguously.
    static QString localTimeText(const AuditRecord& record);
    static QString resultText(const QString& resultId);
    static QColor resultColor(const QString& resultId); // invalid for "ok"
    // The Burgernet action a record belongs to: its object, or the action_id in its details.
    static QString actionIdOf(const AuditRecord& record);
    // Every field, the details pretty-printed and the hashes in hex, for the detail pane.
    static QString describe(const AuditRecord& record);
    // One line of an action's timeline.
    static QString timelineLine(const AuditRecord& record);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    struct Page
    {
        std::vector<AuditRecord> records;
        quint64 used = 0; // when it was last shown
    };
    // The page, read when missing; null when it cannot be read.
    const Page* page(qint64 number) const;
    void fail(const QString& message) const;

    const AuditQuery* m_query;
    AuditFilter m_filter;   // as the user set it (exports and timelines read it)
    AuditFilter m_snapshot; // the same, up to the newest record when it was set
    int m_rows = 0;
    // Reading happens on demand from data(), which is const.
    mutable std::vector<qint64> m_marks; // m_marks[k]: page k holds records below this number
    mutable std::map<qint64, Page> m_pages;
    mutable quint64 m_uses = 0;
    mutable QString m_error;
};

} // namespace burgernet
