#include "ui/dispatch/ConfirmDispatchDialog.h"

#include "ui/ModeIndicator.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace burgernet {

namespace {
QString channelName(const QString& channel)
{
    if (channel == channels::Sms)
        return ConfirmDispatchDialog::tr("SMS");
    if (channel == channels::Voice)
        return ConfirmDispatchDialog::tr("Voice call");
    if (channel == channels::Email)
        return ConfirmDispatchDialog::tr("E-mail");
    if (channel == channels::App)
        return ConfirmDispatchDialog::tr("Burgernet app (area)");
    if (channel == channels::Social)
        return ConfirmDispatchDialog::tr("Social media (area)");
    if (channel == channels::Cap)
        return ConfirmDispatchDialog::tr("CAP feed (area)");
    return channel;
}
} // namespace

ConfirmDispatchDialog::ConfirmDispatchDialog(const DispatchSummary& s, QWidget* parent)
    : QDialog(parent)
    , m_word(new QLineEdit(this))
    , m_confirm(new QPushButton(this))
    , m_mode(s.mode)
{
    setObjectName(QStringLiteral("confirmDispatchDialog"));
    setWindowTitle(s.mode == Mode::Live ? tr("Send LIVE action") : tr("Send TRAINING action"));
    auto* layout = new QVBoxLayout(this);

    auto* banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("modeBanner"));
    banner->setAlignment(Qt::AlignCenter);
    // Live is a solid red warning; training the training colour with diagonal wording.
    banner->setText(s.mode == Mode::Live
                        ? tr("LIVE — this reaches real people")
                        : tr("TRAINING — simulated senders only, nobody is reached"));
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-size: 16pt; font-weight: bold; "
                       "padding: 10px; }")
            .arg(s.mode == Mode::Live ? QStringLiteral("#c62828")
                                      : ModeIndicator::modeColor(Mode::Training).name()));
    layout->addWidget(banner);

    QString text = tr("<p><b>Area:</b> %1<br><b>Participants in the area:</b> %2</p>")
                       .arg(s.areaDescription.isEmpty() ? tr("(drawn on the map)")
                                                        : s.areaDescription.toHtmlEscaped())
                       .arg(s.participants);
    text += QStringLiteral("<table>");
    for (const QString& channel : s.channels) {
        const qint64 n = s.perChannel.value(channel);
        text += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
                    .arg(channelName(channel), channels::isAddressed(channel)
                                                   ? tr("%n message(s)", nullptr, int(n))
                                                   : tr("one message for the area"));
    }
    text += QStringLiteral("</table>");
    if (s.overDailyLimit > 0)
        text += tr("<p>%n participant(s) left out: daily limit reached.</p>", nullptr,
                   int(s.overDailyLimit));
    if (s.needsApproval)
        text += tr("<p><b>A second user must approve this action before it is sent.</b></p>");
    m_summaryText = text;
    auto* summary = new QLabel(text, this);
    summary->setObjectName(QStringLiteral("dispatchSummary"));
    summary->setTextFormat(Qt::RichText);
    layout->addWidget(summary);

    auto* prompt = new QLabel(tr("Type %1 to confirm:").arg(confirmationWord()), this);
    layout->addWidget(prompt);
    m_word->setObjectName(QStringLiteral("confirmWord"));
    layout->addWidget(m_word);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmSend"));
    m_confirm->setText(s.needsApproval ? tr("Submit for approval") : tr("Send now"));
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
    connect(m_word, &QLineEdit::textChanged, this, [this](const QString& typed) {
        m_confirm->setEnabled(typed.trimmed().compare(confirmationWord(), Qt::CaseInsensitive) ==
                              0);
    });
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
    return m_mode == Mode::Live ? tr("LIVE") : tr("TRAINING");
}

} // namespace burgernet
