#include "ui/dispatch/ActionsDock.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "ui/dispatch/ActionTableModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace burgernet {

ActionPrompts ActionPrompts::dialogs()
{
    ActionPrompts p;
    p.text = [](QWidget* parent, const QString& title,
                const QString& label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    p.outcome = [](QWidget* parent) -> std::optional<std::pair<Outcome, QString>> {
        QStringList names;
        for (Outcome o : allOutcomes())
            names << ActionTableModel::outcomeText(o);
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(parent, ActionsDock::tr("Close action"),
                                  ActionsDock::tr("Outcome"), names, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        return std::pair{allOutcomes().value(names.indexOf(chosen)), QString()};
    };
    p.choice = [](QWidget* parent, const QString& title, const QString& question,
                  const QString& yes, const QString& no) -> std::optional<bool> {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
        QPushButton* y = box.addButton(yes, QMessageBox::AcceptRole);
        QPushButton* n = box.addButton(no, QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == y)
            return true;
        if (box.clickedButton() == n)
            return false;
        return std::nullopt;
    };
    return p;
}

ActionsDock::ActionsDock(ActionService& actions, const Clock& clock, Settings& settings,
                         QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_clock(clock)
    , m_settings(settings)
    , m_model(new ActionTableModel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_reminder(new QLabel(this))
    , m_progress(new QWidget(this))
    , m_progressLayout(new QVBoxLayout(m_progress))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("actionsPanel"));
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setWordWrap(true);
    m_reminder->setObjectName(QStringLiteral("closingReminder"));
    m_progressLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_reminder);
    detailsLayout->addWidget(m_progress);
    auto* grid = new QGridLayout;
    const QList<std::pair<QString, QString>> buttons{
        {QStringLiteral("approve"), tr("Approve")},
        {QStringLiteral("retryFailed"), tr("Retry failed only")},
        {QStringLiteral("decideUncertain"), tr("Decide uncertain…")},
        {QStringLiteral("decideStale"), tr("Decide stale…")},
        {QStringLiteral("update"), tr("Update…")},
        {QStringLiteral("tip"), tr("Log tip…")},
        {QStringLiteral("close"), tr("Close…")},
        {QStringLiteral("cancel"), tr("Cancel / correct…")}};
    int i = 0;
    for (const auto& [name, label] : buttons) {
        auto* b = new QPushButton(label, details);
        b->setObjectName(name);
        b->setAutoDefault(false);
        m_buttons.insert(name, b);
        grid->addWidget(b, i / 2, i % 2);
        ++i;
        connect(b, &QPushButton::clicked, this, [this, name = name] { act(name); });
    }
    // Cancel must always be one step away and easy to find.
    m_buttons.value(QStringLiteral("cancel"))->setStyleSheet(QStringLiteral("font-weight: bold"));
    detailsLayout->addLayout(grid);
    detailsLayout->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionsDock::showDetails);
    connect(&m_actions, &ActionService::actionChanged, this, &ActionsDock::refresh);
    connect(&m_actions, &ActionService::tipLogged, this, &ActionsDock::tipLocated);
    // Progress and the closing reminder tick once a second (reads only; cheap).
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ActionsDock::refresh);
    m_timer->start();
    refresh();
}

qint64 ActionsDock::currentActionId() const
{
    const Action* a = m_model->actionAt(m_table->currentIndex().row());
    return a ? a->id : 0;
}

void ActionsDock::selectAction(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    showDetails();
}

QPushButton* ActionsDock::button(const QString& name) const
{
    return m_buttons.value(name);
}

QString ActionsDock::progressText() const
{
    return m_progressText;
}

QString ActionsDock::reminderText() const
{
    return m_reminder->text();
}

void ActionsDock::refresh()
{
    const qint64 current = currentActionId();
    auto list = m_actions.actions(false);
    if (!list)
        return;
    m_model->setActions(std::move(list).value());
    if (current && m_model->rowOf(current) >= 0 &&
        m_table->currentIndex().row() != m_model->rowOf(current))
        m_table->selectRow(m_model->rowOf(current));
    showDetails();
}

