#include "ui/dispatch/AreaAssistantBox.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace burgernet {

namespace {

QString travelText(TravelMode mode)
{
    switch (mode) {
    case TravelMode::Walking:
        return AreaAssistantBox::tr("on foot");
    case TravelMode::Cycling:
        return AreaAssistantBox::tr("by bike");
    case TravelMode::Car:
        break;
    }
    return AreaAssistantBox::tr("by car");
}

QString metres(int m)
{
    return m >= 1000 ? AreaAssistantBox::tr("%1 km").arg(QLocale().toString(m / 1000.0, 'f', 1))
                     : AreaAssistantBox::tr("%1 m").arg(m);
}

} // namespace

AreaAssistantBox::AreaAssistantBox(const AreaAssistant& assistant, Incident incident,
                                   QWidget* parent)
    : QWidget(parent)
    , m_assistant(assistant)
    , m_incident(std::move(incident))
    , m_minutes(new QSpinBox(this))
    , m_suggest(new QPushButton(tr("Suggest"), this))
    , m_accept(new QPushButton(tr("Use this circle"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("areaAssistant"));
    m_minutes->setObjectName(QStringLiteral("minutesSinceIncident"));
    m_minutes->setRange(0, AreaRadiusRule::kMaxMinutes);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min ago"));
    m_minutes->setAccessibleName(tr("Minutes since the incident"));
    m_suggest->setObjectName(QStringLiteral("suggestArea"));
    m_suggest->setAutoDefault(false);
    m_accept->setObjectName(QStringLiteral("acceptSuggestedArea"));
    m_accept->setAutoDefault(false);
    m_accept->setEnabled(false);
    m_result->setObjectName(QStringLiteral("suggestedArea"));
    m_result->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_minutes, 0, 0);
    layout->addWidget(m_suggest, 0, 1);
    layout->addWidget(m_accept, 0, 2);
    layout->addWidget(m_result, 1, 0, 1, 3);
    connect(m_suggest, &QPushButton::clicked, this, &AreaAssistantBox::suggest);
    connect(m_accept, &QPushButton::clicked, this, &AreaAssistantBox::accept);
    connect(m_minutes, &QSpinBox::valueChanged, this, &AreaAssistantBox::incidentChanged);
}

QString AreaAssistantBox::resultText() const
{
    return m_result->text();
}

void AreaAssistantBox::suggest()
{
    const auto [type, at] = m_incident();
    m_suggestion.reset();
    m_ring = GeoArea();
    m_accept->setEnabled(false);
    if (!at.isValid()) {
        m_result->setText(tr("Put the incident on the map first: the circle goes around it."));
        Q_EMIT suggestionChanged(GeoArea(), QString());
        return;
    }
    auto s = m_assistant.suggest(type, m_minutes->value());
    if (!s) {
        m_result->setText(s.errorMessage());
        Q_EMIT suggestionChanged(GeoArea(), QString());
        return;
    }
    m_suggestion = *s;
    m_ring = s->circle(at);
    m_accept->setEnabled(true);
    m_result->setText(tr("Suggested: %1 (%2). On foot %3, by bike %4, by car %5.")
                          .arg(metres(s->radius), travelText(s->mode), metres(s->walking),
                               metres(s->cycling), metres(s->car)));
    Q_EMIT suggestionChanged(m_ring,
                             tr("suggested %1, %2").arg(metres(s->radius), travelText(s->mode)));
}

void AreaAssistantBox::accept()
{
    if (m_ring.isEmpty())
        return;
    const GeoArea circle = m_ring;
    clear();
    Q_EMIT accepted(circle);
}

void AreaAssistantBox::incidentChanged()
{
    if (m_suggestion)
        suggest();
}

void AreaAssistantBox::clear()
{
    m_suggestion.reset();
    m_ring = GeoArea();
    m_accept->setEnabled(false);
    m_result->clear();
    Q_EMIT suggestionChanged(GeoArea(), QString());
}

} // namespace burgernet
