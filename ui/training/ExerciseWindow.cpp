#include "ui/training/ExerciseWindow.h"

#include "app/core/Clock.h"
#include "app/core/Session.h"
#include "app/dispatch/ActionWords.h"
#include "app/session/SessionServices.h"
#include "app/training/ExerciseDebrief.h"
#include "app/training/ExerciseRuns.h"
#include "app/training/TraineeActivity.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/dispatch/ChannelProgressBar.h"
#include "ui/dispatch/MessageTypeText.h"
#include "ui/map/AreaSizeText.h"
#include "ui/training/DebriefDialog.h"
#include "ui/training/ScenarioMap.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace burgernet {

namespace {

QString injectLabel(InjectKind kind)
{
    switch (kind) {
    case InjectKind::CallerInfo:
        return ExerciseWindow::tr("Information");
    case InjectKind::GatewayFailure:
        return ExerciseWindow::tr("Gateway fails (trainer only)");
    case InjectKind::GatewayRecovery:
        return ExerciseWindow::tr("Gateway recovers");
    case InjectKind::Sighting:
        return ExerciseWindow::tr("Call-back");
    case InjectKind::SupervisorRequest:
        return ExerciseWindow::tr("Supervisor");
    case InjectKind::PersonFound:
        return ExerciseWindow::tr("Found");
    }
    return {};
}

QString minuteText(double minute)
{
    return QStringLiteral("T+%1").arg(minute, 0, 'f', 1);
}

} // namespace

ExerciseWindow::ExerciseWindow(SessionServices& session, VirtualClock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("exerciseWindow"));
    setWindowTitle(tr("Exercises (TRAINING)"));
    m_scenarios = new QComboBox(this);
    m_scenarios->setObjectName(QStringLiteral("scenarioChoice"));
    for (const QString& name : ScenarioLoader::bundled()) {
        auto s = ScenarioLoader::load(QStringLiteral(":/scenarios/") + name);
        m_scenarios->addItem(s ? s->title : name, QStringLiteral(":/scenarios/") + name);
    }
    auto* open = new QPushButton(tr("Open file…"), this);
    connect(open, &QPushButton::clicked, this, &ExerciseWindow::openFile);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("exerciseSpeed"));
    for (int speed : {1, 2, 5})
        m_speed->addItem(tr("%1×").arg(speed), speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_engine)
            if (auto changed = m_engine->setSpeed(chosenSpeed()); !changed)
                QMessageBox::warning(this, tr("Exercises"), changed.errorMessage());
    });
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("startExercise"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseExercise"));
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeExercise"));
    m_stop = new QPushButton(tr("Stop and debrief"), this);
    m_stop->setObjectName(QStringLiteral("stopExercise"));
    connect(m_start, &QPushButton::clicked, this, &ExerciseWindow::start);
    connect(m_pause, &QPushButton::clicked, this, &ExerciseWindow::pause);
    connect(m_resume, &QPushButton::clicked, this, &ExerciseWindow::resume);
    connect(m_stop, &QPushButton::clicked, this, &ExerciseWindow::stop);
    m_status = new QLabel(tr("Choose a scenario and start."), this);
    m_status->setObjectName(QStringLiteral("exerciseStatus"));

    m_inbox = new QListWidget(this);
    m_inbox->setObjectName(QStringLiteral("exerciseInbox"));
    m_inbox->setWordWrap(true);
    m_tips = new QListWidget(this);
    m_tips->setObjectName(QStringLiteral("exerciseTips"));
    m_tips->setWordWrap(true);
    m_map = new ScenarioMap(this);
    m_trainee = new QLineEdit(this);
    m_trainee->setObjectName(QStringLiteral("traineeName"));
    m_trainee->setPlaceholderText(tr("the trainee's user name"));
    m_activity = new QTreeWidget(this);
    m_activity->setObjectName(QStringLiteral("traineeActivity"));
    m_activity->setHeaderHidden(true);
    m_activity->setWordWrap(true);
    m_runs = std::make_unique<ExerciseRuns>(m_session.database(), m_session.audit());

    // Each list is named as its box is titled, for a screen reader.
    m_inbox->setAccessibleName(tr("Inbox"));
    m_tips->setAccessibleName(tr("Tips"));
    m_activity->setAccessibleName(tr("What the trainee does"));
    auto* choice = new QHBoxLayout;
    choice->addWidget(m_scenarios, 1);
    choice->addWidget(open);
    auto* traineeLabel = new QLabel(tr("Trainee:"), this);
    traineeLabel->setBuddy(m_trainee);
    m_trainee->setAccessibleName(tr("Trainee"));
    choice->addWidget(traineeLabel);
    choice->addWidget(m_trainee);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_resume);
    controls->addWidget(new QLabel(tr("Speed:"), this));
    controls->addWidget(m_speed);
    controls->addStretch(1);
    controls->addWidget(m_stop);
    auto* inboxBox = new QGroupBox(tr("Inbox"), this);
    (new QVBoxLayout(inboxBox))->addWidget(m_inbox);
    auto* tipsBox = new QGroupBox(tr("Tips"), this);
    (new QVBoxLayout(tipsBox))->addWidget(m_tips);
    auto* pathBox = new QGroupBox(tr("True path and the trainee's areas (trainer only)"), this);
    (new QVBoxLayout(pathBox))->addWidget(m_map);
    auto* activityBox = new QGroupBox(tr("What the trainee does"), this);
    (new QVBoxLayout(activityBox))->addWidget(m_activity);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(inboxBox);
    left->addWidget(tipsBox);
    left->addWidget(activityBox);
    auto* panes = new QSplitter(this);
    panes->addWidget(left);
    panes->addWidget(pathBox);
    panes->setStretchFactor(0, 2);
    panes->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(panes, 1);
    // Training's purple, as everywhere in training mode.
    setStyleSheet(QStringLiteral("#exerciseWindow { border: 4px solid #6a1b9a; }"));

    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ExerciseWindow::tick);
    connect(m_scenarios, &QComboBox::currentIndexChanged, this,
            [this] { chooseScenario(m_scenarios->currentData().toString()); });
    if (m_scenarios->count() > 0)
        chooseScenario(m_scenarios->currentData().toString());
    refreshButtons();
    resize(1180, 760);
}

