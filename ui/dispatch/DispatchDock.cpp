#include "ui/dispatch/DispatchDock.h"

#include "app/core/Clock.h"
#include "app/dispatch/ActionWords.h"
#include "app/dispatch/TextChecks.h"
#include "app/geo/AreaGeometry.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AreaCountService.h"
#include "app/services/SelectionService.h"
#include "ui/dispatch/AreaAssistantBox.h"
#include "ui/dispatch/AreaText.h"
#include "ui/dispatch/ChannelHealthLights.h"
#include "ui/dispatch/ChannelPreview.h"
#include "ui/dispatch/ConfirmDispatchDialog.h"
#include "ui/dispatch/DispatchJobs.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEventLoop>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace burgernet {

namespace {

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

DispatchDock::DispatchDock(ActionWorkflow& workflow, DispatchJobs& jobs,
                           const SelectionService& selection, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_workflow(workflow)
    , m_jobs(jobs)
    , m_selection(selection)
    , m_clock(clock)
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dispatchPanel"));
    m_confirmer = [this](const DispatchPlan& plan, QWidget* parent) -> std::optional<Confirmation> {
        ConfirmDispatchDialog dialog(plan, m_workflow.catalog(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.confirmation();
    };
    m_warn = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::warning(parent, title, text);
    };
    m_askDuplicate = [](const DispatchPlan& plan, QWidget* parent) {
        const PlanDuplicate& first = plan.duplicates.first();
        return QMessageBox::question(
                   parent, tr("Second action for this incident?"),
                   tr("Action %1 (by %2) is already open for incident number %3. Start a second "
                      "action for the same incident?")
                       .arg(first.actionId)
                       .arg(first.author, plan.incidentNumber),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
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
    // The whole field the focus comes to is shown (the scroll area alone shows only its cursor),
    // so that Tab through the slots never leaves one cut off at the edge.
    connect(qApp, &QApplication::focusChanged, this, [scroll](QWidget*, QWidget* now) {
        if (!now || !scroll->widget()->isAncestorOf(now))
            return;
        const QPoint centre = now->mapTo(scroll->widget(), now->rect().center());
        scroll->ensureVisible(centre.x(), centre.y(), 0, now->height() / 2 + 8);
    });

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(lower);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    for (const ChannelInfo& info : m_workflow.catalog().channels()) {
        auto* p = new ChannelPreview(info, m_tabs);
        m_previews.insert(info.channel, p);
        m_tabs->addTab(p, info.name);
    }
    lowerLayout->addWidget(m_tabs, 1);
    m_warnings = new QListWidget(lower);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setAccessibleName(tr("Warnings about the text"));
    m_warnings->setMaximumHeight(90);
    lowerLayout->addWidget(m_warnings);
    m_recipients = new QLabel(lower);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setWordWrap(true);
    lowerLayout->addWidget(m_recipients);
    m_editingLabel = new QLabel(lower);
    m_editingLabel->setObjectName(QStringLiteral("editingDraft"));
    m_editingLabel->setWordWrap(true);
    m_editingLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_editingLabel->hide();
    lowerLayout->addWidget(m_editingLabel);
    m_status = new QLabel(lower);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    lowerLayout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_clear = new QPushButton(tr("Clear"), lower);
    m_clear->setObjectName(QStringLiteral("clearComposer"));
    m_clear->setAutoDefault(false);
    m_send = new QPushButton(
        m_workflow.mode() == Mode::Live ? tr("Send LIVE…") : tr("Send TRAINING…"), lower);
    m_send->setObjectName(QStringLiteral("sendAction"));
    m_send->setAutoDefault(false);
    // Sends from anywhere in the composer; the confirmation still asks for the typed word.
    m_send->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_send->setToolTip(tr("Send (%1)").arg(m_send->shortcut().toString(QKeySequence::NativeText)));
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_send);
    lowerLayout->addLayout(buttons);
    splitter->addWidget(lower);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    connect(m_clear, &QPushButton::clicked, this, &DispatchDock::clear);
    connect(m_send, &QPushButton::clicked, this, &DispatchDock::startSend);
    // Coming to the composer (View → Compose) starts at its first field.
    setFocusProxy(m_kind);
    orderTabs();
    updateSlots();
    refreshPreview();
}

QWidget* DispatchDock::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    m_form = layout;
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Urgent action"), enumId(ActionKind::Urgent));
    m_kind->addItem(tr("Non-urgent notice"), enumId(ActionKind::Notice));
    layout->addRow(tr("Kind"), m_kind);
    // A notice may be scheduled; an urgent action always goes at once.
    auto* schedule = new QHBoxLayout;
    m_later = new QCheckBox(tr("Send at"), form);
    m_later->setObjectName(QStringLiteral("sendLater"));
    m_sendAt = new QDateTimeEdit(m_clock.nowLocal().addSecs(3600), form);
    m_sendAt->setObjectName(QStringLiteral("sendAt"));
    m_sendAt->setCalendarPopup(true);
    m_sendAt->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_sendAt->setAccessibleName(tr("Send at"));
    schedule->addWidget(m_later);
    schedule->addWidget(m_sendAt, 1);
    layout->addRow(tr("Schedule"), schedule);
    m_incidentType = new QComboBox(form);
    m_incidentType->setObjectName(QStringLiteral("incident"));
    for (IncidentType t : enumValues<IncidentType>())
        m_incidentType->addItem(ActionWords::incident(t), enumId(t));
    layout->addRow(tr("Incident"), m_incidentType);
    m_incidentNumber = new QLineEdit(form);
    m_incidentNumber->setObjectName(QStringLiteral("incidentNumber"));
    m_incidentNumber->setPlaceholderText(tr("The control room's number, e.g. P-2026-123456"));
    layout->addRow(tr("Incident number"), m_incidentNumber);
    m_language = new QComboBox(form);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    layout->addRow(tr("Broadcast language"), m_language);

    m_locationText = new QLineEdit(form);
    m_locationText->setObjectName(QStringLiteral("locationText"));
    m_locationText->setPlaceholderText(tr("Street or place, as the message names it"));
    layout->addRow(tr("Location"), m_locationText);
    m_incidentLabel = new QLabel(tr("not set: put the incident on the map"), form);
    m_incidentLabel->setObjectName(QStringLiteral("incidentLabel"));
    m_incidentLabel->setWordWrap(true);
    layout->addRow(tr("Incident at"), m_incidentLabel);

    // The area: the map's. A circle's centre and radius can be typed here as well.
    m_areaLabel = new QLabel(form);
    m_areaLabel->setObjectName(QStringLiteral("areaLabel"));
    m_areaLabel->setWordWrap(true);
    layout->addRow(tr("Area"), m_areaLabel);
    auto* circle = new QHBoxLayout;
    m_lat = new QLineEdit(form);
    m_lat->setObjectName(QStringLiteral("latitude"));
    m_lat->setPlaceholderText(tr("latitude"));
    m_lat->setAccessibleName(tr("Circle centre latitude"));
    m_lon = new QLineEdit(form);
    m_lon->setObjectName(QStringLiteral("longitude"));
    m_lon->setPlaceholderText(tr("longitude"));
    m_lon->setAccessibleName(tr("Circle centre longitude"));
    m_radius = new QLineEdit(form);
    m_radius->setObjectName(QStringLiteral("radius"));
    m_radius->setPlaceholderText(tr("radius (m)"));
    m_radius->setAccessibleName(tr("Circle radius in metres"));
    circle->addWidget(m_lat);
    circle->addWidget(m_lon);
    circle->addWidget(m_radius);
    layout->addRow(tr("Circle: lat, lon, m"), circle);
    m_circleButton = new QPushButton(tr("Circle around the incident"), form);
    m_circleButton->setObjectName(QStringLiteral("circleAroundIncident"));
    m_circleButton->setAutoDefault(false);
    layout->addRow(QString(), m_circleButton);
    m_areaError = new QLabel(form);
    m_areaError->setObjectName(QStringLiteral("areaError"));
    m_areaError->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_areaError->setWordWrap(true);
    m_areaError->hide();
    layout->addRow(QString(), m_areaError);
    for (QLineEdit* edit : {m_lat, m_lon, m_radius}) {
        // Narrow, so that the form fits a docked panel.
        edit->setMaximumWidth(edit == m_radius ? 80 : 100);
        connect(edit, &QLineEdit::editingFinished, this, &DispatchDock::applyAreaFields);
    }
    connect(m_circleButton, &QPushButton::clicked, this, &DispatchDock::circleAroundIncident);

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
    // Tab goes on to the next field: the free text must not hold the keyboard.
    m_freeText->setTabChangesFocus(true);
    layout->addRow(tr("Free text"), m_freeText);
    m_consent = new QCheckBox(tr("The family consents to this search"), form);
    m_consent->setObjectName(QStringLiteral("familyConsent"));
    layout->addRow(m_consent);

    // Three to a row: with a plugin channel or two the boxes would otherwise widen the docked
    // form beyond its panel and hide the labels behind a sideways scroll.
    auto* channelsRow = new QGridLayout;
    constexpr int channelColumns = 3;
    for (const ChannelInfo& info : m_workflow.catalog().channels()) {
        auto* box = new QCheckBox(info.name, form);
        box->setObjectName(QStringLiteral("channel-") + info.channel.id());
        box->setChecked(info.channel.isAddressed() || info.channel.is(BuiltinChannel::App));
        const int index = int(m_channels.size());
        m_channels.insert(info.channel, box);
        channelsRow->addWidget(box, index / channelColumns, index % channelColumns);
        connect(box, &QCheckBox::toggled, this, &DispatchDock::schedulePreview);
    }
    layout->addRow(tr("Channels"), channelsRow);
    m_health = new ChannelHealthLights(m_workflow.catalog(), form);
    layout->addRow(tr("Gateways"), m_health);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateSlots();
        scheduleChanged();
    });
    connect(m_later, &QCheckBox::toggled, this, &DispatchDock::scheduleChanged);
    connect(m_sendAt, &QDateTimeEdit::dateTimeChanged, this, &DispatchDock::scheduleChanged);
    connect(m_incidentType, &QComboBox::currentIndexChanged, this, [this] {
        updateSlots();
        schedulePreview();
        if (m_assistant)
            m_assistant->incidentChanged();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &DispatchDock::schedulePreview);
    connect(m_locationText, &QLineEdit::textChanged, this, &DispatchDock::schedulePreview);
    connect(m_freeText, &QPlainTextEdit::textChanged, this, &DispatchDock::schedulePreview);
    connect(m_consent, &QCheckBox::toggled, this, &DispatchDock::schedulePreview);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &DispatchDock::schedulePreview);
    return form;
}

