#pragma once

#include "app/dispatch/ChannelCatalog.h"
#include "app/services/DispatchPlan.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace burgernet {

// The one dialog before anything goes out, for an alert, an approval, an update, a closing
// message or a cancellation alike: it states the mode (LIVE and TRAINING look different), what
// the plan sends on each channel and whether that channel can send now, the participants, the
// messages that will not be sent, and every warning. Confirming is a deliberate act: the word
// shown must be typed, and Enter does not confirm. A channel that cannot send now is sent only
// when its box is ticked; its messages then wait in the outbox.
class ConfirmDispatchDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDispatchDialog(const DispatchPlan& plan, const ChannelCatalog& catalog,
                          QWidget* parent = nullptr);

    QString confirmationWord() const;
    Confirmation confirmation() const;
    QPushButton* confirmButton() const { return m_confirm; }
    QLineEdit* wordEdit() const { return m_word; }
    QCheckBox* deferBox(const Channel& channel) const { return m_defer.value(channel); }
    QString summaryText() const { return m_summaryText; }
    // A channel's time to finish and cost, where known ("done in about 3 min · about € 12.40").
    static QString estimateText(const PlannedChannel& channel);

protected:
    // Enter and Return never send: QDialogButtonBox would make the accept button the default.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateConfirm();

    DispatchPlan m_plan;
    QLineEdit* m_word;
    QPushButton* m_confirm;
    QHash<Channel, QCheckBox*> m_defer;
    QString m_summaryText;
};

} // namespace burgernet
