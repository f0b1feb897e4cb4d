#pragma once

#include "app/services/ReviewTypes.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace burgernet {

class ActionReportWindow;
class ReviewService;
class ReviewTableModel;
class StatisticsDashboard;

// The supervisors' review: the actions of a period with their figures, filtered by type,
// outcome, kind and dispatcher, one action's report, and the overview as CSV. Training results
// only when asked for (in a live session), and then purple. Everything goes through
// ReviewService, which checks the permission and records each read.
class ReviewDock : public QWidget
{
    Q_OBJECT
public:
    // Asks where to write an export; empty: cancelled. Tests replace it.
    using FileChooser = std::function<QString(const QString& suggestedName)>;
    // The same for PDF exports.
    using PdfChooser = std::function<QString(const QString& suggestedName)>;

    ReviewDock(ReviewService& review, Mode sessionMode, QWidget* parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setPdfChooser(PdfChooser chooser) { m_choosePdf = std::move(chooser); }

    ReviewFilter filter() const;
    // Reads the overview and the period's figures again with the filter's current values.
    void refresh();
    // Shows one action's report; false (with the reason shown) when it cannot be read.
    bool openReport(qint64 actionId);
    // Writes the overview as CSV; the number of rows, or -1.
    qint64 exportCsv();
    // Writes the selected action's report as PDF; the file, or empty.
    QString exportActionPdf();
    // Opens the statistics dashboard (a window of its own) on the dock's filter.
    StatisticsDashboard* openStatistics();

    ReviewTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* reportView() const { return m_report; }
    QLabel* figuresLabel() const { return m_figures; }
    QLabel* messageLabel() const { return m_message; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QCheckBox* trainingBox() const { return m_training; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    // The window of the report opened last (null before the first).
    ActionReportWindow* reportWindow() const { return m_reportWindow; }
    QLineEdit* workstationEdit() const { return m_workstation; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void showMessage(const QString& text);

    ReviewService& m_review;
    Mode m_sessionMode;
    FileChooser m_chooseFile;
    PdfChooser m_choosePdf;
    ReviewTableModel* m_model = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_dispatcher = nullptr;
    QLineEdit* m_workstation = nullptr;
    QCheckBox* m_training = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_statistics = nullptr;
    QPushButton* m_actionPdf = nullptr;
    StatisticsDashboard* m_dashboard = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_message = nullptr;
    QTextBrowser* m_report = nullptr;
    bool m_readOnce = false;
    ActionReportWindow* m_reportWindow = nullptr;
};

} // namespace burgernet
