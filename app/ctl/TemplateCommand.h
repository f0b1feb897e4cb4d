#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl template ...`: the message templates an administrator edits.
//   list [--json]                 every template name per language, marked when replaced
//   show LANG NAME                the text in use
//   set LANG NAME FILE            replaces the text (UTF-8 file; permission manage-templates)
// The composer reads the replacements from the register; every change is recorded.
class TemplateCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TemplateCommand)

public:
    QString name() const override { return QStringLiteral("template"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
