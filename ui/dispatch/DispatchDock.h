#pragma once

#include "app/dispatch/Action.h"
#include "app/geo/GeoArea.h"
#include "app/services/DispatchPlan.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace burgernet {

class ActionWorkflow;
class AreaAssistant;
class AreaAssistantBox;
class ChannelHealthLights;
class ChannelPreview;
class ChannelStatusSource;
class Clock;
class DispatchJobs;
class SelectionService;
class AreaCountService;

// The composer: incident type, location, description slots, free text and channels, with a
// live per-channel preview, its limits and warnings, and the count of who would be reached.
// The action has one area, the one on the map: the dock shows it, and its centre and radius
// fields edit that same area (areaEdited), refusing values out of range with the limit stated.
// "Send…" makes the draft, has the plan prepared off the window's thread, shows it in the
// confirmation dialog and submits exactly that plan.
class DispatchDock : public QWidget
{
    Q_OBJECT
public:
    // Shows the plan and answers with the dispatcher's confirmation, or nullopt when they backed
    // out. Tests replace it.
    using Confirmer =
        std::function<std::optional<Confirmation>(const DispatchPlan&, QWidget* parent)>;
    // Tells the dispatcher why something did not happen. Tests replace it.
    using Warner = std::function<void(QWidget* parent, const QString& title, const QString& text)>;
    // Another action is open for the same incident number: whether a second one is meant. Tests
    // replace it.
    using DuplicateQuestion = std::function<bool(const DispatchPlan&, QWidget* parent)>;

    static constexpr int kMinRadius = 100;
    static constexpr int kMaxRadius = 50'000;

    DispatchDock(ActionWorkflow& workflow, DispatchJobs& jobs, const SelectionService& selection,
                 const Clock& clock, QWidget* parent = nullptr);

    ActionContent content() const;
    const GeoArea& area() const { return m_area; }
    ChannelPreview* preview(const Channel& channel) const { return m_previews.value(channel); }
    QStringList warnings() const;
    QString recipientsText() const;
    // The moment the count is for: a scheduled notice's send time, else invalid (now).
    QDateTime countMoment() const;
    QString areaText() const;
    QString areaError() const;
    QString sendStatus() const;
    bool isSending() const { return m_sending; }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setWarner(Warner warner) { m_warn = std::move(warner); }
    void setDuplicateQuestion(DuplicateQuestion question) { m_askDuplicate = std::move(question); }
    // The area assistant's row under the circle fields (suggestedArea, then areaEdited).
    void setAreaAssistant(const AreaAssistant& assistant);
    AreaAssistantBox* areaAssistant() const { return m_assistant; }
    // The window counts through the service's rules (a municipal editor's scope, the role), so
    // that a refusal is shown here rather than a zero; unset, the index is asked directly.
    void setAreaCounts(const AreaCountService* counts);
    // The gateways' lights follow this (the running dispatcher).
    void setChannelStatus(const ChannelStatusSource* source);
    ChannelHealthLights* healthLights() const { return m_health; }

public Q_SLOTS:
    // From the map: the drawn alert area, shown and edited here.
    void setAlertArea(const burgernet::GeoArea& area);
    void setIncidentLocation(const QGeoCoordinate& at, const QString& description = {});
    void refreshPreview();
    // Stores the draft, has the plan prepared, asks for confirmation and submits, without
    // blocking the window; actionSubmitted or sendFailed follows.
    void startSend();
    // The same, waiting for the outcome (tests, scripted runs): the action id or 0.
    qint64 send();
    void clear();
    // A draft sent back by its approver, loaded for its author to change: its content and area
    // fill the composer, and Send submits the same action again (changed, recorded) instead of
    // a new one. Clear leaves it as it was.
    bool editDraft(qint64 id);
    qint64 editingId() const { return m_editing; }

Q_SIGNALS:
    void actionSubmitted(qint64 id);
    void sendFailed(const QString& reason);
    // The centre and radius fields changed the area: the map makes it the alert area.
    void areaEdited(const burgernet::GeoArea& area);
    // The schedule changed what the count is for (invalid: now); the map counts for it too.
    void countMomentChanged(const QDateTime& at);
    // The area assistant's suggestion to draw as a dashed ring (empty: none).
    void suggestedArea(const burgernet::GeoArea& ring, const QString& label);

private:
    QWidget* buildForm();
    void updateSlots();
    void schedulePreview();
    void applyAreaFields();
    void circleAroundIncident();
    void finishSend(qint64 id, const QString& failure);
    void orderTabs();
    void scheduleChanged();

    ActionWorkflow& m_workflow;
    DispatchJobs& m_jobs;
    const SelectionService& m_selection;
    const AreaCountService* m_counts = nullptr;
    qint64 m_editing = 0;
    QLabel* m_editingLabel = nullptr;
    const Clock& m_clock;
    Confirmer m_confirmer;
    Warner m_warn;
    DuplicateQuestion m_askDuplicate;
    GeoArea m_area;
    QGeoCoordinate m_incident;
    bool m_sending = false;

    QComboBox* m_kind;
    QComboBox* m_incidentType;
    QComboBox* m_language;
    QLineEdit* m_incidentNumber;
    QLineEdit* m_locationText;
    QLabel* m_incidentLabel;
    QLineEdit* m_lat;
    QLineEdit* m_lon;
    QLineEdit* m_radius;
    QPushButton* m_circleButton;
    QFormLayout* m_form = nullptr;
    AreaAssistantBox* m_assistant = nullptr;
    QLabel* m_areaLabel;
    QLabel* m_areaError;
    QGroupBox* m_personBox;
    QGroupBox* m_vehicleBox;
    QComboBox* m_sex;
    QHash<QString, QLineEdit*> m_slots; // "person.age", "vehicle.plate", ...
    QPlainTextEdit* m_freeText;
    QCheckBox* m_consent;
    QCheckBox* m_later;
    QDateTimeEdit* m_sendAt;
    QDateTime m_countMoment; // as last announced
    QHash<Channel, QCheckBox*> m_channels;
    ChannelHealthLights* m_health = nullptr;
    QTabWidget* m_tabs;
    QHash<Channel, ChannelPreview*> m_previews;
    QListWidget* m_warnings;
    QLabel* m_recipients;
    QLabel* m_status;
    QPushButton* m_clear;
    QPushButton* m_send;
    QTimer* m_previewTimer;
};

} // namespace burgernet
