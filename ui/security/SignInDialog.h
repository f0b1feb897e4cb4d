#pragma once

#include "app/core/Mode.h"
#include "app/core/Session.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace burgernet {

class SignInService;

// The console's first screen: user name, password and the mode (live or training). Training is
// shown in its own colour here already. Accepted only once SignInService let someone in; a
// failed attempt shows why and keeps the button off for the wait the service asks for.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(SignInService& signIn, const QString& workstation, Mode initialMode,
                 QWidget* parent = nullptr);

    void setUserName(const QString& name);
    Session session() const { return m_session; }
    Mode mode() const;

public Q_SLOTS:
    // Tries the typed name and password; true when signed in (the dialog is then accepted).
    bool trySignIn();

private:
    void showMode();
    void holdFor(qint64 ms);

    SignInService& m_signIn;
    QString m_workstation;
    Session m_session;
    QTimer m_hold;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QRadioButton* m_live = nullptr;
    QRadioButton* m_training = nullptr;
    QLabel* m_modeBanner = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace burgernet
