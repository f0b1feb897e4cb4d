#include "ui/security/FirstAdministratorDialog.h"

#include "app/security/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace burgernet {

FirstAdministratorDialog::FirstAdministratorDialog(UserService& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Create the administrator — Burgernet Console"));
    auto* intro = new QLabel(tr("This register has no accounts yet. Create the administrator "
                                "account; the administrator then adds the dispatchers, "
                                "supervisors and others."),
                             this);
    intro->setWordWrap(true);
    m_user = new QLineEdit(QStringLiteral("admin"), this);
    m_user->setObjectName(QStringLiteral("firstAdminUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("firstAdminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("firstAdminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firstAdminMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("firstAdminCreate"));
    create->setDefault(true);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(create, &QPushButton::clicked, this, &FirstAdministratorDialog::tryCreate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString FirstAdministratorDialog::userName() const
{
    return m_user->text().trimmed().toLower();
}

bool FirstAdministratorDialog::tryCreate()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        return false;
    }
    if (const Status created = m_users.addFirstAdministrator(userName(), m_password->text());
        !created) {
        m_message->setText(created.errorMessage());
        return false;
    }
    m_password->clear();
    m_repeat->clear();
    accept();
    return true;
}

} // namespace burgernet
