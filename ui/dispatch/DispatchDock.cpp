#include "ui/dispatch/DispatchDock.h"

#include "app/core/Clock.h"
#include "app/dispatch/TextChecks.h"
#include "app/services/ReauthGate.h"
#include "app/services/SelectionService.h"
#include "ui/dispatch/ChannelPreview.h"
#include "ui/dispatch/ConfirmDispatchDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace burgernet {

namespace {

QString incidentName(IncidentType t)
{
    switch (t) {
    case IncidentType::Burglary:
        return DispatchDock::tr("Residential burglary (woninginbraak)");
    case IncidentType::Missing:
        return DispatchDock::tr("Missing person (vermissing)");
    case IncidentType::StreetRobbery:
        return DispatchDock::tr("Street robbery (straatroof)");
    case IncidentType::Shoplifting:
        return DispatchDock::tr("Shoplifting (winkeldiefstal)");
    case IncidentType::Robbery:
        return DispatchDock::tr("Robbery of a business (overval)");
    case IncidentType::Pickpocketing:
        return DispatchDock::tr("Pickpocketing (zakkenrollerij)");
    case IncidentType::HitAndRun:
        return DispatchDock::tr("Hit-and-run (doorrijden na ongeval)");
    case IncidentType::Other:
        return DispatchDock::tr("Other (overig)");
    }
    return {};
}

// The usual first circle per incident type, in metres (an early pilot used 1 km).
int defaultRadius(IncidentType t)
{
    switch (t) {
    case IncidentType::Missing:
        return 2500;
    case IncidentType::HitAndRun:
        return 3000;
    case IncidentType::Shoplifting:
    case IncidentType::Pickpocketing:
        return 750;
    default:
        return 1000;
    }
}

} // namespace

DispatchDock::DispatchDock(ActionService& actions, const SelectionService& selection,
                           const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_selection(selection)
    , m_clock(clock)
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dispatchPanel"));
    m_confirmer = [](const DispatchSummary& summary, QWidget* parent) {
        ConfirmDispatchDialog dialog(summary, parent);
        return dialog.exec() == QDialog::Accepted;
    };
    // Typing must stay fluid: the preview and the count follow after a short pause.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &DispatchDock::refreshPreview);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildForm());
    splitter->addWidget(scroll);

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(lower);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    const QList<std::pair<QString, QString>> tabs{
        {channels::Voice, tr("Voice")},   {channels::Sms, tr("SMS")},
        {channels::Email, tr("E-mail")},  {channels::App, tr("App")},
        {channels::Social, tr("Social")}, {channels::Cap, tr("CAP")}};
    for (const auto& [channel, title] : tabs) {
        auto* p = new ChannelPreview(channel, m_tabs);
        m_previews.insert(channel, p);
        m_tabs->addTab(p, title);
    }
    lowerLayout->addWidget(m_tabs, 1);
    m_warnings = new QListWidget(lower);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setMaximumHeight(90);
    lowerLayout->addWidget(m_warnings);
    m_recipients = new QLabel(lower);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setWordWrap(true);
    lowerLayout->addWidget(m_recipients);
    auto* buttons = new QHBoxLayout;
    auto* clearButton = new QPushButton(tr("Clear"), lower);
    clearButton->setObjectName(QStringLiteral("clearComposer"));
    m_send = new QPushButton(
        m_actions.mode() == Mode::Live ? tr("Send LIVE…") : tr("Send TRAINING…"), lower);
    m_send->setObjectName(QStringLiteral("sendAction"));
    m_send->setAutoDefault(false);
    buttons->addWidget(clearButton);
    buttons->addStretch();
    buttons->addWidget(m_send);
    lowerLayout->addLayout(buttons);
    splitter->addWidget(lower);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    connect(clearButton, &QPushButton::clicked, this, &DispatchDock::clear);
    connect(m_send, &QPushButton::clicked, this, [this] { (void)send(); });
    updateSlots();
    refreshPreview();
}

