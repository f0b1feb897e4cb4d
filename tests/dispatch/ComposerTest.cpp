#include "app/dispatch/CapDocument.h"
#include "app/dispatch/MessageComposer.h"
#include "app/dispatch/SmsEncoding.h"
#include "app/dispatch/TextChecks.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

ActionContent robbery()
{
    ActionContent c;
    c.incident = IncidentType::StreetRobbery;
    c.locationText = QStringLiteral("het Vredenburgplein");
    c.person.sex = QStringLiteral("male");
    c.person.age = QStringLiteral("20");
    c.person.clothing = QStringLiteral("een grijze trainingsbroek");
    c.person.direction = QStringLiteral("de Oudegracht");
    c.channels = builtinChannels();
    return c;
}

MessageComposer::Input input(const ActionContent& c, Mode mode = Mode::Live)
{
    MessageComposer::Input in;
    in.content = c;
    in.mode = mode;
    in.sentAt = QDateTime(QDate(2026, 11, 27), QTime(14, 5), Qt::UTC);
    in.capIdentifier = QStringLiteral("burgernet-1-alert");
    in.capCircle = QStringLiteral("52.09,5.12 1.5");
    return in;
}

// Every slot filled in with a bare value, as the templates expect it.
ActionContent fullContent(IncidentType incident)
{
    ActionContent c;
    c.incident = incident;
    c.locationText = QStringLiteral("het Vredenburgplein");
    c.person = {.sex = QStringLiteral("male"),
                .age = QStringLiteral("25"),
                .height = QStringLiteral("1.80 m"),
                .build = QStringLiteral("slank"),
                .clothing = QStringLiteral("een zwarte jas"),
                .particulars = QStringLiteral("tatoeage in de nek"),
                .direction = QStringLiteral("het station")};
    c.vehicle = {.make = QStringLiteral("Volkswagen"),
                 .model = QStringLiteral("Golf"),
                 .colour = QStringLiteral("rood"),
                 .plate = QStringLiteral("AB-123-C"),
                 .direction = QStringLiteral("de A12")};
    c.freeText = QStringLiteral("Hij heeft een rode pet op.");
    c.channels = builtinChannels();
    return c;
}

// The slot fillings every incident type is rendered with: full; typed with the template's own
// words, in Dutch, in English and twice over; partial; and empty.
QList<std::pair<QString, ActionContent>> fillings(IncidentType incident)
{
    QList<std::pair<QString, ActionContent>> list;
    const ActionContent full = fullContent(incident);
    list.append({QStringLiteral("full"), full});

    ActionContent typed = full;
    typed.person = {.sex = QStringLiteral("female"),
                    .age = QStringLiteral("ongeveer 25 jaar"),
                    .height = QStringLiteral("ongeveer 1,80 meter"),
                    .build = QStringLiteral("slank postuur"),
                    .clothing = QStringLiteral("gekleed in een zwarte jas"),
                    .particulars = QStringLiteral("bijzonderheden: tatoeage in de nek"),
                    .direction = QStringLiteral("richting station")};
    typed.vehicle = {.make = QStringLiteral("merk Volkswagen"),
                     .model = QStringLiteral("Golf"),
                     .colour = QStringLiteral("kleur rood"),
                     .plate = QStringLiteral("kenteken AB-123-C"),
                     .direction = QStringLiteral("in de richting van de A12")};
    typed.locationText = QStringLiteral("in de omgeving van het Vredenburgplein");
    typed.freeText = QStringLiteral("hij heeft een rode pet op");
    list.append({QStringLiteral("typed-nl"), typed});

    ActionContent english = full;
    english.person = {.age = QStringLiteral("about 25 years old"),
                      .height = QStringLiteral("about 1.80 metres tall"),
                      .build = QStringLiteral("of slim build"),
                      .clothing = QStringLiteral("wearing a black coat"),
                      .particulars = QStringLiteral("particulars: limps"),
                      .direction = QStringLiteral("towards the station")};
    english.vehicle.plate = QStringLiteral("with registration AB-123-C");
    english.vehicle.direction = QStringLiteral("heading towards the A12");
    english.locationText = QStringLiteral("near het Vredenburgplein");
    list.append({QStringLiteral("typed-en"), english});

    ActionContent twice = full;
    twice.person.age = QStringLiteral("van ongeveer 25 jaar");
    twice.person.direction = QStringLiteral("in de richting van richting centrum");
    twice.vehicle.direction = QStringLiteral("richting de A12");
    twice.freeText.clear();
    list.append({QStringLiteral("typed-twice"), twice});

    ActionContent partial;
    partial.incident = incident;
    partial.person.sex = QStringLiteral("female");
    partial.person.clothing = QStringLiteral("een rode jas");
    partial.vehicle.plate = QStringLiteral("AB-123-C");
    partial.channels = builtinChannels();
    list.append({QStringLiteral("partial-no-location"), partial});

    ActionContent ageAndDirection = partial;
    ageAndDirection.person = {.age = QStringLiteral("ca. 30 jr"),
                              .direction = QStringLiteral("richting centrum")};
    ageAndDirection.vehicle = {};
    ageAndDirection.locationText = QStringLiteral("de Neude");
    list.append({QStringLiteral("partial-age-direction"), ageAndDirection});

    ActionContent onlyDirection = ageAndDirection;
    onlyDirection.person = {.direction = QStringLiteral("richting de A2")};
    onlyDirection.vehicle = {.direction = QStringLiteral("richting de A2")};
    list.append({QStringLiteral("only-direction"), onlyDirection});

    ActionContent empty;
    empty.incident = incident;
    empty.channels = builtinChannels();
    list.append({QStringLiteral("empty"), empty});

    ActionContent blanks = empty;
    const QString blank = QStringLiteral("  ");
    blanks.person = {blank, blank, blank, blank, blank, blank, blank};
    blanks.vehicle = {blank, blank, blank, blank, blank};
    blanks.locationText = blank;
    blanks.freeText = blank;
    list.append({QStringLiteral("blanks"), blanks});

    ActionContent locationOnly = empty;
    locationOnly.locationText = QStringLiteral("de Neude");
    list.append({QStringLiteral("location-only"), locationOnly});

    ActionContent freeTextOnly = empty;
    freeTextOnly.freeText = QStringLiteral("Let op uw fiets");
    list.append({QStringLiteral("free-text-only"), freeTextOnly});
    return list;
}

