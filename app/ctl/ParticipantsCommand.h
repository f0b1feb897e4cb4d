#pragma once

#include "ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

class AuditService;
class Database;

// `burgernetctl participants import FILE [--report FILE] [--json] | export FILE | erase ID`:
// the participant register as CSV (columns in register/ParticipantCsv.h) and the right to
// erasure. Each is recorded in the audit log before it takes effect, with counts, the file's
// name and the pseudonym only.
class ParticipantsCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantsCommand)

public:
    QString name() const override { return QStringLiteral("participants"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    int import(CtlContext& context, Database& db, AuditService& audit, const QString& file,
               QString report, bool json);
    int exportAll(CtlContext& context, Database& db, AuditService& audit, const QString& file);
    int erase(CtlContext& context, Database& db, AuditService& audit, const QString& id);
};

} // namespace burgernet