void DispatchDock::updateSlots()
{
    const IncidentType t = content().incident;
    m_personBox->setVisible(incidentUsesPerson(t));
    m_vehicleBox->setVisible(incidentUsesVehicle(t));
    m_consent->setVisible(t == IncidentType::Missing);
    const bool notice = m_kind->currentData().toString() == enumId(ActionKind::Notice);
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
    enumFromId(m_kind->currentData().toString(), &c.kind);
    enumFromId(m_incidentType->currentData().toString(), &c.incident);
    c.language = m_language->currentData().toString();
    c.location = m_incident;
    c.locationText = m_locationText->text();
    c.person.sex = m_sex->currentData().toString();
    for (const DescriptionSlot& slot : descriptionSlots())
        slot.in(c) = m_slots.value(QLatin1String(slot.key))->text();
    c.freeText = m_freeText->toPlainText();
    c.incidentNumber = m_incidentNumber->text().trimmed();
    c.familyConsent = m_consent->isChecked();
    if (c.kind == ActionKind::Notice && m_later->isChecked())
        c.scheduledAt = m_sendAt->dateTime().toUTC();
    for (const ChannelInfo& info : m_workflow.catalog().channels())
        if (m_channels.value(info.channel)->isChecked())
            c.channels << info.channel;
    return c;
}