struct MessageInput
{
    QString name;
    MessageType type;
    Mode mode = Mode::Live;
    QString updateText;
    Outcome outcome = Outcome::None;
    QString outcomeText;
};

QList<MessageInput> messageInputs()
{
    return {
        {QStringLiteral("live"), MessageType::Alert},
        {QStringLiteral("training"), MessageType::Alert, Mode::Training},
        {QStringLiteral("news"), MessageType::Update, Mode::Live,
         QStringLiteral("de man draagt nu geen pet meer")},
        {QStringLiteral("no-news"), MessageType::Update},
        {QStringLiteral("training-no-news"), MessageType::Update, Mode::Training},
        {QStringLiteral("arrested"), MessageType::Closing, Mode::Live, QString(),
         Outcome::Arrested},
        {QStringLiteral("other"), MessageType::Closing, Mode::Live, QString(), Outcome::Other,
         QStringLiteral("de man is thuis")},
        {QStringLiteral("none"), MessageType::Closing, Mode::Live, QString(), Outcome::None},
        {QStringLiteral("reason"), MessageType::Cancel, Mode::Live,
         QStringLiteral("Het was een misverstand.")},
        {QStringLiteral("no-reason"), MessageType::Cancel},
        {QStringLiteral("training-no-reason"), MessageType::Cancel, Mode::Training},
    };
}

