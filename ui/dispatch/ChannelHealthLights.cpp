#include "ui/dispatch/ChannelHealthLights.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

namespace burgernet {

namespace {

QPixmap light(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(150), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return pixmap;
}

QString readinessText(ChannelReadiness r)
{
    switch (r) {
    case ChannelReadiness::Ready:
        return ChannelHealthLights::tr("ready");
    case ChannelReadiness::NotConfigured:
        return ChannelHealthLights::tr("not configured");
    case ChannelReadiness::BreakerOpen:
        return ChannelHealthLights::tr("gateway keeps failing");
    case ChannelReadiness::NoDispatcher:
        return ChannelHealthLights::tr("nothing sends here");
    }
    return {};
}

} // namespace

ChannelHealthLights::ChannelHealthLights(const ChannelCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("channelHealth"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int columns = 2; // narrower than the channel boxes above
    int i = 0;
    for (const ChannelInfo& info : m_catalog.channels()) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("health-") + info.channel.id());
        m_lights.insert(info.channel, label);
        auto* name = new QLabel(info.name, this);
        grid->addWidget(label, i / columns, (i % columns) * 2);
        grid->addWidget(name, i / columns, (i % columns) * 2 + 1);
        ++i;
    }
    m_summary->setObjectName(QStringLiteral("channelHealthSummary"));
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, (i + columns - 1) / columns, 0, 1, columns * 2);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ChannelHealthLights::refresh);
    m_timer->start();
    refresh();
}

void ChannelHealthLights::setSource(const ChannelStatusSource* source)
{
    m_source = source;
    refresh();
}

QColor ChannelHealthLights::colour(ChannelReadiness r)
{
    switch (r) {
    case ChannelReadiness::Ready:
        return QColor(0x2e, 0x7d, 0x32);
    case ChannelReadiness::BreakerOpen:
        return QColor(0xc6, 0x28, 0x28);
    case ChannelReadiness::NotConfigured:
    case ChannelReadiness::NoDispatcher:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

ChannelReadiness ChannelHealthLights::readiness(const Channel& channel) const
{
    return m_state.value(channel, ChannelReadiness::NoDispatcher);
}

QString ChannelHealthLights::summary() const
{
    return m_summary->text();
}

void ChannelHealthLights::refresh()
{
    QStringList failing, silent;
    for (const ChannelInfo& info : m_catalog.channels()) {
        ChannelStatus status;
        status.readiness = ChannelReadiness::NoDispatcher;
        if (m_source)
            status = m_source->status(info.channel);
        const ChannelReadiness r = status.readiness;
        // The periodic check speaks for the gateway even before anything was sent on it.
        const bool down = status.gatewayHealth == SenderHealth::Status::Down;
        const bool degraded = status.gatewayHealth == SenderHealth::Status::Degraded;
        const QColor c = down       ? colour(ChannelReadiness::BreakerOpen)
                         : degraded ? QColor(0xef, 0x6c, 0x00)
                                    : colour(r);
        QLabel* label = m_lights.value(info.channel);
        if (m_colours.value(info.channel) != c.rgb() || label->pixmap().isNull())
            label->setPixmap(light(c));
        m_colours.insert(info.channel, c.rgb());
        m_state.insert(info.channel, r);
        m_health.insert(info.channel, status.gatewayHealth);
        QString text = tr("%1: %2").arg(info.name, readinessText(r));
        if (down || degraded)
            text = tr("%1: the gateway %2")
                       .arg(info.name, down ? tr("does not answer") : tr("answers with errors"));
        label->setToolTip(status.gatewayDetail.isEmpty()
                              ? text
                              : text + QLatin1Char('\n') + status.gatewayDetail.left(200));
        label->setAccessibleName(text);
        if (r == ChannelReadiness::BreakerOpen)
            failing << info.name;
        else if (down)
            silent << info.name;
    }
    QStringList lines;
    if (!failing.isEmpty())
        lines << tr("Failing gateway: %1. Its messages wait until it recovers.")
                     .arg(failing.join(QStringLiteral(", ")));
    if (!silent.isEmpty())
        lines << tr("Gateway does not answer: %1.").arg(silent.join(QStringLiteral(", ")));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setStyleSheet(lines.isEmpty() ? QString()
                                             : QStringLiteral("color: #b71c1c; font-weight: bold"));
}

SenderHealth::Status ChannelHealthLights::gatewayHealth(const Channel& channel) const
{
    return m_health.value(channel, SenderHealth::Status::Unknown);
}

} // namespace burgernet