ExerciseWindow::~ExerciseWindow() = default;

bool ExerciseWindow::chooseScenario(const QString& nameOrPath)
{
    if (m_engine && (m_engine->state() == ExerciseEngine::State::Running ||
                     m_engine->state() == ExerciseEngine::State::Paused))
        return false;
    QString path = nameOrPath;
    if (!QFileInfo::exists(path) && ScenarioLoader::bundled().contains(nameOrPath))
        path = QStringLiteral(":/scenarios/") + nameOrPath;
    auto loaded = ScenarioLoader::load(path);
    if (!loaded) {
        m_status->setText(loaded.errorMessage());
        return false;
    }
    m_engine.reset();
    m_scenario = *loaded;
    m_scenarioName = QFileInfo(path).fileName();
    m_map->clear();
    m_map->setPath(m_scenario->path);
    m_map->setIncident(m_scenario->incident.location);
    m_map->fitToPath();
    m_status->setText(m_scenario->summary.isEmpty() ? m_scenario->title : m_scenario->summary);
    refreshButtons();
    return true;
}

void ExerciseWindow::openFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a scenario"), {}, tr("Scenarios (*.json)"));
    if (!path.isEmpty() && chooseScenario(path))
        m_scenarios->setCurrentIndex(-1);
}

double ExerciseWindow::chosenSpeed() const
{
    return m_speed->currentData().toDouble();
}

void ExerciseWindow::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}

void ExerciseWindow::start()
{
    if (!m_scenario)
        return;
    m_engine = std::make_unique<ExerciseEngine>(m_session, m_clock, *m_scenario, m_scenarioName);
    connect(m_engine.get(), &ExerciseEngine::injectDelivered, this, &ExerciseWindow::addEvent);
    connect(m_engine.get(), &ExerciseEngine::tipArrived, this, &ExerciseWindow::addEvent);
    connect(m_engine.get(), &ExerciseEngine::stateChanged, this, &ExerciseWindow::refreshButtons);
    connect(m_engine.get(), &ExerciseEngine::endReached, this, [this] {
        m_status->setText(tr("The scenario's last minute has come: stop it for the debrief."));
    });
    m_inbox->clear();
    m_tips->clear();
    m_map->clear();
    m_activity->clear();
    if (auto started = m_engine->start(chosenSpeed()); !started) {
        QMessageBox::warning(this, tr("Exercises"), started.errorMessage());
        m_engine.reset();
        refreshButtons();
        return;
    }
    m_timer->start();
    tick();
}

void ExerciseWindow::pause()
{
    if (!m_engine)
        return;
    if (auto paused = m_engine->pause(); !paused)
        QMessageBox::warning(this, tr("Exercises"), paused.errorMessage());
}

void ExerciseWindow::resume()
{
    if (!m_engine)
        return;
    if (auto resumed = m_engine->resume(); !resumed)
        QMessageBox::warning(this, tr("Exercises"), resumed.errorMessage());
}

