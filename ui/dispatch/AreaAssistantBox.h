#pragma once

#include "app/dispatch/Action.h"
#include "app/geo/GeoArea.h"
#include "app/services/AreaAssistant.h"

#include <QGeoCoordinate>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace burgernet {

// The area assistant in the composer: the minutes since the incident, "Suggest" draws the circle
// the incident type's rule suggests as a dashed ring on the map, and "Use this circle" makes it
// the alert area in one click. The rule and its arithmetic are the AreaAssistant's.
class AreaAssistantBox : public QWidget
{
    Q_OBJECT
public:
    // What the composer knows now: the incident type and where it happened.
    using Incident = std::function<std::pair<IncidentType, QGeoCoordinate>()>;

    AreaAssistantBox(const AreaAssistant& assistant, Incident incident, QWidget* parent = nullptr);

    QSpinBox* minutesBox() const { return m_minutes; }
    QPushButton* suggestButton() const { return m_suggest; }
    QPushButton* acceptButton() const { return m_accept; }
    QString resultText() const;
    const std::optional<AreaSuggestion>& suggestion() const { return m_suggestion; }

public Q_SLOTS:
    void suggest();
    void accept();
    // The incident or its type changed: a shown suggestion is made again for it.
    void incidentChanged();
    void clear();

Q_SIGNALS:
    // The dashed ring to draw (an empty area: none), with its label.
    void suggestionChanged(const burgernet::GeoArea& ring, const QString& label);
    void accepted(const burgernet::GeoArea& circle);

private:
    const AreaAssistant& m_assistant;
    Incident m_incident;
    QSpinBox* m_minutes;
    QPushButton* m_suggest;
    QPushButton* m_accept;
    QLabel* m_result;
    std::optional<AreaSuggestion> m_suggestion;
    GeoArea m_ring;
};

} // namespace burgernet
