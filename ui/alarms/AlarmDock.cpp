#include "ui/alarms/AlarmDock.h"

#include "app/core/Clock.h"
#include "app/services/AlarmService.h"
#include "ui/alarms/AlarmTableModel.h"

#include <QApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace burgernet {

namespace {

AlarmDock::ReminderAnswer askWithDialog(QWidget* parent, const Alarm& alarm)
{
    // Qt Multimedia is optional; the desktop's bell is always there.
    QApplication::beep();
    QMessageBox box(QMessageBox::Warning, AlarmTableModel::kindText(alarm.kind),
                    AlarmTableModel::describe(alarm), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("closingReminder"));
    QPushButton* ack = box.addButton(AlarmDock::tr("Acknowledge"), QMessageBox::AcceptRole);
    QPushButton* snooze =
        box.addButton(AlarmDock::tr("Remind me in %1 min").arg(AlarmDock::kSnoozeMinutes),
                      QMessageBox::RejectRole);
    box.setDefaultButton(ack);
    box.exec();
    if (box.clickedButton() == ack)
        return AlarmDock::ReminderAnswer::Acknowledge;
    if (box.clickedButton() == snooze)
        return AlarmDock::ReminderAnswer::Snooze;
    return AlarmDock::ReminderAnswer::Later;
}

QPushButton* makeButton(const QString& name, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

AlarmDock::AlarmDock(AlarmService& alarms, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_alarms(alarms)
    , m_clock(clock)
    , m_reminder(askWithDialog)
    , m_model(new AlarmTableModel(this))
    , m_table(new QTableView(this))
    , m_history(new QListWidget(this))
    , m_acknowledge(makeButton(QStringLiteral("alarmAcknowledge"), tr("Acknowledge"), this))
    , m_snooze(
          makeButton(QStringLiteral("alarmSnooze"), tr("Snooze %1 min").arg(kSnoozeMinutes), this))
    , m_open(makeButton(QStringLiteral("alarmOpen"), tr("Go to"), this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("alarmsPanel"));
    m_table->setObjectName(QStringLiteral("alarmsTable"));
    m_table->setAccessibleName(tr("Current alarms"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; arrows choose the row
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_history->setObjectName(QStringLiteral("alarmHistory"));
    m_history->setAccessibleName(tr("What was done about alarms"));
    m_status->setObjectName(QStringLiteral("alarmStatus"));
    m_status->setWordWrap(true);

    // Two to a row: the dock shares its side with the participants and stays as narrow.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_acknowledge, 0, 0);
    buttons->addWidget(m_snooze, 0, 1);
    buttons->addWidget(m_open, 1, 0);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_status);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("History"), bottom));
    bottomLayout->addWidget(m_history);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmDock::acknowledgeSelected);
    connect(m_snooze, &QPushButton::clicked, this, &AlarmDock::snoozeSelected);
    connect(m_open, &QPushButton::clicked, this, &AlarmDock::openSelected);
    connect(m_table, &QTableView::doubleClicked, this, &AlarmDock::openSelected);
    // Reads only, every few seconds: a closing message falls due without anything happening.
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &AlarmDock::refresh);
    m_timer->start();
    refresh();
}

QPushButton* AlarmDock::button(const QString& name) const
{
    for (QPushButton* b : {m_acknowledge, m_snooze, m_open})
        if (b->objectName() == name)
            return b;
    return nullptr;
}

QString AlarmDock::statusText() const
{
    return m_status->text();
}

void AlarmDock::selectAlarm(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_table->selectRow(row);
}

void AlarmDock::report(const QString& error)
{
    m_status->setText(error);
    m_status->setStyleSheet(error.isEmpty() ? QString()
                                            : QStringLiteral("color: #b71c1c; font-weight: bold"));
}

