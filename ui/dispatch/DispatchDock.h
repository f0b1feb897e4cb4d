#pragma once

#include "app/core/Mode.h"
#include "app/dispatch/Action.h"
#include "app/geo/GeoArea.h"
#include "app/services/ActionService.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace burgernet {

class ReauthGate;

class ChannelPreview;
class Clock;
class SelectionService;

// The composer: incident type, location, description slots, free text and channels, with a
// live per-channel preview, its limits and warnings, and the count of who would be reached.
// The area comes from the map (setAlertArea) or, until one is drawn, is a circle around the
// incident location. "Send…" opens the confirmation dialog.
class DispatchDock : public QWidget
{
    Q_OBJECT
public:
    // Shows the confirmation and answers whether the user confirmed. Tests replace it.
    using Confirmer = std::function<bool(const DispatchSummary&, QWidget* parent)>;

    DispatchDock(ActionService& actions, const SelectionService& selection, const Clock& clock,
                 QWidget* parent = nullptr);

    ActionContent content() const;
    GeoArea area() const;
    ChannelPreview* preview(const QString& channel) const { return m_previews.value(channel); }
    QStringList warnings() const;
    QString recipientsText() const;
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    // A live send above the gate's threshold asks for the password again after confirming.
    void setReauthGate(ReauthGate* gate) { m_reauth = gate; }

public Q_SLOTS:
    // From the map: the drawn alert area replaces the circle around the location.
    void setAlertArea(const burgernet::GeoArea& area);
    void setIncidentLocation(const QGeoCoordinate& at, const QString& description = {});
    void refreshPreview();
    // Stores the draft, asks for confirmation and submits. Returns the action id or 0.
    qint64 send();
    void clear();

Q_SIGNALS:
    void actionSubmitted(qint64 id);
    void areaChanged(const burgernet::GeoArea& area);

private:
    QWidget* buildForm();
    void updateSlots();
    void schedulePreview();

    ActionService& m_actions;
    const SelectionService& m_selection;
    const Clock& m_clock;
    Confirmer m_confirmer;
    ReauthGate* m_reauth = nullptr;
    GeoArea m_mapArea;

    QComboBox* m_kind;
    QComboBox* m_incident;
    QComboBox* m_language;
    QLineEdit* m_locationText;
    QDoubleSpinBox* m_lat;
    QDoubleSpinBox* m_lon;
    QSpinBox* m_radius;
    QLabel* m_areaLabel;
    QGroupBox* m_personBox;
    QGroupBox* m_vehicleBox;
    QComboBox* m_sex;
    QHash<QString, QLineEdit*> m_slots; // "person.age", "vehicle.plate", ...
    QPlainTextEdit* m_freeText;
    QCheckBox* m_consent;
    QCheckBox* m_later;
    QDateTimeEdit* m_sendAt;
    QHash<QString, QCheckBox*> m_channels;
    QTabWidget* m_tabs;
    QHash<QString, ChannelPreview*> m_previews;
    QListWidget* m_warnings;
    QLabel* m_recipients;
    QPushButton* m_send;
    QTimer* m_previewTimer;
};

} // namespace burgernet
