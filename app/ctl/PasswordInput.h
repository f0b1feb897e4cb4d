#pragma once

#include <QString>

#include <optional>

namespace burgernet {

// Where `burgernetctl user` gets a password from, never the command line (which other users see
// in the process list and shells keep in their history): a file's first line, or standard
// input — typed twice without echo on a terminal, one line from a pipe.
class PasswordInput
{
public:
    static std::optional<QString> fromFile(const QString& path, QString* error);
    static std::optional<QString> fromStdin(const QString& prompt, QString* error);
};

} // namespace burgernet
