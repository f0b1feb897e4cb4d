#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace burgernet {

// Files with personal data and the folders that hold them are for their owner only (0600 and
// 0700), whatever the umask: the modes are set explicitly, right after creation and before any
// data is written.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PrivateFiles)

public:
    // Creates the folder and each missing parent with mode 0700; folders that exist already
    // keep their mode (they may be shared ones such as the home folder).
    static Status makeFolder(const QString& path);
    // An opened file (QFile, QSaveFile) becomes 0600 before anything is written to it.
    static Status restrict(QFileDevice& file);
};

} // namespace burgernet
