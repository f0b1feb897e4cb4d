#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl area suggest|rules|rule`: the area assistant, through the same service as the
// Dispatch dock.
//   suggest --type T --minutes N [--json]   the radius per way of moving, and the likely one
//   rules [--json]                          the table per incident type
//   rule TYPE [--mode M] [--walking KMH] [--cycling KMH] [--car KMH] [--min M] [--max M]
//                                           an administrator changes a row (recorded)
// `area count` stays AreaCommand's; it hands these verbs over.
class AreaAssistantCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaAssistantCommand)

public:
    QString name() const override { return QStringLiteral("area"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
    static bool handles(const QStringList& args);
};

} // namespace burgernet
