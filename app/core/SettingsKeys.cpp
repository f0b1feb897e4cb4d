#include "app/core/SettingsKeys.h"

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
const SettingKey<QString> MapTileSource{
    "map/tileSource", QStringLiteral("none"),
    "Online map tiles: none (offline basemap), pdok-standaard, pdok-grijs, pdok-pastel, "
    "pdok-water, osm or custom"};
const SettingKey<QString> MapTileTemplate{
    "map/tileTemplate", {}, "URL template of custom tiles, with {z}, {x} and {y} (or {-y})"};
const SettingKey<QString> MapMbtilesFile{
    "map/mbtilesFile", {}, "MBTiles file shown as offline tiles (empty: none)"};
const SettingKey<int> SignInMaxFailures{
    "security/signInMaxFailures", 5, "Failed sign-ins in a row after which an account is locked"};
const SettingKey<int> SignInDelaySeconds{
    "security/signInDelaySeconds", 1,
    "Wait after the first failed sign-in, doubling with each further failure (at most 60 s)"};
const SettingKey<int> SignInLockMinutes{
    "security/signInLockMinutes", 15,
    "Minutes a locked account stays locked (an administrator can unlock it sooner)"};
const SettingKey<int> ReauthRecipients{
    "security/reauthRecipients", 1000,
    "A live send to more recipients than this asks for the password again"};
const SettingKey<int> PurgeUnsubscribedDays{
    "security/purgeUnsubscribedDays", 90,
    "Days after unsubscribing after which a participant is purged from the register"};
const SettingKey<int> DispatchApprovalThreshold{
    "dispatch/approvalThreshold", 10000,
    "Addressed messages above which a second user must approve an action"};
const SettingKey<int> DispatchDailyLimit{
    "dispatch/dailyLimitPerParticipant", 3,
    "Alerts a participant receives per day at most (0: no limit)"};
const SettingKey<int> DispatchStaleAfterMinutes{
    "dispatch/staleAfterMinutes", 30,
    "An urgent message that waited longer than this (a restart, a long gateway outage) never "
    "goes out on its own: it waits for a recorded decision (0: never)"};
const SettingKey<int> DispatchClosingReminderMinutes{
    "dispatch/closingReminderMinutes", 30,
    "Minutes after sending until the closing-message reminder is due"};
const SettingKey<int> DispatchMaxAttempts{"dispatch/maxAttempts", 5,
                                          "Attempts per message for temporary gateway errors"};
const SettingKey<int> CallbackPort{
    "channels/callbackPort", 0,
    "Loopback port of the console's listener for delivery reports, voice status and the CAP "
    "feed (0: a free port, told to each gateway with every message)"};

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
        describe(MapTileSource, MapTileSource.defaultValue),
        describe(MapTileTemplate, QString()),
        describe(MapMbtilesFile, QString()),
        describe(SignInMaxFailures, QString::number(SignInMaxFailures.defaultValue)),
        describe(SignInDelaySeconds, QString::number(SignInDelaySeconds.defaultValue)),
        describe(SignInLockMinutes, QString::number(SignInLockMinutes.defaultValue)),
        describe(ReauthRecipients, QString::number(ReauthRecipients.defaultValue)),
        describe(PurgeUnsubscribedDays, QString::number(PurgeUnsubscribedDays.defaultValue)),
        describe(DispatchApprovalThreshold,
                 QString::number(DispatchApprovalThreshold.defaultValue)),
        describe(DispatchDailyLimit, QString::number(DispatchDailyLimit.defaultValue)),
        describe(DispatchStaleAfterMinutes,
                 QString::number(DispatchStaleAfterMinutes.defaultValue)),
        describe(DispatchClosingReminderMinutes,
                 QString::number(DispatchClosingReminderMinutes.defaultValue)),
        describe(DispatchMaxAttempts, QString::number(DispatchMaxAttempts.defaultValue)),
        describe(CallbackPort, QString::number(CallbackPort.defaultValue)),
    };
}

} // namespace burgernet::keys
