#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace burgernet {

// What the locked window shows instead of its work: who is signed in, a password field to
// carry on, and a way out for someone else to sign in. No personal data.
class LockPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LockPanel(QWidget* parent = nullptr);

    void setUser(const QString& user, const QString& role);
    void setMessage(const QString& message);
    void clear();
    QLineEdit* passwordField() const { return m_password; }

Q_SIGNALS:
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    QLabel* m_who = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace burgernet
