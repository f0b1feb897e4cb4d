#pragma once

#include <QString>
#include <QStringList>

namespace burgernet::test {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs burgernetctl's subcommands in-process, with the same runner as the executable and
// settings in a temporary file.
CtlRun runCtl(const QStringList& args);

} // namespace burgernet::test