QWidget* DispatchDock::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Urgent action"), actionKindId(ActionKind::Urgent));
    m_kind->addItem(tr("Non-urgent notice"), actionKindId(ActionKind::Notice));
    layout->addRow(tr("Kind"), m_kind);
    // A notice may be scheduled; an urgent action always goes at once.
    auto* schedule = new QHBoxLayout;
    m_later = new QCheckBox(tr("Send at"), form);
    m_later->setObjectName(QStringLiteral("sendLater"));
    m_sendAt = new QDateTimeEdit(m_clock.nowLocal().addSecs(3600), form);
    m_sendAt->setObjectName(QStringLiteral("sendAt"));
    m_sendAt->setCalendarPopup(true);
    m_sendAt->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    schedule->addWidget(m_later);
    schedule->addWidget(m_sendAt, 1);
    layout->addRow(tr("Schedule"), schedule);
    m_incident = new QComboBox(form);
    m_incident->setObjectName(QStringLiteral("incident"));
    for (IncidentType t : allIncidentTypes())
        m_incident->addItem(incidentName(t), incidentTypeId(t));
    layout->addRow(tr("Incident"), m_incident);
    m_language = new QComboBox(form);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    layout->addRow(tr("Broadcast language"), m_language);

    m_locationText = new QLineEdit(form);
    m_locationText->setObjectName(QStringLiteral("locationText"));
    m_locationText->setPlaceholderText(tr("Street or place, as the message names it"));
    layout->addRow(tr("Location"), m_locationText);
    auto* at = new QHBoxLayout;
    m_lat = new QDoubleSpinBox(form);
    m_lat->setObjectName(QStringLiteral("latitude"));
    m_lat->setRange(50.5, 53.8);
    m_lat->setDecimals(5);
    m_lat->setValue(52.09);
    m_lon = new QDoubleSpinBox(form);
    m_lon->setObjectName(QStringLiteral("longitude"));
    m_lon->setRange(3.2, 7.3);
    m_lon->setDecimals(5);
    m_lon->setValue(5.11);
    m_radius = new QSpinBox(form);
    m_radius->setObjectName(QStringLiteral("radius"));
    m_radius->setRange(100, 50000);
    m_radius->setSingleStep(250);
    m_radius->setSuffix(tr(" m"));
    m_radius->setValue(1000);
    at->addWidget(m_lat);
    at->addWidget(m_lon);
    at->addWidget(m_radius);
    layout->addRow(tr("Lat, lon, radius"), at);
    m_areaLabel = new QLabel(form);
    m_areaLabel->setObjectName(QStringLiteral("areaLabel"));
    layout->addRow(tr("Area"), m_areaLabel);

    m_personBox = new QGroupBox(tr("Person"), form);
    auto* person = new QFormLayout(m_personBox);
    m_sex = new QComboBox(m_personBox);
    m_sex->setObjectName(QStringLiteral("person.sex"));
    m_sex->addItem(tr("unknown"), QString());
    m_sex->addItem(tr("man"), QStringLiteral("male"));
    m_sex->addItem(tr("woman"), QStringLiteral("female"));
    person->addRow(tr("Sex"), m_sex);
    const auto slot = [&](QFormLayout* l, QWidget* parent, const QString& key,
                          const QString& label) {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(key);
        m_slots.insert(key, edit);
        l->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &DispatchDock::schedulePreview);
    };
    slot(person, m_personBox, QStringLiteral("person.age"), tr("Age"));
    slot(person, m_personBox, QStringLiteral("person.height"), tr("Height"));
    slot(person, m_personBox, QStringLiteral("person.build"), tr("Build"));
    slot(person, m_personBox, QStringLiteral("person.clothing"), tr("Clothing"));
    slot(person, m_personBox, QStringLiteral("person.particulars"), tr("Particulars"));
    slot(person, m_personBox, QStringLiteral("person.direction"), tr("Direction"));
    layout->addRow(m_personBox);
    m_vehicleBox = new QGroupBox(tr("Vehicle"), form);
    auto* vehicle = new QFormLayout(m_vehicleBox);
    slot(vehicle, m_vehicleBox, QStringLiteral("vehicle.make"), tr("Make"));
    slot(vehicle, m_vehicleBox, QStringLiteral("vehicle.model"), tr("Model"));
    slot(vehicle, m_vehicleBox, QStringLiteral("vehicle.colour"), tr("Colour"));
    slot(vehicle, m_vehicleBox, QStringLiteral("vehicle.plate"), tr("Plate"));
    slot(vehicle, m_vehicleBox, QStringLiteral("vehicle.direction"), tr("Direction"));
    layout->addRow(m_vehicleBox);

    m_freeText = new QPlainTextEdit(form);
    m_freeText->setObjectName(QStringLiteral("freeText"));
    m_freeText->setMaximumHeight(70);
    layout->addRow(tr("Free text"), m_freeText);
    m_consent = new QCheckBox(tr("The family consents to this search"), form);
    m_consent->setObjectName(QStringLiteral("familyConsent"));
    layout->addRow(m_consent);

    auto* channelsRow = new QHBoxLayout;
    const QList<std::pair<QString, QString>> list{
        {channels::Voice, tr("Voice")},   {channels::Sms, tr("SMS")},
        {channels::Email, tr("E-mail")},  {channels::App, tr("App")},
        {channels::Social, tr("Social")}, {channels::Cap, tr("CAP")}};
    for (const auto& [channel, title] : list) {
        auto* box = new QCheckBox(title, form);
        box->setObjectName(QStringLiteral("channel-") + channel);
        box->setChecked(channel != channels::Social && channel != channels::Cap);
        m_channels.insert(channel, box);
        channelsRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &DispatchDock::schedulePreview);
    }
    layout->addRow(tr("Channels"), channelsRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateSlots();
        schedulePreview();
    });
    connect(m_incident, &QComboBox::currentIndexChanged, this, [this] {
        updateSlots();
        if (m_mapArea.isEmpty())
            m_radius->setValue(defaultRadius(content().incident));
        schedulePreview();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &DispatchDock::schedulePreview);
    connect(m_locationText, &QLineEdit::textChanged, this, &DispatchDock::schedulePreview);
    connect(m_freeText, &QPlainTextEdit::textChanged, this, &DispatchDock::schedulePreview);
    connect(m_consent, &QCheckBox::toggled, this, &DispatchDock::schedulePreview);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &DispatchDock::schedulePreview);
    for (QAbstractSpinBox* spin :
         {static_cast<QAbstractSpinBox*>(m_lat), static_cast<QAbstractSpinBox*>(m_lon),
          static_cast<QAbstractSpinBox*>(m_radius)})
        connect(spin, &QAbstractSpinBox::editingFinished, this, &DispatchDock::schedulePreview);
    connect(m_radius, &QSpinBox::valueChanged, this, &DispatchDock::schedulePreview);
    return form;
}

