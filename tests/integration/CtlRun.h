#pragma once

#include <QDateTime>
#include <QProcess>
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
// settings in a temporary file, on a fake clock standing at `now` (by default FakeClock's start,
// so that steps run one after another happen at the same moment unless a test says otherwise).
CtlRun runCtl(const QStringList& args, const QDateTime& now = {});
// Runs the real burgernetctl executable on the real clock, with `home` as its home and data
// folder (sends with --wait take their time as the program does).
// `input` goes to its standard input.
CtlRun runCtlProcess(const QStringList& args, const QString& home, int timeoutMs = 120'000,
                     const QByteArray& input = {});
// Starts the real burgernetctl in `process` with the same environment, and returns at once (for
// a test that watches it run, or kills it).
void startCtlProcess(QProcess& process, const QStringList& args, const QString& home);

} // namespace burgernet::test
