#include "app/core/Settings.h"

namespace burgernet {

std::unique_ptr<Settings> Settings::forUser(QObject* parent)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(), parent);
}

std::unique_ptr<Settings> Settings::atFile(const QString& path, QObject* parent)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(path, QSettings::IniFormat),
                                      parent);
}

Settings::Settings(std::unique_ptr<QSettings> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{}

Settings::~Settings()
{
    m_store->sync();
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
