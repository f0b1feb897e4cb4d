#pragma once

#include "app/geo/GeoArea.h"
#include "app/training/Scenario.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace burgernet {

// The trainer's picture of an exercise: the true path (hidden from the trainee), where the
// person is now, the trainee's area and the tips that came in, on a plain local projection.
class TruePathView : public QWidget
{
    Q_OBJECT

public:
    explicit TruePathView(QWidget* parent = nullptr);

    void setScenario(const Scenario* scenario);
    void setMinute(double minute);
    void setArea(const std::optional<GeoArea>& area);
    void addTip(const QGeoCoordinate& at);
    void clear();
    int tipCount() const { return int(m_tips.size()); }

    QSize sizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const Scenario* m_scenario = nullptr;
    double m_minute = 0;
    std::optional<GeoArea> m_area;
    QList<QGeoCoordinate> m_tips;
};

} // namespace burgernet
