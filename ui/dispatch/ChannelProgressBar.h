#pragma once

#include "app/services/DispatchProgress.h"

#include <QColor>
#include <QWidget>

namespace burgernet {

// One channel's rows of an action as a bar: delivered, sent, waiting, failed, uncertain, stale,
// cancelled and dropped each in their own colour and never added up into one "done" figure, so
// that a failed broadcast can never look like a success. The line under it names each state
// with its count.
class ChannelProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelProgressBar(QWidget* parent = nullptr);

    void setProgress(const ChannelProgress& progress);
    const ChannelProgress& progress() const { return m_progress; }
    // "SMS: 7,000 delivered · 58 failed · …", as shown.
    QString text() const;
    // The same with each state in its colour, for the line under the bar.
    QString legendHtml() const;

    static QColor stateColor(OutboxState state);
    static QString stateName(OutboxState state);
    // The order the segments are drawn in, settled first.
    static QList<OutboxState> drawingOrder();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChannelProgress m_progress;
};

} // namespace burgernet
