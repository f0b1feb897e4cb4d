#include "tests/fuzz/FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace burgernet::fuzz {

namespace {

void quiet(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

QTemporaryDir& folder()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/burgernet-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/burgernet-fuzz-XXXXXX"));
    return dir;
}

} // namespace

void initialise()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "burgernet-fuzz";
    static char* argv[] = {name, nullptr};
    static auto app = std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("BURGERNET_FUZZ_VERBOSE"))
        qInstallMessageHandler(quiet);
}

QString tempPath(const QString& name)
{
    return folder().filePath(name);
}

QString writeTemp(const QString& name, const QByteArray& data)
{
    const QString path = tempPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        fail(__FILE__, __LINE__, "writeTemp", path);
    return path;
}

void fail(const char* file, int line, const char* condition, const QString& detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, condition,
                 qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace burgernet::fuzz
