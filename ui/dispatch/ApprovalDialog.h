#pragma once

#include "app/dispatch/Action.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/services/DispatchPlan.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace burgernet {

// What an approver looks at before an action goes out: who wrote it and how long it has waited,
// the area (also drawn on the map while this is open), the messages per channel with the time and
// cost to send them, every channel's text as the preview shows it, and every warning. The
// approver approves (then confirms as for any send) or sends it back with a reason, which the
// author reads.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Answer { None, Approve, Reject };

    ApprovalDialog(const DispatchPlan& plan, const Action& action, const ChannelCatalog& catalog,
                   QWidget* parent = nullptr);

    Answer answer() const { return m_answer; }
    QString reason() const;

    QLabel* header() const { return m_header; }
    QTabWidget* texts() const { return m_texts; }
    QListWidget* warnings() const { return m_warnings; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QString countText(const Channel& channel) const;

    static QString waitedText(qint64 seconds);

private:
    Answer m_answer = Answer::None;
    QLabel* m_header;
    QTabWidget* m_texts;
    QListWidget* m_warnings;
    QPlainTextEdit* m_reason;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QHash<Channel, QLabel*> m_counts;
};

} // namespace burgernet
