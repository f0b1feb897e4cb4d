#include "ui/dispatch/ConfirmDispatchDialog.h"

#include "app/dispatch/ActionWords.h"
#include "ui/ModeIndicator.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/dispatch/AreaText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace burgernet {

namespace {

QString what(const DispatchPlan& plan)
{
    switch (plan.request.type) {
    case MessageType::Alert:
        return plan.approving ? ConfirmDispatchDialog::tr("Approve and send the alert")
                              : ConfirmDispatchDialog::tr("Send the alert");
    case MessageType::Update:
        return ConfirmDispatchDialog::tr("Send an update");
    case MessageType::Closing:
        return ConfirmDispatchDialog::tr("Close the action");
    case MessageType::Cancel:
    case MessageType::Test:
        break;
    }
    return ConfirmDispatchDialog::tr("Cancel the action");
}

QString readinessText(const ChannelStatus& s)
{
    switch (s.readiness) {
    case ChannelReadiness::Ready:
        return ConfirmDispatchDialog::tr("ready");
    case ChannelReadiness::NotConfigured:
        return ConfirmDispatchDialog::tr("cannot send: no configured sender");
    case ChannelReadiness::BreakerOpen:
        return ConfirmDispatchDialog::tr("cannot send now: the gateway keeps failing");
    case ChannelReadiness::NoDispatcher:
        return ConfirmDispatchDialog::tr("waits for a dispatcher");
    }
    return {};
}

} // namespace

QString ConfirmDispatchDialog::estimateText(const PlannedChannel& c)
{
    QStringList parts;
    if (c.finishSeconds >= 0) {
        const qint64 seconds = qint64(std::max(1.0, std::ceil(c.finishSeconds)));
        parts << (seconds < 60 ? tr("done in about %n s", nullptr, int(seconds))
                               : tr("done in about %n min", nullptr, int((seconds + 59) / 60)));
    }
    if (c.cost >= 0)
        parts << tr("about € %1").arg(QLocale().toString(c.cost, 'f', 2));
    return parts.join(QStringLiteral(" · "));
}