void DispatchDock::updateSlots()
{
    const IncidentType t = content().incident;
    m_personBox->setVisible(incidentUsesPerson(t));
    m_vehicleBox->setVisible(incidentUsesVehicle(t));
    m_consent->setVisible(t == IncidentType::Missing);
    const bool notice = m_kind->currentData().toString() == actionKindId(ActionKind::Notice);
    m_later->setEnabled(notice);
    m_sendAt->setEnabled(notice);
}

void DispatchDock::schedulePreview()
{
    m_previewTimer->start();
}

ActionContent DispatchDock::content() const
{
    ActionContent c;
    actionKindFromId(m_kind->currentData().toString(), &c.kind);
    incidentTypeFromId(m_incident->currentData().toString(), &c.incident);
    c.language = m_language->currentData().toString();
    c.location = QGeoCoordinate(m_lat->value(), m_lon->value());
    c.locationText = m_locationText->text();
    c.person.sex = m_sex->currentData().toString();
    const auto v = [&](const char* key) { return m_slots.value(QLatin1String(key))->text(); };
    c.person.age = v("person.age");
    c.person.height = v("person.height");
    c.person.build = v("person.build");
    c.person.clothing = v("person.clothing");
    c.person.particulars = v("person.particulars");
    c.person.direction = v("person.direction");
    c.vehicle.make = v("vehicle.make");
    c.vehicle.model = v("vehicle.model");
    c.vehicle.colour = v("vehicle.colour");
    c.vehicle.plate = v("vehicle.plate");
    c.vehicle.direction = v("vehicle.direction");
    c.freeText = m_freeText->toPlainText();
    c.familyConsent = m_consent->isChecked();
    if (c.kind == ActionKind::Notice && m_later->isChecked())
        c.scheduledAt = m_sendAt->dateTime().toUTC();
    for (const QString& channel : channels::all())
        if (m_channels.value(channel)->isChecked())
            c.channels << channel;
    return c;
}

