#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace burgernet {

// "nl" or "en" for a language setting of "auto", "nl" or "en": auto is Dutch on a Dutch
// system and English elsewhere.
QString resolveLanguage(const QString& setting, const QLocale& system = QLocale::system());

// Loads the program's and Qt's own translations for the language setting and returns the
// language chosen. Translators are owned by `app`.
QString installTranslations(QCoreApplication& app, const QString& setting);

} // namespace burgernet
