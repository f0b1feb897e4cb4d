#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl demo [--participants N] [--seed S]`: fills the register with the demo population.
class DemoCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