void AlarmDock::refresh()
{
    if (m_reminding)
        return;
    const QDateTime now = m_clock.nowUtc();
    auto alarms = m_alarms.current();
    if (!alarms) {
        report(alarms.errorMessage());
        return;
    }
    const QString selected = m_model->alarmAt(m_table->currentIndex().row())
                                 ? m_model->alarmAt(m_table->currentIndex().row())->key()
                                 : QString();
    m_model->setAlarms(*alarms, now);
    if (!selected.isEmpty())
        selectAlarm(selected);
    int active = 0;
    QList<Alarm> raised;
    QSet<QString> activeKeys;
    for (const Alarm& a : *alarms) {
        if (!a.activeAt(now))
            continue;
        ++active;
        activeKeys << a.key();
        if (!m_activeKeys.contains(a.key()))
            raised << a;
    }
    m_activeKeys = activeKeys;
    if (!raised.isEmpty())
        Q_EMIT alarmsRaised(raised);
    if (active != m_activeCount) {
        m_activeCount = active;
        Q_EMIT activeCountChanged(active);
    }
    if (auto history = m_alarms.history(100)) {
        m_history->clear();
        for (const AlarmResponse& r : *history) {
            const QString when = r.at.toLocalTime().toString(QStringLiteral("HH:mm"));
            const QString what = AlarmTableModel::kindText(r.kind);
            const QString about = r.actionId ? tr("action %1").arg(r.actionId) : QString();
            m_history->addItem(
                r.response == AlarmResponseKind::Acknowledged
                    ? tr("%1  %2 %3: acknowledged by %4").arg(when, what, about, r.by)
                    : tr("%1  %2 %3: snoozed by %4 until %5")
                          .arg(when, what, about, r.by,
                               r.until.toLocalTime().toString(QStringLiteral("HH:mm"))));
        }
    }
    remindClosing(*alarms);
}

void AlarmDock::remindClosing(const QList<Alarm>& alarms)
{
    const QDateTime now = m_clock.nowUtc();
    QSet<QString> stillActive;
    for (const Alarm& a : alarms)
        if (a.kind == AlarmKind::ClosingDue && a.activeAt(now))
            stillActive << a.key();
    // A snoozed or acknowledged reminder may come back: it is asked again then.
    m_reminded.intersect(stillActive);
    for (const Alarm& a : alarms) {
        if (a.kind != AlarmKind::ClosingDue || !a.activeAt(now) || m_reminded.contains(a.key()))
            continue;
        m_reminded << a.key();
        m_reminding = true;
        const ReminderAnswer answer = m_reminder(this, a);
        m_reminding = false;
        Status done;
        if (answer == ReminderAnswer::Acknowledge)
            done = m_alarms.acknowledge(a.key());
        else if (answer == ReminderAnswer::Snooze)
            done = m_alarms.snooze(a.key(), kSnoozeMinutes);
        report(done ? QString() : done.errorMessage());
        if (answer != ReminderAnswer::Later) {
            QTimer::singleShot(0, this, &AlarmDock::refresh);
            return;
        }
    }
}

void AlarmDock::acknowledgeSelected()
{
    const Alarm* a = m_model->alarmAt(m_table->currentIndex().row());
    if (!a)
        return;
    const Status done = m_alarms.acknowledge(a->key());
    report(done ? QString() : done.errorMessage());
    refresh();
}

void AlarmDock::snoozeSelected()
{
    const Alarm* a = m_model->alarmAt(m_table->currentIndex().row());
    if (!a)
        return;
    const Status done = m_alarms.snooze(a->key(), kSnoozeMinutes);
    report(done ? QString() : done.errorMessage());
    refresh();
}

void AlarmDock::openSelected()
{
    const Alarm* a = m_model->alarmAt(m_table->currentIndex().row());
    if (!a || !a->actionId)
        return;
    const Alarm alarm = *a; // the signal's receivers may refresh the model
    if (alarm.kind == AlarmKind::Uncertain || alarm.kind == AlarmKind::Stale ||
        alarm.kind == AlarmKind::PartialFailure)
        Q_EMIT openDecision(alarm.actionId, alarm.kind);
    else
        Q_EMIT openAction(alarm.actionId);
}

} // namespace burgernet
