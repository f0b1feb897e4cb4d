#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace burgernet {

class CtlContext;

// One `burgernetctl NAME ...` subcommand. Subcommands parse their own options.
class CtlCommand
{
public:
    virtual ~CtlCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `args` starts with the subcommand's name, as QCommandLineParser expects.
    virtual int run(CtlContext& context, const QStringList& args) = 0;

    // The parser's help with the program shown as the user types it ("burgernetctl db").
    static QString helpText(const QCommandLineParser& parser, const QString& invocation);

protected:
    // Parses `args` into `parser` (adding --help); on error or --help prints to the context and
    // returns false with `exitCode` set.
    static bool parse(CtlContext& context, QCommandLineParser& parser, const QStringList& args,
                      int& exitCode);
};

} // namespace burgernet
