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
// Runs the real burgernetctl executable on the real clock, with `home` as its home and data
// folder (sends with --wait take their time as the program does).
CtlRun runCtlProcess(const QStringList& args, const QString& home, int timeoutMs = 120'000);

} // namespace burgernet::test