// What a text must not have: a slot word said twice, the leftovers of an empty slot, a
// sentence that stops at its preposition, a placeholder nobody filled, a sentence that starts
// in lower case.
QStringList grammarProblems(const QString& text)
{
    QStringList found;
    if (text.isEmpty())
        return found;
    static const QRegularExpression doubled(QStringLiteral("\\b(\\w+)\\s+\\1\\b"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = doubled.match(text); m.hasMatch())
        found << QStringLiteral("doubled \"%1\"").arg(m.captured());
    // Said twice, the way the old templates said them, and what empty slots left behind.
    static const QStringList phrases =
        QStringLiteral("van richting|richting van richting|in de richting van in de richting|"
                       "ongeveer ongeveer|jaar jaar|jaar oud jaar|about about|years years|"
                       "aged about aged|postuur postuur|met een met|gekleed in gekleed|"
                       "wearing wearing|kenteken kenteken|with registration with|"
                       "omgeving van in de omgeving|omgeving van omgeving|near near|"
                       "towards towards|bijzonderheden: bijzonderheden|particulars: particulars|"
                       "  | .| ,| :| ?|. .|..|,.|:.|,,|?.|{|}|\n\n\n")
            .split(QLatin1Char('|'));
    for (const QString& phrase : phrases)
        if (text.contains(phrase, Qt::CaseInsensitive))
            found << QStringLiteral("has \"%1\"").arg(phrase);
    static const QRegularExpression dangling(
        QStringLiteral("\\b(naar|for|van|of|met|with|wearing|towards|near|ongeveer|about)\\s*"
                       "([.,;:!?]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dangling.match(text); m.hasMatch())
        found << QStringLiteral("stops at \"%1\"").arg(m.captured());
    static const QRegularExpression lowerStart(QStringLiteral("(^|[.!?]\\s)\\p{Ll}"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = lowerStart.match(text); m.hasMatch())
        found << QStringLiteral("sentence in lower case at \"%1\"").arg(m.captured());
    if (text != text.trimmed() || QStringLiteral(".,;:").contains(text.front()) ||
        QStringLiteral(",;:").contains(text.back()))
        found << QStringLiteral("stray punctuation or space at an end");
    for (const TextWarning& w : TextChecks::checkText(QStringLiteral("text"), text, true))
        if (w.kind == TextWarning::Kind::Offence)
            found << QStringLiteral("states an offence: \"%1\"").arg(w.found);
    return found;
}

bool hasFixedVoiceScript(const QString& text, const QString& language, Mode mode)
{
    const bool nl = language == QLatin1String("nl");
    const QString marker = mode == Mode::Training ? nl ? QStringLiteral("OEFENING: ")
                                                       : QStringLiteral("OEFENING (EXERCISE): ")
                                                  : QString();
    const QString opening =
        nl ? QStringLiteral("Hier volgt een oproep voor Burgernet. Wilt u uitkijken naar ")
           : QStringLiteral("This is a Burgernet appeal. Please look out for ");
    const QString closing =
        nl ? QStringLiteral(" Wilt u bij het zien van persoon of voertuig gratis terugbellen "
                            "naar 0800-0011.")
           : QStringLiteral(" If you see the person or vehicle, please call 0800-0011 free of "
                            "charge.");
    return text.startsWith(marker + opening) && text.endsWith(closing) &&
           text.size() > marker.size() + opening.size() + closing.size() + 5;
}

} // namespace

TEST_CASE("SMS: GSM-7 text fits 160 septets in one part, 153 per part beyond", "[dispatch][sms]")
{
    CHECK(SmsAnalysis::of(QString()).parts == 0);
    const SmsAnalysis one = SmsAnalysis::of(QString(160, QLatin1Char('a')));
    CHECK(one.encoding == SmsAnalysis::Encoding::Gsm7);
    CHECK(one.parts == 1);
    CHECK(one.remainingInPart == 0);
    const SmsAnalysis two = SmsAnalysis::of(QString(161, QLatin1Char('a')));
    CHECK(two.parts == 2);
    CHECK(two.perPart == 153);
    CHECK(SmsAnalysis::of(QString(306, QLatin1Char('a'))).parts == 2);
    CHECK(SmsAnalysis::of(QString(307, QLatin1Char('a'))).parts == 3);
    // The euro sign and brackets are extension characters: two septets each.
    const SmsAnalysis euro = SmsAnalysis::of(QString(80, QChar(0x20AC)));
    CHECK(euro.encoding == SmsAnalysis::Encoding::Gsm7);
    CHECK(euro.units == 160);
    CHECK(euro.parts == 1);
    CHECK(SmsAnalysis::of(QStringLiteral("é à ü Ä ñ @ £")).encoding == SmsAnalysis::Encoding::Gsm7);
}

TEST_CASE("SMS: ë, ï, typographic quotes and emoji force UCS-2 (70, 67 per part)",
          "[dispatch][sms]")
{
    const QString text = QStringLiteral("Kijk uit naar een man met een ") + QChar(0x201C) +
                         QStringLiteral("rode") + QChar(0x201D) + QStringLiteral(" jas, Zoë");
    const SmsAnalysis a = SmsAnalysis::of(text);
    CHECK(a.encoding == SmsAnalysis::Encoding::Ucs2);
    REQUIRE(a.forcingPositions.size() == 3);
    CHECK(text.at(a.forcingPositions[0]) == QChar(0x201C));
    CHECK(text.at(a.forcingPositions[2]) == QChar(0x00EB));
    CHECK(SmsAnalysis::of(QString(70, QChar(0x00EF))).parts == 1);
    CHECK(SmsAnalysis::of(QString(71, QChar(0x00EF))).parts == 2);
    CHECK(SmsAnalysis::of(QString(134, QChar(0x00EF))).parts == 2);
    CHECK(SmsAnalysis::of(QString(135, QChar(0x00EF))).parts == 3);
    // An emoji is one character (two UTF-16 units) and marked once.
    const QString emoji = QStringLiteral("ok ") + QString::fromUtf8("\xF0\x9F\x9A\x93");
    const SmsAnalysis e = SmsAnalysis::of(emoji);
    CHECK(e.encoding == SmsAnalysis::Encoding::Ucs2);
    CHECK(e.forcingPositions == QList<int>{3});
    CHECK(e.units == 5);
}

TEST_CASE("The voice script is the fixed one, with the description and call-back number",
          "[dispatch][composer]")
{
    MessageComposer::Input in = input(robbery());
    in.callbackNumber = QStringLiteral("0800-0022");
    const ComposedMessage m = MessageComposer().compose(in);
    const ChannelText* voice = m.find(QStringLiteral("nl"), BuiltinChannel::Voice);
    REQUIRE(voice);
    CHECK(voice->text ==
          QStringLiteral("Hier volgt een oproep voor Burgernet. Wilt u uitkijken naar een man van "
                         "ongeveer 20 jaar, gekleed in een grijze trainingsbroek, vertrokken in "
                         "de richting van de Oudegracht in de omgeving van het Vredenburgplein. "
                         "Wilt u bij het zien van persoon of voertuig gratis terugbellen naar "
                         "0800-0022."));
    const ChannelText* sms = m.find(QStringLiteral("nl"), BuiltinChannel::Sms);
    REQUIRE(sms);
    CHECK(sms->text.startsWith(QStringLiteral("Burgernet: kijk uit naar een man")));
    CHECK(sms->text.endsWith(QStringLiteral("Gezien? Bel gratis 0800-0022.")));
    // Never what the person is suspected of.
    CHECK_FALSE(voice->text.contains(QStringLiteral("straatroof")));
    // English for English-speaking participants.
    const ChannelText* en = m.find(QStringLiteral("en"), BuiltinChannel::Sms);
    REQUIRE(en);
    CHECK(en->text.startsWith(QStringLiteral("Burgernet: look out for a man")));
}

TEST_CASE("Vehicle descriptions carry make, colour and plate", "[dispatch][composer]")
{
    ActionContent c;
    c.incident = IncidentType::HitAndRun;
    c.vehicle = {QStringLiteral("Volkswagen"), QStringLiteral("Golf"), QStringLiteral("rode"),
                 QStringLiteral("AB-123-C"), QStringLiteral("de A12")};
    c.person.clothing = QStringLiteral("ignored: hit-and-run has no person slot");
    const QString d = MessageComposer().describe(c, QStringLiteral("nl"));
    CHECK(d == QStringLiteral("een rode Volkswagen Golf met kenteken AB-123-C, vertrokken in de "
                              "richting van de A12"));
    CHECK(MessageComposer().describe(c, QStringLiteral("en")) ==
          QStringLiteral("a red Volkswagen Golf with registration AB-123-C, last seen heading "
                         "towards de A12"));
}

TEST_CASE("E-mail has subject, text and escaped HTML, CAP fields follow CAP 1.2",
          "[dispatch][composer][cap]")
{
    ActionContent c = robbery();
    c.freeText = QStringLiteral("Let op <b>");
    const ComposedMessage m = MessageComposer().compose(input(c));
    const ChannelText* mail = m.find(QStringLiteral("nl"), BuiltinChannel::Email);
    REQUIRE(mail);
    CHECK(mail->subject.startsWith(QStringLiteral("Burgernet-oproep: kijk uit naar een man")));
    CHECK(mail->html.contains(QStringLiteral("Let op &lt;b&gt;")));
    CHECK(mail->text.contains(QStringLiteral("Let op <b>")));
    const ChannelText* cap = m.find(QStringLiteral("nl"), BuiltinChannel::Cap);
    REQUIRE(cap);
    CHECK(cap->extra.value(QStringLiteral("status")).toString() == QStringLiteral("Actual"));
    CHECK(cap->extra.value(QStringLiteral("msgType")).toString() == QStringLiteral("Alert"));
    CHECK(cap->extra.value(QStringLiteral("sent")).toString() ==
          QStringLiteral("2026-11-27T15:05:00+01:00"));
    CHECK(cap->extra.value(QStringLiteral("circle")).toString() ==
          QStringLiteral("52.09,5.12 1.5"));
    CHECK_FALSE(cap->extra.value(QStringLiteral("areaDesc")).toString().isEmpty());
    // Broadcasts only in the action's language.
    CHECK(m.find(QStringLiteral("en"), BuiltinChannel::App) ==
          m.find(QStringLiteral("nl"), BuiltinChannel::App));
    CHECK(capTime(QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC)) ==
          QStringLiteral("2026-07-01T12:00:00+02:00"));
    CHECK(cap->extra.value(QStringLiteral("responseType")).toString() == QStringLiteral("Monitor"));
}

TEST_CASE("Training puts OEFENING in every text and CAP status Exercise", "[dispatch][composer]")
{
    const ComposedMessage m = MessageComposer().compose(input(robbery(), Mode::Training));
    int texts = 0;
    for (const auto& perChannel : m.texts) {
        for (const ChannelText& t : perChannel) {
            ++texts;
            CHECK(t.text.contains(QStringLiteral("OEFENING")));
            if (!t.subject.isEmpty())
                CHECK(t.subject.contains(QStringLiteral("OEFENING")));
            if (!t.html.isEmpty())
                CHECK(t.html.contains(QStringLiteral("OEFENING")));
        }
    }
    CHECK(texts == 9); // voice, sms, email in nl and en; app, social, cap in nl
    CHECK(
        m.find(QStringLiteral("nl"), BuiltinChannel::Cap)->extra.value(QStringLiteral("status")) ==
        QStringLiteral("Exercise"));
}

TEST_CASE("Closing, update and cancel messages use their own templates", "[dispatch][composer]")
{
    MessageComposer::Input in = input(robbery());
    in.type = MessageType::Closing;
    in.outcome = Outcome::Arrested;
    const ComposedMessage closing = MessageComposer().compose(in);
    CHECK(closing.find(QStringLiteral("nl"), BuiltinChannel::Sms)->text ==
          QStringLiteral("Burgernet: de actie is beëindigd. Er is iemand aangehouden. Dank voor uw "
                         "hulp."));
    CHECK(closing.find(QStringLiteral("nl"), BuiltinChannel::Cap)
              ->extra.value(QStringLiteral("msgType")) == QStringLiteral("Update"));
    // The danger is over; the references are the publisher's to add (they name its sender).
    const QJsonObject closingCap = closing.find(QStringLiteral("nl"), BuiltinChannel::Cap)->extra;
    CHECK(closingCap.value(QStringLiteral("responseType")) == QStringLiteral("AllClear"));
    CHECK(closingCap.value(QStringLiteral("urgency")) == QStringLiteral("Past"));
    CHECK_FALSE(closingCap.contains(QStringLiteral("references")));
    in.type = MessageType::Update;
    in.updateText = QStringLiteral("De man draagt nu geen pet meer.");
    CHECK(MessageComposer()
              .compose(in)
              .find(QStringLiteral("nl"), BuiltinChannel::Sms)
              ->text.contains(QStringLiteral("geen pet meer")));
    in.type = MessageType::Cancel;
    CHECK(MessageComposer()
              .compose(in)
              .find(QStringLiteral("nl"), BuiltinChannel::Cap)
              ->extra.value(QStringLiteral("msgType")) == QStringLiteral("Cancel"));
}

TEST_CASE("Every message carries its CAP text, sent or not", "[dispatch][composer]")
{
    ActionContent c = robbery();
    c.channels = {BuiltinChannel::Sms};
    c.locationText.clear();
    MessageComposer::Input in = input(c);
    in.capCircle.clear();
    in.capPolygons = {QStringLiteral("52.0,5.1 52.0,5.2 52.1,5.2 52.0,5.1")};
    const ComposedMessage m = MessageComposer().compose(in);
    // The SMS in both languages, the CAP text in the action's language only.
    const auto dutch = m.texts.value(QStringLiteral("nl"));
    CHECK(dutch.size() == 2);
    CHECK(dutch.contains(BuiltinChannel::Sms));
    CHECK(dutch.contains(BuiltinChannel::Cap));
    CHECK(m.texts.value(QStringLiteral("en")).keys() == QList<Channel>{BuiltinChannel::Sms});
    const ChannelText* cap = m.find(QStringLiteral("nl"), BuiltinChannel::Cap);
    REQUIRE(cap);
    CHECK(cap->extra.value(QStringLiteral("polygon")).toString() == in.capPolygons.front());
    CHECK_FALSE(cap->extra.contains(QStringLiteral("circle")));
    // Nothing names the place, yet CAP requires an area description.
    CHECK(cap->extra.value(QStringLiteral("areaDesc")).toString() ==
          QStringLiteral("Gebied van de Burgernet-actie"));
    const QString headline = cap->extra.value(QStringLiteral("headline")).toString();
    CHECK(headline.startsWith(QStringLiteral("Burgernet: kijk uit naar een man")));
    CHECK(headline.size() < 160);

    c.language = QStringLiteral("en");
    const ComposedMessage english = MessageComposer().compose(input(c));
    CHECK(english.texts.value(QStringLiteral("en")).contains(BuiltinChannel::Cap));
    CHECK_FALSE(english.texts.value(QStringLiteral("nl")).contains(BuiltinChannel::Cap));
}

TEST_CASE("An administrator's template replaces the built-in one", "[dispatch][composer]")
{
    MessageTemplates templates = MessageTemplates::builtIn();
    REQUIRE(templates.hasEntry(QStringLiteral("nl"), QStringLiteral("alert.sms")));
    templates.setOverride(QStringLiteral("nl"), QStringLiteral("alert.sms"),
                          QStringLiteral("BN: {description}. Bel {callback}."));
    const ComposedMessage m = MessageComposer(templates).compose(input(robbery()));
    CHECK(m.find(QStringLiteral("nl"), BuiltinChannel::Sms)
              ->text.startsWith(QStringLiteral("BN: een man")));
    // Every built-in Dutch entry has its English counterpart.
    CHECK(templates.names(QStringLiteral("nl")) ==
          MessageTemplates::builtIn().names(QStringLiteral("en")));
}

TEST_CASE("Slot values typed with the template's own words are said once",
          "[dispatch][composer][grammar]")
{
    const MessageComposer composer;
    const auto person = [&](QString PersonDescription::*slot, const QString& value,
                            const QString& language) {
        ActionContent c;
        c.incident = IncidentType::Missing;
        c.person.sex = QStringLiteral("male");
        c.person.*slot = value;
        return composer.describe(c, language);
    };
    const QString nl = QStringLiteral("nl");
    const QString en = QStringLiteral("en");
    for (const char* age :
         {"25", "25 jaar", "ongeveer 25 jaar", "ca. 25 jr.", "circa 25", "van ongeveer 25 jaar",
          "leeftijd: 25", "± 25 jaar oud", "25-jarige", "about 25 years old", "aged about 25"}) {
        INFO(age);
        CHECK(person(&PersonDescription::age, QString::fromUtf8(age), nl) ==
              QStringLiteral("een man van ongeveer 25 jaar"));
        CHECK(person(&PersonDescription::age, QString::fromUtf8(age), en) ==
              QStringLiteral("a man aged about 25"));
    }
    CHECK(person(&PersonDescription::age, QStringLiteral("tussen de 20 en 30 jaar"), nl) ==
          QStringLiteral("een man van ongeveer 20 tot 30 jaar"));
    CHECK(person(&PersonDescription::age, QStringLiteral("20-30"), en) ==
          QStringLiteral("a man aged about 20 to 30"));
    // An age that is no number is said as typed, not squeezed into "van ongeveer ... jaar".
    CHECK(person(&PersonDescription::age, QStringLiteral("begin twintig"), nl) ==
          QStringLiteral("een man, begin twintig"));
    for (const char* height : {"1.80", "1,80 m", "1.80 meter", "ongeveer 1,80 meter lang", "180 cm",
                               "180", "1m80", "ca. 1.80 m", "about 1.80 metres tall"}) {
        INFO(height);
        CHECK(person(&PersonDescription::height, QString::fromUtf8(height), nl) ==
              QStringLiteral("een man, ongeveer 1,80 meter lang"));
        CHECK(person(&PersonDescription::height, QString::fromUtf8(height), en) ==
              QStringLiteral("a man, about 1.80 metres tall"));
    }
    for (const char* build : {"slank", "slank postuur", "slanke", "met een slank postuur",
                              "postuur: slank", "slim build"}) {
        INFO(build);
        CHECK(person(&PersonDescription::build, QString::fromUtf8(build), nl) ==
              QStringLiteral("een man, met een slank postuur"));
        CHECK(person(&PersonDescription::build, QString::fromUtf8(build), en) ==
              QStringLiteral("a man, of slim build"));
    }
    for (const char* clothing :
         {"een zwarte jas", "gekleed in een zwarte jas", "draagt een zwarte jas",
          "heeft een zwarte jas aan", "kleding: een zwarte jas.", "wearing een zwarte jas"}) {
        INFO(clothing);
        CHECK(person(&PersonDescription::clothing, QString::fromUtf8(clothing), nl) ==
              QStringLiteral("een man, gekleed in een zwarte jas"));
        CHECK(person(&PersonDescription::clothing, QString::fromUtf8(clothing), en) ==
              QStringLiteral("a man, wearing een zwarte jas"));
    }
    CHECK(person(&PersonDescription::particulars, QStringLiteral("Bijzonderheden: loopt mank."),
                 nl) == QStringLiteral("een man, bijzonderheden: loopt mank"));
    for (const char* direction :
         {"centrum", "richting centrum", "in de richting van centrum", "naar centrum",
          "vertrokken richting centrum", "gevlucht in de richting van centrum", "towards centrum",
          "heading towards centrum"}) {
        INFO(direction);
        CHECK(person(&PersonDescription::direction, QString::fromUtf8(direction), nl) ==
              QStringLiteral("een man, vertrokken in de richting van centrum"));
        CHECK(person(&PersonDescription::direction, QString::fromUtf8(direction), en) ==
              QStringLiteral("a man, last seen heading towards centrum"));
    }
    CHECK(person(&PersonDescription::direction, QStringLiteral("in noordelijke richting"), nl) ==
          QStringLiteral("een man, vertrokken in de richting van het noorden"));
    CHECK(person(&PersonDescription::direction, QStringLiteral("richting het zuidoosten"), en) ==
          QStringLiteral("a man, last seen heading towards the south-east"));

    ActionContent car;
    car.incident = IncidentType::HitAndRun;
    for (const char* plate : {"AB-123-C", "ab-123-c", "kenteken AB-123-C", "met kenteken: AB-123-C",
                              "registration AB-123-C"}) {
        INFO(plate);
        car.vehicle.plate = QString::fromUtf8(plate);
        CHECK(composer.describe(car, nl) == QStringLiteral("een voertuig met kenteken AB-123-C"));
        CHECK(composer.describe(car, en) == QStringLiteral("a vehicle with registration AB-123-C"));
    }
    car.vehicle = {.make = QStringLiteral("merk: VW Golf"),
                   .model = QStringLiteral("Golf"),
                   .colour = QStringLiteral("kleur donkerblauw")};
    CHECK(composer.describe(car, nl) == QStringLiteral("een donkerblauwe VW Golf"));
    CHECK(composer.describe(car, en) == QStringLiteral("a dark blue VW Golf"));
    car.vehicle = {.make = QStringLiteral("Audi"), .model = QStringLiteral("A4")};
    CHECK(composer.describe(car, en) == QStringLiteral("an Audi A4"));

    ActionContent c = robbery();
    for (const char* location :
         {"het Vredenburgplein", "in de omgeving van het Vredenburgplein",
          "omgeving het Vredenburgplein", "bij het Vredenburgplein", "near het Vredenburgplein"}) {
        INFO(location);
        c.locationText = QString::fromUtf8(location);
        const ComposedMessage m = MessageComposer().compose(input(c));
        CHECK(m.find(QStringLiteral("nl"), BuiltinChannel::Sms)
                  ->text.contains(QStringLiteral(
                      "de Oudegracht in de omgeving van het Vredenburgplein. Gezien?")));
        CHECK(m.find(QStringLiteral("en"), BuiltinChannel::Sms)
                  ->text.contains(QStringLiteral("de Oudegracht near het Vredenburgplein. Seen?")));
    }
}

TEST_CASE("Description parts are joined as a list, person and vehicle with en/and",
          "[dispatch][composer][grammar]")
{
    const MessageComposer composer;
    ActionContent c = fullContent(IncidentType::StreetRobbery);
    CHECK(composer.describe(c, QStringLiteral("nl")) ==
          QStringLiteral("een man van ongeveer 25 jaar, ongeveer 1,80 meter lang, met een slank "
                         "postuur en gekleed in een zwarte jas, bijzonderheden: tatoeage in de "
                         "nek, en een rode Volkswagen Golf met kenteken AB-123-C, vertrokken in "
                         "de richting van het station"));
    CHECK(composer.describe(c, QStringLiteral("en")) ==
          QStringLiteral("a man aged about 25, about 1.80 metres tall, of slim build and wearing "
                         "een zwarte jas, particulars: tatoeage in de nek, and a red Volkswagen "
                         "Golf with registration AB-123-C, last seen heading towards het station"));
    // A last part with an "en" of its own is not joined with another "en".
    c.person.clothing = QStringLiteral("een zwarte jas en een rode pet");
    c.person.particulars.clear();
    c.vehicle = {};
    CHECK(composer.describe(c, QStringLiteral("nl")) ==
          QStringLiteral("een man van ongeveer 25 jaar, ongeveer 1,80 meter lang, met een slank "
                         "postuur, gekleed in een zwarte jas en een rode pet, vertrokken in de "
                         "richting van het station"));
    c.person = {};
    c.person.sex = QStringLiteral("female");
    c.vehicle.make = QStringLiteral("Opel");
    CHECK(composer.describe(c, QStringLiteral("nl")) == QStringLiteral("een vrouw en een Opel"));
    CHECK(composer.describe(c, QStringLiteral("en")) == QStringLiteral("a woman and an Opel"));
}

TEST_CASE("An alert without a description still says what to look out for",
          "[dispatch][composer][grammar]")
{
    const auto voice = [](IncidentType type, const QString& language, const QString& location) {
        ActionContent c;
        c.incident = type;
        c.locationText = location;
        c.channels = {BuiltinChannel::Voice};
        return MessageComposer().compose(input(c)).find(language, BuiltinChannel::Voice)->text;
    };
    CHECK(voice(IncidentType::Missing, QStringLiteral("nl"), QString()) ==
          QStringLiteral("Hier volgt een oproep voor Burgernet. Wilt u uitkijken naar een "
                         "persoon. Wilt u bij het zien van persoon of voertuig gratis terugbellen "
                         "naar 0800-0011."));
    CHECK(voice(IncidentType::HitAndRun, QStringLiteral("nl"), QStringLiteral("de A12")) ==
          QStringLiteral("Hier volgt een oproep voor Burgernet. Wilt u uitkijken naar een "
                         "voertuig in de omgeving van de A12. Wilt u bij het zien van persoon of "
                         "voertuig gratis terugbellen naar 0800-0011."));
    CHECK(voice(IncidentType::Burglary, QStringLiteral("en"), QString()) ==
          QStringLiteral("This is a Burgernet appeal. Please look out for a person or a "
                         "vehicle. If you see the person or vehicle, please call 0800-0011 free "
                         "of charge."));

    // A notice has no such default: its text is the free text.
    ActionContent notice;
    notice.kind = ActionKind::Notice;
    notice.incident = IncidentType::Burglary;
    notice.channels = builtinChannels();
    MessageComposer::Input in = input(notice);
    const ComposedMessage empty = MessageComposer().compose(in);
    CHECK(empty.find(QStringLiteral("nl"), BuiltinChannel::Sms)->text ==
          QStringLiteral("Burgernet-bericht. Informatie? Bel gratis 0800-0011."));
    CHECK(empty.find(QStringLiteral("nl"), BuiltinChannel::App)->text ==
          QStringLiteral("Informatie? Bel gratis 0800-0011."));
    notice.freeText = QStringLiteral("let op uw fiets");
    notice.locationText = QStringLiteral("de Neude");
    notice.person.sex = QStringLiteral("male");
    in = input(notice);
    const ComposedMessage m = MessageComposer().compose(in);
    CHECK(m.find(QStringLiteral("nl"), BuiltinChannel::Voice)->text ==
          QStringLiteral("Hier volgt een bericht van Burgernet. Een man in de omgeving van de "
                         "Neude. Let op uw fiets. Heeft u informatie, bel dan gratis "
                         "0800-0011."));
    CHECK(m.find(QStringLiteral("nl"), BuiltinChannel::Sms)->text ==
          QStringLiteral("Burgernet-bericht: Let op uw fiets. In de omgeving van de Neude. "
                         "Informatie? Bel gratis 0800-0011."));
}

TEST_CASE("Every incident type, message, language and channel reads as proper sentences",
          "[dispatch][composer][grammar]")
{
    const MessageComposer composer;
    QStringList failures;
    int texts = 0;
    const auto check = [&](const QString& where, const QString& text) {
        ++texts;
        if (const QStringList found = grammarProblems(text); !found.isEmpty())
            failures << where + QStringLiteral(": ") + found.join(QStringLiteral("; ")) +
                            QStringLiteral("\n    ") + text;
    };
    for (IncidentType incident : allIncidentTypes()) {
        for (const auto& [filling, content] : fillings(incident)) {
            for (ActionKind kind : {ActionKind::Urgent, ActionKind::Notice}) {
                for (const QString& language : MessageTemplates::languages()) {
                    for (const MessageInput& variant : messageInputs()) {
                        if (kind == ActionKind::Notice && variant.type == MessageType::Closing)
                            continue; // a notice has no closing message
                        MessageComposer::Input in = input(content, variant.mode);
                        in.content.kind = kind;
                        in.content.language = language;
                        in.type = variant.type;
                        in.updateText = variant.updateText;
                        in.outcome = variant.outcome;
                        in.outcomeText = variant.outcomeText;
                        const ComposedMessage m = composer.compose(in);
                        for (const Channel& channel : builtinChannels()) {
                            const ChannelText* t = m.find(language, channel);
                            REQUIRE(t);
                            const QString where =
                                QStringLiteral("%1/%2/%3/%4/%5/%6/%7")
                                    .arg(enumId(incident), filling, enumId(kind), language,
                                         enumId(variant.type), variant.name, channel.id());
                            check(where, t->text);
                            if (channel == BuiltinChannel::Email) {
                                check(where + QStringLiteral("/subject"), t->subject);
                                CHECK_FALSE(t->html.contains(QStringLiteral("<p></p>")));
                            }
                            if (channel == BuiltinChannel::Cap)
                                for (const char* field : {"headline", "description", "instruction"})
                                    check(where + QLatin1Char('/') + QLatin1String(field),
                                          t->extra.value(QLatin1String(field)).toString());
                            if (channel == BuiltinChannel::Voice &&
                                variant.type == MessageType::Alert && kind == ActionKind::Urgent)
                                CHECK(hasFixedVoiceScript(t->text, language, variant.mode));
                        }
                    }
                }
            }
        }
    }
    CHECK(texts > 5000);
    INFO(failures.size() << " texts read wrong, among them:\n"
                         << failures.mid(0, 12).join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
}

TEST_CASE("Warnings: offences, personal data, abbreviations, consent", "[dispatch][checks]")
{
    using K = TextWarning::Kind;
    const auto kinds = [](const QList<TextWarning>& ws) {
        QList<K> k;
        for (const auto& w : ws)
            k << w.kind;
        return k;
    };
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"),
                                      QStringLiteral("De verdachte is gevlucht")))
              .contains(K::Offence));
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"),
                                      QStringLiteral("Na de inbraak liep hij weg")))
              .contains(K::Offence));
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"), QStringLiteral("Bel 06-12345678"))) ==
          QList<K>{K::PersonalData});
    CHECK(
        kinds(TextChecks::checkText(QStringLiteral("f"), QStringLiteral("mail jan@example.nl"))) ==
        QList<K>{K::PersonalData});
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"), QStringLiteral("woont op 3511 ED"))) ==
          QList<K>{K::PersonalData});
    CHECK(kinds(TextChecks::checkText(QStringLiteral("f"),
                                      QStringLiteral("ca. 1.80 m, i.v.m. regen"))) ==
          QList<K>{K::Abbreviation, K::Abbreviation});
    // The plate belongs in the vehicle slot, where it is fine.
    CHECK(TextChecks::checkText(QStringLiteral("vehicle.plate"), QStringLiteral("AB-123-C"), true)
              .isEmpty());
    CHECK(kinds(TextChecks::checkText(QStringLiteral("free_text"),
                                      QStringLiteral("auto AB-123-C"))) ==
          QList<K>{K::PersonalData});
    // A clean description has no warnings.
    CHECK(TextChecks::check(robbery()).isEmpty());
    ActionContent missing;
    missing.incident = IncidentType::Missing;
    missing.person.age = QStringLiteral("8");
    CHECK(kinds(TextChecks::check(missing)) == QList<K>{K::Consent});
    missing.familyConsent = true;
    CHECK(TextChecks::check(missing).isEmpty());
}