void ExerciseWindow::stop()
{
    if (!m_engine)
        return;
    m_engine->poll();
    Debrief debrief = ExerciseDebrief::make(*m_engine);
    if (auto stopped = m_engine->stop(); !stopped)
        QMessageBox::warning(this, tr("Exercises"), stopped.errorMessage());
    m_timer->stop();
    refreshTrainee();
    // The run is kept for the trainee, and compared with their earlier runs of the scenario.
    if (!m_trainee->text().trimmed().isEmpty()) {
        if (auto stored = m_runs->store(debrief, m_trainee->text()); stored)
            debrief = std::move(stored).value();
        else
            QMessageBox::warning(this, tr("Exercises"), stored.errorMessage());
    }
    delete m_debrief;
    m_debrief = new DebriefDialog(std::move(debrief), m_runs.get(), this);
    m_debrief->show();
}

void ExerciseWindow::setTrainee(const QString& name)
{
    m_trainee->setText(name);
}

void ExerciseWindow::refreshTrainee()
{
    if (!m_engine)
        return;
    const QList<TraineeActionView> views = TraineeActivity::read(*m_engine);
    QList<GeoArea> areas;
    m_activity->clear();
    for (const TraineeActionView& v : views) {
        if (!v.area.isEmpty())
            areas << v.area;
        auto* top = new QTreeWidgetItem(m_activity);
        top->setText(0, tr("Action %1: %2, %3")
                            .arg(v.actionId)
                            .arg(ActionWords::state(v.state),
                                 v.sentMinute >= 0 ? tr("sent at %1").arg(minuteText(v.sentMinute))
                                                   : tr("not sent")));
        if (!v.area.isEmpty())
            (new QTreeWidgetItem(top))->setText(0, tr("Area: %1").arg(AreaSizeText::of(v.area)));
        for (const TraineeActionView::Message& m : v.messages)
            (new QTreeWidgetItem(top))
                ->setText(0, tr("%1 %2: %3")
                                 .arg(minuteText(m.minute), MessageTypeText::name(m.type), m.text));
        for (auto it = v.counts.cbegin(); it != v.counts.cend(); ++it) {
            QStringList states;
            for (auto s = it.value().cbegin(); s != it.value().cend(); ++s)
                states << tr("%1 %2")
                              .arg(QLocale().toString(s.value()))
                              .arg(ChannelProgressBar::stateName(s.key()));
            (new QTreeWidgetItem(top))
                ->setText(
                    0, tr("%1: %2").arg(channelName(it.key()), states.join(QStringLiteral(", "))));
        }
        top->setExpanded(true);
    }
    m_map->setAreas(areas);
}

void ExerciseWindow::tick()
{
    if (!m_engine)
        return;
    m_engine->poll();
    const double minute = m_engine->minute();
    m_map->setPosition(m_scenario->positionAt(minute));
    refreshTrainee();
    if (m_engine->state() == ExerciseEngine::State::Running ||
        m_engine->state() == ExerciseEngine::State::Paused)
        Q_EMIT exerciseTicked();
    if (m_engine->state() == ExerciseEngine::State::Running ||
        m_engine->state() == ExerciseEngine::State::Paused)
        m_status->setText(tr("%1 — %2 of %3 minutes, %4×%5")
                              .arg(m_scenario->title, minuteText(minute))
                              .arg(m_scenario->endMinute)
                              .arg(m_engine->speed())
                              .arg(m_engine->state() == ExerciseEngine::State::Paused
                                       ? tr(", paused")
                                       : QString()));
}

void ExerciseWindow::addEvent(const ExerciseEvent& event)
{
    if (event.kind == ExerciseEvent::Kind::Tip) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(minuteText(event.minute), event.text), m_tips);
        item->setToolTip(tr("Action %1").arg(event.actionId));
        m_map->addTip(event.position);
        return;
    }
    QString text =
        QStringLiteral("%1  %2").arg(minuteText(event.minute), injectLabel(event.inject));
    if (!event.text.isEmpty())
        text += QStringLiteral(": ") + event.text;
    auto* item = new QListWidgetItem(text, m_inbox);
    if (!event.forTrainee)
        item->setForeground(QColor(0x6a, 0x1b, 0x9a));
    m_inbox->scrollToItem(item);
}

void ExerciseWindow::refreshButtons()
{
    const bool allowed = m_session.session().can(Permission::RunExercise);
    const auto state = m_engine ? m_engine->state() : ExerciseEngine::State::Ready;
    const bool active =
        state == ExerciseEngine::State::Running || state == ExerciseEngine::State::Paused;
    m_start->setEnabled(allowed && m_scenario && !active);
    m_pause->setEnabled(state == ExerciseEngine::State::Running);
    m_resume->setEnabled(state == ExerciseEngine::State::Paused);
    m_stop->setEnabled(active);
    m_scenarios->setEnabled(!active);
}

} // namespace burgernet
