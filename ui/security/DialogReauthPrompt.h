#pragma once

#include "app/services/ReauthGate.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace burgernet {

// The window's answer to ReauthGate: a modal password dialog stating what is about to happen.
class DialogReauthPrompt final : public ReauthPrompt
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DialogReauthPrompt)

public:
    explicit DialogReauthPrompt(QWidget* parent)
        : m_parent(parent)
    {}
    std::optional<QString> askPassword(const QString& reason) override;
    // The window the dialog belongs to, once there is one.
    void setParentWidget(QWidget* parent) { m_parent = parent; }

private:
    QPointer<QWidget> m_parent;
};

} // namespace burgernet
