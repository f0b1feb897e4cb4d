#pragma once

#include "app/geo/GeoArea.h"
#include "app/geo/ParticipantIndex.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace burgernet {

// Asks the dispatcher about a repair that changed the area by more than 1 %: the repaired
// outline (every part), its participant count and what was done. Accept uses the repaired area;
// "Go on editing" returns to the drawing.
class RepairConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    RepairConfirmDialog(const GeoArea& repaired, const SelectionCount& count, const QString& text,
                        QWidget* parent = nullptr);

    static bool ask(QWidget* parent, const GeoArea& repaired, const SelectionCount& count,
                    const QString& text);

    QString countText() const;
    QPushButton* useButton() const { return m_use; }
    QPushButton* editButton() const { return m_edit; }

private:
    QLabel* m_count = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_edit = nullptr;
};

// The outline of an area fitted into the widget, each part filled: a picture, not a map.
class AreaOutlineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AreaOutlineWidget(GeoArea area, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    GeoArea m_area;
};

} // namespace burgernet