ConfirmDispatchDialog::ConfirmDispatchDialog(const DispatchPlan& plan,
                                             const ChannelCatalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_word(new QLineEdit(this))
    , m_confirm(new QPushButton(this))
{
    setObjectName(QStringLiteral("confirmDispatchDialog"));
    const bool live = plan.mode == Mode::Live;
    setWindowTitle(live ? tr("%1 — LIVE").arg(what(plan)) : tr("%1 — TRAINING").arg(what(plan)));
    auto* layout = new QVBoxLayout(this);

    auto* banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("modeBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setText(live ? tr("LIVE — this reaches real people")
                         : tr("TRAINING — simulated senders only, nobody is reached"));
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-size: 16pt; font-weight: bold; "
                       "padding: 10px; }")
            .arg(live ? QStringLiteral("#c62828")
                      : ModeIndicator::modeColor(Mode::Training).name()));
    layout->addWidget(banner);

    QString text = QStringLiteral("<p><b>%1</b></p>").arg(what(plan).toHtmlEscaped());
    const QString area =
        plan.areaDescription.isEmpty()
            ? AreaText::describe(plan.area)
            : QStringLiteral("%1 (%2)").arg(AreaText::describe(plan.area), plan.areaDescription);
    text += tr("<p><b>Area:</b> %1<br><b>Participants:</b> %2</p>")
                .arg(area.toHtmlEscaped(), QLocale().toString(plan.participants));
    if (!plan.incidentNumber.isEmpty())
        text += tr("<p><b>Incident number:</b> %1</p>").arg(plan.incidentNumber.toHtmlEscaped());
    // What needs a second look before anything else: the same incident, the same people again,
    // a very large area.
    for (const PlanDuplicate& d : plan.duplicates)
        text += QStringLiteral("<p style=\"color:#b71c1c\"><b>%1</b></p>")
                    .arg(tr("Action %1 (by %2) is already open for this incident number.")
                             .arg(d.actionId)
                             .arg(d.author)
                             .toHtmlEscaped());
    if (plan.request.type == MessageType::Closing)
        text += tr("<p><b>Outcome:</b> %1</p>")
                    .arg(ActionWords::outcome(plan.request.outcome).toHtmlEscaped());
    // What the participants will read (the SMS where there is one), so that nothing is
    // confirmed unseen.
    for (const PlannedMessage& m : plan.messages) {
        if (m.type != plan.request.type)
            continue;
        const QString language = QStringLiteral("nl");
        const ChannelText* shown = m.message.find(language, BuiltinChannel::Sms);
        for (const Channel& c : m.message.texts.value(language).keys())
            if (!shown && c != BuiltinChannel::Cap)
                shown = m.message.find(language, c);
        if (shown && !shown->text.isEmpty())
            text += tr("<p><b>Text:</b> %1</p>").arg(shown->text.toHtmlEscaped());
        break;
    }
    if (plan.newRecipients > 0)
        text += tr("<p>%n participant(s) newly inside the grown area get the full alert.</p>",
                   nullptr, int(plan.newRecipients));
    if (plan.unsentRows > 0)
        text += QStringLiteral("<p style=\"color:#b71c1c\"><b>%1</b></p>")
                    .arg(tr("%n message(s) have not gone out yet and will NOT be sent.", nullptr,
                            int(plan.unsentRows)));
    if (plan.overDailyLimit > 0)
        text += tr("<p>%n participant(s) left out: daily limit reached.</p>", nullptr,
                   int(plan.overDailyLimit));
    for (const QString& w : plan.warnings)
        text += QStringLiteral("<p>⚠ %1</p>").arg(w.toHtmlEscaped());
    if (plan.needsApproval)
        text += tr("<p><b>A second user must approve this action before it is sent.</b></p>");
    if (plan.needsReauth)
        text += tr("<p>Your password is asked once more after this.</p>");
    m_summaryText = text;
    auto* summary = new QLabel(text, this);
    summary->setObjectName(QStringLiteral("dispatchSummary"));
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* grid = new QGridLayout;
    int row = 0;
    QList<QWidget*> tabOrder;
    for (const PlannedChannel& c : plan.channels) {
        auto* name = new QLabel(catalog.name(c.channel), this);
        const QString count = c.channel.isAddressed()
                                  ? tr("%n message(s)", nullptr, int(c.rows))
                                  : (c.rows > 0 ? tr("one message for the area") : tr("none"));
        auto* rows = new QLabel(QStringLiteral("<b>%1</b>").arg(count), this);
        auto* state = new QLabel(readinessText(c.status), this);
        state->setObjectName(QStringLiteral("readiness-") + c.channel.id());
        const QString estimate = estimateText(c);
        auto* estimateLabel = new QLabel(estimate, this);
        estimateLabel->setObjectName(QStringLiteral("estimate-") + c.channel.id());
        grid->addWidget(estimateLabel, row, 3);
        const bool ready = c.status.readiness == ChannelReadiness::Ready ||
                           c.status.readiness == ChannelReadiness::NoDispatcher;
        if (!ready && c.rows > 0) {
            state->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
            auto* defer = new QCheckBox(tr("send anyway: the messages wait until it works"), this);
            defer->setObjectName(QStringLiteral("defer-") + c.channel.id());
            m_defer.insert(c.channel, defer);
            tabOrder << defer;
            connect(defer, &QCheckBox::toggled, this, &ConfirmDispatchDialog::updateConfirm);
            grid->addWidget(defer, row, 4);
        }
        grid->addWidget(name, row, 0);
        grid->addWidget(rows, row, 1);
        grid->addWidget(state, row, 2);
        m_summaryText += QStringLiteral("\n%1: %2, %3")
                             .arg(catalog.name(c.channel), count, readinessText(c.status));
        if (!estimate.isEmpty())
            m_summaryText += QStringLiteral(", ") + estimate;
        ++row;
    }
    layout->addLayout(grid);

    auto* prompt = new QLabel(tr("Type %1 to confirm:").arg(confirmationWord()), this);
    layout->addWidget(prompt);
    m_word->setObjectName(QStringLiteral("confirmWord"));
    layout->addWidget(m_word);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmSend"));
    m_confirm->setText(plan.needsApproval ? tr("Submit for approval") : what(plan));
    m_confirm->setEnabled(false);
    // Enter in the word field must not send: nothing here is a default button.
    m_confirm->setAutoDefault(false);
    m_confirm->setDefault(false);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    cancel->setDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_word, &QLineEdit::textChanged, this, &ConfirmDispatchDialog::updateConfirm);
    // From the keyboard: the word is typed at once, then Tab reaches the confirming button (Space
    // presses it); a channel to decide on comes before the word, as it is shown above it.
    tabOrder << m_word << m_confirm << cancel;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i - 1], tabOrder[i]);
    m_word->setFocus();
}

void ConfirmDispatchDialog::updateConfirm()
{
    bool allDecided = true;
    for (QCheckBox* box : std::as_const(m_defer))
        allDecided = allDecided && box->isChecked();
    m_confirm->setEnabled(allDecided && m_word->text().trimmed().compare(confirmationWord(),
                                                                         Qt::CaseInsensitive) == 0);
}

Confirmation ConfirmDispatchDialog::confirmation() const
{
    Confirmation c;
    c.confirmed = result() == QDialog::Accepted;
    for (auto it = m_defer.cbegin(); it != m_defer.cend(); ++it)
        if (it.value()->isChecked())
            c.deferred << it.key();
    return c;
}

void ConfirmDispatchDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString ConfirmDispatchDialog::confirmationWord() const
{
    return m_plan.mode == Mode::Live ? tr("LIVE") : tr("TRAINING");
}

} // namespace burgernet
