#pragma once

#include "app/services/ReplayTypes.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace burgernet {

class Clock;
class MapCanvas;
class ReplayLayer;

// The replay of one action on a map of its own: a time slider from the action's creation to the
// last thing that happened, and a play button at 1×, 10× or 60×. Playing moves the replay by
// the time the clock says has passed, times the speed; the timer only asks it to look, so a
// test drives it with a fake clock.
class ReplayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayPanel(QWidget* parent = nullptr);

    void setClock(const Clock& clock) { m_clock = &clock; }
    // Starts at the beginning, the map fitted to the action's areas and tips.
    void setData(ReplayData data);
    const ReplayData& data() const { return m_data; }

    void setTime(const QDateTime& time);
    QDateTime time() const { return m_time; }
    void play();
    void pause();
    bool isPlaying() const { return m_playing; }
    void setSpeed(int factor); // 1, 10 or 60
    int speed() const { return m_speed; }
    // Moves a playing replay on by the clock's elapsed time × speed; stops at the end.
    void advance();

    // What the map shows now.
    int areaVersion() const; // 1 for the alert's area, 2 after the first growth; 0: none yet
    int tipsShown() const;
    qint64 deliveredShown() const;
    bool closingShown() const;

    MapCanvas* canvas() const { return m_canvas; }
    QSlider* slider() const { return m_slider; }
    QPushButton* playButton() const { return m_play; }
    QComboBox* speedBox() const { return m_speedBox; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void timeChanged(const QDateTime& time);
    void finished();

private:
    void showTime();

    const Clock* m_clock;
    ReplayData m_data;
    QDateTime m_time;
    bool m_playing = false;
    int m_speed = 10;
    qint64 m_lastTickMs = 0;
    double m_carryMs = 0;
    MapCanvas* m_canvas = nullptr;
    ReplayLayer* m_layer = nullptr;
    QSlider* m_slider = nullptr;
    QPushButton* m_play = nullptr;
    QComboBox* m_speedBox = nullptr;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace burgernet
