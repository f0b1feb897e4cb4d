#include "ui/dispatch/ChannelProgressBar.h"

#include <QLocale>
#include <QPainter>

namespace burgernet {

ChannelProgressBar::ChannelProgressBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QColor ChannelProgressBar::stateColor(OutboxState state)
{
    switch (state) {
    case OutboxState::Delivered:
        return QColor(0x1b, 0x5e, 0x20);
    case OutboxState::Sent:
        return QColor(0x66, 0xbb, 0x6a);
    case OutboxState::Sending:
        return QColor(0x1e, 0x88, 0xe5);
    case OutboxState::Queued:
        return QColor(0xbb, 0xde, 0xfb);
    case OutboxState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case OutboxState::Uncertain:
        return QColor(0xef, 0x6c, 0x00);
    case OutboxState::Stale:
        return QColor(0x8d, 0x6e, 0x63);
    case OutboxState::Cancelled:
        return QColor(0x9e, 0x9e, 0x9e);
    case OutboxState::Dropped:
        return QColor(0x42, 0x42, 0x42);
    }
    return Qt::gray;
}

QString ChannelProgressBar::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("queued");
    case OutboxState::Sending:
        return tr("sending");
    case OutboxState::Sent:
        return tr("sent");
    case OutboxState::Delivered:
        return tr("delivered");
    case OutboxState::Failed:
        return tr("failed");
    case OutboxState::Uncertain:
        return tr("uncertain");
    case OutboxState::Stale:
        return tr("stale");
    case OutboxState::Cancelled:
        return tr("cancelled");
    case OutboxState::Dropped:
        return tr("dropped");
    }
    return {};
}

QList<OutboxState> ChannelProgressBar::drawingOrder()
{
    return {OutboxState::Delivered, OutboxState::Sent,    OutboxState::Failed,
            OutboxState::Uncertain, OutboxState::Stale,   OutboxState::Cancelled,
            OutboxState::Dropped,   OutboxState::Sending, OutboxState::Queued};
}

void ChannelProgressBar::setProgress(const ChannelProgress& progress)
{
    m_progress = progress;
    setToolTip(text());
    update();
}

QString ChannelProgressBar::text() const
{
    const QLocale locale;
    QStringList parts;
    for (OutboxState s : drawingOrder())
        if (m_progress.count(s) > 0)
            parts << QStringLiteral("%1 %2").arg(locale.toString(m_progress.count(s)),
                                                 stateName(s));
    if (parts.isEmpty())
        parts << tr("nothing queued");
    return QStringLiteral("%1: %2").arg(m_progress.name, parts.join(QStringLiteral(" · ")));
}

QString ChannelProgressBar::legendHtml() const
{
    const QLocale locale;
    QStringList parts;
    for (OutboxState s : drawingOrder())
        if (m_progress.count(s) > 0)
            parts << QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2 %3")
                         .arg(stateColor(s).name(), locale.toString(m_progress.count(s)),
                              stateName(s).toHtmlEscaped());
    if (parts.isEmpty())
        parts << tr("nothing queued").toHtmlEscaped();
    return parts.join(QStringLiteral(" &nbsp; "));
}

QSize ChannelProgressBar::sizeHint() const
{
    return {240, fontMetrics().height() + 8};
}

QSize ChannelProgressBar::minimumSizeHint() const
{
    return {80, fontMetrics().height() + 8};
}

void ChannelProgressBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.fillRect(r, palette().base());
    const qint64 total = std::max<qint64>(1, m_progress.total);
    double x = r.left();
    for (OutboxState s : drawingOrder()) {
        const qint64 n = m_progress.count(s);
        if (n <= 0)
            continue;
        // Every state that has a row shows, however small its share.
        const double w = std::max(2.0, r.width() * double(n) / double(total));
        p.fillRect(QRectF(x, r.top(), std::min(w, r.right() - x), r.height()), stateColor(s));
        x += w;
        if (x >= r.right())
            break;
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(r);
    // The channel's name and its figure on top, readable on any segment.
    const QLocale locale;
    const QString label = QStringLiteral("%1 — %2/%3")
                              .arg(m_progress.name, locale.toString(m_progress.reached()),
                                   locale.toString(m_progress.total));
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    // On a light plate, so that it reads on every colour the bar may have.
    const QRectF textRect = QRectF(r.left() + 4, r.top() + 2,
                                   QFontMetricsF(f).horizontalAdvance(label) + 10, r.height() - 4);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(textRect, 3, 3);
    p.setPen(Qt::black);
    p.drawText(textRect, Qt::AlignCenter, label);
}

} // namespace burgernet
