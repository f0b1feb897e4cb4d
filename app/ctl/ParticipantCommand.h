#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl participant edit|pause|resume|unsubscribe|erase KEY`: one participant's record
// (KEY: external id or pseudonym), as the window's editor changes it, through the same services
// (ParticipantRecordService, ParticipantService::erase): permission edit-participants (erase:
// erase-participants), each change recorded with the pseudonym and the fields' names only.
class ParticipantCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantCommand)

public:
    QString name() const override { return QStringLiteral("participant"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
