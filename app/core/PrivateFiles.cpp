#include "app/core/PrivateFiles.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStringList>

namespace burgernet {

Status PrivateFiles::makeFolder(const QString& path)
{
    QStringList missing;
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!info.exists()) {
        missing.prepend(info.absoluteFilePath());
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    for (const QString& folder : std::as_const(missing)) {
        // mkdir honours the umask; the mode is set before anything goes in.
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir())
            return Error{tr("Cannot create the folder %1.").arg(folder)};
        if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner))
            return Error{tr("Cannot make the folder %1 private.").arg(folder)};
    }
    if (!QFileInfo(path).isDir())
        return Error{tr("%1 is not a folder.").arg(path)};
    return {};
}

Status PrivateFiles::restrict(QFileDevice& file)
{
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{tr("Cannot make %1 private: %2").arg(file.fileName(), file.errorString())};
    return {};
}

} // namespace burgernet
