#include "ui/security/SignInDialog.h"

#include "app/security/SignInService.h"
#include "ui/ModeIndicator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace burgernet {

SignInDialog::SignInDialog(SignInService& signIn, const QString& workstation, Mode initialMode,
                           QWidget* parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_workstation(workstation)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — Burgernet Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/burgernet-console.svg")));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_live = new QRadioButton(tr("Live — messages reach real participants"), this);
    m_live->setObjectName(QStringLiteral("signInLive"));
    m_training = new QRadioButton(tr("Training — its own register, simulated senders only"), this);
    m_training->setObjectName(QStringLiteral("signInTraining"));
    (initialMode == Mode::Training ? m_training : m_live)->setChecked(true);
    m_modeBanner = new QLabel(this);
    m_modeBanner->setObjectName(QStringLiteral("signInModeBanner"));
    m_modeBanner->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* modes = new QVBoxLayout;
    modes->addWidget(m_live);
    modes->addWidget(m_training);
    form->addRow(tr("Mode:"), modes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_button = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_button->setObjectName(QStringLiteral("signInButton"));
    m_button->setDefault(true);
    // Accepting is trySignIn's decision, not the button box's.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_button, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_modeBanner);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_live, &QRadioButton::toggled, this, &SignInDialog::showMode);
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, [this] { m_button->setEnabled(true); });
    showMode();
    m_user->setFocus();
}

void SignInDialog::setUserName(const QString& name)
{
    m_user->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

Mode SignInDialog::mode() const
{
    return m_training->isChecked() ? Mode::Training : Mode::Live;
}

// Training must not be mistaken for live, from the first screen on.
void SignInDialog::showMode()
{
    const Mode m = mode();
    m_modeBanner->setText(m == Mode::Live ? tr("LIVE") : tr("TRAINING"));
    m_modeBanner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                               "font-weight: bold; padding: 6px; }")
                                    .arg(ModeIndicator::modeColor(m).name()));
    setStyleSheet(m == Mode::Training
                      ? QStringLiteral("QDialog#signInDialog { border: 4px solid %1; }")
                            .arg(ModeIndicator::modeColor(Mode::Training).name())
                      : QString());
}

void SignInDialog::holdFor(qint64 ms)
{
    if (ms <= 0)
        return;
    m_button->setEnabled(false);
    m_hold.start(static_cast<int>(std::min<qint64>(ms, 60 * 60'000)));
}

bool SignInDialog::trySignIn()
{
    const SignInAttempt attempt =
        m_signIn.signIn(m_user->text(), m_password->text(), mode(), m_workstation);
    m_password->clear();
    if (!attempt.ok()) {
        m_message->setText(attempt.message);
        // Only the short waits hold the button: a refused or locked name must not keep others
        // from signing in at this workstation.
        if (attempt.outcome == SignInOutcome::WrongPassword ||
            attempt.outcome == SignInOutcome::TooSoon)
            holdFor(attempt.waitMs);
        m_password->setFocus();
        return false;
    }
    m_session = attempt.session;
    accept();
    return true;
}

} // namespace burgernet
