#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace burgernet {

// A setting's key with its type and default, declared once in SettingsKeys.h. Reading a key
// that was never written returns its default; the type is checked at compile time.
template <typename T>
struct SettingKey
{
    const char* path;
    T defaultValue;
    const char* description;
};

// The typed settings table over QSettings. One instance is created by the composition root
// and passed down; there is no global.
class Settings : public QObject
{
    Q_OBJECT
public:
    // The user's settings in the platform's usual place (~/.config/Burgernet/...).
    static std::unique_ptr<Settings> forUser(QObject* parent = nullptr);
    // Settings in an INI file at `path` (tests, portable installs).
    static std::unique_ptr<Settings> atFile(const QString& path, QObject* parent = nullptr);

    explicit Settings(std::unique_ptr<QSettings> store, QObject* parent = nullptr);
    ~Settings() override;

    template <typename T>
    T value(const SettingKey<T>& key) const
    {
        QVariant stored = m_store->value(QString::fromLatin1(key.path));
        // An INI file stores text: "soon" for a number must give the default, not 0.
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return stored.value<T>();
    }

    template <typename T>
    void setValue(const SettingKey<T>& key, const T& value)
    {
        const QString path = QString::fromLatin1(key.path);
        if (m_store->value(path) == QVariant::fromValue(value))
            return;
        m_store->setValue(path, QVariant::fromValue(value));
        Q_EMIT changed(path);
    }

    template <typename T>
    void reset(const SettingKey<T>& key)
    {
        m_store->remove(QString::fromLatin1(key.path));
        Q_EMIT changed(QString::fromLatin1(key.path));
    }

    // A value as text, whatever its key's type: for checks that go over every key alike.
    QString text(const QString& path, const QString& fallback = {}) const;
    bool contains(const char* path) const;
    QString fileName() const;
    void sync();

Q_SIGNALS:
    void changed(const QString& path);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace burgernet
