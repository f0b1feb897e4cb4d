#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace burgernet {

class UserService;

// The first start of a register without accounts: whoever sets up the workstation creates the
// administrator, who then adds the others (burgernetctl user add).
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(UserService& users, QWidget* parent = nullptr);
    QString userName() const;

public Q_SLOTS:
    bool tryCreate();

private:
    UserService& m_users;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace burgernet
