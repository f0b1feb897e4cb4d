#pragma once

#include "app/services/ActionService.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace burgernet {

// The one dialog before an action goes out: it states the mode (LIVE and TRAINING look
// different), the channels with their recipient counts and the area. Confirming is a
// deliberate act: the word shown must be typed, and Enter does not confirm.
class ConfirmDispatchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConfirmDispatchDialog(const DispatchSummary& summary, QWidget* parent = nullptr);

    QString confirmationWord() const;
    QPushButton* confirmButton() const { return m_confirm; }
    QLineEdit* wordEdit() const { return m_word; }
    QString summaryText() const { return m_summaryText; }

protected:
    // Enter and Return never send: QDialogButtonBox would make the accept button the default.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLineEdit* m_word;
    QPushButton* m_confirm;
    QString m_summaryText;
    Mode m_mode;
};

} // namespace burgernet