GeoArea DispatchDock::area() const
{
    if (!m_mapArea.isEmpty())
        return m_mapArea;
    return GeoArea::circle(QGeoCoordinate(m_lat->value(), m_lon->value()), m_radius->value());
}

void DispatchDock::setAlertArea(const GeoArea& area)
{
    m_mapArea = area;
    m_radius->setEnabled(area.isEmpty());
    refreshPreview();
}

void DispatchDock::setIncidentLocation(const QGeoCoordinate& at, const QString& description)
{
    m_lat->setValue(at.latitude());
    m_lon->setValue(at.longitude());
    if (!description.isEmpty())
        m_locationText->setText(description);
    refreshPreview();
}

QStringList DispatchDock::warnings() const
{
    QStringList list;
    for (int i = 0; i < m_warnings->count(); ++i)
        list << m_warnings->item(i)->text();
    return list;
}

QString DispatchDock::recipientsText() const
{
    return m_recipients->text();
}

void DispatchDock::refreshPreview()
{
    const ActionContent c = content();
    const GeoArea a = area();
    const ComposedMessage message = m_actions.preview(c, a, m_locationText->text());
    for (auto it = m_previews.cbegin(); it != m_previews.cend(); ++it) {
        const ChannelText* text = message.find(c.language, it.key());
        it.value()->show(text ? *text : ChannelText{});
        m_tabs->setTabEnabled(m_tabs->indexOf(it.value()), c.channels.contains(it.key()));
    }
    m_warnings->clear();
    for (const TextWarning& w : TextChecks::check(c))
        m_warnings->addItem(w.message);
    for (auto it = m_previews.cbegin(); it != m_previews.cend(); ++it)
        if (c.channels.contains(it.key()) && it.value()->overLimit())
            m_warnings->addItem(tr("The %1 text is longer than the channel allows.").arg(it.key()));

    m_areaLabel->setText(m_mapArea.isEmpty()
                             ? tr("circle of %1 m around the location").arg(m_radius->value())
                             : tr("drawn on the map"));
    // Counting is an index walk, well within a frame even for a large area.
    const SelectionCount count = m_selection.count(a, m_clock.nowUtc());
    m_recipients->setText(tr("%n participant(s) in the area — SMS %1, voice %2, e-mail %3", nullptr,
                             int(count.participants))
                              .arg(count.byChannel[0])
                              .arg(count.byChannel[1])
                              .arg(count.byChannel[2]));
    Q_EMIT areaChanged(a);
}

qint64 DispatchDock::send()
{
    refreshPreview();
    const ActionContent c = content();
    auto id = m_actions.createDraft(c, area(), m_locationText->text());
    if (!id) {
        QMessageBox::warning(this, tr("Cannot send"), id.errorMessage());
        return 0;
    }
    auto summary = m_actions.summarise(*id);
    if (!summary) {
        QMessageBox::warning(this, tr("Cannot send"), summary.errorMessage());
        return 0;
    }
    // Not confirmed: the draft is withdrawn (and that is recorded), nothing was queued.
    if (!m_confirmer(*summary, this)) {
        (void)m_actions.cancel(*id);
        return 0;
    }
    if (m_reauth) {
        if (auto confirmed = m_reauth->confirmLiveSend(summary->mode, summary->participants);
            !confirmed) {
            (void)m_actions.cancel(*id);
            if (isVisible())
                QMessageBox::warning(this, tr("Not sent"), confirmed.errorMessage());
            return 0;
        }
    }
    auto state = m_actions.submit(*id);
    if (!state) {
        QMessageBox::warning(this, tr("Cannot send"), state.errorMessage());
        return 0;
    }
    Q_EMIT actionSubmitted(*id);
    return *id;
}

void DispatchDock::clear()
{
    for (QLineEdit* edit : m_slots)
        edit->clear();
    m_freeText->clear();
    m_locationText->clear();
    m_consent->setChecked(false);
    m_sex->setCurrentIndex(0);
    refreshPreview();
}

} // namespace burgernet
