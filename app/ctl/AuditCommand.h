#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

class AuditService;
struct AuditFilter;

// `burgernetctl audit verify|show|export|export-key`: the audit log for supervisors and for
// the independent checker.
class AuditCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    int verify(CtlContext& context, AuditService& audit, const QStringList& files,
               const QString& publicKeyFile, bool json);
    int show(CtlContext& context, AuditService& audit, const AuditFilter& filter, int limit,
             bool json);
};

} // namespace burgernet
