#include "app/ctl/PasswordInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace burgernet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("burgernet::PasswordInput", text);
}

std::optional<QString> readLine(bool echoOff)
{
    termios saved{};
    const bool tty = echoOff && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!got)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

std::optional<QString> PasswordInput::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

std::optional<QString> PasswordInput::fromStdin(const QString& prompt, QString* error)
{
    if (!isatty(STDIN_FILENO)) {
        auto line = readLine(false);
        if (!line)
            *error = tr("No password on standard input.");
        return line;
    }
    std::fprintf(stderr, "%s: ", qPrintable(prompt));
    std::fflush(stderr);
    auto first = readLine(true);
    std::fprintf(stderr, "%s: ", qPrintable(tr("Again")));
    std::fflush(stderr);
    auto second = readLine(true);
    if (!first || !second || *first != *second) {
        *error = tr("The two passwords differ.");
        return std::nullopt;
    }
    return first;
}

} // namespace burgernet
