#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace burgernet {

class CtlContext;

// burgernetctl's top level: the global options (--db, --version, --help) and the dispatch to
// subcommands.
class CtlRunner
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::CtlRunner)

public:
    CtlRunner();
    ~CtlRunner();

    void add(std::unique_ptr<CtlCommand> command);
    // `args` as in QCoreApplication::arguments(), program name first.
    int run(CtlContext& context, const QStringList& args);

    static std::unique_ptr<CtlRunner> withBuiltinCommands();

private:
    QString commandList() const;

    std::vector<std::unique_ptr<CtlCommand>> m_commands;
};

} // namespace burgernet
