#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl db info|migrate [--json]`: which register, its schema and size.
class DbCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DbCommand)

public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
