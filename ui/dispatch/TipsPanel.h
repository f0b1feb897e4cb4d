#pragma once

#include "app/dispatch/Tip.h"

#include <QGeoCoordinate>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace burgernet {

class Clock;
class TipService;
class TipTableModel;

// The Tips tab of the Actions dock: the selected action's tips, and one form to log a new tip
// or correct the selected one (time, default now on the session's clock; place typed or
// clicked on the map; source; text, with the personal-data warning as it is typed; rating).
// Useful / not useful rate the selected tip with one click. Errors and warnings show in the
// tab itself, next to the form, not in the status bar.
class TipsPanel : public QWidget
{
    Q_OBJECT
public:
    TipsPanel(TipService& tips, const Clock& clock, QWidget* parent = nullptr);

    // `open`: tips can still come in (not a draft, not closed or cancelled).
    void setAction(qint64 actionId, bool open);
    qint64 actionId() const { return m_actionId; }
    TipTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString statusText() const;
    QString warningText() const;
    // Selects the tip and loads it into the form.
    void selectTip(qint64 tipId);

public Q_SLOTS:
    void reload();
    // Clears the form for a new tip, at the clock's now.
    void startNew();
    void setPickedPlace(const QGeoCoordinate& coordinate);
    void save();

Q_SIGNALS:
    // The form asks for a click on the map.
    void pickPlaceRequested();

private:
    void loadSelected();
    void checkText();
    void rateSelected(TipRating rating);
    void showStatus(const QString& text, bool error);
    void updateEnabled();

    TipService& m_tips;
    const Clock& m_clock;
    qint64 m_actionId = 0;
    bool m_open = false;
    qint64 m_editing = 0; // the tip in the form; 0: a new one
    TipTableModel* m_model;
    QTableView* m_table;
    QDateTimeEdit* m_time;
    QLineEdit* m_place;
    QPushButton* m_pick;
    QComboBox* m_source;
    QPlainTextEdit* m_text;
    QLabel* m_warnings;
    QComboBox* m_rating;
    QPushButton* m_save;
    QPushButton* m_new;
    QPushButton* m_useful;
    QPushButton* m_notUseful;
    QLabel* m_status;
};

} // namespace burgernet