void DispatchDock::setAreaAssistant(const AreaAssistant& assistant)
{
    if (m_assistant)
        return;
    m_assistant = new AreaAssistantBox(
        assistant,
        [this] {
            return std::pair{content().incident, m_incident};
        },
        this);
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_circleButton, &row, &role);
    m_form->insertRow(row + 1, tr("Area assistant"), m_assistant);
    connect(m_assistant, &AreaAssistantBox::suggestionChanged, this, &DispatchDock::suggestedArea);
    connect(m_assistant, &AreaAssistantBox::accepted, this, &DispatchDock::areaEdited);
    orderTabs();
}

namespace {

// The focusable widgets inside `root`, in the order they were made (the order they are laid out
// in), leaving out the parts of a control (a spin box's editor, a combo box's list).
QList<QWidget*> focusableIn(QWidget* root)
{
    QList<QWidget*> found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        bool part = false;
        for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
            part = part || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) ||
                   qobject_cast<QAbstractScrollArea*>(p) || qobject_cast<QTabBar*>(p);
        if (!part && (w->focusPolicy() & Qt::TabFocus))
            found << w;
    }
    return found;
}

} // namespace

// Tab walks the composer as it reads, top to bottom and left to right, the rows added later (the
// area assistant) in their place, and ends on Send.
void DispatchDock::orderTabs()
{
    QList<QWidget*> order{m_kind,        m_later,        m_sendAt, m_incidentType, m_incidentNumber,
                          m_language,    m_locationText, m_lat,    m_lon,          m_radius,
                          m_circleButton};
    if (m_assistant)
        order << focusableIn(m_assistant);
    order << focusableIn(m_personBox) << focusableIn(m_vehicleBox) << m_freeText << m_consent;
    for (const ChannelInfo& info : m_workflow.catalog().channels())
        order << m_channels.value(info.channel);
    order << focusableIn(m_health) << m_tabs;
    for (int i = 0; i < m_tabs->count(); ++i)
        order << focusableIn(m_tabs->widget(i));
    order << m_warnings << m_clear << m_send;
    order.removeIf([](QWidget* w) { return !(w->focusPolicy() & Qt::TabFocus); });
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void DispatchDock::setAreaCounts(const AreaCountService* counts)
{
    m_counts = counts;
    refreshPreview();
}

void DispatchDock::setChannelStatus(const ChannelStatusSource* source)
{
    m_health->setSource(source);
}

void DispatchDock::setAlertArea(const GeoArea& area)
{
    m_area = area;
    m_areaError->hide();
    const bool circle = area.kind() == GeoArea::Kind::Circle;
    const QLocale c = QLocale::c();
    m_lat->setText(circle ? c.toString(area.centre().latitude(), 'f', 5) : QString());
    m_lon->setText(circle ? c.toString(area.centre().longitude(), 'f', 5) : QString());
    m_radius->setText(circle ? QString::number(qRound(area.radiusMetres())) : QString());
    // A polygon is edited on the map; its centre and radius mean nothing.
    for (QLineEdit* edit : {m_lat, m_lon, m_radius})
        edit->setEnabled(circle || area.isEmpty());
    refreshPreview();
}

void DispatchDock::applyAreaFields()
{
    if (m_lat->text().trimmed().isEmpty() || m_lon->text().trimmed().isEmpty() ||
        m_radius->text().trimmed().isEmpty())
        return;
    const QLocale c = QLocale::c();
    bool latOk = false, lonOk = false, radiusOk = false;
    const double lat =
        c.toDouble(m_lat->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')), &latOk);
    const double lon =
        c.toDouble(m_lon->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')), &lonOk);
    const double radius = c.toDouble(m_radius->text().trimmed(), &radiusOk);
    QString error;
    if (!latOk || lat < 50.5 || lat > 53.8)
        error = tr("The latitude must be a number from 50.5 to 53.8 (the Netherlands).");
    else if (!lonOk || lon < 3.2 || lon > 7.3)
        error = tr("The longitude must be a number from 3.2 to 7.3 (the Netherlands).");
    else if (!radiusOk || radius < kMinRadius || radius > kMaxRadius)
        error = tr("The radius must be from %1 to %2 metres; %3 is not.")
                    .arg(QLocale().toString(kMinRadius), QLocale().toString(kMaxRadius),
                         m_radius->text().trimmed());
    if (!error.isEmpty()) {
        // Refused, not changed: the area stays what the map shows.
        m_areaError->setText(error);
        m_areaError->show();
        return;
    }
    m_areaError->hide();
    const GeoArea circle = GeoArea::circle(QGeoCoordinate(lat, lon), radius);
    if (circle.kind() == m_area.kind() && m_area.centre() == circle.centre() &&
        qFuzzyCompare(m_area.radiusMetres(), circle.radiusMetres()))
        return;
    Q_EMIT areaEdited(circle);
}

void DispatchDock::circleAroundIncident()
{
    if (!m_incident.isValid()) {
        m_areaError->setText(tr("Put the incident on the map first (right-click, or search a "
                                "place and choose Incident here)."));
        m_areaError->show();
        return;
    }
    m_areaError->hide();
    Q_EMIT areaEdited(GeoArea::circle(m_incident, defaultRadius(content().incident)));
}

void DispatchDock::setIncidentLocation(const QGeoCoordinate& at, const QString& description)
{
    m_incident = at;
    m_incidentLabel->setText(
        at.isValid()
            ? QStringLiteral("%1, %2").arg(at.latitude(), 0, 'f', 5).arg(at.longitude(), 0, 'f', 5)
            : tr("not set: put the incident on the map"));
    if (!description.isEmpty())
        m_locationText->setText(description);
    if (m_assistant)
        m_assistant->incidentChanged();
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

QString DispatchDock::areaText() const
{
    return m_areaLabel->text();
}

QString DispatchDock::areaError() const
{
    return m_areaError->isHidden() ? QString() : m_areaError->text();
}

QString DispatchDock::sendStatus() const
{
    return m_status->text();
}

void DispatchDock::refreshPreview()
{
    const ActionContent c = content();
    const ComposedMessage message = m_workflow.preview(c, m_area, m_locationText->text());
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
            m_warnings->addItem(tr("The %1 text is longer than the channel allows.")
                                    .arg(m_workflow.catalog().name(it.key())));

    const QLocale locale;
    switch (m_area.kind()) {
    case GeoArea::Kind::Empty:
        m_areaLabel->setText(tr("No area yet: draw one on the map, type a centre and radius, or "
                                "make a circle around the incident."));
        break;
    case GeoArea::Kind::Circle:
    case GeoArea::Kind::Polygon:
        m_areaLabel->setText(AreaText::describe(m_area));
        break;
    }
    if (m_area.isEmpty()) {
        m_recipients->setText(tr("Nobody is selected until there is an area."));
        m_recipients->setStyleSheet({});
        return;
    }
    // Counting is an index walk, well within a frame even for a large area.
    const QDateTime moment = countMoment();
    const QDateTime at = moment.isValid() ? moment : m_clock.nowUtc();
    SelectionCount count;
    if (m_counts) {
        auto live = m_counts->liveCount(m_area, at);
        if (!live) {
            m_recipients->setText(tr("Nobody can be selected: %1").arg(live.errorMessage()));
            m_recipients->setStyleSheet(QStringLiteral("color: #a00010; font-weight: bold;"));
            return;
        }
        count = *live;
    } else {
        count = m_selection.count(m_area, at);
    }
    m_recipients->setStyleSheet({});
    const QString text = tr("%Ln participant(s) in the area — SMS %1, voice %2, e-mail %3", nullptr,
                            int(count.participants))
                             .arg(locale.toString(count.on(BuiltinChannel::Sms)),
                                  locale.toString(count.on(BuiltinChannel::Voice)),
                                  locale.toString(count.on(BuiltinChannel::Email)));
    m_recipients->setText(
        moment.isValid()
            ? tr("At the send time, %1: %2")
                  .arg(moment.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")), text)
            : text);
}

void DispatchDock::finishSend(qint64 id, const QString& failure)
{
    m_sending = false;
    m_send->setEnabled(true);
    if (failure.isEmpty()) {
        if (id == m_editing) {
            m_editing = 0;
            m_editingLabel->hide();
        }
        m_status->setText(tr("Action %1 submitted.").arg(id));
        Q_EMIT actionSubmitted(id);
        return;
    }
    // A draft that was not sent is withdrawn (and that is recorded); nothing was queued. A draft
    // sent back and being changed stays its author's, to change again.
    if (id && id != m_editing) {
        auto a = m_workflow.action(id);
        if (a && a->state == ActionState::Draft)
            (void)m_workflow.withdraw(id);
    }
    m_status->setText(tr("Not sent: %1").arg(failure));
    if (isVisible() && !failure.isEmpty() && failure != tr("cancelled"))
        m_warn(this, tr("Not sent"), failure);
    Q_EMIT sendFailed(failure);
}

void DispatchDock::startSend()
{
    if (m_sending)
        return;
    refreshPreview();
    m_sending = true;
    m_send->setEnabled(false);
    m_status->setText(tr("Preparing…"));
    qint64 actionId = m_editing;
    if (m_editing) {
        if (auto changed =
                m_workflow.updateDraft(m_editing, content(), m_area, m_locationText->text());
            !changed) {
            finishSend(m_editing, changed.errorMessage());
            return;
        }
    } else {
        auto id = m_workflow.createDraft(content(), m_area, m_locationText->text());
        if (!id) {
            finishSend(0, id.errorMessage());
            return;
        }
        actionId = *id;
    }
    m_jobs.prepare(
        PlanRequest::alert(actionId), this, [this, actionId](const Result<DispatchPlan>& plan) {
            if (!plan) {
                finishSend(actionId, plan.errorMessage());
                return;
            }
            if (!plan->refusal.isEmpty()) {
                // The service records the refused attempt and answers with its reason.
                m_jobs.submit(*plan, Confirmation{}, this,
                              [this, actionId](const Result<ActionState>& state) {
                                  finishSend(actionId,
                                             state ? tr("refused") : state.errorMessage());
                              });
                return;
            }
            // The same incident twice is asked about before anything else.
            if (!plan->duplicates.isEmpty() && !m_askDuplicate(*plan, this)) {
                finishSend(actionId, tr("cancelled"));
                return;
            }
            std::optional<Confirmation> confirmation = m_confirmer(*plan, this);
            if (!confirmation || !confirmation->confirmed) {
                finishSend(actionId, tr("cancelled"));
                return;
            }
            confirmation->allowDuplicate = !plan->duplicates.isEmpty();
            m_status->setText(tr("Queuing…"));
            m_jobs.submit(*plan, *confirmation, this,
                          [this, actionId](const Result<ActionState>& state) {
                              finishSend(actionId, state ? QString() : state.errorMessage());
                          });
        });
}

qint64 DispatchDock::send()
{
    qint64 submitted = 0;
    bool done = false;
    QEventLoop loop;
    const auto ok = connect(this, &DispatchDock::actionSubmitted, &loop, [&](qint64 id) {
        submitted = id;
        done = true;
        loop.quit();
    });
    const auto failed = connect(this, &DispatchDock::sendFailed, &loop, [&] {
        done = true;
        loop.quit();
    });
    startSend();
    if (!done)
        loop.exec();
    disconnect(ok);
    disconnect(failed);
    return submitted;
}

bool DispatchDock::editDraft(qint64 id)
{
    auto a = m_workflow.action(id);
    if (!a || a->state != ActionState::Draft) {
        m_status->setText(a ? tr("Action %1 is no longer a draft.").arg(id) : a.errorMessage());
        return false;
    }
    const ActionContent& c = a->content;
    const auto select = [](QComboBox* box, const QString& data) {
        if (const int i = box->findData(data); i >= 0)
            box->setCurrentIndex(i);
    };
    select(m_kind, enumId(c.kind));
    select(m_incidentType, enumId(c.incident));
    select(m_language, c.language);
    select(m_sex, c.person.sex);
    for (const DescriptionSlot& slot : descriptionSlots())
        m_slots.value(QLatin1String(slot.key))->setText(slot.in(c));
    m_freeText->setPlainText(c.freeText);
    m_incidentNumber->setText(c.incidentNumber);
    m_consent->setChecked(c.familyConsent);
    m_later->setChecked(c.scheduledAt.isValid());
    if (c.scheduledAt.isValid())
        m_sendAt->setDateTime(c.scheduledAt.toLocalTime());
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        it.value()->setChecked(c.channels.contains(it.key()));
    m_editing = id;
    m_editingLabel->setText(a->sentBack() ? tr("Changing action %1, sent back by %2: %3")
                                                .arg(id)
                                                .arg(a->rejectedBy, a->rejectionReason)
                                          : tr("Changing draft %1").arg(id));
    m_editingLabel->show();
    setIncidentLocation(c.location, a->areaDescription);
    // The map holds the one area: it shows the draft's and hands it back through setAlertArea.
    if (!a->area.isEmpty())
        Q_EMIT areaEdited(a->area);
    refreshPreview();
    return true;
}

QDateTime DispatchDock::countMoment() const
{
    return content().scheduledAt;
}

// Those whose hours include the send time are the ones a scheduled notice reaches.
void DispatchDock::scheduleChanged()
{
    schedulePreview();
    const QDateTime moment = countMoment();
    if (moment == m_countMoment)
        return;
    m_countMoment = moment;
    Q_EMIT countMomentChanged(moment);
}

void DispatchDock::clear()
{
    m_editing = 0;
    m_editingLabel->hide();
    for (QLineEdit* edit : std::as_const(m_slots))
        edit->clear();
    m_freeText->clear();
    m_locationText->clear();
    m_consent->setChecked(false);
    m_sex->setCurrentIndex(0);
    refreshPreview();
}

} // namespace burgernet
