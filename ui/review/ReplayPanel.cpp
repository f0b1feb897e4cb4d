#include "ui/review/ReplayPanel.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/geo/WebMercator.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/layers/BasemapLayer.h"
#include "ui/review/ReplayLayer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

namespace burgernet {

namespace {
// How often a playing replay looks at the clock: smooth enough, cheap for the map.
constexpr int kFrameMs = 50;
} // namespace

ReplayPanel::ReplayPanel(QWidget* parent)
    : QWidget(parent)
    , m_clock(&Clock::system())
{
    setObjectName(QStringLiteral("replayPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("replayMap"));
    m_canvas->setMinimumSize(360, 300);
    auto* basemap = new BasemapLayer(this);
    if (auto loaded = basemap->load(); !loaded)
        qCWarning(lcUi) << loaded.errorMessage();
    m_canvas->addLayer(basemap);
    m_layer = new ReplayLayer(this);
    m_canvas->addLayer(m_layer);
    layout->addWidget(m_canvas, 1);

    auto* controls = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), this);
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("replaySpeed"));
    for (int factor : {1, 10, 60})
        m_speedBox->addItem(QStringLiteral("%1×").arg(factor), factor);
    m_speedBox->setCurrentIndex(1);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("replayClock"));
    controls->addWidget(m_play);
    controls->addWidget(m_speedBox);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_clockLabel);
    layout->addLayout(controls);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("replayStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    m_timer->setInterval(kFrameMs);
    connect(m_timer, &QTimer::timeout, this, &ReplayPanel::advance);
    connect(m_play, &QPushButton::clicked, this, [this] { m_playing ? pause() : play(); });
    connect(m_speedBox, &QComboBox::activated, this,
            [this] { setSpeed(m_speedBox->currentData().toInt()); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int seconds) {
        if (m_data.start.isValid())
            setTime(m_data.start.addSecs(seconds));
    });
}

void ReplayPanel::setData(ReplayData data)
{
    pause();
    m_data = std::move(data);
    m_layer->setData(&m_data);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, int(std::max<qint64>(1, m_data.start.secsTo(m_data.end))));
        m_slider->setPageStep(60);
    }
    // Everything the replay will show, with some room around it.
    double left = 1, top = 1, right = 0, bottom = 0;
    const auto include = [&](double lat, double lon) {
        const QPointF p = mercator::worldFromLonLat(lon, lat);
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    };
    for (const ReplayArea& a : std::as_const(m_data.areas)) {
        const GeoArea::Box b = a.area.boundingBox();
        include(b.south, b.west);
        include(b.north, b.east);
    }
    for (const ReplayTip& t : std::as_const(m_data.tips))
        if (t.place.isValid())
            include(t.place.latitude(), t.place.longitude());
    if (m_data.incident.isValid())
        include(m_data.incident.latitude(), m_data.incident.longitude());
    if (left <= right) {
        const QRectF world(QPointF(left, top), QPointF(right, bottom));
        m_canvas->zoomToWorldRect(world.adjusted(-world.width() * 0.1, -world.height() * 0.1,
                                                 world.width() * 0.1, world.height() * 0.1));
    }
    setTime(m_data.start);
}

void ReplayPanel::setTime(const QDateTime& time)
{
    QDateTime t = time;
    if (m_data.start.isValid())
        t = std::clamp(t, m_data.start, m_data.end);
    m_time = t;
    m_layer->setTime(t);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(m_data.start.isValid() ? int(m_data.start.secsTo(t)) : 0);
    }
    showTime();
    emit timeChanged(t);
}

void ReplayPanel::play()
{
    if (!m_data.start.isValid())
        return;
    if (m_time >= m_data.end)
        setTime(m_data.start); // play again from the start
    m_playing = true;
    m_lastTickMs = m_clock->monotonicMs();
    m_carryMs = 0;
    m_play->setText(tr("Pause"));
    m_timer->start();
}

void ReplayPanel::pause()
{
    m_playing = false;
    m_timer->stop();
    m_play->setText(tr("Play"));
}

void ReplayPanel::setSpeed(int factor)
{
    m_speed = std::max(1, factor);
    const int index = m_speedBox->findData(m_speed);
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
}

void ReplayPanel::advance()
{
    if (!m_playing)
        return;
    const qint64 now = m_clock->monotonicMs();
    m_carryMs += double(now - m_lastTickMs) * m_speed;
    m_lastTickMs = now;
    const auto step = qint64(m_carryMs);
    m_carryMs -= double(step);
    setTime(m_time.addMSecs(step));
    if (m_time >= m_data.end) {
        pause();
        emit finished();
    }
}

int ReplayPanel::areaVersion() const
{
    return m_data.areaIndexAt(m_time) + 1;
}

int ReplayPanel::tipsShown() const
{
    int n = 0;
    for (const ReplayTip& tip : m_data.tips)
        n += tip.at <= m_time && tip.place.isValid() ? 1 : 0;
    return n;
}

qint64 ReplayPanel::deliveredShown() const
{
    return m_data.reachedAt(m_time);
}

bool ReplayPanel::closingShown() const
{
    return m_data.closedAt(m_time);
}

void ReplayPanel::showTime()
{
    const QLocale locale;
    if (!m_data.start.isValid()) {
        m_clockLabel->clear();
        m_status->clear();
        return;
    }
    const qint64 sinceAlert = m_data.sent.secsTo(m_time);
    m_clockLabel->setText(
        tr("%1 (%2 min)")
            .arg(locale.toString(m_time.toLocalTime().time(), QStringLiteral("HH:mm:ss")))
            .arg(sinceAlert < 0 ? QStringLiteral("−%1").arg(-sinceAlert / 60)
                                : QString::number(sinceAlert / 60)));
    QStringList parts;
    const int version = areaVersion();
    if (version == 0)
        parts << tr("Not yet sent");
    else
        parts << tr("Area %1 of %2: %3 km²")
                     .arg(version)
                     .arg(m_data.areas.size())
                     .arg(locale.toString(m_data.areas[version - 1].km2, 'f', 2));
    parts << tr("%1 of %2 recipients reached")
                 .arg(locale.toString(deliveredShown()), locale.toString(m_data.recipients));
    parts << tr("%n tip(s)", nullptr, tipsShown());
    if (closingShown())
        parts << tr("closed");
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace burgernet
