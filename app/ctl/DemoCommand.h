#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

class AuditService;
class Database;

// `burgernetctl demo [--participants N] [--seed S] [--history MONTHS]`: fills the register with
// the demo population, and with months of past actions.
class DemoCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    static int addHistory(CtlContext& context, Database& db, AuditService& audit, int months,
                          quint64 seed);
};

} // namespace burgernet
