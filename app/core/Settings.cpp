#include "app/core/Settings.h"

#include "app/core/PrivateFiles.h"

#include <QFileInfo>

namespace burgernet {

namespace {
std::unique_ptr<QSettings> inPrivateFolder(std::unique_ptr<QSettings> store)
{
    // QSettings would make its folder with the umask's mode; it is the user's own.
    (void)PrivateFiles::makeFolder(QFileInfo(store->fileName()).absolutePath());
    return store;
}
} // namespace

std::unique_ptr<Settings> Settings::forUser(QObject* parent)
{
    return std::make_unique<Settings>(inPrivateFolder(std::make_unique<QSettings>()), parent);
}

std::unique_ptr<Settings> Settings::atFile(const QString& path, QObject* parent)
{
    return std::make_unique<Settings>(
        inPrivateFolder(std::make_unique<QSettings>(path, QSettings::IniFormat)), parent);
}

Settings::Settings(std::unique_ptr<QSettings> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{}

Settings::~Settings()
{
    m_store->sync();
}

QString Settings::text(const QString& path, const QString& fallback) const
{
    return m_store->value(path, fallback).toString();
}

bool Settings::contains(const char* path) const
{
    return m_store->contains(QString::fromLatin1(path));
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace burgernet
