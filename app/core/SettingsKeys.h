#pragma once

#include "app/core/Settings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// Every setting kept in the user's settings file, with its type, default and meaning. Add new
// keys here and to allSettingDescriptions() so that `burgernetctl settings` and README stay
// complete. The policy every workstation applies alike is in the register (PolicyKey.h).
namespace burgernet::keys {

// "auto" follows the system locale (Dutch on a Dutch system, English otherwise), or "nl"/"en".
extern const SettingKey<QString> UiLanguage;
// "day" or "night": the window's colours (a dark palette for dimmed control rooms).
extern const SettingKey<QString> UiScheme;
extern const SettingKey<QByteArray> MainWindowGeometry;
extern const SettingKey<QByteArray> MainWindowState;
extern const SettingKey<QByteArray> AuditTableHeader;
extern const SettingKey<QString> CallbackNumber;
// Alert areas with more participants than this warn before use.
extern const SettingKey<int> MapParticipantWarning;
// The online tiles under the map: pdok-standaard (the default), pdok-grijs, pdok-pastel,
// pdok-water, osm, custom (with MapTileTemplate) or none (the offline basemap only); and an
// MBTiles file.
extern const SettingKey<QString> MapTileSource;
extern const SettingKey<QString> MapTileTemplate;
extern const SettingKey<QString> MapMbtilesFile;
// The order and opacity of the map's layers as this user arranged them in the layer list:
// "id:z:opacity" entries separated by semicolons (empty: the built-in order, all opaque).
extern const SettingKey<QString> MapLayerStyle;
// The address search service (PDOK Locatieserver v3.1 or one answering alike); empty: only the
// offline place list and postcode centres.
extern const SettingKey<QString> GeocoderUrl;
// The control room's region (a short code such as "midden-nederland"): its own area library, in
// the window and in burgernetctl when --region is not given.
extern const SettingKey<QString> WorkstationRegion;
extern const SettingKey<int> DispatchStaleAfterMinutes;
extern const SettingKey<int> DispatchClosingReminderMinutes;
extern const SettingKey<int> DispatchMaxAttempts;
extern const SettingKey<int> DispatchLeaseSeconds;
extern const SettingKey<int> CallbackPort;
extern const SettingKey<QString> CallbackAddress;
extern const SettingKey<int> HealthProbeSeconds;

struct SettingDescription
{
    QString path;
    QString defaultValue;
    QString description;
};
std::vector<SettingDescription> allSettingDescriptions();
// The keys whose changes must be on record: SettingsService::reconcile compares each with its
// last recorded change. The window's layout and the map's tiles are how one user likes to look
// at things, changed with every drag or click, and not checked.
std::vector<SettingDescription> recordedFileSettings();

} // namespace burgernet::keys
