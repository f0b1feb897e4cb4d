#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace burgernet {

class ParticipantService;

// `burgernetctl participants import FILE [--report FILE] [--json] | export FILE | erase ID |
// purge [--days N]`: the participant register as CSV (columns in register/ParticipantCsv.h), the
// right to erasure and the retention rule. All go through ParticipantService, which checks the
// permission and records each before it takes effect, with counts, the file's name and
// pseudonyms only.
class ParticipantsCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantsCommand)

public:
    QString name() const override { return QStringLiteral("participants"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    int import(CtlContext& context, ParticipantService& service, const QString& file,
               QString report, bool json);
    int exportAll(CtlContext& context, ParticipantService& service, const QString& file);
    int list(CtlContext& context, ParticipantService& service, const QCommandLineParser& parser);
    int erase(CtlContext& context, ParticipantService& service, const QString& id);
    int purge(CtlContext& context, ParticipantService& service, const QString& days);
};

} // namespace burgernet
