#pragma once

#include "app/core/Settings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// Every setting of the application, with its type, default and meaning. Add new keys here
// and to allSettingDescriptions() so that `burgernetctl settings` and README stay complete.
namespace burgernet::keys {

// "auto" follows the system locale (Dutch on a Dutch system, English otherwise), or "nl"/"en".
extern const SettingKey<QString> UiLanguage;
extern const SettingKey<QByteArray> MainWindowGeometry;
extern const SettingKey<QByteArray> MainWindowState;
extern const SettingKey<QString> CallbackNumber;
extern const SettingKey<int> IdleLockMinutes;
// Alert areas with more participants than this warn before use.
extern const SettingKey<int> MapParticipantWarning;
// The online tiles under the map: none (the offline basemap), pdok-standaard, pdok-grijs,
// pdok-pastel, pdok-water, osm or custom (with MapTileTemplate); and an MBTiles file.
extern const SettingKey<QString> MapTileSource;
extern const SettingKey<QString> MapTileTemplate;
extern const SettingKey<QString> MapMbtilesFile;
// Sign-in safety rails (users issue).
extern const SettingKey<int> SignInMaxFailures;
extern const SettingKey<int> SignInDelaySeconds;
extern const SettingKey<int> SignInLockMinutes;
extern const SettingKey<int> ReauthRecipients;
extern const SettingKey<int> PurgeUnsubscribedDays;
extern const SettingKey<int> DispatchApprovalThreshold;
extern const SettingKey<int> DispatchDailyLimit;
extern const SettingKey<int> DispatchStaleAfterMinutes;
extern const SettingKey<int> DispatchClosingReminderMinutes;
extern const SettingKey<int> DispatchMaxAttempts;
extern const SettingKey<int> CallbackPort;

struct SettingDescription
{
    QString path;
    QString defaultValue;
    QString description;
};
std::vector<SettingDescription> allSettingDescriptions();

} // namespace burgernet::keys
