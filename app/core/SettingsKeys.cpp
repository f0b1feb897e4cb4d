#include "core/SettingsKeys.h"

namespace burgernet::keys {

const SettingKey<QString> UiLanguage{"ui/language", QStringLiteral("auto"),
                                     "Interface language: auto (system locale), nl or en"};
const SettingKey<QByteArray> MainWindowGeometry{
    "ui/mainWindowGeometry", {}, "Main window position and size (binary)"};
const SettingKey<QByteArray> MainWindowState{
    "ui/mainWindowState", {}, "Main window dock and toolbar layout (binary)"};
const SettingKey<QString> CallbackNumber{"dispatch/callbackNumber", QStringLiteral("0800-0011"),
                                         "Free call-back number read out in every message"};
const SettingKey<int> IdleLockMinutes{"security/idleLockMinutes", 10,
                                      "Minutes of inactivity after which the window locks"};
const SettingKey<int> MapParticipantWarning{
    "map/participantWarning", 50000,
    "Alert areas with more participants than this warn before use"};

namespace {
template <typename T>
SettingDescription describe(const SettingKey<T>& key, const QString& defaultText)
{
    return {QString::fromLatin1(key.path), defaultText, QString::fromLatin1(key.description)};
}
} // namespace

std::vector<SettingDescription> allSettingDescriptions()
{
    return {
        describe(UiLanguage, UiLanguage.defaultValue),
        describe(MainWindowGeometry, QString()),
        describe(MainWindowState, QString()),
        describe(CallbackNumber, CallbackNumber.defaultValue),
        describe(IdleLockMinutes, QString::number(IdleLockMinutes.defaultValue)),
        describe(MapParticipantWarning, QString::number(MapParticipantWarning.defaultValue)),
    };
}

} // namespace burgernet::keys
