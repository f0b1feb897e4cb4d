#include "app/core/SettingsKeys.h"

namespace burgernet::keys {

const SettingKey<QString> UiLanguage{"ui/language", QStringLiteral("auto"),
                                     "Interface language: auto (system locale), nl or en"};
const SettingKey<QByteArray> MainWindowGeometry{
    "ui/mainWindowGeometry", {}, "Main window position and size (binary)"};
const SettingKey<QByteArray> MainWindowState{
    "ui/mainWindowState", {}, "Main window dock and toolbar layout (binary)"};
const SettingKey<QByteArray> AuditTableHeader{
    "ui/auditTableHeader", {}, "The audit log table's column widths and order (binary)"};
const SettingKey<QString> CallbackNumber{"dispatch/callbackNumber", QStringLiteral("0800-0011"),
                                         "Free call-back number read out in every message"};
const SettingKey<int> MapParticipantWarning{
    "map/participantWarning", 50000,
    "Alert areas with more participants than this warn before use"};
const SettingKey<QString> MapTileSource{
    "map/tileSource", QStringLiteral("pdok-standaard"),
    "Online map tiles: pdok-standaard (the default; the offline basemap shows while PDOK cannot "
    "be reached), pdok-grijs, pdok-pastel, pdok-water, osm, custom or none (offline basemap)"};
const SettingKey<QString> MapTileTemplate{
    "map/tileTemplate", {}, "URL template of custom tiles, with {z}, {x} and {y} (or {-y})"};
const SettingKey<QString> MapMbtilesFile{
    "map/mbtilesFile", {}, "MBTiles file shown as offline tiles (empty: none)"};
const SettingKey<QString> MapLayerStyle{
    "map/layerStyle",
    {},
    "Order and opacity of the map layers as arranged in the layer list (id:z:opacity;...)"};
const SettingKey<QString> GeocoderUrl{
    "geocode/serviceUrl", QStringLiteral("https://api.pdok.nl/bzk/locatieserver/search/v3_1"),
    "Address search service (PDOK Locatieserver v3.1: its free and suggest endpoints below this "
    "URL); empty: only the offline place list and postcode centres"};
const SettingKey<QString> WorkstationRegion{
    "workstation/region", QStringLiteral("nl"),
    "The control room's region (e.g. midden-nederland): the area library the window and "
    "burgernetctl area use (burgernetctl: unless --region is given); nl: the national one"};
const SettingKey<int> DispatchStaleAfterMinutes{
    "dispatch/staleAfterMinutes", 30,
    "An urgent message that waited longer than this (a restart, a long gateway outage) never "
    "goes out on its own: it waits for a recorded decision (0: never)"};
const SettingKey<int> DispatchClosingReminderMinutes{
    "dispatch/closingReminderMinutes", 30,
    "Minutes after sending until the closing-message reminder is due"};
const SettingKey<int> DispatchMaxAttempts{"dispatch/maxAttempts", 5,
                                          "Attempts per message for temporary gateway errors"};
const SettingKey<int> DispatchLeaseSeconds{
    "dispatch/leaseSeconds", 30,
    "A dispatching workstation's claim on the messages it sends lasts this long and is renewed "
    "while it sends; the messages of a workstation that died wait this long before another one "
    "marks them uncertain"};
const SettingKey<QString> UiScheme{
    "ui/scheme", QStringLiteral("day"),
    "The window's colours: day, or night (dark, for dimmed control rooms); live and training "
    "keep their own marks in both"};
const SettingKey<int> CallbackPort{
    "channels/callbackPort", 0,
    "Port of the console's listener for delivery reports, voice status, app tips and the CAP "
    "feed (0: the port the data folder used before, a free one the first time; either way the "
    "same after a restart, so reports for earlier messages still arrive)"};
const SettingKey<QString> CallbackAddress{
    "channels/callbackAddress", QStringLiteral("127.0.0.1"),
    "IP address the callback listener binds to (loopback unless the gateways are elsewhere); "
    "callbacks without the sender's secret are refused and recorded"};
const SettingKey<int> HealthProbeSeconds{
    "channels/healthProbeSeconds", 60,
    "Seconds between two checks of every configured gateway (the channel lights; a gateway that "
    "stops answering raises an alarm); 0: no checks"};

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
        describe(UiScheme, UiScheme.defaultValue),
        describe(MainWindowGeometry, QString()),
        describe(MainWindowState, QString()),
        describe(AuditTableHeader, QString()),
        describe(CallbackNumber, CallbackNumber.defaultValue),
        describe(MapParticipantWarning, QString::number(MapParticipantWarning.defaultValue)),
        describe(MapTileSource, MapTileSource.defaultValue),
        describe(MapTileTemplate, QString()),
        describe(MapMbtilesFile, QString()),
        describe(MapLayerStyle, QString()),
        describe(GeocoderUrl, GeocoderUrl.defaultValue),
        describe(WorkstationRegion, WorkstationRegion.defaultValue),
        describe(DispatchStaleAfterMinutes,
                 QString::number(DispatchStaleAfterMinutes.defaultValue)),
        describe(DispatchClosingReminderMinutes,
                 QString::number(DispatchClosingReminderMinutes.defaultValue)),
        describe(DispatchMaxAttempts, QString::number(DispatchMaxAttempts.defaultValue)),
        describe(DispatchLeaseSeconds, QString::number(DispatchLeaseSeconds.defaultValue)),
        describe(CallbackPort, QString::number(CallbackPort.defaultValue)),
        describe(CallbackAddress, CallbackAddress.defaultValue),
        describe(HealthProbeSeconds, QString::number(HealthProbeSeconds.defaultValue)),
    };
}

std::vector<SettingDescription> recordedFileSettings()
{
    return {
        describe(UiLanguage, UiLanguage.defaultValue),
        describe(CallbackNumber, CallbackNumber.defaultValue),
        describe(MapParticipantWarning, QString::number(MapParticipantWarning.defaultValue)),
        // Where the dispatcher's address searches go: a change must be on record.
        describe(GeocoderUrl, GeocoderUrl.defaultValue),
        describe(WorkstationRegion, WorkstationRegion.defaultValue),
        describe(DispatchStaleAfterMinutes,
                 QString::number(DispatchStaleAfterMinutes.defaultValue)),
        describe(DispatchClosingReminderMinutes,
                 QString::number(DispatchClosingReminderMinutes.defaultValue)),
        describe(DispatchMaxAttempts, QString::number(DispatchMaxAttempts.defaultValue)),
        describe(DispatchLeaseSeconds, QString::number(DispatchLeaseSeconds.defaultValue)),
        describe(CallbackPort, QString::number(CallbackPort.defaultValue)),
        describe(CallbackAddress, CallbackAddress.defaultValue),
        describe(HealthProbeSeconds, QString::number(HealthProbeSeconds.defaultValue)),
    };
}

} // namespace burgernet::keys
