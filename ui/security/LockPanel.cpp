#include "ui/security/LockPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace burgernet {

LockPanel::LockPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockPanel"));
    auto* title = new QLabel(tr("The console is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("lockUser"));
    m_who->setAlignment(Qt::AlignCenter);
    auto* why = new QLabel(tr("Personal data is hidden until you type your password again."), this);
    why->setAlignment(Qt::AlignCenter);
    why->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(320);
    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* signOut = new QPushButton(tr("Sign out"), this);
    signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(signOut);
    buttons->addStretch();
    auto* field = new QHBoxLayout;
    field->addStretch();
    field->addWidget(m_password);
    field->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_who);
    layout->addWidget(why);
    layout->addSpacing(12);
    layout->addLayout(field);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch();

    auto unlock = [this] { Q_EMIT unlockRequested(m_password->text()); };
    connect(m_unlock, &QPushButton::clicked, this, unlock);
    connect(m_password, &QLineEdit::returnPressed, this, unlock);
    connect(signOut, &QPushButton::clicked, this, &LockPanel::signOutRequested);
}

void LockPanel::setUser(const QString& user, const QString& role)
{
    m_who->setText(tr("Signed in: %1 (%2)").arg(user, role));
}

void LockPanel::setMessage(const QString& message)
{
    m_message->setText(message);
}

void LockPanel::clear()
{
    m_password->clear();
    m_message->clear();
    m_password->setFocus();
}

} // namespace burgernet
