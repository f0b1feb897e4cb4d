#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace burgernet {

// The settings page of one sender, generated from its settings schema: a line edit for text
// and URLs, a masked one for secrets (never shown, empty keeps the stored one), spin boxes,
// check boxes and choices. Turning "verifyTls" off shows a warning at once.
class SenderSettingsForm : public QWidget
{
    Q_OBJECT
public:
    SenderSettingsForm(const SenderDescriptor& descriptor, const QVariantMap& values,
                       const QSet<QString>& storedSecrets, QWidget* parent = nullptr);

    QVariantMap values() const;
    void setReadOnly(bool readOnly);
    QWidget* editor(const QString& key) const { return m_editors.value(key); }

private:
    SenderDescriptor m_descriptor;
    QMap<QString, QWidget*> m_editors;
    QLabel* m_tlsWarning = nullptr;
};

} // namespace burgernet