TEST_CASE("Voice duration grows with words and digits", "[dispatch][checks]")
{
    const ComposedMessage m = MessageComposer().compose(input(robbery()));
    const double seconds =
        TextChecks::voiceSeconds(m.find(QStringLiteral("nl"), BuiltinChannel::Voice)->text);
    CHECK(seconds > 15);
    CHECK(seconds < 45);
    CHECK(TextChecks::voiceSeconds(QStringLiteral("een twee drie vier vijf")) == Approx(2.0));
    CHECK(TextChecks::voiceSeconds(QString()) == 0);
}

TEST_CASE("Action lifecycle allows only its own steps", "[dispatch][lifecycle]")
{
    using S = ActionState;
    CHECK(canTransition(S::Draft, S::AwaitingApproval));
    CHECK(canTransition(S::Draft, S::Sending));
    CHECK(canTransition(S::AwaitingApproval, S::Sending));
    CHECK(canTransition(S::Sending, S::Sent));
    CHECK(canTransition(S::Sending, S::Closed)); // a channel still waits: its rows are stopped
    CHECK(canTransition(S::Sent, S::Updated));
    CHECK(canTransition(S::Updated, S::Closed));
    CHECK(canTransition(S::Sent, S::Cancelled));
    CHECK_FALSE(canTransition(S::Draft, S::Sent));
    CHECK_FALSE(canTransition(S::Closed, S::Sending));
    CHECK_FALSE(canTransition(S::Cancelled, S::Draft));
    // Closing while the alert still goes out stops the rest (the plan says how many).
    CHECK(canTransition(S::Sending, S::Closed));
    CHECK_FALSE(canTransition(S::Sending, S::Draft));
    for (IncidentType t : allIncidentTypes()) {
        IncidentType back;
        REQUIRE(enumFromId(enumId(t), &back));
        CHECK(back == t);
    }
    ActionContent c = robbery();
    c.vehicle.plate = QStringLiteral("AB-123-C");
    c.familyConsent = true;
    const ActionContent round = ActionContent::fromJson(c.toJson());
    CHECK(round.toJson() == c.toJson());
}
