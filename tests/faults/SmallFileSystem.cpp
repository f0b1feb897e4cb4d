#include "tests/faults/SmallFileSystem.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/statvfs.h>

namespace burgernet::test {

SmallFileSystem::SmallFileSystem(int megabytes)
{
    const QByteArray options = "size=" + QByteArray::number(megabytes) + "m,mode=0700";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                options.constData()) != 0) {
        m_whyNot = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_mounted = true;
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

qint64 SmallFileSystem::freeBytes() const
{
    struct statvfs s
    {};
    if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &s) != 0)
        return -1;
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

void SmallFileSystem::fill(qint64 headroomBytes)
{
    QFile ballast(QDir(m_dir.path()).filePath(QStringLiteral("ballast")));
    if (!ballast.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    const QByteArray block(4096, 'x');
    while (freeBytes() > headroomBytes + block.size())
        if (ballast.write(block) != block.size() || !ballast.flush())
            break;
}

void SmallFileSystem::release()
{
    QFile::remove(QDir(m_dir.path()).filePath(QStringLiteral("ballast")));
}

} // namespace burgernet::test
