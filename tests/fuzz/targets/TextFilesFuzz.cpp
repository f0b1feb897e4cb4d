// Files people write by hand: coordinates typed in the search box, exercise scenarios (JSON),
// the settings file (INI) and message templates (a template file's text, as `burgernetctl
// template set` reads it, composed into every channel's message).
#include "app/core/SafeXml.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/CapDocument.h"
#include "app/dispatch/MessageComposer.h"
#include "app/geo/LocationParser.h"
#include "app/geo/NationalBorder.h"
#include "app/training/Scenario.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QTimeZone>

namespace burgernet::fuzz {

void locationWarmUp()
{
    (void)NationalBorder::netherlands();
}

int location(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    (void)LocationParser::looksLikeCoordinates(text);
    const auto parsed = LocationParser::parse(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.errorMessage().isEmpty(), QStringLiteral("refused silently"));
        return 0;
    }
    const QGeoCoordinate c = parsed->coordinate;
    FUZZ_CHECK(c.isValid(), QStringLiteral("an invalid coordinate accepted"));
    FUZZ_CHECK(
        NationalBorder::netherlands().contains(c.latitude(), c.longitude()),
        QStringLiteral("%1, %2 lies outside the Netherlands").arg(c.latitude()).arg(c.longitude()));
    return 0;
}

int scenario(const uint8_t* data, size_t size)
{
    const auto loaded = ScenarioLoader::parse(bytes(data, size));
    if (!loaded)
        FUZZ_CHECK(!loaded.errorMessage().isEmpty(), QStringLiteral("refused silently"));
    return 0;
}

int settingsFile(const uint8_t* data, size_t size)
{
    const QString path = writeTemp(QStringLiteral("burgernet.conf"), bytes(data, size));
    const std::unique_ptr<Settings> settings = Settings::atFile(path);
    for (const keys::SettingDescription& d : keys::allSettingDescriptions())
        (void)settings->text(d.path);
    (void)settings->value(keys::UiLanguage);
    (void)settings->value(keys::MainWindowGeometry);
    (void)settings->value(keys::MapParticipantWarning);
    (void)settings->value(keys::DispatchStaleAfterMinutes);
    (void)settings->value(keys::DispatchMaxAttempts);
    const int port = settings->value(keys::CallbackPort);
    (void)port;
    return 0;
}

int templateFile(const uint8_t* data, size_t size)
{
    static const MessageTemplates builtIn = MessageTemplates::builtIn();
    static const QStringList names = builtIn.names(QStringLiteral("nl"));
    if (size < 2 || names.isEmpty())
        return 0;
    const QString language = data[0] & 0x80 ? QStringLiteral("en") : QStringLiteral("nl");
    const QString name = names[(data[0] & 0x7f) % names.size()];
    MessageTemplates templates = builtIn;
    templates.setOverride(language, name, QString::fromUtf8(bytes(data + 2, size - 2)));
    const MessageComposer composer(templates);

    MessageComposer::Input in;
    const QList<IncidentType> incidents = allIncidentTypes();
    in.content.incident = incidents[data[1] % incidents.size()];
    in.content.kind = data[1] & 0x80 ? ActionKind::Notice : ActionKind::Urgent;
    in.content.language = language;
    in.content.location = QGeoCoordinate(52.0907, 5.1214);
    in.content.locationText = QStringLiteral("Oudegracht, Utrecht");
    in.content.person.sex = QStringLiteral("male");
    in.content.person.age = QStringLiteral("30");
    in.content.person.clothing = QStringLiteral("blauwe jas");
    in.content.freeText = QStringLiteral("Vluchtte richting Neude.");
    in.content.channels = builtinChannels();
    in.type = MessageType(data[1] % 4);
    if (in.content.kind == ActionKind::Notice && in.type == MessageType::Closing)
        in.type = MessageType::Update; // a notice has no closing message
    in.areaDescription = QStringLiteral("Utrecht binnenstad");
    in.capCircle = QStringLiteral("52.0907,5.1214 0.5");
    in.capIdentifier = QStringLiteral("burgernet-fuzz-1");
    in.sentAt = QDateTime(QDate(2026, 12, 5), QTime(4, 0), QTimeZone::utc());
    const ComposedMessage message = composer.compose(in);
    for (const Channel& channel : builtinChannels()) {
        const ChannelText* text = message.find(language, channel);
        if (!text || channel != BuiltinChannel::Cap)
            continue;
        const CapMessage cap = capFromText(*text, CapPublisher(), {});
        FUZZ_CHECK(cap.headline.size() < 160,
                   QStringLiteral("a headline of %1 characters").arg(cap.headline.size()));
        const Status xml = SafeXml::check(cap.toXml());
        FUZZ_CHECK(xml.ok(), xml.errorMessage());
    }
    return 0;
}

} // namespace burgernet::fuzz
