#include "ui/training/ScenarioEditor.h"

#include "app/core/Session.h"
#include "app/dispatch/ActionWords.h"
#include "app/services/AuditService.h"
#include "app/training/ScenarioService.h"
#include "ui/training/ScenarioMap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace burgernet {

namespace {

const char* const kPersonKeys[] = {"sex",      "age",         "height",   "build",
                                   "clothing", "particulars", "direction"};
const char* const kVehicleKeys[] = {"make", "model", "colour", "plate", "direction"};

enum GoalColumn { GoalId, GoalTitle, GoalCriteria };
enum PathColumn { PathMinute, PathLat, PathLon };
enum InjectColumn { InjectMinute, InjectKindColumn, InjectText, InjectChannel, InjectUpdate };

// A cell's number, or its text when it is none (the loader then names the field).
QJsonValue numberOrText(const QString& text)
{
    bool ok = false;
    const double value = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? QJsonValue(value) : QJsonValue(text);
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QString injectKindLabel(InjectKind kind)
{
    switch (kind) {
    case InjectKind::CallerInfo:
        return ScenarioEditor::tr("Information from caller or unit");
    case InjectKind::GatewayFailure:
        return ScenarioEditor::tr("Gateway fails");
    case InjectKind::GatewayRecovery:
        return ScenarioEditor::tr("Gateway recovers");
    case InjectKind::Sighting:
        return ScenarioEditor::tr("Participant calls back");
    case InjectKind::SupervisorRequest:
        return ScenarioEditor::tr("Supervisor asks for an update");
    case InjectKind::PersonFound:
        return ScenarioEditor::tr("Person found");
    }
    return {};
}

QString number(double value)
{
    return QString::number(value, 'g', 8);
}

} // namespace

ScenarioEditor::ScenarioEditor(AuditService& audit, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_audit(audit)
{
    setObjectName(QStringLiteral("scenarioEditor"));
    setWindowTitle(tr("Scenario editor (TRAINING)"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("scenarioEditorTabs"));
    tabs->addTab(createIncidentPage(), tr("Incident"));
    tabs->addTab(createGoalsPage(), tr("Learning goals"));
    tabs->addTab(createPathPage(), tr("True path"));
    tabs->addTab(createInjectsPage(), tr("Injects"));
    m_map = new ScenarioMap(this);
    connect(m_map, &ScenarioMap::picked, this, &ScenarioEditor::picked);
    m_map->setPicking(true);

    auto* newButton = new QPushButton(tr("New"), this);
    auto* open = new QPushButton(tr("Open…"), this);
    open->setObjectName(QStringLiteral("openScenarioButton"));
    auto* checkButton = new QPushButton(tr("Check"), this);
    checkButton->setObjectName(QStringLiteral("checkScenarioButton"));
    auto* save = new QPushButton(tr("Save as…"), this);
    save->setObjectName(QStringLiteral("saveScenarioButton"));
    save->setEnabled(m_audit.session().can(Permission::EditScenarios));
    connect(newButton, &QPushButton::clicked, this, &ScenarioEditor::newScenario);
    connect(open, &QPushButton::clicked, this, &ScenarioEditor::openWithDialog);
    connect(checkButton, &QPushButton::clicked, this, [this] { (void)check(); });
    connect(save, &QPushButton::clicked, this, &ScenarioEditor::saveWithDialog);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scenarioEditorStatus"));
    m_status->setWordWrap(true);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(tabs);
    splitter->addWidget(m_map);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(open);
    buttons->addStretch(1);
    buttons->addWidget(checkButton);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setStyleSheet(QStringLiteral("#scenarioEditor { border: 4px solid #6a1b9a; }"));
    newScenario();
    resize(1180, 720);
}

ScenarioEditor::~ScenarioEditor() = default;

QWidget* ScenarioEditor::createIncidentPage()
{
    auto* page = new QWidget(this);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    m_summary = new QLineEdit(page);
    m_endMinute = new QSpinBox(page);
    m_endMinute->setRange(5, 480);
    m_endMinute->setSuffix(tr(" min"));
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("incidentType"));
    for (IncidentType type : enumValues<IncidentType>())
        m_type->addItem(ActionWords::incident(type), enumId(type));
    m_place = new QLineEdit(page);
    m_place->setObjectName(QStringLiteral("incidentPlace"));
    m_time = new QTimeEdit(page);
    m_time->setObjectName(QStringLiteral("incidentTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_description->setMaximumHeight(70);
    m_location = new QLabel(page);
    m_tipTexts = new QPlainTextEdit(page);
    m_tipTexts->setObjectName(QStringLiteral("tipTexts"));
    m_tipTexts->setMaximumHeight(60);
    m_tipTexts->setToolTip(tr("What participants who call back say, one text a line."));

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Location:"), m_location);
    form->addRow(tr("Time of day:"), m_time);
    form->addRow(tr("Ends after:"), m_endMinute);
    form->addRow(tr("Caller's account:"), m_description);
    form->addRow(tr("Call-back texts:"), m_tipTexts);

    const QStringList personLabels{tr("Sex:"),      tr("Age:"),      tr("Height:"),
                                   tr("Build:"),    tr("Clothing:"), tr("Particulars:"),
                                   tr("Direction:")};
    auto* person = new QGroupBox(tr("Person as the caller describes them"), page);
    auto* personForm = new QFormLayout(person);
    for (qsizetype i = 0; i < personLabels.size(); ++i) {
        auto* edit = new QLineEdit(person);
        edit->setObjectName(QStringLiteral("person_%1").arg(QLatin1String(kPersonKeys[i])));
        personForm->addRow(personLabels.at(i), edit);
        m_personSlots << edit;
    }
    m_personSlots.first()->setPlaceholderText(QStringLiteral("male / female"));
    const QStringList vehicleLabels{tr("Make:"), tr("Model:"), tr("Colour:"), tr("Plate:"),
                                    tr("Direction:")};
    auto* vehicle = new QGroupBox(tr("Vehicle"), page);
    auto* vehicleForm = new QFormLayout(vehicle);
    for (qsizetype i = 0; i < vehicleLabels.size(); ++i) {
        auto* edit = new QLineEdit(vehicle);
        edit->setObjectName(QStringLiteral("vehicle_%1").arg(QLatin1String(kVehicleKeys[i])));
        vehicleForm->addRow(vehicleLabels.at(i), edit);
        m_vehicleSlots << edit;
    }
    auto* descriptions = new QHBoxLayout;
    descriptions->addWidget(person);
    descriptions->addWidget(vehicle);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(descriptions);
    layout->addStretch(1);
    return page;
}

QWidget* ScenarioEditor::createGoalsPage()
{
    auto* page = new QWidget(this);
    m_goals = new QTableWidget(0, 3, page);
    m_goals->setObjectName(QStringLiteral("goalsTable"));
    m_goals->setHorizontalHeaderLabels({tr("Id"), tr("Learning goal"), tr("Judged on")});
    m_goals->horizontalHeader()->setSectionResizeMode(GoalTitle, QHeaderView::Stretch);
    QStringList criteria;
    for (Criterion c : enumValues<Criterion>())
        criteria << enumId(c);
    auto* help = new QLabel(tr("Judged on: criteria separated by commas, a time limit in minutes "
                               "after the first-send-within and closing-message criteria, e.g. "
                               "\"first-send-within 5, path-coverage\". Criteria: %1.")
                                .arg(criteria.join(QStringLiteral(", "))),
                            page);
    help->setWordWrap(true);
    auto* add = new QPushButton(tr("Add goal"), page);
    auto* remove = new QPushButton(tr("Remove goal"), page);
    connect(add, &QPushButton::clicked, this,
            [this] { addGoal(QStringLiteral("doel%1").arg(m_goals->rowCount() + 1), {}, {}); });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_goals->removeRow(m_goals->currentRow()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_goals, 1);
    layout->addWidget(help);
    layout->addLayout(buttons);
    return page;
}

QWidget* ScenarioEditor::createPathPage()
{
    auto* page = new QWidget(this);
    m_pathTable = new QTableWidget(0, 3, page);
    m_pathTable->setObjectName(QStringLiteral("pathTable"));
    m_pathTable->setHorizontalHeaderLabels({tr("T+minutes"), tr("Latitude"), tr("Longitude")});
    m_pathTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_pathTable, &QTableWidget::itemChanged, this, &ScenarioEditor::refreshMap);
    m_step = new QDoubleSpinBox(page);
    m_step->setObjectName(QStringLiteral("pathStep"));
    m_step->setRange(0.5, 60);
    m_step->setValue(5);
    m_step->setSuffix(tr(" min"));
    auto* pickPath = new QRadioButton(tr("the next point of the path"), page);
    pickPath->setChecked(true);
    m_pickIncident = new QRadioButton(tr("the incident's location"), page);
    m_pickIncident->setObjectName(QStringLiteral("pickIncident"));
    auto* removeLast = new QPushButton(tr("Remove last point"), page);
    connect(removeLast, &QPushButton::clicked, this, [this] {
        if (m_pathTable->rowCount() > 0)
            m_pathTable->removeRow(m_pathTable->rowCount() - 1);
        refreshMap();
    });
    auto* fit = new QPushButton(tr("Show the whole path"), page);
    connect(fit, &QPushButton::clicked, this, [this] { m_map->fitToPath(); });
    auto* form = new QFormLayout;
    auto* click = new QHBoxLayout;
    click->addWidget(pickPath);
    click->addWidget(m_pickIncident);
    form->addRow(tr("A click on the map sets:"), click);
    form->addRow(tr("Minutes between points:"), m_step);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(removeLast);
    buttons->addWidget(fit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_pathTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* ScenarioEditor::createInjectsPage()
{
    auto* page = new QWidget(this);
    m_injects = new QTableWidget(0, 5, page);
    m_injects->setObjectName(QStringLiteral("injectsTable"));
    m_injects->setHorizontalHeaderLabels(
        {tr("T+minutes"), tr("Kind"), tr("Content"), tr("Channel"), tr("Update expected")});
    m_injects->horizontalHeader()->setSectionResizeMode(InjectText, QHeaderView::Stretch);
    auto* help = new QLabel(tr("A call-back or the person found takes place on the true path at "
                               "its minute. A gateway's failure and recovery name the channel "
                               "(sms, voice, email, …)."),
                            page);
    help->setWordWrap(true);
    auto* add = new QPushButton(tr("Add inject"), page);
    auto* remove = new QPushButton(tr("Remove inject"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const double last =
            m_injects->rowCount()
                ? cell(m_injects, m_injects->rowCount() - 1, InjectMinute).toDouble()
                : 0;
        addInject(last, InjectKind::CallerInfo, {});
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_injects->removeRow(m_injects->currentRow()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_injects, 1);
    layout->addWidget(help);
    layout->addLayout(buttons);
    return page;
}

void ScenarioEditor::addGoal(const QString& id, const QString& title, const QString& criteria)
{
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);
    setCell(m_goals, row, GoalId, id);
    setCell(m_goals, row, GoalTitle, title);
    setCell(m_goals, row, GoalCriteria, criteria);
}

void ScenarioEditor::addPathPoint(const QGeoCoordinate& at)
{
    const int row = m_pathTable->rowCount();
    const double minute =
        row ? cell(m_pathTable, row - 1, PathMinute).toDouble() + m_step->value() : 0.0;
    const QSignalBlocker blocker(m_pathTable);
    m_pathTable->insertRow(row);
    setCell(m_pathTable, row, PathMinute, number(minute));
    setCell(m_pathTable, row, PathLat, QString::number(at.latitude(), 'f', 5));
    setCell(m_pathTable, row, PathLon, QString::number(at.longitude(), 'f', 5));
    if (!m_incident.isValid())
        setIncidentLocation(at);
    refreshMap();
}

void ScenarioEditor::addInject(double minute, InjectKind kind, const QString& text)
{
    const int row = m_injects->rowCount();
    m_injects->insertRow(row);
    setCell(m_injects, row, InjectMinute, number(minute));
    auto* kinds = new QComboBox(m_injects);
    for (InjectKind k : enumValues<InjectKind>())
        kinds->addItem(injectKindLabel(k), enumId(k));
    kinds->setCurrentIndex(kinds->findData(enumId(kind)));
    m_injects->setCellWidget(row, InjectKindColumn, kinds);
    setCell(m_injects, row, InjectText, text);
    setCell(m_injects, row, InjectChannel, {});
    auto* update = new QTableWidgetItem;
    update->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    update->setCheckState(Qt::Unchecked);
    m_injects->setItem(row, InjectUpdate, update);
}

void ScenarioEditor::picked(const QGeoCoordinate& at)
{
    if (m_pickIncident->isChecked())
        setIncidentLocation(at);
    else
        addPathPoint(at);
}

void ScenarioEditor::setIncidentLocation(const QGeoCoordinate& at)
{
    m_incident = at;
    m_location->setText(
        at.isValid()
            ? QStringLiteral("%1, %2").arg(at.latitude(), 0, 'f', 5).arg(at.longitude(), 0, 'f', 5)
            : tr("click on the map"));
    refreshMap();
}

void ScenarioEditor::refreshMap()
{
    QList<PathPoint> path;
    for (int row = 0; row < m_pathTable->rowCount(); ++row) {
        const QGeoCoordinate c(cell(m_pathTable, row, PathLat).toDouble(),
                               cell(m_pathTable, row, PathLon).toDouble());
        if (c.isValid())
            path << PathPoint{cell(m_pathTable, row, PathMinute).toDouble(), c};
    }
    m_map->setPath(path);
    m_map->setIncident(m_incident);
}

QJsonObject ScenarioEditor::document() const
{
    QJsonObject doc = m_base;
    doc.insert(QStringLiteral("version"), 1);
    doc.insert(QStringLiteral("title"), m_title->text().trimmed());
    if (m_summary->text().trimmed().isEmpty())
        doc.remove(QStringLiteral("summary"));
    else
        doc.insert(QStringLiteral("summary"), m_summary->text().trimmed());
    doc.insert(QStringLiteral("endMinute"), m_endMinute->value());

    QJsonArray goals;
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        QJsonArray criteria;
        for (const QString& part : cell(m_goals, row, GoalCriteria).split(QLatin1Char(','))) {
            const QStringList words = part.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            QJsonObject c{{QStringLiteral("kind"), words.first()}};
            if (words.size() > 1)
                c.insert(QStringLiteral("minutes"), numberOrText(words.at(1)));
            criteria.append(c);
        }
        goals.append(QJsonObject{{QStringLiteral("id"), cell(m_goals, row, GoalId)},
                                 {QStringLiteral("title"), cell(m_goals, row, GoalTitle)},
                                 {QStringLiteral("criteria"), criteria}});
    }
    doc.insert(QStringLiteral("learningGoals"), goals);

    QJsonObject incident{
        {QStringLiteral("type"), m_type->currentData().toString()},
        {QStringLiteral("place"), m_place->text().trimmed()},
        {QStringLiteral("timeOfDay"), m_time->time().toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("description"), m_description->toPlainText().trimmed()}};
    if (m_incident.isValid()) {
        incident.insert(QStringLiteral("lat"), qRound(m_incident.latitude() * 1e5) / 1e5);
        incident.insert(QStringLiteral("lon"), qRound(m_incident.longitude() * 1e5) / 1e5);
    }
    QJsonObject person;
    for (qsizetype i = 0; i < m_personSlots.size(); ++i)
        if (!m_personSlots.at(i)->text().trimmed().isEmpty())
            person.insert(QLatin1String(kPersonKeys[i]), m_personSlots.at(i)->text().trimmed());
    QJsonObject vehicle;
    for (qsizetype i = 0; i < m_vehicleSlots.size(); ++i)
        if (!m_vehicleSlots.at(i)->text().trimmed().isEmpty())
            vehicle.insert(QLatin1String(kVehicleKeys[i]), m_vehicleSlots.at(i)->text().trimmed());
    if (!person.isEmpty())
        incident.insert(QStringLiteral("person"), person);
    if (!vehicle.isEmpty())
        incident.insert(QStringLiteral("vehicle"), vehicle);
    doc.insert(QStringLiteral("incident"), incident);

    QJsonArray path;
    QList<PathPoint> points;
    for (int row = 0; row < m_pathTable->rowCount(); ++row) {
        const QJsonValue minute = numberOrText(cell(m_pathTable, row, PathMinute));
        const QJsonValue lat = numberOrText(cell(m_pathTable, row, PathLat));
        const QJsonValue lon = numberOrText(cell(m_pathTable, row, PathLon));
        path.append(QJsonObject{{QStringLiteral("minute"), minute},
                                {QStringLiteral("lat"), lat},
                                {QStringLiteral("lon"), lon}});
        points << PathPoint{minute.toDouble(), QGeoCoordinate(lat.toDouble(), lon.toDouble())};
    }
    doc.insert(QStringLiteral("truePath"), path);
    Scenario onPath;
    onPath.path = points;
    onPath.incident.location = m_incident;

    QJsonObject population = doc.value(QStringLiteral("population")).toObject();
    QJsonArray tipTexts;
    for (const QString& line : m_tipTexts->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            tipTexts.append(line.trimmed());
    population.insert(QStringLiteral("tipTexts"), tipTexts);
    doc.insert(QStringLiteral("population"), population);

    QJsonArray injects;
    for (int row = 0; row < m_injects->rowCount(); ++row) {
        const auto* kinds = qobject_cast<QComboBox*>(m_injects->cellWidget(row, InjectKindColumn));
        const QString kindId = kinds ? kinds->currentData().toString() : QString();
        InjectKind kind = InjectKind::CallerInfo;
        (void)enumFromId(kindId, &kind);
        const QJsonValue minute = numberOrText(cell(m_injects, row, InjectMinute));
        QJsonObject inject{{QStringLiteral("minute"), minute}, {QStringLiteral("kind"), kindId}};
        if (!cell(m_injects, row, InjectText).isEmpty())
            inject.insert(QStringLiteral("text"), cell(m_injects, row, InjectText));
        if (kind == InjectKind::GatewayFailure || kind == InjectKind::GatewayRecovery)
            inject.insert(QStringLiteral("channel"), cell(m_injects, row, InjectChannel));
        const QVariant place = m_injects->item(row, InjectMinute)->data(Qt::UserRole);
        if (place.isValid()) {
            // The place the file gave, kept as it was.
            inject.insert(QStringLiteral("lat"), place.toPointF().x());
            inject.insert(QStringLiteral("lon"), place.toPointF().y());
        } else if (kind == InjectKind::Sighting || kind == InjectKind::PersonFound) {
            // On the true path at its minute: where the person is, someone sees them.
            const QGeoCoordinate at = onPath.positionAt(minute.toDouble());
            if (at.isValid()) {
                inject.insert(QStringLiteral("lat"), qRound(at.latitude() * 1e5) / 1e5);
                inject.insert(QStringLiteral("lon"), qRound(at.longitude() * 1e5) / 1e5);
            }
        }
        if (const QTableWidgetItem* update = m_injects->item(row, InjectUpdate);
            update && update->checkState() == Qt::Checked)
            inject.insert(QStringLiteral("expectsUpdate"), true);
        injects.append(inject);
    }
    doc.insert(QStringLiteral("injects"), injects);
    return doc;
}

void ScenarioEditor::setDocument(const QJsonObject& document)
{
    m_base = document;
    m_title->setText(document.value(QStringLiteral("title")).toString());
    m_summary->setText(document.value(QStringLiteral("summary")).toString());
    m_endMinute->setValue(document.value(QStringLiteral("endMinute")).toInt(60));
    const QJsonObject incident = document.value(QStringLiteral("incident")).toObject();
    m_type->setCurrentIndex(
        std::max(0, m_type->findData(incident.value(QStringLiteral("type")).toString())));
    m_place->setText(incident.value(QStringLiteral("place")).toString());
    m_time->setTime(QTime::fromString(incident.value(QStringLiteral("timeOfDay")).toString(),
                                      QStringLiteral("HH:mm")));
    m_description->setPlainText(incident.value(QStringLiteral("description")).toString());
    const QJsonObject person = incident.value(QStringLiteral("person")).toObject();
    for (qsizetype i = 0; i < m_personSlots.size(); ++i)
        m_personSlots.at(i)->setText(person.value(QLatin1String(kPersonKeys[i])).toString());
    const QJsonObject vehicle = incident.value(QStringLiteral("vehicle")).toObject();
    for (qsizetype i = 0; i < m_vehicleSlots.size(); ++i)
        m_vehicleSlots.at(i)->setText(vehicle.value(QLatin1String(kVehicleKeys[i])).toString());
    QStringList tips;
    for (const QJsonValue& t : document.value(QStringLiteral("population"))
                                   .toObject()
                                   .value(QStringLiteral("tipTexts"))
                                   .toArray())
        tips << t.toString();
    m_tipTexts->setPlainText(tips.join(QLatin1Char('\n')));

    m_goals->setRowCount(0);
    for (const QJsonValue& g : document.value(QStringLiteral("learningGoals")).toArray()) {
        QStringList criteria;
        for (const QJsonValue& c : g.toObject().value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject o = c.toObject();
            QString text = o.value(QStringLiteral("kind")).toString();
            if (o.contains(QStringLiteral("minutes")))
                text += QLatin1Char(' ') + number(o.value(QStringLiteral("minutes")).toDouble());
            criteria << text;
        }
        addGoal(g.toObject().value(QStringLiteral("id")).toString(),
                g.toObject().value(QStringLiteral("title")).toString(),
                criteria.join(QStringLiteral(", ")));
    }
    {
        const QSignalBlocker blocker(m_pathTable);
        m_pathTable->setRowCount(0);
        for (const QJsonValue& p : document.value(QStringLiteral("truePath")).toArray()) {
            const QJsonObject o = p.toObject();
            const int row = m_pathTable->rowCount();
            m_pathTable->insertRow(row);
            setCell(m_pathTable, row, PathMinute,
                    number(o.value(QStringLiteral("minute")).toDouble()));
            setCell(m_pathTable, row, PathLat, number(o.value(QStringLiteral("lat")).toDouble()));
            setCell(m_pathTable, row, PathLon, number(o.value(QStringLiteral("lon")).toDouble()));
        }
    }
    m_injects->setRowCount(0);
    for (const QJsonValue& i : document.value(QStringLiteral("injects")).toArray()) {
        const QJsonObject o = i.toObject();
        InjectKind kind = InjectKind::CallerInfo;
        (void)enumFromId(o.value(QStringLiteral("kind")).toString(), &kind);
        addInject(o.value(QStringLiteral("minute")).toDouble(), kind,
                  o.value(QStringLiteral("text")).toString());
        const int row = m_injects->rowCount() - 1;
        setCell(m_injects, row, InjectChannel, o.value(QStringLiteral("channel")).toString());
        if (o.contains(QStringLiteral("lat")))
            m_injects->item(row, InjectMinute)
                ->setData(Qt::UserRole, QPointF(o.value(QStringLiteral("lat")).toDouble(),
                                                o.value(QStringLiteral("lon")).toDouble()));
        m_injects->item(row, InjectUpdate)
            ->setCheckState(o.value(QStringLiteral("expectsUpdate")).toBool() ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    setIncidentLocation(incident.contains(QStringLiteral("lat"))
                            ? QGeoCoordinate(incident.value(QStringLiteral("lat")).toDouble(),
                                             incident.value(QStringLiteral("lon")).toDouble())
                            : QGeoCoordinate());
    refreshMap();
    m_map->fitToPath();
}

void ScenarioEditor::newScenario()
{
    m_path.clear();
    // What the editor does not show gets the values most scenarios use.
    const QJsonObject population{
        {QStringLiteral("baseProbability"), 0.15},
        {QStringLiteral("distanceScaleMetres"), 300},
        {QStringLiteral("timeScaleMinutes"), 12},
        {QStringLiteral("watchMinutes"), 30},
        {QStringLiteral("delayMinMinutes"), 1},
        {QStringLiteral("delayMaxMinutes"), 4},
        {QStringLiteral("seed"), 1},
        {QStringLiteral("tipTexts"),
         QJsonArray{tr("I think I just saw the person from the message.")}}};
    setDocument(QJsonObject{{QStringLiteral("$schema"), QStringLiteral("scenario.schema.json")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("endMinute"), 60},
                            {QStringLiteral("population"), population},
                            {QStringLiteral("incident"),
                             QJsonObject{{QStringLiteral("timeOfDay"), QStringLiteral("14:00")}}}});
    showStatus(tr("A new scenario: fill in the incident, click the path on the map, add goals "
                  "and injects."),
               false);
}

Status ScenarioEditor::openFile(const QString& path)
{
    auto document = ScenarioService::open(path);
    if (!document) {
        showStatus(document.errorMessage(), true);
        return document.error();
    }
    setDocument(*document);
    m_path = path;
    showStatus(tr("Opened %1.").arg(QFileInfo(path).fileName()), false);
    return {};
}

Result<Scenario> ScenarioEditor::check()
{
    auto scenario = ScenarioService::check(document());
    if (!scenario)
        showStatus(scenario.errorMessage(), true);
    else
        showStatus(tr("Valid: %1 (%n inject(s)).", nullptr, int(scenario->injects.size()))
                       .arg(scenario->title),
                   false);
    return scenario;
}

Status ScenarioEditor::saveTo(const QString& path)
{
    auto saved = ScenarioService(m_audit).save(document(), path);
    if (!saved) {
        showStatus(saved.errorMessage(), true);
        return saved.error();
    }
    m_path = path;
    showStatus(tr("Saved %1: %2.").arg(QFileInfo(path).fileName(), saved->title), false);
    return {};
}

void ScenarioEditor::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a scenario"), m_path, tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        (void)openFile(path);
}

void ScenarioEditor::saveWithDialog()
{
    if (!check())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the scenario"), m_path,
                                                      tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        (void)saveTo(path);
}

void ScenarioEditor::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace burgernet
