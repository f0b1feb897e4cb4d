#pragma once

#include "app/services/ReviewTypes.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace burgernet {

class DeliveryCurves;
class ReplayPanel;
class ReviewService;

// One action's report in a window of its own: its figures and its timeline merged from the
// register, the outbox, the tips and the audit log; the delivery per channel as curves; and the
// replay on the map. Reading the replay goes through ReviewService, which checks the permission
// and records it.
class ActionReportWindow : public QWidget
{
    Q_OBJECT
public:
    ActionReportWindow(ReviewService& review, QWidget* parent = nullptr);

    // Shows this report and reads its replay; false (with the reason shown) when it cannot.
    bool showReport(const ActionReport& report);
    qint64 actionId() const { return m_report.row.id; }
    const ActionReport& report() const { return m_report; }

    QTextBrowser* reportView() const { return m_text; }
    DeliveryCurves* curves() const { return m_curves; }
    ReplayPanel* replay() const { return m_replay; }
    QLabel* messageLabel() const { return m_message; }

private:
    ReviewService& m_review;
    ActionReport m_report;
    QLabel* m_message = nullptr;
    QTextBrowser* m_text = nullptr;
    DeliveryCurves* m_curves = nullptr;
    ReplayPanel* m_replay = nullptr;
};

} // namespace burgernet
