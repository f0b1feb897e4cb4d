#pragma once

#include "app/services/ReviewTypes.h"

#include <QWidget>

namespace burgernet {

// One action's delivery per channel as curves: the share of the alert's recipients reached
// against the minutes since its first message, one line per channel, with a cursor at the
// replay's moment.
class DeliveryCurves : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryCurves(QWidget* parent = nullptr);

    void setReport(const ActionReport& report);
    // The replay's moment, in minutes after the alert (< 0: no cursor).
    void setCursorMinutes(double minutes);
    int curveCount() const { return int(m_curves.size()); }

    QSize sizeHint() const override { return {420, 200}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

    static QColor channelColour(int index);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Curve
    {
        QString channel;
        qint64 recipients = 0;
        QList<DeliveryPoint> points;
    };
    QList<Curve> m_curves;
    qint64 m_lastMinute = 1;
    double m_cursor = -1;
};

} // namespace burgernet
