#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace burgernet {

class DeliveryFailures;

// The Actions dock's Failures tab: who did not get the action's messages, per channel, by
// pseudonym with the masked address and the gateway's reason, and what the app platform said it
// reached. Read when the tab is looked at (each look is recorded), not on every selection.
class FailuresPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { ChannelColumn, Pseudonym, Address, Reason, When, ColumnCount };

    explicit FailuresPanel(DeliveryFailures& failures, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString reachText() const;

public Q_SLOTS:
    void setAction(qint64 actionId);
    // Reads the list again (the tab came into view, or "Refresh").
    void reload();

private:
    DeliveryFailures& m_failures;
    qint64 m_actionId = 0;
    QLabel* m_summary;
    QLabel* m_reach;
    QTableWidget* m_table;
    QPushButton* m_refresh;
};

} // namespace burgernet
