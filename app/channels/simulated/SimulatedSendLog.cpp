#include "app/channels/simulated/SimulatedSendLog.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace burgernet {

SimulatedSendLog::~SimulatedSendLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString SimulatedSendLog::fileName()
{
    return QStringLiteral("simulated-sends.log");
}

bool SimulatedSendLog::open(const QString& folder)
{
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return false;
    const QByteArray path = QFile::encodeName(QDir(folder).filePath(fileName()));
    // O_APPEND: the senders of every channel share the file, each line lands whole.
    m_fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    return m_fd >= 0;
}

bool SimulatedSendLog::append(const QString& line)
{
    if (m_fd < 0)
        return true;
    const QByteArray bytes = line.toUtf8() + '\n';
    // One write per line: once it returns, the line is the kernel's and outlives the process.
    ssize_t written = -1;
    do {
        written = ::write(m_fd, bytes.constData(), size_t(bytes.size()));
    } while (written < 0 && errno == EINTR);
    if (written == bytes.size())
        return true;
    // A part of a line is not a send: cut it off so that the next line starts clean.
    if (written > 0)
        (void)::ftruncate(m_fd, ::lseek(m_fd, 0, SEEK_END) - written);
    return false;
}

} // namespace burgernet
