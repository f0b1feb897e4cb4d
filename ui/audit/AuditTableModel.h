#pragma once

#include "app/audit/AuditQuery.h"
#include "app/audit/AuditRecord.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace burgernet {

// The audit log for review, newest first, read lazily in pages: a log of a million records
// must open at once, so the view asks for more (canFetchMore/fetchMore) as it scrolls.
// Read-only: the log is append-only and nothing here may change it.
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

    // `query` may be null (the log could not be opened): the model is then empty.
    explicit AuditTableModel(const AuditQuery* query, QObject* parent = nullptr);

    // Starts again from the newest record that matches.
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void refresh() { setFilter(m_filter); }

    const AuditRecord* recordAt(const QModelIndex& index) const;
    QModelIndex indexOfSeq(qint64 seq, int column = Seq) const; // among the rows loaded so far
    QString lastError() const { return m_error; }

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
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    const AuditQuery* m_query;
    AuditFilter m_filter;
    std::vector<AuditRecord> m_records;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace burgernet
