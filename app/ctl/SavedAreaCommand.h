#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl area save NAME (--circle … | --geojson FILE | --municipality M) [--replace] |
// list [--json] | export FILE [--name N]… | import FILE [--replace] | rename NAME NEW |
// delete NAME`, each with [--region R]: the area library through SavedAreaService, as the
// window's library uses it (changes need compose-action and are recorded).
class SavedAreaCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SavedAreaCommand)

public:
    static bool handles(const QString& verb);
    QString name() const override { return QStringLiteral("area"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