namespace {
QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void ActionsDock::showDetails()
{
    const Action* a = m_model->actionAt(m_table->currentIndex().row());
    for (QPushButton* b : m_buttons)
        b->setEnabled(false);
    while (QLayoutItem* item = m_progressLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_progressText.clear();
    if (!a) {
        m_title->setText(tr("Select an action."));
        m_reminder->clear();
        return;
    }
    m_title->setText(
        tr("<b>Action %1</b> — %2, %3")
            .arg(a->id)
            .arg(ActionTableModel::stateText(a->state), incidentTypeId(a->content.incident)));
    auto progress = m_actions.progress(a->id);
    qint64 failed = 0, uncertain = 0, stale = 0;
    if (progress) {
        for (const ChannelProgress& c : progress->channels) {
            auto* row = new QWidget(m_progress);
            auto* rowLayout = new QVBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto* bar = new QProgressBar(row);
            bar->setObjectName(QStringLiteral("progress-") + c.channel);
            bar->setRange(0, int(std::max<qint64>(1, c.total)));
            bar->setValue(int(c.done()));
            bar->setFormat(QStringLiteral("%1 %v/%m").arg(c.channel));
            const QString line =
                tr("%1: queued %2 · sent %3 · delivered %4 · failed %5 · uncertain %6 · stale %7%8")
                    .arg(c.channel)
                    .arg(c.count(QStringLiteral("queued")) + c.count(QStringLiteral("sending")))
                    .arg(c.count(QStringLiteral("sent")))
                    .arg(c.count(QStringLiteral("delivered")))
                    .arg(c.count(QStringLiteral("failed")))
                    .arg(c.count(QStringLiteral("uncertain")))
                    .arg(c.count(QStringLiteral("stale")))
                    .arg(c.etaSeconds > 0
                             ? tr(" · ready in %1").arg(duration(qint64(c.etaSeconds + 0.5)))
                             : QString());
            auto* label = new QLabel(line, row);
            rowLayout->addWidget(bar);
            rowLayout->addWidget(label);
            m_progressLayout->addWidget(row);
            m_progressText += line + QLatin1Char('\n');
        }
        failed = progress->count(QStringLiteral("failed"));
        uncertain = progress->count(QStringLiteral("uncertain"));
        stale = progress->count(QStringLiteral("stale"));
    }
    const bool afterSending = a->state == ActionState::Sending || a->state == ActionState::Sent ||
                              a->state == ActionState::Updated;
    m_buttons.value(QStringLiteral("approve"))
        ->setEnabled(a->state == ActionState::AwaitingApproval);
    m_buttons.value(QStringLiteral("retryFailed"))->setEnabled(failed > 0 && !isTerminal(a->state));
    m_buttons.value(QStringLiteral("decideUncertain"))->setEnabled(uncertain > 0);
    m_buttons.value(QStringLiteral("decideStale"))->setEnabled(stale > 0);
    m_buttons.value(QStringLiteral("update"))->setEnabled(afterSending);
    m_buttons.value(QStringLiteral("tip"))
        ->setEnabled(!isTerminal(a->state) && a->state != ActionState::Draft);
    m_buttons.value(QStringLiteral("close"))->setEnabled(afterSending);
    m_buttons.value(QStringLiteral("cancel"))->setEnabled(!isTerminal(a->state));

    m_reminder->clear();
    if (a->content.kind == ActionKind::Urgent && afterSending && a->sentAt.isValid()) {
        const qint64 due = a->sentAt.toSecsSinceEpoch() +
                           qint64(m_settings.value(keys::DispatchClosingReminderMinutes)) * 60 -
                           m_clock.nowUtc().toSecsSinceEpoch();
        m_reminder->setText(due >= 0 ? tr("Closing message due in %1").arg(duration(due))
                                     : tr("Closing message overdue by %1").arg(duration(-due)));
        m_reminder->setStyleSheet(due >= 0 ? QString()
                                           : QStringLiteral("color: #b71c1c; font-weight: bold"));
    }
}

void ActionsDock::report(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("Action"), status.errorMessage());
    refresh();
}

void ActionsDock::act(const QString& what)
{
    const qint64 id = currentActionId();
    if (!id)
        return;
    if (what == QLatin1String("approve")) {
        report(m_actions.approve(id));
    } else if (what == QLatin1String("retryFailed")) {
        auto n = m_actions.retryFailed(id);
        report(n ? Status() : Status(n.error()));
    } else if (what == QLatin1String("decideUncertain")) {
        const auto resend = m_prompts.choice(
            this, tr("Uncertain messages"),
            tr("These messages may or may not have arrived. Send them again (some people may get "
               "them twice) or leave them?"),
            tr("Send again"), tr("Leave them"));
        if (resend) {
            auto n = m_actions.decideUncertain(id, *resend);
            report(n ? Status() : Status(n.error()));
        }
    } else if (what == QLatin1String("decideStale")) {
        const auto send = m_prompts.choice(
            this, tr("Stale messages"),
            tr("These messages waited too long and may no longer fit the situation. Send them "
               "anyway or drop them?"),
            tr("Send anyway"), tr("Drop them"));
        if (send) {
            auto n = m_actions.decideStale(id, *send);
            report(n ? Status() : Status(n.error()));
        }
    } else if (what == QLatin1String("update")) {
        auto text = m_prompts.text(this, tr("Update"), tr("Follow-up text for everyone alerted:"));
        if (!text)
            return;
        std::optional<GeoArea> grown;
        const Action* a = m_model->actionAt(m_model->rowOf(id));
        const QByteArray latest =
            m_latestArea.isEmpty()
                ? QByteArray()
                : QJsonDocument(m_latestArea.toGeoJson()).toJson(QJsonDocument::Compact);
        if (a && !latest.isEmpty() && latest != a->areaGeoJson) {
            const auto grow = m_prompts.choice(
                this, tr("Update"),
                tr("The area on the map differs from the action's area. Alert the participants "
                   "who are newly inside it as well (they get the full message)?"),
                tr("Grow the area"), tr("Same recipients only"));
            if (!grow)
                return;
            if (*grow)
                grown = m_latestArea;
        }
        report(m_actions.sendUpdate(id, *text, grown));
    } else if (what == QLatin1String("tip")) {
        if (auto text =
                m_prompts.text(this, tr("Call-back tip"), tr("What did the caller report?"))) {
            const auto useful =
                m_prompts.choice(this, tr("Call-back tip"), tr("Is the tip useful?"), tr("Useful"),
                                 tr("Not useful"));
            Tip tip;
            tip.text = *text;
            tip.useful = useful.value_or(false);
            if (const Action* a = m_model->actionAt(m_model->rowOf(id));
                a && a->content.location.isValid()) {
                tip.lat = a->content.location.latitude();
                tip.lon = a->content.location.longitude();
            }
            auto logged = m_actions.logTip(id, tip);
            report(logged ? Status() : Status(logged.error()));
        }
    } else if (what == QLatin1String("close")) {
        if (auto outcome = m_prompts.outcome(this))
            report(m_actions.close(id, outcome->first, outcome->second));
    } else if (what == QLatin1String("cancel")) {
        if (auto text = m_prompts.text(this, tr("Cancel or correct"),
                                       tr("Correction for those already reached (may be empty):")))
            report(m_actions.cancel(id, *text));
    }
}

} // namespace burgernet
