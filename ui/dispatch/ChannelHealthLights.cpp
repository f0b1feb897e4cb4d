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
    QStringList failing;
    for (const ChannelInfo& info : m_catalog.channels()) {
        const ChannelReadiness r =
            m_source ? m_source->status(info.channel).readiness : ChannelReadiness::NoDispatcher;
        QLabel* label = m_lights.value(info.channel);
        if (m_state.value(info.channel, ChannelReadiness(-1)) != r || label->pixmap().isNull())
            label->setPixmap(light(colour(r)));
        m_state.insert(info.channel, r);
        const QString text = tr("%1: %2").arg(info.name, readinessText(r));
        label->setToolTip(text);
        label->setAccessibleName(text);
        if (r == ChannelReadiness::BreakerOpen)
            failing << info.name;
    }
    m_summary->setText(failing.isEmpty()
                           ? QString()
                           : tr("Failing gateway: %1. Its messages wait until it recovers.")
                                 .arg(failing.join(QStringLiteral(", "))));
    m_summary->setStyleSheet(
        failing.isEmpty() ? QString() : QStringLiteral("color: #b71c1c; font-weight: bold"));
}

} // namespace burgernet
