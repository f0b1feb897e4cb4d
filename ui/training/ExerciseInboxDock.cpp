#include "ui/training/ExerciseInboxDock.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "ui/ModeIndicator.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace burgernet {

namespace {

constexpr int kPollMs = 2000;

QString kindText(InjectKind kind)
{
    switch (kind) {
    case InjectKind::CallerInfo:
        return ExerciseInboxDock::tr("Information");
    case InjectKind::GatewayFailure:
    case InjectKind::GatewayRecovery:
        return ExerciseInboxDock::tr("Gateway");
    case InjectKind::Sighting:
        return ExerciseInboxDock::tr("Sighting");
    case InjectKind::SupervisorRequest:
        return ExerciseInboxDock::tr("Supervisor");
    case InjectKind::PersonFound:
        return ExerciseInboxDock::tr("Found");
    }
    return {};
}

} // namespace

ExerciseInboxDock::ExerciseInboxDock(Database& db, AuditService& audit, VirtualClock* clock,
                                     QWidget* parent)
    : QWidget(parent)
    , m_board(std::make_unique<ExerciseBoard>(db, audit, clock ? *clock : Clock::system()))
    , m_inbox(std::make_unique<ExerciseInbox>(*m_board))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("exerciseInboxPanel"));
    const QString purple = ModeIndicator::modeColor(Mode::Training).name();
    m_header = new QLabel(tr("No exercise yet."), this);
    m_header->setObjectName(QStringLiteral("exerciseInboxHeader"));
    m_header->setWordWrap(true);
    m_header->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; padding: 4px; font-weight: bold; }")
            .arg(purple));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("traineeExerciseInbox"));
    m_list->setAccessibleName(tr("Exercise messages"));
    m_list->setWordWrap(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget { border: 2px solid %1; }").arg(purple));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    // A click in the list: the trainee has read them.
    connect(m_list, &QListWidget::itemClicked, this, &ExerciseInboxDock::markRead);
    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &ExerciseInboxDock::refresh);
    m_timer->start();
    refresh();
}

ExerciseInboxDock::~ExerciseInboxDock() = default;

void ExerciseInboxDock::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}

void ExerciseInboxDock::setSilenceLimit(qint64 ms)
{
    m_inbox->setSilenceLimit(ms);
}

void ExerciseInboxDock::refresh()
{
    auto update = m_inbox->refresh();
    if (!update) {
        qCWarning(lcDispatch) << "exercise inbox:" << update.errorMessage();
        return;
    }
    // What is there at the first read (a restart) is shown, not announced.
    const bool first = !m_loaded;
    m_loaded = true;
    if (!update->exercise)
        return;
    const ExerciseRow& exercise = *update->exercise;
    if (update->newExercise) {
        m_list->clear();
        m_exercise = exercise.id;
        if (m_unread != 0) {
            m_unread = 0;
            Q_EMIT unreadChanged(0);
        }
    }
    const auto state = enumFromId<ExerciseClockState>(exercise.state);
    const bool active = state && *state != ExerciseClockState::Stopped && !update->interrupted;
    if (update->interrupted)
        m_header->setText(
            tr("Exercise interrupted: nothing heard from the trainer's console for %n second(s) "
               "(trainer: %1). Ask the trainer.",
               nullptr, int(exercise.silentMs / 1000))
                .arg(exercise.trainer));
    else
        m_header->setText(active ? tr("Exercise running (trainer: %1)").arg(exercise.trainer)
                                 : tr("Exercise ended (trainer: %1)").arg(exercise.trainer));
    if (m_clock && !(m_leading && m_leading())) {
        ExerciseInbox::follow(*m_clock, exercise, update->interrupted);
        if (active)
            Q_EMIT exerciseActive();
    }
    for (const ExerciseMessage& m : std::as_const(update->messages))
        add(m);
    if (update->messages.isEmpty() || first)
        return;
    // News: counted until seen, rung, and brought forward by the window.
    const ExerciseMessage& last = update->messages.last();
    m_lastNotice = tr("Exercise: %1").arg(kindText(last.kind));
    m_unread += int(update->messages.size());
    QApplication::beep();
    if (QWidget* top = window())
        QApplication::alert(top);
    Q_EMIT unreadChanged(m_unread);
    Q_EMIT messagesArrived(int(update->messages.size()), m_lastNotice);
}

void ExerciseInboxDock::markRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    Q_EMIT unreadChanged(0);
}

void ExerciseInboxDock::add(const ExerciseMessage& message)
{
    QString text =
        QStringLiteral("T+%1  %2").arg(message.minute, 0, 'f', 1).arg(kindText(message.kind));
    if (!message.text.isEmpty())
        text += QStringLiteral(": ") + message.text;
    auto* item = new QListWidgetItem(text, m_list);
    item->setToolTip(QLocale().toString(message.virtualAt.toLocalTime(), QLocale::ShortFormat));
    m_list->scrollToItem(item);
}

} // namespace burgernet
