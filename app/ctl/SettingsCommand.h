#pragma once

#include "app/ctl/CtlCommand.h"

namespace burgernet {

// `burgernetctl settings [--json]`: every setting with its value, default and meaning.
class SettingsCommand final : public CtlCommand
{
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
