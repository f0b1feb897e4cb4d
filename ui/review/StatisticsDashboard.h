#pragma once

#include "app/services/ReviewTypes.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace burgernet {

class ReviewService;

// The statistics of a period as charts (Qt Charts): actions per week or month by type,
// success by type, area size, hour and weekday against the programme's published figures, the
// delays to the first tip and the closing message, delivery per channel, reach and message
// fatigue. The figures are ReviewService's, the same `burgernetctl report stats` prints; each
// read is recorded there. Training results only when asked for, and then purple throughout.
class StatisticsDashboard : public QWidget
{
    Q_OBJECT
public:
    // Asks where to write an export; empty: cancelled. Tests replace it.
    using FileChooser = std::function<QString(const QString& suggestedName)>;

    StatisticsDashboard(ReviewService& review, Mode sessionMode, QWidget* parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Takes over the period, type, workstation and mode of a filter (the review dock's).
    void setFilter(const ReviewFilter& filter);
    ReviewFilter filter() const;

    // Reads the period's figures and draws them again; false (the reason shown) when refused.
    bool refresh();
    // Writes the period's PDF report; the file, or empty when cancelled or refused.
    QString exportPdf();

    const ReviewStats& stats() const { return m_stats; }
    // A chart by its name: perPeriod, successType, successSize, successHour, successWeekday,
    // firstTip, closing, delivery, t90, reached, fatigue.
    QChart* chart(const QString& name) const;
    QStringList chartNames() const { return m_views.keys(); }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QCheckBox* trainingBox() const { return m_training; }
    QComboBox* periodBox() const { return m_period; }

private:
    void build();
    QChartView* addView(QWidget* page, const QString& name, int row, int column, int columns = 1);
    void draw();
    void showMessage(const QString& text);

    ReviewService& m_review;
    Mode m_sessionMode;
    FileChooser m_chooseFile;
    ReviewStats m_stats;
    Mode m_shownMode = Mode::Live;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_workstation = nullptr;
    QComboBox* m_period = nullptr;
    QCheckBox* m_training = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QMap<QString, QChartView*> m_views;
};

} // namespace burgernet
