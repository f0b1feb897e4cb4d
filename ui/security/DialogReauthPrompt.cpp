#include "ui/security/DialogReauthPrompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace burgernet {

std::optional<QString> DialogReauthPrompt::askPassword(const QString& reason)
{
    bool ok = false;
    const QString password = QInputDialog::getText(m_parent, tr("Confirm with your password"),
                                                   reason, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace burgernet
