#pragma once

#include <QString>
#include <QTemporaryDir>

namespace burgernet::test {

// A tmpfs of a few megabytes, mounted for one test (root only), and a ballast file that fills
// it up to a chosen headroom and is taken away to give the space back.
class SmallFileSystem
{
public:
    explicit SmallFileSystem(int megabytes);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;

    bool mounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString path() const { return m_dir.path(); }

    // Fills the file system until only `headroomBytes` are free.
    void fill(qint64 headroomBytes);
    void release();
    qint64 freeBytes() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace burgernet::test
