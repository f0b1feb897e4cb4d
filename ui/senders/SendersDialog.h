#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace burgernet {

class SenderService;
class SenderSettingsForm;

// Senders… (Edit menu): every installed sender with its status light, its settings page
// generated from the sender's schema, a health check and "send a test message". Checks and
// test messages run off the GUI thread; changes go through SenderService (permission, audit).
class SendersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendersDialog(SenderService& service, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    SenderSettingsForm* form() const { return m_form; }
    QString currentId() const;
    void checkHealth();
    void save();
    void sendTest();
    static QIcon statusLight(SenderHealth::Status status);

private:
    void showSender();
    void setBusy(bool busy);

    SenderService& m_service;
    bool m_canManage = false;
    QListWidget* m_list = nullptr;
    QVBoxLayout* m_formArea = nullptr;
    SenderSettingsForm* m_form = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_result = nullptr;
    QLineEdit* m_testRecipient = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_test = nullptr;
};

} // namespace burgernet
